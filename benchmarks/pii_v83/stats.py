"""Prints the counts of the v83 set."""

import collections
import json
import sys

from .make_heldout_set import OUT


def main(argv):
    paths = tuple(argv[:2]) if len(argv) >= 2 else OUT
    recs = [json.loads(line) for line in open(paths[0], encoding="utf-8")]
    vals = [json.loads(line)["values"] for line in open(paths[1], encoding="utf-8")]
    docs, kinds, modes, local, genres, langs, corpus = (collections.Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg") and "_" in parts[0]:
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v.get("mode") == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
