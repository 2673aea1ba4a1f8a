"""Counts of the v78 set."""

import collections
import json
import sys

from .make_heldout_set import RECORDS, VALUES


def load(records, vals):
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(vals, encoding="utf-8") as f:
        vs = [json.loads(line)["values"] for line in f]
    return recs, vs


def polarity(rid):
    parts = rid.split("-")
    return parts[1] if len(parts) > 2 and parts[1] in ("pos", "neg") else "corpus"


def main(argv):
    recs, vs = load(argv[1] if len(argv) > 1 else RECORDS, argv[2] if len(argv) > 2 else VALUES)
    docs = collections.Counter(polarity(r["id"]) for r in recs)
    kinds = collections.Counter(v["kind"] for vals in vs for v in vals)
    modes = collections.Counter(v["kind"] + "/" + v["mode"] for vals in vs for v in vals)
    local = collections.Counter(
        v["region"] for vals in vs for v in vals if v.get("mode") == "local-announced"
    )
    genres, langs, corpus = collections.Counter(), collections.Counter(), collections.Counter()
    for r in recs:
        p = polarity(r["id"])
        if p == "corpus":
            corpus[r["id"].rsplit("-", 1)[0]] += 1
            continue
        g = r["id"].split("-")[2]
        hi = g == "hi"
        genres[r["id"].split("-")[3] if hi else g] += 1
        langs["hi" if hi else r["locale"][:2]] += 1
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv)
