"""Print v88's counts."""

import collections
import json
import sys

OUT = ("tests/data/pii_heldout_v88.jsonl", "tests/data/pii_heldout_v88_values.jsonl")


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    with open(paths[0], encoding="utf-8") as fr, open(paths[1], encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    kinds, modes, local, genres, langs, polar, corp = (collections.Counter() for _ in range(7))
    for rec, values in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            polar[parts[1]] += 1
            hindi = parts[2] == "hi"
            genres[parts[3] if hindi else parts[2]] += 1
            langs["hi" if hindi else rec["locale"][:2]] += 1
        else:
            polar["corpus"] += 1
            corp[f"{parts[0]}-{parts[1]}"] += 1
        for v in values:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(polar.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(sys.argv)
