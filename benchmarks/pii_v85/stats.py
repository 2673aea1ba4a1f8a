"""Prints the counts of a v85 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import OUT


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    paths = tuple(argv[:2]) if len(argv) >= 2 else OUT
    with open(paths[0], encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(paths[1], encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    docs, genres, langs, corpus = Counter(), Counter(), Counter(), Counter()
    for r in recs:
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
    flat = [v for vs in vals for v in vs]
    kinds = Counter(v["kind"] for v in flat)
    modes = Counter(f"{v['kind']}/{v['mode']}" for v in flat)
    local = Counter(v["region"] for v in flat if v.get("mode") == "local-announced")
    regions = Counter(v["region"] for v in flat if v["kind"] == "PHONE")
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", len(flat), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("phone regions:", dict(regions.most_common()))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))
    print("documents with no spans:", sum(1 for r in recs if not r["spans"]))


if __name__ == "__main__":
    main()
