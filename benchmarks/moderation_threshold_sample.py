"""How many validation items does the served threshold need? (eval.validation_limit, issue 22)

The pipeline serves the label score at a threshold chosen on `eval.validation_limit` validation
items (reasonrl.eval.ranking.best_threshold). This replays that choice on a model's scores from
`benchmarks/moderation_validation.py`'s output, without running a model: per round, the templates
are split in two at random; n items (balanced by label) drawn from one half choose the threshold,
which is scored (macro-F1) on every item of the other half, as a test set of unseen templates would
score it. Reports, per n, the mean, standard deviation and 10th percentile over the rounds.

    python benchmarks/moderation_threshold_sample.py \
        benchmarks/results/moderation_validation_newsplit_240.json \
        --data <run>/compliance-filter/data --sizes 16 32 64 96 --out figures.json

Validation items only: a development analysis that chooses a setting, never a test figure.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
from pathlib import Path


def replay(gold: list[bool], scores: list[float], templates: list[str], n: int, rounds: int, seed: int = 0):
    """Macro-F1 on held-apart templates of a threshold chosen on n items of the others, per round."""
    from reasonrl.eval.ranking import best_threshold, macro_f1_at

    rng, names = random.Random(seed), sorted(set(templates))
    out = []
    for _ in range(rounds):
        rng.shuffle(names)
        choose = set(names[: len(names) // 2])
        pool = [i for i, t in enumerate(templates) if t in choose]
        test = [i for i, t in enumerate(templates) if t not in choose]
        picked = []
        for label in (True, False):
            side = [i for i in pool if gold[i] == label]
            picked += rng.sample(side, min(len(side), n // 2))
        cut = best_threshold([gold[i] for i in picked], [scores[i] for i in picked])
        out.append(macro_f1_at([gold[i] for i in test], [scores[i] for i in test], cut))
    return out


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("result", type=Path, help="moderation_validation.py's output JSON")
    ap.add_argument("--data", required=True, help="the filtered dataset dir it was run on (templates)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[16, 32, 64, 96])
    ap.add_argument("--rounds", type=int, default=500)
    ap.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    result = json.loads(args.result.read_text())
    template = {}
    with open(Path(args.data) / "records.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            template[r["id"]] = r.get("template") or r["id"]
    report = {}
    for name, m in result["models"].items():
        templates = [template[i] for i in m["ids"]]
        for n in args.sizes:
            f1 = replay(m["gold_violating"], m["scores"], templates, n, args.rounds)
            f1.sort()
            report[f"{name}/{n}"] = {
                "mean": round(statistics.mean(f1), 4),
                "sd": round(statistics.stdev(f1), 4),
                "p10": round(f1[len(f1) // 10], 4),
            }
            print(name, n, report[f"{name}/{n}"], flush=True)
    if args.out:
        args.out.write_text(
            json.dumps({"result": str(args.result), "rounds": args.rounds, "f1": report}, indent=1)
        )
    return report


if __name__ == "__main__":
    main()
