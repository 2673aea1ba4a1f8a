# ruff: noqa: E501
"""Counts for the v30 set: documents, values by kind, phone mode, local region, locale, genre."""

import json
import sys
from collections import Counter

from .make_heldout_set import OUT, OUT_VALUES


def main(argv):
    rp = argv[0] if argv else str(OUT)
    vp = argv[1] if len(argv) > 1 else str(OUT_VALUES)
    with open(rp, encoding="utf-8") as f:
        records = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        values = [json.loads(x) for x in f]
    docs = Counter(
        r["id"].split("-")[2]
        if r["id"].split("-")[1] in ("pos", "neg") and "_" in r["id"].split("-")[0]
        else "corpus"
        for r in records
    )
    kinds = Counter((r["id"].split("-")[1] if "_" in r["id"].split("-")[0] else "corpus") for r in records)
    vals = [v for x in values for v in x["values"]]
    print(f"documents: {len(records)} {dict(kinds)}")
    print(f"values: {len(vals)}; by kind: {dict(Counter(v['kind'] for v in vals).most_common())}")
    print(f"modes: {dict(Counter(v['kind'] + '/' + v['mode'] for v in vals).most_common())}")
    print(
        f"local-announced by region: {dict(Counter(v['region'] for v in vals if v.get('mode') == 'local-announced').most_common())}"
    )
    print(
        f"phones by region: {dict(Counter(v['region'] for v in vals if v['kind'] == 'PHONE').most_common())}"
    )
    print(f"locales: {dict(Counter(r['locale'] for r in records).most_common())}")
    print(f"genres: {dict(docs.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
