"""Prints the counts of the v55 set."""

import collections
import json
import sys

from .checks import RECORDS, VALUES


def main(records=RECORDS, values=VALUES):
    with open(records, encoding="utf-8") as fr, open(values, encoding="utf-8") as fv:
        recs = [json.loads(line) for line in fr]
        vals = [json.loads(line)["values"] for line in fv]
    docs, genres, langs, corpus = (
        collections.Counter(),
        collections.Counter(),
        collections.Counter(),
        collections.Counter(),
    )
    for rec in recs:
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus[parts[0] + "-" + parts[1]] += 1
    kinds, modes, local = collections.Counter(), collections.Counter(), collections.Counter()
    for vs in vals:
        for v in vs:
            kinds[v["kind"]] += 1
            modes[v["kind"] + "/" + v["mode"]] += 1
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
    main(*sys.argv[1:3])
