"""Print the counts of the v125 files."""

from __future__ import annotations

import collections
import json
import sys


def main(argv: list[str]) -> None:
    from .make_heldout_set import RECORDS, VALUES

    rp, vp = (argv[0], argv[1]) if len(argv) > 1 else (RECORDS, VALUES)
    with open(rp, encoding="utf-8") as f, open(vp, encoding="utf-8") as g:
        recs = [json.loads(x) for x in f]
        vals = [json.loads(x)["values"] for x in g]
    groups, kinds, modes, local, genres, langs, corpus = (collections.Counter() for _ in range(7))
    for r, vs in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            groups[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            groups["corpus"] += 1
            corpus["%s-%s" % (parts[0], parts[1])] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[v["kind"] + "/" + v["mode"]] += 1
            if v.get("mode") == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(groups.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
