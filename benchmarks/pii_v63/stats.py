"""Print the counts of the v63 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(records=RECORDS, values=VALUES):
    recs = [json.loads(x) for x in open(records, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(values, encoding="utf-8")]
    kinds, modes, local, genres, langs, corpus, part = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for r, vs in zip(recs, vals, strict=True):
        bits = r["id"].split("-")
        if bits[1] in ("pos", "neg"):
            part[bits[1]] += 1
            hi = bits[2] == "hi"
            genres[bits[3] if hi else bits[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            part["corpus"] += 1
            corpus[f"{bits[0]}-{bits[1]}"] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(part.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(*sys.argv[1:3])
