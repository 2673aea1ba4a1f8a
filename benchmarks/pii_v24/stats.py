"""Counts for the v24 set. Usage: python -m benchmarks.pii_v24.stats [RECORDS [VALUES]]"""

import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES, build, dumps


def fmt(c):
    return ", ".join("%s %d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def run(records_path=RECORDS, values_path=VALUES):
    records, vals, meta = build()
    a, b = dumps(records, vals)
    with open(records_path, encoding="utf-8") as f1, open(values_path, encoding="utf-8") as f2:
        same = f1.read() == a and f2.read() == b
    print("rebuild matches the files:", same)
    groups = Counter(m["group"] for m in meta)
    print("documents:", len(records), dict(groups))
    print(
        "positive documents without a value:",
        sum(1 for m, v in zip(meta, vals, strict=True) if m["group"] == "pos" and not v),
    )
    flat = [v for vs in vals for v in vs]
    print("values: %d; by kind: %s" % (len(flat), fmt(Counter(v["kind"] for v in flat))))
    print("modes:", fmt(Counter("%s/%s" % (v["kind"], v["mode"]) for v in flat)))
    phones = [v for v in flat if v["kind"] == "PHONE"]
    print("phone regions:", fmt(Counter(v["region"] for v in phones)))
    print(
        "local-announced by region:",
        fmt(Counter(v["region"] for v in phones if v["mode"] == "local-announced")),
    )
    pairs = zip(records, meta, strict=True)
    print("locales:", fmt(Counter(r["locale"] for r, m in pairs if m["group"] != "corpus")))
    gen = [m for m in meta if m["group"] != "corpus"]
    print("document languages (generated):", fmt(Counter(m["lang"] for m in gen)))
    print("genres:", fmt(Counter(m["genre"] for m in gen)))
    print("hard-wrapped e-mails:", sum(1 for m in gen if m["genre"] == "email"))
    print("roster_format:", fmt(Counter(m["roster"] for m in gen if m["roster"])))
    print("shape:", fmt(sum((m["shapes"] for m in gen), Counter())))
    pl = sum((m["placements"] for m in gen), Counter())
    print("placements:", fmt(pl))
    pairs = {(p, m["lang"]) for m in gen for p in m["placements"]}
    print("placement x language pairs:", len(pairs))
    phr = set().union(*(m["phrasings"] for m in gen))
    print(
        "phrasings used: %d (announcing phone numbers: %d)"
        % (len(phr), sum(1 for p in phr if p.split(":")[1] in ("phone", "call", "service")))
    )
    nk = sum((m["neg_kinds"] for m in gen), Counter())
    print("hard-negative kinds used: %d; hard-negative values: %d" % (len(nk), sum(nk.values())))
    print("number styles used:", len({s for m in gen for s in m["styles"] if s}))
    print("corpus sources:", fmt(Counter(m["source"] for m in meta if m["group"] == "corpus")))
    print("characters:", sum(len(r["text"]) for r in records))
    return same


if __name__ == "__main__":
    sys.exit(0 if run(*sys.argv[1:3]) else 1)
