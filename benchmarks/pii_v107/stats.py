"""Print the counts of the v107 set."""

import collections
import json
import sys
from pathlib import Path

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rec = Path(argv[0]) if argv else RECORDS
    val = Path(argv[1]) if len(argv) > 1 else VALUES
    recs = [json.loads(x) for x in open(rec, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(val, encoding="utf-8")]
    kinds, modes, local, genres, langs, corpus, docs = (collections.Counter() for _ in range(7))
    for r, vs in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus["%s-%s" % (parts[0], parts[1])] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v["mode"] == "local-announced":
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
