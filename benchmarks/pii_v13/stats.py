"""Count the written set (and, by rebuilding it with the seed, its phrasings and hard negatives).

python -m benchmarks.pii_v13.stats [RECORDS [VALUES]]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import phonenumbers as pn

from .checks import load
from .make_heldout_set import OUT, SEED, VALUES_OUT, build
from .phrasings import LANG_NAMES, PHRASINGS


def fmt(counter: Counter) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in counter.most_common())


def phone_lines(phones: list[dict]) -> list[str]:
    out = [
        f"PHONE {len(phones):,}: modes {fmt(Counter(v['mode'] for v in phones))}",
        f"  regions {fmt(Counter(v['region'] for v in phones))}",
    ]
    for mode in ("local-announced", "list-entry"):
        vs = [v for v in phones if v["mode"] == mode]
        subs = Counter(v["region"] for v in vs if _subscriber(v))
        full = Counter(v["region"] for v in vs if not _subscriber(v))
        out.append(f"  {mode}: subscriber-only {fmt(subs)}; full national {fmt(full)}")
    return out


def _subscriber(v: dict) -> bool:
    nsn = pn.national_significant_number(pn.parse(v["e164"], None))
    digits = "".join(c for c in v["text"] if c.isdigit())
    return bool(v["area_len"]) and digits == nsn[v["area_len"] :]


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    records = load(Path(args[0]) if args else OUT)
    sides = load(Path(args[1]) if len(args) > 1 else VALUES_OUT)
    rebuilt, rebuilt_values, metas = build(SEED)
    same = rebuilt == records and rebuilt_values == sides
    print(f"rebuild with seed {SEED} matches the files: {same}")
    with_values = sum(1 for s in sides if s["values"])
    kinds = Counter(m["kind"] for m in metas)
    print(
        f"{len(records):,} documents: {with_values} with values, {kinds['neg']} negative-only prose, "
        f"{kinds['table']} tables, {kinds['corpus']} corpus"
    )
    print("locales:", fmt(Counter(r["locale"] for r in records)))
    print(
        "languages:",
        fmt(Counter(LANG_NAMES.get(m["lang"], m["lang"]) for m in metas if m["kind"] != "corpus")),
    )
    print(
        "genres with values:",
        len({m["genre"] for m in metas if m["kind"] == "pos"}),
        "| corpus:",
        fmt(Counter(m["genre"] for m in metas if m["kind"] == "corpus")),
    )
    vals = [v for s in sides for v in s["values"]]
    print(f"{len(vals):,} values:", fmt(Counter(v["kind"] for v in vals)))
    for kind in ("EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"):
        print(f"  {kind}: {fmt(Counter(v['mode'] for v in vals if v['kind'] == kind))}")
    for line in phone_lines([v for v in vals if v["kind"] == "PHONE"]):
        print(line)
    used = [PHRASINGS[i] for m in metas for i in m["phrasings"]]
    print(
        f"phrasings: {len(set(map(id, used)))} of {len(PHRASINGS)} used,",
        "by language:",
        fmt(Counter(LANG_NAMES[p[0]] for p in PHRASINGS)),
    )
    print("  uses by phrase language:", fmt(Counter(LANG_NAMES[p[0]] for p in used)))
    print("  uses by placement:", fmt(Counter(p[1] for p in used)))
    rost = [f for m in metas for f in m["rosters"]]
    print(f"rosters {len(rost)}:", fmt(Counter(rost)))
    negs = [(n, m["kind"]) for m in metas for n in m["negatives"]]
    cats = Counter(n[0] for n, _ in negs)
    print(
        f"hard negatives: {len({n for n, _ in negs})} kinds, {len(negs):,} uses "
        f"({sum(1 for _, k in negs if k == 'pos'):,} in documents with values, "
        f"{sum(1 for _, k in negs if k != 'pos'):,} in negative-only documents)"
    )
    for cat in ("labelled", "table", "patterned"):
        print(f"  {cat}: {len({n for n, _ in negs if n[0] == cat})} kinds, {cats[cat]:,} uses")


if __name__ == "__main__":
    main()
