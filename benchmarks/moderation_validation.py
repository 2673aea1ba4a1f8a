"""Choose a moderation setting on validation items, never on a test set (issue 22).

Evaluates models (a model dir, a stage output dir, `embedded:<name>`, or an RL checkpoint's
`weights.pt` loaded into the recipe's base model) on the same validation items (a split carved from
training: `split == "validation"`, stratified by label), greedy as in production, and compares each
with a reference by a paired bootstrap of the macro-F1 difference on those items (one-sided p:
P(model <= reference)); the same at a label-score threshold cross-fitted on the validation items
(chosen on one half, applied to the other; chosen again inside each bootstrap resample for the
paired test). `--direct also|only` reads each model's label score after an empty reasoning too
(`<think></think> <answer>`, where SFT's target is taught; `only` skips generation, so larger
samples are cheap). No test item is read.

    python benchmarks/moderation_validation.py --data <run>/compliance-filter/data --limit 96 \
        --out benchmarks/results/moderation_rl_steps_joint_96.json \
        sft=<run>/sft-baseline/baseline/model rl12=<rl>/checkpoints/step-000012/weights.pt ...
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def macro_f1(pred: list[bool], gold: list[bool]) -> float:
    """Mean F1 of the two labels (True: violating) for predicted and gold labels."""
    out = []
    for pos in (True, False):
        tp = sum(p == pos and g == pos for p, g in zip(pred, gold, strict=True))
        wrong = sum(p != g for p, g in zip(pred, gold, strict=True) if pos in (p, g))
        out.append(0.0 if tp == 0 else 2 * tp / (2 * tp + wrong))
    return sum(out) / 2


def paired(
    pred: list[bool], ref: list[bool], gold: list[bool], rounds: int = 2000, seed: int = 0, clusters=None
) -> dict:
    """Macro-F1 difference (pred - ref) on the same items, its 95% bootstrap CI and P(diff <= 0);
    given each item's cluster (its template), whole clusters are resampled (eval.ranking.resample)."""
    from reasonrl.eval.ranking import resample

    rng, n = random.Random(seed), len(gold)
    diffs = []
    for _ in range(rounds):
        idx = resample(n, rng, clusters)
        g = [gold[i] for i in idx]
        diffs.append(macro_f1([pred[i] for i in idx], g) - macro_f1([ref[i] for i in idx], g))
    diffs.sort()
    return {
        "diff": macro_f1(pred, gold) - macro_f1(ref, gold),
        "ci95": [diffs[int(0.025 * rounds)], diffs[int(0.975 * rounds) - 1]],
        "p": sum(d <= 0 for d in diffs) / rounds,
    }


def crossfit_threshold(
    gold: list[bool], scores: list[float], folds: int = 2, seed: int = 0, items: list[int] | None = None
) -> dict:
    """Macro-F1 when the label score's threshold is chosen on the other folds (stratified by label,
    reasonrl.eval.ranking.best_threshold) and applied to each fold: a model whose greedy answer
    hugs one side of a well-ranked score, measured at a threshold never chosen on the items it is
    scored on. `items`: an item id per position; positions of one id share a fold (a bootstrap
    resample's copies of an item are never chosen on and scored on both sides). Returns the
    predictions (True: violating) and each fold's threshold."""
    from reasonrl.eval.ranking import best_threshold

    rng, items = random.Random(seed), list(range(len(gold))) if items is None else items
    fold_of_item = {}
    for label in (True, False):
        ids = sorted({items[i] for i, g in enumerate(gold) if g == label})
        rng.shuffle(ids)
        for k, item in enumerate(ids):
            fold_of_item[item] = k % folds
    fold_of = [fold_of_item[item] for item in items]
    pred, cuts = [False] * len(gold), []
    for f in range(folds):
        rest = [i for i in range(len(gold)) if fold_of[i] != f]
        cut = best_threshold([gold[i] for i in rest], [scores[i] for i in rest])
        cuts.append(cut)
        for i in range(len(gold)):
            if fold_of[i] == f:
                pred[i] = scores[i] >= cut
    return {"macro_f1": macro_f1(pred, gold), "pred_violating": pred, "thresholds": cuts, "fold_of": fold_of}


