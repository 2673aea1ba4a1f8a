"""Print the counts of v89."""

import json
import sys
from collections import Counter

RECORDS = "tests/data/pii_heldout_v89.jsonl"
VALUES = "tests/data/pii_heldout_v89_values.jsonl"
CORPUS = ("mhc-", "math500-", "amc23-", "hhrlhf-")


def main(records=RECORDS, values=VALUES):
    with open(records, encoding="utf-8") as fr, open(values, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    docs, genres, langs, corpus = Counter(), Counter(), Counter(), Counter()
    for r in recs:
        if r["id"].startswith(CORPUS):
            docs["corpus"] += 1
            corpus[r["id"].rsplit("-", 1)[0]] += 1
            continue
        parts = r["id"].split("-")
        docs[parts[1]] += 1
        hi = parts[2] == "hi"
        genres[parts[3] if hi else parts[2]] += 1
        langs["hi" if hi else r["locale"][:2]] += 1
    flat = [v for vs in vals for v in vs]
    kinds = Counter(v["kind"] for v in flat)
    modes = Counter(f"{v['kind']}/{v['mode']}" for v in flat)
    local = Counter(v["region"] for v in flat if v.get("mode") == "local-announced")
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", len(flat), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(*sys.argv[1:3])
