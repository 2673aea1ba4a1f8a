"""Print the counts of the v28 set (and whether a rebuild with the seed matches the files)."""

import sys
from collections import Counter

from .build import build
from .checks import load
from .make_heldout_set import SEED, dumps


def fmt(c):
    return ", ".join("%s: %d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def main(argv):
    rp = argv[0] if argv else "tests/data/pii_heldout_v28.jsonl"
    vp = argv[1] if len(argv) > 1 else "tests/data/pii_heldout_v28_values.jsonl"
    recs, vals = load(rp), load(vp)
    r2, v2, meta = build(SEED)
    with open(rp, encoding="utf-8") as f1, open(vp, encoding="utf-8") as f2:
        print("rebuild matches the files:", f1.read() == dumps(r2) and f2.read() == dumps(v2))
    kinds = Counter("pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs)
    print("documents:", len(recs), dict(kinds))
    print(
        "positive documents without a value:",
        sum(1 for r, v in zip(recs, vals, strict=True) if "-pos-" in r["id"] and not v["values"]),
    )
    allv = [x for v in vals for x in v["values"]]
    print("values: %d; by kind: %s" % (len(allv), fmt(Counter(x["kind"] for x in allv))))
    print("modes:", fmt(Counter(x["kind"] + "/" + x["mode"] for x in allv)))
    ph = [x for x in allv if x["kind"] == "PHONE"]
    print("phone regions:", fmt(Counter(x["region"] for x in ph)))
    print(
        "local-announced by region:", fmt(Counter(x["region"] for x in ph if x["mode"] == "local-announced"))
    )
    print("locales:", fmt(Counter(r["locale"] for r in recs)))
    print(
        "document languages (generated):",
        fmt(Counter({k[5:]: n for k, n in meta.items() if k.startswith("lang:")})),
    )
    print(
        "genres:",
        fmt(Counter(r["id"].split("-")[2] for r in recs if "-pos-" in r["id"] or "-neg-" in r["id"])),
    )
    for key, title in [
        ("roster:", "roster formats (phones)"),
        ("negroster:", "rosters of numbers that are not phones"),
        ("shape:", "value-line shapes"),
        ("place:", "placements"),
    ]:
        print(title + ":", fmt(Counter({k[len(key) :]: n for k, n in meta.items() if k.startswith(key)})))
    phr = [k for k in meta if k.startswith("phr:")]
    print(
        "phrasings used: %d (announcing phone numbers: %d, local: %d, service numbers: %d)"
        % (
            len(phr),
            sum(1 for k in phr if k.startswith("phr:phone:")),
            sum(1 for k in phr if k.startswith("phr:local:")),
            sum(1 for k in phr if k.startswith("phr:service:")),
        )
    )
    nk = [k for k in meta if k.startswith("neg:")]
    print("hard-negative kinds used: %d; hard-negative values: %d" % (len(nk), meta["negvalues"]))
    print("hard-negative kinds:", ", ".join(sorted(k[4:] for k in nk)))
    print("number styles used:", len([k for k in meta if k.startswith("style:")]))
    print("corpus sources:", fmt(Counter({k[7:]: n for k, n in meta.items() if k.startswith("corpus:")})))
    print("guard redraws:", meta["guard_redraws"])
    print("characters:", sum(len(r["text"]) for r in recs))


if __name__ == "__main__":
    main(sys.argv[1:])
