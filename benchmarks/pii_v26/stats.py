"""Print the counts of the v26 held-out set, and whether rebuilding with the seed reproduces the files.

python -m benchmarks.pii_v26.stats [RECORDS [VALUES]]
"""

import json
import sys
import textwrap
from collections import Counter

from .make_heldout_set import RECORDS, SEED, VALUES, build, dump


def fmt(counter):
    return str(dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))))[1:-1].replace("'", "")


def show(label, text):
    lines = textwrap.wrap(f"{label}: {text}", 104, subsequent_indent="    ")
    print("\n".join(lines))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    rec_text = open(rec_path, encoding="utf-8").read()
    val_text = open(val_path, encoding="utf-8").read()
    out = build(SEED)
    recs_b, vals_b = dump(out)
    print(f"rebuild matches the files: {recs_b == rec_text and vals_b == val_text}")
    recs = [json.loads(x) for x in rec_text.splitlines()]
    vals = [json.loads(x)["values"] for x in val_text.splitlines()]
    metas = [m for _, _, m in out]
    kind = Counter("pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs)
    print(f"documents: {len(recs)} {dict(kind)}")
    print(
        f"positive documents without a value: {sum(1 for r in recs if '-pos-' in r['id'] and not r['spans'])}"
    )
    allv = [v for vs in vals for v in vs]
    show(f"values: {len(allv)}; by kind", fmt(Counter(v["kind"] for v in allv)))
    show("modes", fmt(Counter(f"{v['kind']}/{v['mode']}" for v in allv)))
    phones = [v for v in allv if v["kind"] == "PHONE"]
    show("phone regions", fmt(Counter(v["region"] for v in phones)))
    show(
        "local-announced by region",
        fmt(Counter(v["region"] for v in phones if v["mode"] == "local-announced")),
    )
    show("locales", fmt(Counter(r["locale"] for r in recs)))
    gen = [m for m in metas if m["genre"] != "corpus"]
    show("document languages (generated)", fmt(Counter(m["lang"] for m in gen)))
    show("genres", fmt(Counter(m["genre"] for m in gen)))
    show("roster_format", fmt(Counter(f for m in gen for f in m["rosters"] if not f.startswith("neg:"))))
    neg_rosters = Counter(f[4:] for m in gen for f in m["rosters"] if f.startswith("neg:"))
    show("rosters of numbers that are not phones", fmt(neg_rosters))
    show("shape", fmt(Counter(s for m in gen for s in m["shapes"])))
    show(
        "placements",
        fmt(
            Counter(p for m in gen for p in m["placements"])
            + Counter({"roster": sum(1 for m in gen for f in m["rosters"] if not f.startswith("neg:"))})
        ),
    )
    print(f"placement x language pairs: {len({(p, m['lang']) for m in gen for p in m['placements']})}")
    phr = {t for m in gen for t in m["phrases"]}
    print(
        f"phrasings used: {len(phr)} (announcing phone numbers: "
        f"{len({t for t in phr if t[0] == 'phone'})}, "
        f"service numbers: {len({t for t in phr if t[0] == 'service'})})"
    )
    negs = Counter(k for m in gen for k in m["negs"])
    print(f"hard-negative kinds used: {len(negs)}; hard-negative values: {sum(negs.values())}")
    show("hard-negative kinds", ", ".join(sorted(negs)))
    print(f"number styles used: {len({s for m in gen for s in m['styles']})}")
    show("corpus sources", fmt(Counter(m["sources"] for m in metas if m["sources"])))
    print(f"guard redraws: {sum(m['attempts'] - 1 for m in gen)}")
    print(f"characters: {sum(len(r['text']) for r in recs)}")


if __name__ == "__main__":
    main()