def paired_crossfit(
    scores: list[float],
    ref_scores: list[float],
    gold: list[bool],
    rounds: int = 1000,
    seed: int = 0,
    clusters=None,
) -> dict:
    """As `paired`, for the macro-F1 at cross-fitted thresholds, with the thresholds chosen again
    inside every resample (on its own folds), so the CI carries the choice's variance too. Given
    clusters, the folds are whole clusters (a threshold chosen on other templates) and so are the
    resamples."""
    from reasonrl.eval.ranking import resample

    def at(s: list[float], idx: list[int]) -> float:
        items = idx if clusters is None else [clusters[i] for i in idx]
        got = crossfit_threshold([gold[i] for i in idx], [s[i] for i in idx], seed=seed, items=items)
        return got["macro_f1"]

    rng, n, everything = random.Random(seed), len(gold), list(range(len(gold)))
    diffs = []
    for _ in range(rounds):
        idx = resample(n, rng, clusters)
        diffs.append(at(scores, idx) - at(ref_scores, idx))
    diffs.sort()
    return {
        "diff": at(scores, everything) - at(ref_scores, everything),
        "ci95": [diffs[int(0.025 * rounds)], diffs[int(0.975 * rounds) - 1]],
        "p": sum(d <= 0 for d in diffs) / rounds,
        "threshold_in_resample": True,
    }


def _load(recipe, ref: str):
    """(model, tokenizer): a model dir, a stage output, `embedded:<name>`, or an RL checkpoint's
    weights.pt (the strategy's state dict) over the recipe's base model."""
    import torch

    from reasonrl.stages.common import load_model, placement, torch_setup

    torch_setup(recipe.seed)
    if ref.endswith(".pt"):
        lm, tok = load_model(recipe, recipe.model.base, placement(recipe), trainable=False)
        lm.load_state_dict(torch.load(ref, map_location="cpu", weights_only=False)["model"])
        return lm, tok
    return load_model(recipe, ref, placement(recipe), trainable=False)


def direct_scores(lm, tok, task, records: list[dict], ids: list[str]) -> list[float]:
    """P(violating label) read right after an empty reasoning (`<think></think> <answer>`), per
    item in `ids` order: what the model knows without its own reasoning. The score a no-reasoning
    student would serve, and where SFT's target (`<think></think> <answer>label`) is taught."""
    from reasonrl.eval.scores import label_scores

    by_id = {r["id"]: r for r in records}
    chosen = [by_id[i] for i in ids]
    prompts = [task.render(r, tok) for r in chosen]
    empty = ["</think>" if p.rstrip().endswith("<think>") else "<think></think>" for p in prompts]
    return label_scores(lm, tok, prompts, empty, [task.labels(r) for r in chosen])


KEYS = ("macro_f1", "macro_f1_ci95", "auroc", "auprc", "recall/hateful", "recall/non-hateful")


def _greedy(recipe, records, cfg, lm, tok, positive: dict) -> dict:
    """A model's greedy answers and its label scores after its own reasoning, as production runs it."""
    from reasonrl.eval.runner import evaluate_model

    metrics, samples = evaluate_model(lm, tok, records, cfg, recipe.task, recipe.seed, progress=False)
    o = metrics["moderation"]["overall"]
    return {
        **{k: o[k] for k in (*KEYS, "unparseable", "tokens_median", "n")},
        "ids": [s["id"] for s in samples],
        "gold_violating": [s["gold"] == positive[s["id"]] for s in samples],
        "pred_violating": [s["answer"] == positive[s["id"]] for s in samples],  # unparseable: allowed
        "scores": [s.get("score") for s in samples],  # P(violating label) at the model's answer
    }


def _figures(m: dict, clusters: list) -> dict:
    """A model's ranking figures from its per-item scores, with templates as the unit: AUROC's CI
    resamples whole templates, and the thresholds are cross-fitted on other templates."""
    from reasonrl.eval.ranking import auroc, bootstrap

    for key, fit in (("scores", "threshold_crossfit"), ("direct_scores", "direct_crossfit")):
        if m.get(key) and None not in m[key]:
            name = "auroc" if key == "scores" else "direct_auroc"
            m[name] = auroc(m["gold_violating"], m[key])
            m[f"{name}_template_ci95"] = bootstrap(
                auroc, m["gold_violating"], m[key], 1000, clusters=clusters
            )
            m[fit] = crossfit_threshold(m["gold_violating"], m[key], items=clusters)
    return m


