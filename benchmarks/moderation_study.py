"""Does RL add anything over SFT on moderation, at equal labels? (issue 22)

On the same labels and the same held-out items (pipelines/recipes/moderation.yaml's data and
evaluation), at each label budget B (RL's budget is steps x prompts per step):

    base            SmolLM2-135M-Instruct as shipped
    sft             SFT on the B labels (label-only targets)
    rl_base         RL from the base model on the B labels (R1-Zero style)
    rl_sft          RL from the SFT model on the same B labels (the usual industrial recipe)
    rl_joint        RL from the base model with an SFT term on the same B labels in one objective
                    (rl.sft_weight, --sft-weight; GTA, arXiv 2509.12108)
    student         rl_base distilled to short reasoning (largest budget only: it costs a teacher pass)
    encoder         MiniLM fine-tuned as a classifier on the B labels (what a team would otherwise ship)

Per held-out set (unseen functionality, unseen templates, unseen language, the unseen language on
unseen templates, unseen content policy): macro-F1 and AUPRC with 95% CIs, FPR, per-label recall,
unparseable rate, tokens (mean, p90); each RL variant against SFT by a paired bootstrap of the
macro-F1 difference on the same items (one-sided p: P(RL <= SFT)); the RL reward curves; the
per-step cost. Written to benchmarks/results/moderation_study.{json,md}.

    python benchmarks/moderation_study.py --budgets 32 320          # a background run (hours on 2 cores)
    python benchmarks/moderation_study.py --budgets 16 --quick       # the smoke path (minutes)

Settings come from the recipe (chosen on the validation split where chosen at all); nothing here is
tuned on the test sets, which are read once per model.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECIPE = ROOT / "pipelines/recipes/moderation.yaml"
SETS = ("functionality", "iid", "language", "language_unseen_template", "policy")


def _recipe(out: Path, overrides: list[str]):
    from reasonrl.config import load_recipe

    return load_recipe(str(RECIPE), [f"output_root={out}", "model_registry.track_training=false", *overrides])


def _budget_recipe(recipe, budget: int, init: str = "base"):
    steps = max(1, math.ceil(budget / recipe.rl.prompts_per_step))
    rl = recipe.rl.model_copy(
        update={"labels": budget, "steps": steps, "init": init}
    )  # validated by the recipe
    return recipe.model_copy(update={"rl": rl})


def variant_recipes(recipe, budget: int, sft_weight: float = 1.0) -> dict:
    """{variant: (its recipe, whether it starts from the SFT baseline)} at one label budget: the
    same labels and steps for every variant, only the start and the objective differ (the SFT
    term only in rl_joint, whatever the recipe or its overrides say)."""
    if sft_weight <= 0:
        raise ValueError(f"rl_joint's SFT weight must be > 0 (got {sft_weight}): at 0 it is rl_base")

    def with_weight(r, w):
        return r.model_copy(update={"rl": r.rl.model_copy(update={"sft_weight": w})})

    base = with_weight(_budget_recipe(recipe, budget), 0.0)
    return {
        "rl_base": (base, False),
        "rl_sft": (with_weight(_budget_recipe(recipe, budget, "sft"), 0.0), True),
        "rl_joint": (with_weight(base, sft_weight), False),
    }


def _samples(eval_dir: Path) -> list[dict]:
    from reasonrl.io import read_jsonl

    return list(read_jsonl(eval_dir / "samples.jsonl"))


def _summary(report: dict) -> dict:
    """The study's figures of one model from its moderation report, per held-out set."""
    keep = (
        "macro_f1",
        "macro_f1_ci95",
        "macro_f1_at_threshold",  # the label score thresholded where validation items chose
        "threshold",
        "auprc",
        "auprc_ci95",
        "auroc",
        "fpr",
        "unparseable",
        "tokens_median",
        "tokens_p90",
        "n",
    )
    rows = {"overall": report["overall"], **report.get("by_held_out", {})}
    main = report["policy"]["name"]
    for name, other in (
        report.get("by_policy") or {}
    ).items():  # items judged under another content policy (held out)
        if name != main:
            rows[f"policy ({name})"] = other["overall"]
    return {
        name: {k: v for k, v in block.items() if k in keep or k.startswith("recall/")}
        for name, block in rows.items()
    }


