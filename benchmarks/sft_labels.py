"""Train the moderation SFT baseline at a label budget and save it, reading no test item (issue 22).

The pipeline's sft_baseline stage evaluates on the test sets as soon as it has trained; a setting
study must not. This trains the same model on the same labels (rl.labels drawn by the recipe's
seeded, balanced rule, as RL and the stage draw them) and only saves it, for
`benchmarks/moderation_validation.py` to score on validation items:

    python benchmarks/sft_labels.py --data <run>/compliance-filter/data --labels 960 --out outputs/sft960
    python benchmarks/moderation_validation.py --data <run>/compliance-filter/data --out r.json \\
        sft96=<run>/sft-baseline/baseline/model sft960=outputs/sft960/model
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", required=True, help="a filtered dataset dir (its train split is read)")
    p.add_argument("--labels", type=int, required=True, help="the label budget (rl.labels)")
    p.add_argument("--recipe", default=str(ROOT / "pipelines/recipes/moderation.yaml"))
    p.add_argument("--set", action="append", default=[], dest="overrides", help="recipe override KEY=VALUE")
    p.add_argument("--out", required=True, help="a directory: model/ and report.json")
    args = p.parse_args(argv)
    from reasonrl import tasks
    from reasonrl.config import load_recipe
    from reasonrl.distill.sft import gold_examples, sft
    from reasonrl.stages.common import labelled_prompts, load_model, placement, torch_setup

    overrides = ["model_registry.track_training=false", f"rl.labels={args.labels}", *args.overrides]
    recipe = load_recipe(args.recipe, overrides)
    torch_setup(recipe.seed)
    place = placement(recipe)
    labelled = labelled_prompts(recipe, args.data)
    model, tok = load_model(recipe, recipe.model.base, place, trainable=True)
    examples = gold_examples(labelled, tasks.get(recipe.task), tok)
    t0 = time.time()
    with place.autocast():
        losses = sft(model, tok, examples, recipe.sft_baseline, recipe.seed, desc=f"sft {args.labels} labels")
    out = Path(args.out)
    model.save_pretrained(out / "model")
    tok.save_pretrained(out / "model")
    answers = [r["answer"] for r in labelled]
    report = {
        "labels": len(labelled),
        "answers": {a: answers.count(a) for a in sorted(set(answers))},
        "sft": recipe.sft_baseline.model_dump(),
        "seconds": round(time.time() - t0),
        "losses": losses,
    }
    (out / "report.json").write_text(json.dumps(report, indent=1))
    print({k: v for k, v in report.items() if k != "losses"}, "final loss", losses[-1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
