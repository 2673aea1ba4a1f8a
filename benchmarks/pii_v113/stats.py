"""Prints the v113 counts."""

import json
import sys
from collections import Counter

RECORDS = "tests/data/pii_heldout_v113.jsonl"
VALUES = "tests/data/pii_heldout_v113_values.jsonl"


def main(records=RECORDS, values=VALUES):
    with open(records, encoding="utf-8") as fr, open(values, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    docs, genres, langs, corpus = Counter(), Counter(), Counter(), Counter()
    for rec in recs:
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", len(flat), "by kind:", dict(Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(Counter(f"{v['kind']}/{v['mode']}" for v in flat).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in flat if v.get("mode") == "local-announced").items())),
    )
    print(
        "phones by region:", dict(sorted(Counter(v["region"] for v in flat if v["kind"] == "PHONE").items()))
    )
    print("genres:", dict(sorted(genres.items())))
    print("languages:", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(*sys.argv[1:3])