def paired_bootstrap(records: dict, a: list[dict], b: list[dict], rounds: int = 1000, seed: int = 0) -> dict:
    """Macro-F1(a) - macro-F1(b) on the items both answered, with a paired percentile bootstrap over
    whole templates (a template's translations and target groups are one draw; items without a
    template are their own): {diff, ci95, p} where p = P(diff <= 0) over resamples (one-sided: is a
    better than b?)."""
    from reasonrl.eval.moderation import label_scores
    from reasonrl.eval.ranking import resample
    from reasonrl.tasks.moderation import DEFAULT_CONTENT_POLICY, load_content_policy, predicted_label

    by_a, by_b = {s["id"]: s for s in a}, {s["id"]: s for s in b}
    ids = sorted(set(by_a) & set(by_b))
    content_policies = {
        i: load_content_policy(records[i].get("policy") or DEFAULT_CONTENT_POLICY) for i in ids
    }
    gold = [records[i]["answer"] for i in ids]
    pa = [predicted_label(by_a[i]["completion"], content_policies[i]) for i in ids]
    pb = [predicted_label(by_b[i]["completion"], content_policies[i]) for i in ids]
    labels = (
        (content_policies[ids[0]].labels.violating, content_policies[ids[0]].labels.allowed)
        if ids
        else ("", "")
    )

    def diff(idx):
        g = [gold[i] for i in idx]
        return (
            label_scores(g, [pa[i] for i in idx], labels)["macro_f1"]
            - label_scores(g, [pb[i] for i in idx], labels)["macro_f1"]
        )

    if len(ids) < 2:
        return {"diff": float("nan"), "ci95": (float("nan"), float("nan")), "p": float("nan"), "n": len(ids)}
    rng, n = random.Random(seed), len(ids)
    clusters = [records[i].get("template") or ("id", i) for i in ids]  # keyed apart from templates
    draws = sorted(diff(resample(n, rng, clusters)) for _ in range(rounds))
    return {
        "diff": diff(range(n)),
        "ci95": (draws[int(0.025 * (rounds - 1))], draws[int(0.975 * (rounds - 1))]),
        "p": sum(d <= 0 for d in draws) / rounds,
        "n": n,
    }


def _stopped(rl_dir: Path) -> str | None:
    """The guard's last word when it stopped this run (an event it could not roll back), else None."""
    path = rl_dir / "guard_events.json"
    events = json.loads(path.read_text()) if path.exists() else []
    stop = [e for e in events if e.get("rolled_back_to") is None and e.get("reason") != "resumed"]
    return f"{len(events)} guard events, last: {stop[-1]['reason']}" if stop else None


def _curve(rl_dir: Path) -> dict:
    from reasonrl.io import read_jsonl

    rows = list(read_jsonl(rl_dir / "metrics.jsonl")) if (rl_dir / "metrics.jsonl").exists() else []
    rejected = (
        list(read_jsonl(rl_dir / "rejected_steps.jsonl"))
        if (rl_dir / "rejected_steps.jsonl").exists()
        else []
    )
    cost = [r["time_rollout_reward_s"] + r["time_advantage_s"] + r["time_train_s"] for r in rows]
    return {
        "reward_mean": [r["reward_mean"] for r in rows],
        "max_label_share": [r.get("labels/max_share") for r in rows],
        "rejected": [
            {k: r.get(k) for k in ("step", "guard_reason", "reward_mean", "labels/max_share", "lr")}
            for r in rejected
        ],
        "step_s_median": statistics.median(cost) if cost else float("nan"),
        "rollout_s_median": statistics.median([r["time_rollout_reward_s"] for r in rows])
        if rows
        else float("nan"),
    }


