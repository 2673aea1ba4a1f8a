"""Choose a moderation setting on validation items, never on a test set (issue 22).

Evaluates models (a model dir, a stage output dir, `embedded:<name>`, or an RL checkpoint's
`weights.pt` loaded into the recipe's base model) on the same validation items (a split carved from
training: `split == "validation"`, stratified by label), greedy as in production, and compares each
with a reference by a paired bootstrap of the macro-F1 difference on those items (one-sided p:
P(model <= reference)); the same at a label-score threshold cross-fitted on the validation items
(chosen on one half, applied to the other; chosen again inside each bootstrap resample for the
paired test). No test item is read.

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


def paired(pred: list[bool], ref: list[bool], gold: list[bool], rounds: int = 2000, seed: int = 0) -> dict:
    """Macro-F1 difference (pred - ref) on the same items, its 95% bootstrap CI and P(diff <= 0)."""
    rng, n = random.Random(seed), len(gold)
    diffs = []
    for _ in range(rounds):
        idx = [rng.randrange(n) for _ in range(n)]
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
    scores: list[float], ref_scores: list[float], gold: list[bool], rounds: int = 1000, seed: int = 0
) -> dict:
    """As `paired`, for the macro-F1 at cross-fitted thresholds, with the thresholds chosen again
    inside every resample (on its own folds), so the CI carries the choice's variance too."""

    def at(s: list[float], idx: list[int]) -> float:
        got = crossfit_threshold([gold[i] for i in idx], [s[i] for i in idx], seed=seed, items=idx)
        return got["macro_f1"]

    rng, n, everything = random.Random(seed), len(gold), list(range(len(gold)))
    diffs = []
    for _ in range(rounds):
        idx = [rng.randrange(n) for _ in range(n)]
        diffs.append(at(scores, idx) - at(ref_scores, idx))
    diffs.sort()
    return {
        "diff": at(scores, everything) - at(ref_scores, everything),
        "ci95": [diffs[int(0.025 * rounds)], diffs[int(0.975 * rounds) - 1]],
        "p": sum(d <= 0 for d in diffs) / rounds,
        "threshold_in_resample": True,
    }


def _evaluate(recipe, records, cfg, ref: str) -> tuple[dict, list[dict]]:
    import torch

    from reasonrl.eval.runner import evaluate_model
    from reasonrl.stages.common import load_model, placement, torch_setup

    torch_setup(recipe.seed)
    if ref.endswith(".pt"):  # an RL checkpoint: the strategy's state dict over the base model
        lm, tok = load_model(recipe, recipe.model.base, placement(recipe), trainable=False)
        lm.load_state_dict(torch.load(ref, map_location="cpu", weights_only=False)["model"])
    else:
        lm, tok = load_model(recipe, ref, placement(recipe), trainable=False)
    return evaluate_model(lm, tok, records, cfg, recipe.task, recipe.seed, progress=False)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("models", nargs="+", help="NAME=MODEL_REF (the first is the reference)")
    p.add_argument("--data", required=True, help="a filtered dataset dir (its validation split is read)")
    p.add_argument("--limit", type=int, default=96, help="validation items, stratified by label")
    p.add_argument("--recipe", default=str(ROOT / "pipelines/recipes/moderation.yaml"))
    p.add_argument("--out", required=True, help="JSON of every model's figures and per-item answers")
    args = p.parse_args(argv)
    from reasonrl import tasks
    from reasonrl.config import load_recipe
    from reasonrl.stages.common import task_prompts

    recipe = load_recipe(args.recipe, ["model_registry.track_training=false"])
    records = task_prompts(args.data, recipe, "validation")
    cfg = recipe.eval.model_copy(update={"limit": args.limit, "stratify": ["answer"], "policy_flip": None})
    task = tasks.get(recipe.task)
    positive = {r["id"]: task.labels(r)[0] for r in records}  # each item's violating label
    out: dict = {"data": args.data, "limit": args.limit, "models": {}}
    for spec in args.models:
        name, ref = spec.split("=", 1)
        t0 = time.time()
        metrics, samples = _evaluate(recipe, records, cfg, ref)
        o = metrics["moderation"]["overall"]
        keys = ("macro_f1", "macro_f1_ci95", "auroc", "auprc", "recall/hateful", "recall/non-hateful")
        m = out["models"][name] = {
            **{k: o[k] for k in (*keys, "unparseable", "tokens_median", "n")},
            "model": ref,
            "seconds": round(time.time() - t0),
            "ids": [s["id"] for s in samples],
            "gold_violating": [s["gold"] == positive[s["id"]] for s in samples],
            "pred_violating": [s["answer"] == positive[s["id"]] for s in samples],  # unparseable: allowed
            "scores": [s.get("score") for s in samples],  # P(violating label) at the model's answer
        }
        if None not in m["scores"]:
            m["threshold_crossfit"] = crossfit_threshold(m["gold_violating"], m["scores"])
        crossfit = m.get("threshold_crossfit", {}).get("macro_f1")
        print(name, {k: m[k] for k in keys}, "at a cross-fitted threshold", crossfit, flush=True)
    (ref_name, ref), *others = out["models"].items()
    for _, m in others:
        m[f"vs_{ref_name}"] = paired(m["pred_violating"], ref["pred_violating"], ref["gold_violating"])
        if "threshold_crossfit" in m and "threshold_crossfit" in ref:
            m[f"vs_{ref_name}_crossfit"] = paired_crossfit(m["scores"], ref["scores"], ref["gold_violating"])
    Path(args.out).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
