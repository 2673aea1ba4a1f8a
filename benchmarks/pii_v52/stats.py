"""Prints the counts of the v52 files."""

import collections
import json
import sys

from .checks import REC, VAL


def main(rec=REC, val=VAL):
    with open(rec) as f:
        recs = [json.loads(x) for x in f]
    with open(val) as f:
        vals = [json.loads(x)["values"] for x in f]
    kinds = collections.Counter(v["kind"] for vs in vals for v in vs)
    modes = collections.Counter(v["kind"] + "/" + v["mode"] for vs in vals for v in vs)
    local = collections.Counter(v["region"] for vs in vals for v in vs if v.get("mode") == "local-announced")
    kind_of = collections.Counter()
    genres, langs, corpus = collections.Counter(), collections.Counter(), collections.Counter()
    for r in recs:
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            kind_of[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            kind_of["corpus"] += 1
            corpus[parts[0] + "-" + parts[1]] += 1
    print("documents:", len(recs), dict(sorted(kind_of.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(*sys.argv[1:3])
