"""Prints the counts of the v124 set."""

import json
import sys
from collections import Counter

RECORDS = "tests/data/pii_heldout_v124.jsonl"
VALUES = "tests/data/pii_heldout_v124_values.jsonl"


def main(argv):
    rp, vp = argv[:2] if len(argv) >= 2 else (RECORDS, VALUES)
    with open(rp, encoding="utf-8") as fr, open(vp, encoding="utf-8") as fv:
        recs = [json.loads(line) for line in fr]
        vals = [json.loads(line)["values"] for line in fv]
    labels, genres, langs, corpus = Counter(), Counter(), Counter(), Counter()
    for r in recs:
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg") and "_" in parts[0]:
            labels[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else parts[0][:2]] += 1
        else:
            labels["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(labels.items())))
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
    main(sys.argv[1:])
