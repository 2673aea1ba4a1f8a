# ruff: noqa: E501
"""Counts by kind, mode, locale and region for the v31 set: python -m benchmarks.pii_v31.stats [RECORDS [VALUES]]."""

import json
import sys
from collections import Counter

from .build import OUT, OUT_VALUES, build


def main(argv):
    rp = argv[0] if argv else OUT
    vp = argv[1] if len(argv) > 1 else OUT_VALUES
    with open(rp, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    docs = Counter(
        r["id"].split("-")[1] if r["id"].split("-")[1] in ("pos", "neg") else "corpus" for r in recs
    )
    allv = [v for vs in vals for v in vs]
    print(f"documents: {len(recs)} {dict(docs)}")
    print(f"values: {len(allv)}; by kind: {dict(Counter(v['kind'] for v in allv).most_common())}")
    print(f"modes: {dict(Counter(v['kind'] + '/' + v['mode'] for v in allv).most_common())}")
    print(
        f"local-announced by region: {dict(Counter(v['region'] for v in allv if v['mode'] == 'local-announced'))}"
    )
    print(
        f"phones by region: {dict(Counter(v['region'] for v in allv if v['kind'] == 'PHONE').most_common())}"
    )
    print(f"phones split across a line: {sum(1 for v in allv if chr(10) in v['text'])}")
    print(f"documents by locale: {dict(Counter(r['locale'] for r in recs).most_common())}")
    _, _, meta = build()
    print(f"genres: {dict(sorted((k[6:], n) for k, n in meta.items() if k.startswith('genre:')))}")
    kinds = {k[4:]: n for k, n in meta.items() if k.startswith("neg:")}
    print(
        f"hard-negative kinds used: {len(kinds)}; hard-negative values: {meta['hard-negative values']}; "
        f"guard redraws: {meta['guard redraws']}"
    )
    print(f"hard negatives by kind: {dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    main(sys.argv[1:])
