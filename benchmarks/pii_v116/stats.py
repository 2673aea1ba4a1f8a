"""Prints v116's counts."""

import collections
import json
import sys

from .make_heldout_set import RECORDS, VALUES

CORPUS = ("math500-", "amc23-", "hatecheck-", "mhc-")


def main(argv):
    records = argv[1] if len(argv) > 1 else RECORDS
    values = argv[2] if len(argv) > 2 else VALUES
    with open(records, encoding="utf-8") as fr, open(values, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    docs, kinds, modes, local, genres, langs, corp = (collections.Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        rid = rec["id"]
        if rid.startswith(CORPUS):
            docs["corpus"] += 1
            corp["-".join(rid.split("-")[:2])] += 1
            continue
        parts = rid.split("-")
        docs[parts[1]] += 1
        hi = parts[2] == "hi"
        genres[parts[3] if hi else parts[2]] += 1
        langs["hi" if hi else rec["locale"][:2]] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(sys.argv)
