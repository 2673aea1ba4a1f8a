"""What the learned phone reading costs: the rules alone (pii.rule_pass, version 34's detector)
against detect_pii (version 35: the rules, then features and a dot product per candidate), on
the same documents, alternating per document so both share the machine's state.

    nice -n 19 .venv/bin/python benchmarks/pii/speed_learned.py [SET ...] [--repeat 3]

Prints per-document medians (ms), their ratio and the totals as JSON; then one long line of 10,
20 and 50 KB (the documents joined by blanks, as scraped text often comes), timed once each.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from reasonrl.data.filters.phone import DEFAULT_REGIONS
from reasonrl.data.filters.pii import detect_pii, normalize_same_length, rule_pass

SETS = [Path("tests/data/pii_heldout_v27.jsonl"), Path("tests/data/pii_heldout_v20.jsonl")]


def _timed(fn, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, default=SETS)
    ap.add_argument("--repeat", type=int, default=3, help="best of N per document")
    args = ap.parse_args(argv)
    lines = [line for p in args.sets for line in p.read_text(encoding="utf-8").split("\n") if line.strip()]
    texts = [json.loads(line)["text"] for line in lines]
    rules = lambda t: rule_pass(normalize_same_length(t), DEFAULT_REGIONS)  # noqa: E731
    detect_pii(texts[0])  # load the model once, outside the clock
    r, d = [], []
    for text in texts:
        r.append(_timed(rules, text, args.repeat))
        d.append(_timed(detect_pii, text, args.repeat))
    out = {
        "documents": len(texts),
        "median_chars": statistics.median(len(t) for t in texts),
        "rules_median_ms": 1000 * statistics.median(r),
        "learned_median_ms": 1000 * statistics.median(d),
        "median_ratio": statistics.median(b / a for a, b in zip(r, d, strict=True)),
        "rules_total_s": sum(r),
        "learned_total_s": sum(d),
    }
    line = " ".join(t.replace("\n", " ") for t in texts)
    for size in (10_000, 20_000, 50_000):
        out[f"one_line_{size // 1000}kb_s"] = {
            "rules": _timed(rules, line[:size], 1),
            "learned": _timed(detect_pii, line[:size], 1),
        }
    print(json.dumps(out, indent=1))
    return out


if __name__ == "__main__":
    main()
