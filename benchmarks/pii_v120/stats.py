"""Print the counts of the v120 set."""

import collections
import json
import sys

OUT = ("tests/data/pii_heldout_v120.jsonl", "tests/data/pii_heldout_v120_values.jsonl")


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    with open(paths[0], encoding="utf-8") as f1, open(paths[1], encoding="utf-8") as f2:
        recs = [json.loads(x) for x in f1]
        vals = [json.loads(x)["values"] for x in f2]
    kinds, modes, local, genres, langs, corp, docs = (collections.Counter() for _ in range(7))
    for r, vs in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corp["-".join(parts[:2])] += 1
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
