"""Print the counts of the v111 set."""

import collections
import json
import sys

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    records, values = (argv + [RECORDS, VALUES][len(argv) :])[:2]
    recs = [json.loads(x) for x in open(records, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(values, encoding="utf-8")]
    docs, kinds, modes, local, genres, langs, corpus = (collections.Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            genre = parts[3] if parts[2] == "hi" else parts[2]
            genres[genre] += 1
            langs["hi" if parts[2] == "hi" else rec["locale"][:2]] += 1
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
