"""Verified answers per second: reasonrl's math reward vs math-verify called serially, in one run.

    python benchmarks/math_reward_vs_serial.py [--repeats 3]

Items: every GSM8K test and MATH-500 reference solution as the completion (the usual '#### n' and
'\\boxed{}' formats), plus the same answers rewritten in R1 tags (`<think>..</think><answer>..</answer>`)
and a shifted copy with wrong golds, so both verdicts are exercised (~7.3k items).

  serial     math-verify parse(gold) + parse(completion) + verify per item on the main thread, as
             TRL / open-r1's accuracy reward calls it (same <answer>-tag extraction as ours)
  reasonrl   rewards.get("math"): exact fast path for plain numbers, math-verify in a 2-process pool
             with a project-enforced per-item timeout (pool start-up included in the time)

Each contender runs in its own subprocess, interleaved; prints the median answers/s, the ratio,
and how often the two verdicts agree.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(os.environ.get("REASONRL_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"


def items() -> list[tuple[str, str]]:
    gsm = [json.loads(x) for x in (SHARED / "math/gsm8k_test.jsonl").read_text().splitlines()]
    m5 = [json.loads(x) for x in (SHARED / "math/math500_test.jsonl").read_text().splitlines()]
    pairs = [(r["answer"], r["answer"].split("####")[-1].strip()) for r in gsm]
    pairs += [(r["solution"], r["answer"]) for r in m5]
    tagged = [(f"<think>{c[:200]}</think><answer>{g}</answer>", g) for c, g in pairs]
    shifted = [(c, pairs[(i + 1) % len(pairs)][1]) for i, (c, _) in enumerate(pairs)]
    return pairs + tagged + shifted


def serial(batch: list[tuple[str, str]]) -> list[float]:
    """math-verify parse + verify per item on the main thread, with the same answer extraction
    (<answer> tags) so that only the execution strategy differs."""
    from reasonrl.verify.math import verify_one

    return [verify_one(item) for item in batch]


def ours(batch: list[tuple[str, str]]) -> list[float]:
    from reasonrl import rewards

    return rewards.get("math")([c for c, _ in batch], answer=[g for _, g in batch])


def child(which: str) -> None:
    import logging

    logging.disable(logging.WARNING)
    batch = items()
    t0 = time.perf_counter()
    scores = serial(batch) if which == "serial" else ours(batch)
    print("RESULT " + json.dumps({"seconds": time.perf_counter() - t0, "scores": scores}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child)
    n = len(items())
    runs: dict[str, list[dict]] = {"serial": [], "reasonrl": []}
    for rep in range(args.repeats):
        for which in runs:
            out = subprocess.run([sys.executable, __file__, "--child", which], capture_output=True, text=True)
            line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
            if line is None:
                sys.exit(f"{which} failed:\n{out.stderr[-3000:]}")
            runs[which].append(json.loads(line[7:]))
            print(f"repeat {rep + 1} {which}: {n / runs[which][-1]['seconds']:.0f} answers/s", flush=True)
    rate = {w: statistics.median(n / r["seconds"] for r in rs) for w, rs in runs.items()}
    a, b = runs["serial"][-1]["scores"], runs["reasonrl"][-1]["scores"]
    agree = sum(x == y for x, y in zip(a, b, strict=True)) / n
    print(
        f"\n{n} items, median of {args.repeats}: serial math-verify {rate['serial']:.0f}/s, "
        f"reasonrl {rate['reasonrl']:.0f}/s, ratio {rate['reasonrl'] / rate['serial']:.2f}x; "
        f"verdicts agree on {agree:.4f} (serial accepts {sum(a):.0f}, reasonrl {sum(b):.0f})"
    )


if __name__ == "__main__":
    main()
