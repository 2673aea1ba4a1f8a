"""Prints the counts of v91's set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    records = argv[0] if argv else RECORDS
    values = argv[1] if len(argv) > 1 else VALUES
    recs = [json.loads(x) for x in open(records, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(values, encoding="utf-8")]
    kinds, modes, local, genre, lang, corp, docs = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for r, vs in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            g = parts[3] if parts[2] == "hi" else parts[2]
            genre[g] += 1
            lang["hi" if parts[2] == "hi" else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corp[f"{parts[0]}-{parts[1]}"] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v.get("mode") == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genre.items())))
    print("languages (documents written here):", dict(sorted(lang.items())))
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
