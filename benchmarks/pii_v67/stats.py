"""Print the counts of the v67 set."""

import collections
import json
import sys

RECORDS = "tests/data/pii_heldout_v67.jsonl"
VALUES = "tests/data/pii_heldout_v67_values.jsonl"


def main(argv):
    records, values = (argv + [RECORDS, VALUES])[:2]
    with open(records, encoding="utf-8") as f, open(values, encoding="utf-8") as g:
        recs, vals = [json.loads(x) for x in f], [json.loads(x)["values"] for x in g]
    docs, kinds, modes, local = (collections.Counter() for _ in range(4))
    genres, langs, corpus = (collections.Counter() for _ in range(3))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hindi = parts[2] == "hi"
            genres[parts[3] if hindi else parts[2]] += 1
            langs["hi" if hindi else rec["locale"][:2]] += 1
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
