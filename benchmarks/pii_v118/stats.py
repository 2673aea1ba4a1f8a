"""Prints v118's counts."""

import collections
import json
import sys

from .make_heldout_set import RECORDS, VALUES

CORPUS = ("math500_test", "amc23_test", "hatecheck_en", "mhc")


def main(argv):
    recs = [json.loads(x) for x in open(argv[1] if len(argv) > 1 else RECORDS, encoding="utf-8")]
    vals = [json.loads(x) for x in open(argv[2] if len(argv) > 2 else VALUES, encoding="utf-8")]
    docs, kinds, modes, local, genres, langs, corpus = (collections.Counter() for _ in range(7))
    for r, v in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        if parts[0] in CORPUS:
            docs["corpus"] += 1
            corpus[parts[0] + "-" + parts[1]] += 1
        else:
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        for x in v["values"]:
            kinds[x["kind"]] += 1
            modes[x["kind"] + "/" + x["mode"]] += 1
            if x["mode"] == "local-announced":
                local[x["region"]] += 1
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv)
