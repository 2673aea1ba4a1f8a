"""Prints the counts of the v60 set."""

import collections
import json
import sys

from .checks import RECORDS, VALUES


def main(records=RECORDS, values=VALUES):
    with open(records, encoding="utf-8") as f1, open(values, encoding="utf-8") as f2:
        recs = [json.loads(x) for x in f1]
        vals = [json.loads(x)["values"] for x in f2]
    kinds = collections.Counter()
    for r in recs:
        parts = r["id"].split("-")
        kinds["pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus"] += 1
        del parts
    allv = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kinds.items())))
    print("values:", len(allv), "by kind:", dict(collections.Counter(v["kind"] for v in allv).most_common()))
    print("modes:", dict(collections.Counter(v["kind"] + "/" + v["mode"] for v in allv).most_common()))
    print(
        "local-announced by region:",
        dict(
            sorted(
                collections.Counter(v["region"] for v in allv if v.get("mode") == "local-announced").items()
            )
        ),
    )
    genres = collections.Counter()
    langs = collections.Counter()
    corpus = collections.Counter()
    for r in recs:
        p = r["id"].split("-")
        if p[1] in ("pos", "neg"):
            hi = p[2] == "hi"
            genres[p[3] if hi else p[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            corpus["-".join(p[:-1])] += 1
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(*sys.argv[1:3])