def _evaluate_models(args, recipe, records: list[dict]) -> dict:
    """NAME=REF -> the model's per-item answers and scores on the chosen validation items."""
    from reasonrl import tasks
    from reasonrl.eval.runner import select

    cfg = recipe.eval.model_copy(update={"limit": args.limit, "stratify": ["answer"], "policy_flip": None})
    task = tasks.get(recipe.task)
    positive = {r["id"]: task.labels(r)[0] for r in records}  # each item's violating label
    models = {}
    for spec in args.models:
        name, ref = spec.split("=", 1)
        t0 = time.time()
        lm, tok = _load(recipe, ref)
        if args.direct == "only":  # the items evaluate_model would choose, without generating
            chosen = select(records, cfg.limit, cfg.stratify, recipe.seed)
            m = {
                "ids": [r["id"] for r in chosen],
                "gold_violating": [r["answer"] == positive[r["id"]] for r in chosen],
            }
        else:
            m = _greedy(recipe, records, cfg, lm, tok, positive)
        if args.direct != "no":
            m["direct_scores"] = direct_scores(lm, tok, task, records, m["ids"])
        models[name] = {**m, "model": ref, "seconds": round(time.time() - t0)}
        print(name, {k: m[k] for k in KEYS if k in m}, flush=True)
    return models


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("models", nargs="*", help="NAME=MODEL_REF (the first is the reference)")
    p.add_argument("--data", required=True, help="a filtered dataset dir (its validation split is read)")
    p.add_argument("--limit", type=int, default=96, help="validation items, stratified by label")
    p.add_argument("--recipe", default=str(ROOT / "pipelines/recipes/moderation.yaml"))
    p.add_argument("--out", required=True, help="JSON of every model's figures and per-item answers")
    p.add_argument(
        "--direct",
        choices=("no", "also", "only"),
        default="no",
        help="read each model's label score after an empty reasoning too (also) or alone, without "
        "generating (only), compared at cross-fitted thresholds with the reference's read",
    )
    p.add_argument(
        "--exclude",
        action="append",
        default=[],
        help="an earlier output JSON whose items are left out (a fresh sample to confirm on)",
    )
    p.add_argument(
        "--reanalyse",
        metavar="JSON",
        help="no model is run: redo an earlier output's figures and comparisons with templates as the unit",
    )
    args = p.parse_args(argv)
    if not args.models and not args.reanalyse:
        p.error("name at least one NAME=MODEL_REF to evaluate, or --reanalyse an earlier output")
    from reasonrl.config import load_recipe
    from reasonrl.stages.common import task_prompts

    recipe = load_recipe(args.recipe, ["model_registry.track_training=false"])
    seen = {
        i
        for path in args.exclude
        for m in json.loads(Path(path).read_text())["models"].values()
        for i in m["ids"]
    }
    records = [r for r in task_prompts(args.data, recipe, "validation") if r["id"] not in seen]
    template = {r["id"]: r.get("template") or r["id"] for r in records}  # the unit of resamples and folds
    if args.reanalyse:
        out = json.loads(Path(args.reanalyse).read_text())
        for m in out["models"].values():
            for key in [k for k in m if k.startswith(("vs_", "direct_vs_"))]:
                del m[key]  # comparisons of an earlier analysis, redone below
    else:
        out = {"data": args.data, "limit": args.limit, "direct": args.direct, "excluded": len(seen)}
        out["models"] = _evaluate_models(args, recipe, records)
    clusters = [template[i] for i in next(iter(out["models"].values()))["ids"]]
    for name, m in out["models"].items():
        _figures(m, clusters)
        print(name, {k: m[k] for k in m if "auroc" in k}, flush=True)
    _compare(out["models"], clusters)
    out["unit"] = "template"
    Path(args.out).write_text(json.dumps(out, indent=1))
    return 0


def _compare(models: dict, clusters: list) -> None:
    """Every model against the first (the reference), on the same items: greedy answers, label
    scores at cross-fitted thresholds, and the direct read against the reference's own read (its
    direct read when only that was taken). Resamples and folds are whole templates (`clusters`):
    a template's translations and target groups are not independent items."""
    (ref_name, ref), *others = models.items()
    ref_scores = ref.get("scores") if "threshold_crossfit" in ref else ref.get("direct_scores")
    for _, m in others:
        assert m["ids"] == ref["ids"], "models were evaluated on different items"
        if "pred_violating" in m:
            m[f"vs_{ref_name}"] = paired(
                m["pred_violating"], ref["pred_violating"], ref["gold_violating"], clusters=clusters
            )
        if "threshold_crossfit" in m and "threshold_crossfit" in ref:
            m[f"vs_{ref_name}_crossfit"] = paired_crossfit(
                m["scores"], ref["scores"], ref["gold_violating"], clusters=clusters
            )
        if "direct_scores" in m and ref_scores is not None:
            m[f"direct_vs_{ref_name}_crossfit"] = paired_crossfit(
                m["direct_scores"], ref_scores, ref["gold_violating"], clusters=clusters
            )


if __name__ == "__main__":
    raise SystemExit(main())
