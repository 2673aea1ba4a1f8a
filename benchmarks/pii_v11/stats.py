"""Count the written set: documents, locales, values by kind, mode and region; and, from a rebuild that
must equal the files, the announcing phrasings and hard negatives used.

    nice -n 19 .venv/bin/python -m benchmarks.pii_v11.stats [RECORDS [VALUES]]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import phonenumbers

from .checks import load
from .make_heldout_set import OUT, VALUES_OUT, build
from .neg_tables import TABLES
from .negatives import ALL_KINDS
from .phones import SUBSCRIBER_REGIONS
from .phrasings import PHRASINGS


def _fmt(counter: Counter) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in counter.most_common())


def _short(v: dict, digits: str) -> bool:
    if not v["area_len"] or v["region"] not in SUBSCRIBER_REGIONS:
        return False
    nsn = phonenumbers.national_significant_number(phonenumbers.parse(v["e164"]))
    return digits == nsn[v["area_len"] :]


def file_counts(records: list[dict], sidecar: list[dict]) -> None:
    kinds = Counter(
        "pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in records
    )
    print(f"{len(records):,} documents: {_fmt(kinds)}")
    neg_genres = [r["id"].split("-neg-")[1].rsplit("-", 1)[0] for r in records if "-neg-" in r["id"]]
    tables = sum(1 for g in neg_genres if g in TABLES)
    print(f"  negative-only: {kinds['neg'] - tables} in genres with values, {tables} in table genres")
    print("locales:", _fmt(Counter(r["locale"] for r in records)))
    vals = [v for s in sidecar for v in s["values"]]
    print(f"{len(vals):,} values:", _fmt(Counter(v["kind"] for v in vals)))
    for kind in ("PHONE", "EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"):
        print(f"  {kind} modes:", _fmt(Counter(v["mode"] for v in vals if v["kind"] == kind)))
    phones = [v for v in vals if v["kind"] == "PHONE"]
    print("  PHONE regions:", _fmt(Counter(v["region"] for v in phones)))
    for mode in ("local-announced", "list-entry"):
        sub = Counter(v["region"] for v in phones if v["mode"] == mode and _short(v, _digits(v)))
        full = Counter(v["region"] for v in phones if v["mode"] == mode and not _short(v, _digits(v)))
        print(f"  {mode}: subscriber-only {_fmt(sub)}; full national {_fmt(full)}")


def _digits(v: dict) -> str:
    return "".join(c for c in v["text"] if c.isdigit())


def build_counts(records: list[dict], sidecar: list[dict]) -> None:
    rebuilt, rebuilt_values, docs = build()
    if rebuilt != records or rebuilt_values != sidecar:
        print("rebuild differs from the files: phrasing and hard-negative counts unavailable")
        return
    used = [pid for d in docs for pid in d.log["phrasings"]]
    by_id = {p.pid: p for p in PHRASINGS}
    print(
        f"{len(PHRASINGS)} phrasings, {len(set(used))} used;",
        "by language:",
        _fmt(Counter(by_id[i].lang for i in used)),
    )
    print("  by placement:", _fmt(Counter(by_id[i].placement for i in used)))
    negs = [(d.id, k) for d in docs for k in d.log["negatives"]]
    in_pos = sum(1 for i, _ in negs if "-pos-" in i)
    print(
        f"{len(set(k for _, k in negs))} of {len(ALL_KINDS)} hard-negative kinds used, {len(negs):,} uses "
        f"({in_pos:,} in documents with values, {len(negs) - in_pos:,} in negative-only documents)"
    )
    fam = Counter(k.split(":")[0] for _, k in negs)
    kinds = Counter(k.split(":")[0] for k in ALL_KINDS)
    print(
        "  by family:",
        ", ".join(f"{f} {kinds[f]} kinds / {fam[f]:,} uses" for f in ("label", "table", "pattern")),
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    records = load(Path(argv[0]) if argv else OUT)
    sidecar = load(Path(argv[1]) if len(argv) > 1 else VALUES_OUT)
    file_counts(records, sidecar)
    build_counts(records, sidecar)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
