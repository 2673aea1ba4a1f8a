"""Print the counts of the v95 set."""

import json
import sys
from collections import Counter

OUT = ("tests/data/pii_heldout_v95.jsonl", "tests/data/pii_heldout_v95_values.jsonl")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rp, vp = argv if len(argv) == 2 else OUT
    with open(rp, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    parts = [r["id"].split("-") for r in recs]
    kind = Counter(p[1] if p[1] in ("pos", "neg") else "corpus" for p in parts)
    allv = [v for vs in vals for v in vs]
    genres = Counter((p[3] if p[2] == "hi" else p[2]) for p in parts if p[1] in ("pos", "neg") and len(p) > 3)
    langs = Counter(
        "hi" if p[2] == "hi" else r["locale"][:2]
        for p, r in zip(parts, recs, strict=True)
        if p[1] in ("pos", "neg")
    )
    corpus = Counter("-".join(p[:2]) for p in parts if p[1] not in ("pos", "neg"))
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(allv), "by kind:", dict(Counter(v["kind"] for v in allv).most_common()))
    print("modes:", dict(Counter(f"{v['kind']}/{v['mode']}" for v in allv).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in allv if v.get("mode") == "local-announced").items())),
    )
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main()
