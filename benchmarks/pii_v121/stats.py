"""Print the counts of v121."""

import collections
import json
import sys

REC = "tests/data/pii_heldout_v121.jsonl"
VAL = "tests/data/pii_heldout_v121_values.jsonl"


def main(rec_path=REC, val_path=VAL):
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    docs, kinds, modes, local, genres, langs, corpus = (collections.Counter() for _ in range(7))
    for r, vs in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            g = parts[3] if parts[2] == "hi" else parts[2]
            genres[g] += 1
            langs["hi" if parts[2] == "hi" else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus[parts[0] + "-" + parts[1]] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[v["kind"] + "/" + v["mode"]] += 1
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
    main(*sys.argv[1:3])