def run_budget(
    recipe,
    data: Path,
    out: Path,
    budget: int,
    records: dict,
    with_student: bool,
    log,
    variants=("rl_base", "rl_sft"),
    encoder: bool = True,
    sft_weight: float = 1.0,
) -> dict:
    """Train and evaluate every variant at one label budget (RL variants in the order given; the
    encoder left out where its weights are absent, e.g. a device machine, and added by a rerun of
    the same study here, which reuses every finished stage); returns its models' figures."""
    from reasonrl.errors import DataError
    from reasonrl.eval.moderation import moderation_metrics
    from reasonrl.rl.guard import TrainingUnstable
    from reasonrl.stages.baseline import sft_baseline
    from reasonrl.stages.train import distill, evaluate, rl_train

    recipes = variant_recipes(recipe, budget, sft_weight)
    r_base = recipes["rl_base"][0]
    res: dict = {"labels": budget, "steps": r_base.rl.steps, "models": {}, "curves": {}, "seconds": {}}

    def timed(name, fn, done: Path | None = None):
        if done is not None and done.exists():  # an interrupted study picks up where it stopped
            log(f"budget {budget}: {name} already done")
            return None
        t0 = time.perf_counter()
        value = fn()
        res["seconds"][name] = round(time.perf_counter() - t0, 1)
        log(f"budget {budget}: {name} done in {res['seconds'][name]:.0f} s")
        return value

    timed(
        "sft",
        lambda: sft_baseline(r_base, data, out / "sft", progress=False),
        out / "sft/evaluation/metrics.json",
    )
    evals = {"sft": out / "sft" / "evaluation"}
    res["stopped"] = {}
    runs = {name: (rec, out / "sft" if from_sft else None) for name, (rec, from_sft) in recipes.items()}
    for name, (rec, init) in ((v, runs[v]) for v in variants):
        stop = _stopped(out / name)
        if stop is None:
            try:
                timed(
                    name,
                    lambda n=name, r=rec, i=init: rl_train(r, data, out / n, progress=False, init_in=i),
                    out / name / "manifest.json",
                )
            except TrainingUnstable as exc:  # the guard stopped it: a result, not a crash of the study
                stop = str(exc)
        res["curves"][name] = _curve(out / name)
        if stop is not None:
            res["stopped"][name] = stop
            log(f"budget {budget}: {name} stopped by the stability guard ({stop})")
            continue
        timed(
            f"eval_{name}",
            lambda n=name: evaluate(r_base, data, out / f"eval_{n}", str(out / n), n, progress=False),
            out / f"eval_{name}/metrics.json",
        )
        evals[name] = out / f"eval_{name}"
    # the first evaluated variant; a resumed study with a student already distilled keeps the
    # student it has (reorder --variants consistently across a resume, or the report misnames it)
    teacher = next((n for n in variants if n in evals), None)
    res["student_teacher"] = teacher
    if with_student and teacher:
        try:
            timed(
                "student",
                lambda: distill(r_base, data, out / teacher, out / "student", progress=False),
                out / "student/manifest.json",
            )
            timed(
                "eval_student",
                lambda: evaluate(
                    r_base, data, out / "eval_student", str(out / "student"), "student", progress=False
                ),
                out / "eval_student/metrics.json",
            )
            evals["student"] = out / "eval_student"
        except (
            DataError
        ) as exc:  # a teacher that solved no distillation prompt leaves nothing to distil: said so
            res["student_skipped"] = str(exc)
            log(f"budget {budget}: no student ({exc})")
    for name, d in evals.items():
        res["models"][name] = _summary(json.loads((d / "metrics.json").read_text())["moderation"])
    samples = {name: _samples(d) for name, d in evals.items()}
    if encoder:  # scored on the SFT model's test items
        test = [records[s["id"]] for s in samples["sft"]]
        samples["encoder"] = _encoder(r_base, data, test, timed)
        res["models"]["encoder"] = _summary(moderation_metrics(test, samples["encoder"], recipe.seed))
    res["vs_sft"] = {
        name: _paired_by_set(records, samples[name], samples["sft"]) for name in samples if name != "sft"
    }
    return res


