"""Print the v39 counts."""

import collections
import json
import sys

from .make_heldout_set import OUT, OUT_VALUES


def main(argv):
    rpath = argv[0] if argv else OUT
    vpath = argv[1] if len(argv) > 1 else OUT_VALUES
    with open(rpath, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(vpath, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    kinds, modes, local, genres, langs, docs = (collections.Counter() for _ in range(6))
    for rec, vs in zip(recs, vals, strict=False):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(docs))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
