"""Prints the counts of the v99 files."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    records, values = (argv + [RECORDS, VALUES][len(argv) :])[:2]
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(values, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    cls, genres, langs, corpus, kinds, modes, local = (Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            cls[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            cls["corpus"] += 1
            corpus["-".join(parts[:2])] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(cls.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
