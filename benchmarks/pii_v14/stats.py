"""Counts for v14's docstring, from the written files; rebuilds the set with the seed to count phrasings,
rosters and hard negatives, and says whether the rebuild matches the files.

    python -m benchmarks.pii_v14.stats [RECORDS [VALUES]]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from . import neg_labelled, neg_patterned, neg_tables, phrasings, rosters
from .make_heldout_set import OUT, SEED, VALUES_OUT
from .plan import build


def fmt(counter: Counter) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in counter.most_common())


def file_counts(records: list[dict], sidecar: list[dict]) -> None:
    sorts = Counter(
        r["id"].split("-")[1] if r["id"].split("-")[1] in ("pos", "neg") else "corpus" for r in records
    )
    tables = sum(1 for r in records if r["id"].split("-")[2].replace("_", " ") in neg_tables.TABLES)
    print(f"documents {len(records):,}: {fmt(sorts)}; negative-only tables {tables}")
    print("locales:", fmt(Counter(r["locale"] for r in records)))
    vals = [v for s in sidecar for v in s["values"]]
    print(f"values {len(vals):,}:", fmt(Counter(v["kind"] for v in vals)))
    for kind in ("PHONE", "EMAIL", "IP_ADDRESS", "CREDIT_CARD", "IBAN", "US_SSN"):
        print(f"  {kind} modes:", fmt(Counter(v["mode"] for v in vals if v["kind"] == kind)))
    phones = [v for v in vals if v["kind"] == "PHONE"]
    print("  PHONE regions:", fmt(Counter(v["region"] for v in phones)))
    for mode in ("local-announced", "list-entry"):
        sub = Counter(v["region"] for v in phones if v["mode"] == mode and _subscriber(v))
        full = Counter(v["region"] for v in phones if v["mode"] == mode and not _subscriber(v))
        print(f"  {mode}: subscriber-only {fmt(sub)}; full national {fmt(full)}")


def _subscriber(v: dict) -> bool:
    digits = "".join(ch for ch in v["text"] if ch.isdigit())
    return v["area_len"] > 0 and len(digits) < len(v["e164"]) - 3 and v["e164"].endswith(digits)


def build_counts(records: list[dict], sidecar: list[dict]) -> None:
    rebuilt, side, notes = build(SEED)
    same = rebuilt == records and side == sidecar
    print("rebuild with seed", SEED, "matches the files:", same)
    print(
        "document language (synthetic):",
        fmt(
            Counter(
                n["lang"]
                for n, r in zip(notes, rebuilt, strict=True)
                if "-" in r["id"] and r["id"].split("-")[1] in ("pos", "neg")
            )
        ),
    )
    used = Counter(i for n in notes for i in n["phrasings"])
    print(
        f"phrasings used {len(used)} of {len(phrasings.PHRASINGS)}; local-announced by phrase language:",
        fmt(Counter(phrasings.PHRASINGS[i][0] for n in notes for i in n["phrasings"])),
    )
    print("  by placement:", fmt(Counter(phrasings.PHRASINGS[i][1] for n in notes for i in n["phrasings"])))
    rost = Counter(f for n in notes for f in n["rosters"])
    print(f"rosters {sum(rost.values())} in {len(rost)} of {len(rosters.FORMATS)} formats:", fmt(rost))
    negs = [x for n in notes for x in n["negs"]]
    kinds = Counter(x.split(":", 1)[0] for x in negs)
    distinct = {x for x in negs}
    total = len(neg_labelled.LABELLED) + len(neg_patterned.PATTERNED) + len(neg_tables.TABLES)
    print(f"hard-negative kinds used {len(distinct)} of {total}, uses {len(negs):,}: {fmt(kinds)}")
    by_sort = Counter(
        "with values" if n["phrasings"] or n["rosters"] or s["values"] else "negative-only"
        for n, s in zip(notes, side, strict=True)
        for _ in n["negs"]
    )
    print("  uses by document:", fmt(by_sort))
    for sort in ("labelled", "patterned", "table"):
        print(f"  {sort}: {len({x for x in distinct if x.startswith(sort)})} kinds, {kinds[sort]:,} uses")
    print(
        "  labelled on the line before:",
        sum(1 for r in rebuilt for line in r["text"].split("\n") if _label_alone(line)),
    )


LABELS = {lab for k in range(len(neg_labelled.LABELLED)) for lab in neg_labelled.LABELLED[k][1].split("|")}


def _label_alone(line: str) -> bool:
    return line.endswith(":") and line[:-1].rstrip() in LABELS


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rec_path = Path(argv[0]) if argv else OUT
    val_path = Path(argv[1]) if len(argv) > 1 else VALUES_OUT
    records = [json.loads(line) for line in rec_path.open(encoding="utf-8")]
    sidecar = [json.loads(line) for line in val_path.open(encoding="utf-8")]
    file_counts(records, sidecar)
    build_counts(records, sidecar)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
