"""Prints the counts of the v119 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rpath = argv[0] if argv else RECORDS
    vpath = argv[1] if len(argv) > 1 else VALUES
    with open(rpath, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vpath, encoding="utf-8") as f:
        vals = [json.loads(x) for x in f]
    docs, kinds, modes, local, genres, langs, corp = (Counter() for _ in range(7))
    for r, v in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corp["-".join(parts[:2])] += 1
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
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
