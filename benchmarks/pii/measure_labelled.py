"""Measure the PII detector on a labelled JSONL file, once, and print the figures.

    .venv/bin/python benchmarks/pii/measure_labelled.py tests/data/pii_heldout.jsonl \
        [--values /tmp/pii_heldout_values.jsonl] [--regions US,GB,DE,FR,ES,IT,NL,BR,IN] [--show-misses]

Each line: {"text", "spans": [{"kind", "start", "end"}]} (reasonrl.data.pii_eval's format). Prints
overall and per-kind recall and precision, the number of gold values left after redaction, and
how many of those are short national phone numbers (no + or 00, at most nine digits: the
context-announced local numbers, as far as the text alone tells). With --values (the sidecar of
make_heldout_set.py, one {"values": [{"mode", ...}]} per line, spans in order) the leaks are
counted per mode exactly. Measuring changes nothing; reading the misses of a held-out set makes it
a development set.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from reasonrl.data.filters.phone import DEFAULT_REGIONS
from reasonrl.data.filters.pii import detect_pii
from reasonrl.data.pii_eval import measure


def _short_local(kind: str, value: str) -> bool:
    return (
        kind == "PHONE"
        and not value.lstrip("( ").startswith(("+", "00"))
        and len(re.sub(r"\D", "", value)) <= 9
    )


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--values", type=Path, help="make_heldout_set.py's --values-out sidecar")
    ap.add_argument("--regions", default=",".join(DEFAULT_REGIONS), help="compliance policy phone regions")
    ap.add_argument("--show-misses", action="store_true", help="print every miss and false positive")
    args = ap.parse_args(argv)
    regions = tuple(r.strip() for r in args.regions.split(",") if r.strip())
    # JSONL lines end at "\n" only: splitlines() would also cut a text at U+2028 inside a string
    docs = [json.loads(line) for line in args.path.read_text(encoding="utf-8").split("\n") if line.strip()]
    result = measure(docs, lambda text: detect_pii(text, phone_regions=regions))
    gold = Counter(s["kind"] for d in docs for s in d["spans"])
    short_gold = sum(
        _short_local(s["kind"], d["text"][s["start"] : s["end"]]) for d in docs for s in d["spans"]
    )
    short_left = sum(_short_local(kind, value) for kind, value, _ in result["leaks"])
    report = {
        "file": str(args.path),
        "docs": len(docs),
        "overall": result["overall"],
        "by_kind": result["by_kind"],
        "leaks": len(result["leaks"]),
        "short_national_phones_left": f"{short_left}/{short_gold}",
        "gold_by_kind": dict(gold),
    }
    if args.values:
        report["leaks_by_mode"] = _leaks_by_mode(docs, args.values, regions)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if args.show_misses:
        for kind, value in result["errors"]:
            print(f"{kind}\t{value}")
    return report


def _leaks_by_mode(docs: list[dict], values: Path, regions: tuple[str, ...]) -> dict[str, str]:
    from reasonrl.data.pii_eval import _covered

    sidecar = [json.loads(line) for line in values.read_text(encoding="utf-8").split("\n") if line.strip()]
    total, left = Counter(), Counter()
    for doc, side in zip(docs, sidecar, strict=True):
        found = detect_pii(doc["text"], phone_regions=regions)
        for span, value in zip(doc["spans"], side["values"], strict=True):
            key = f"{span['kind']}/{value.get('mode') or '-'}"
            total[key] += 1
            left[key] += not _covered(doc["text"], span["start"], span["end"], found)
    return {k: f"{left[k]}/{total[k]}" for k in sorted(total)}


if __name__ == "__main__":
    main()
