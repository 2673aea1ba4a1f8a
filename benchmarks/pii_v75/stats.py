"""Prints the counts of the v75 set."""

import collections
import json
import sys

from .make_heldout_set import OUT


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    with open(paths[0], encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    with open(paths[1], encoding="utf-8") as fh:
        values = [json.loads(line) for line in fh]
    docs, kinds, modes, local, genres, langs, corp = (collections.Counter() for _ in range(7))
    for rec, val in zip(records, values, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corp["-".join(parts[:2])] += 1
        for v in val["values"]:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(records), dict(sorted(docs.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(sys.argv)