def _encoder(recipe, data: Path, test: list[dict], timed) -> list[dict]:
    """MiniLM fine-tuned as a classifier on the budget recipe's labels, scored on `test` records."""
    from reasonrl.eval.encoder import encoder_samples, train_encoder
    from reasonrl.stages.common import labelled_prompts
    from reasonrl.tasks.moderation import _labels

    model, tok = timed(
        "encoder",
        lambda: train_encoder(
            recipe.reward_model.backbone, labelled_prompts(recipe, data), _labels, seed=recipe.seed
        ),
    )
    return encoder_samples(model, tok, test, _labels)


def _paired_by_set(records: dict, a: list[dict], b: list[dict]) -> dict:
    from reasonrl.data.leakage import held_out_sets

    out = {"overall": paired_bootstrap(records, a, b)}
    for name in SETS:
        keep = {i for i, r in records.items() if name in held_out_sets(r)}
        out[name] = paired_bootstrap(
            records, [s for s in a if s["id"] in keep], [s for s in b if s["id"] in keep]
        )
    return out


def markdown(result: dict) -> str:
    def f(v):
        return "—" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:.3f}"

    lines = [
        "# Moderation study: RL against SFT at equal labels",
        "",
        f"Model {result['base_model']}; {result['eval_items']} held-out items per model, the same for every "
        f"model; {result['machine']}; stage seconds below (a resumed study counts only what it ran).",
        "",
    ]
    for b in result["budgets"]:
        lines += [
            f"## {b['labels']} labels ({b['steps']} RL steps)",
            "",
            "| model | set | macro-F1 [95% CI] | F1 at val. threshold | AUPRC [95% CI] | FPR | "
            "recall (viol., allowed) | unparseable | tokens p50/p90 | vs SFT: ΔF1 [CI], p |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for name, sets in {"base": result["base"], **b["models"]}.items():
            for s, m in sets.items():
                rec = [v for k, v in sorted(m.items()) if k.startswith("recall/")]
                vs = (
                    b["vs_sft"].get(name, {}).get(s.split(" ")[0])
                )  # "policy (openai-moderation)" -> "policy"
                cmp = (
                    f"{f(vs['diff'])} [{f(vs['ci95'][0])}, {f(vs['ci95'][1])}], p={f(vs['p'])}" if vs else ""
                )
                lines.append(
                    f"| {name} | {s} | {f(m.get('macro_f1'))} [{f(m['macro_f1_ci95'][0])}, "
                    f"{f(m['macro_f1_ci95'][1])}] | {f(m.get('macro_f1_at_threshold'))} | "
                    f"{f(m.get('auprc'))} "
                    f"[{f((m.get('auprc_ci95') or [None])[0])}, "
                    f"{f((m.get('auprc_ci95') or [None, None])[1])}] | {f(m.get('fpr'))} | "
                    f"{', '.join(f(v) for v in rec)} | {f(m.get('unparseable'))} | "
                    f"{f(m.get('tokens_median'))}/{f(m.get('tokens_p90'))} | {cmp} |"
                )
        for name, why in b.get("stopped", {}).items():
            lines.append(f"\n**{name} was stopped by the stability guard** ({why}); not evaluated.")
        if b.get("student_teacher"):
            lines.append(f"\nstudent distilled from {b['student_teacher']}")
        lines.append(
            "\nseconds per stage: " + ", ".join(f"{k} {v:.0f}" for k, v in b.get("seconds", {}).items())
        )
        for name, c in b["curves"].items():
            lines.append(
                f"\n{name} reward per step: "
                + " ".join(f"{v:.2f}" for v in c["reward_mean"])
                + f" (median step {c['step_s_median']:.0f} s)"
            )
            for r in c.get("rejected", []):
                lines.append(
                    f"  - step {r['step']} refused by the guard at lr {r['lr']:.2g}: {r['guard_reason']} "
                    f"(reward {r['reward_mean']:.2f}, top label share {r['labels/max_share']})"
                )
        lines.append("")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "--budgets", type=int, nargs="+", default=[32, 320], help="label budgets (RL steps x prompts)"
    )
    p.add_argument(
        "--out", default="outputs/moderation_study", help="working directory (models, evaluations)"
    )
    p.add_argument(
        "--data", help="an already filtered dataset dir (else ingest + compliance filter run here)"
    )
    p.add_argument("--set", action="append", default=[], dest="overrides", help="recipe override KEY=VALUE")
    p.add_argument("--quick", action="store_true", help="a smoke run: tiny evaluation, short completions")
    p.add_argument("--results", default=str(ROOT / "benchmarks/results/moderation_study"), help="output stem")
    p.add_argument(
        "--variants",
        nargs="+",
        choices=("rl_base", "rl_sft", "rl_joint"),
        default=["rl_base", "rl_sft"],
        help="RL variants, run in this order (the first evaluated one is the student's teacher)",
    )
    p.add_argument(
        "--no-encoder",
        action="store_true",
        help="leave out the MiniLM classifier (a machine without its package); a rerun here adds it",
    )
    p.add_argument("--sft-weight", type=float, default=1.0, help="rl_joint's SFT term weight (rl.sft_weight)")
    p.add_argument("--machine", default="2 CPU cores", help="where the models were trained, for the report")
    args = p.parse_args(argv)
    quick = [
        "eval.limit=8",
        "eval.validation_limit=4",
        "eval.policy_flip=null",
        "sampling.max_new_tokens=16",
        "eval.sampling.max_new_tokens=16",
        "rl.prompts_per_step=4",
        "rl.group_size=4",
        "distill.max_prompts=8",
    ]
    out = Path(args.out)
    recipe = _recipe(out, (quick if args.quick else []) + args.overrides)
    log = lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)  # noqa: E731
    t0 = time.perf_counter()
    data = Path(args.data) if args.data else _prepare_data(recipe, out, log)
    from reasonrl.stages.common import load_records
    from reasonrl.stages.train import evaluate

    records = {r["id"]: r for r in load_records(data, kind="prompt")}
    if not (out / "eval_base" / "metrics.json").exists():
        evaluate(recipe, data, out / "eval_base", recipe.model.base, "base", progress=False)
    base = json.loads((out / "eval_base" / "metrics.json").read_text())
    log("base evaluated")
    result = {
        "base_model": recipe.model.base,
        "recipe": str(RECIPE.relative_to(ROOT)),
        "overrides": recipe_overrides(args, quick),
        "eval_items": base["n_prompts"],
        "base": _summary(base["moderation"]),
        "budgets": [],
        "machine": args.machine,
        "sft_weight": args.sft_weight if "rl_joint" in args.variants else None,
    }
    result["budgets"] = _kept_budgets(Path(args.results + ".json"), result, args.budgets)
    for b in (
        args.budgets
    ):  # results written after each budget: a long study that is stopped keeps what it finished
        result["budgets"].append(
            run_budget(
                recipe,
                data,
                out / f"labels_{b}",
                b,
                records,
                b == max(args.budgets),
                log,
                args.variants,
                not args.no_encoder,
                args.sft_weight,
            )
        )
        result["budgets"].sort(key=lambda r: r["labels"])
        result["seconds"] = time.perf_counter() - t0
        Path(args.results).parent.mkdir(parents=True, exist_ok=True)
        Path(args.results + ".json").write_text(json.dumps(result, indent=1, default=str))
        Path(args.results + ".md").write_text(markdown(result))
        log(f"wrote {args.results}.{{json,md}} ({len(result['budgets'])} budget(s))")
    return 0


def _kept_budgets(path: Path, result: dict, budgets: list[int]) -> list[dict]:
    """Budgets an earlier run of the same study (same model, recipe, overrides, items) wrote and
    this run does not redo: a study grows a budget at a time without rerunning the others."""
    if not path.exists():
        return []
    old = json.loads(path.read_text())
    same = all(old.get(k) == result[k] for k in ("base_model", "recipe", "overrides", "eval_items"))
    return [b for b in old.get("budgets", []) if same and b["labels"] not in budgets]


def recipe_overrides(args, quick: list[str]) -> list[str]:
    return (quick if args.quick else []) + args.overrides


def _prepare_data(recipe, out: Path, log) -> Path:
    from reasonrl.stages.data import compliance_filter, ingest

    ingest(recipe, out / "ingest")
    compliance_filter(recipe, out / "ingest", out / "data")
    log("data ingested and filtered")
    return out / "data"


if __name__ == "__main__":
    raise SystemExit(main())
