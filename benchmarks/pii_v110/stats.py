"""Print the counts of the v110 set."""

import collections
import json
import sys

RECORDS = "tests/data/pii_heldout_v110.jsonl"
VALUES = "tests/data/pii_heldout_v110_values.jsonl"


def main(records=RECORDS, values=VALUES):
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(values, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    docs, kinds, modes, local, genres, langs, corpus = (collections.Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus[parts[0] + "-" + parts[1]] += 1
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
    print("languages:", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(*sys.argv[1:3])
