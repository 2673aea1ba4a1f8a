"""Prints the counts of the v101 set."""

import json
import sys
from collections import Counter

RECORDS = "tests/data/pii_heldout_v101.jsonl"
VALUES = "tests/data/pii_heldout_v101_values.jsonl"
LANG = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt"}


def stats(records_path=RECORDS, values_path=VALUES):
    with open(records_path, encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh]
    with open(values_path, encoding="utf-8") as fh:
        vals = [json.loads(x)["values"] for x in fh]
    docs, genres, langs, corpus = Counter(), Counter(), Counter(), Counter()
    kinds, modes, local = Counter(), Counter(), Counter()
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else LANG[rec["locale"][:2]]] += 1
        else:
            docs["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
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
    stats(*sys.argv[1:])
