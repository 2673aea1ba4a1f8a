"""Prints the counts of the v123 set."""

import collections
import json
import sys

RECORDS = "tests/data/pii_heldout_v123.jsonl"
VALUES = "tests/data/pii_heldout_v123_values.jsonl"


def main(argv):
    records = argv[0] if argv else RECORDS
    values = argv[1] if len(argv) > 1 else VALUES
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(values, encoding="utf-8") as f:
        vals = [v for x in f for v in json.loads(x)["values"]]
    docs = collections.Counter(
        "pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs
    )
    genres = collections.Counter(
        r["id"].split("-")[-2] for r in recs if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    langs = collections.Counter(
        "hi" if "-hi-" in r["id"] else r["locale"][:2]
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    corpus = collections.Counter(
        r["id"].rsplit("-", 1)[0] for r in recs if "-pos-" not in r["id"] and "-neg-" not in r["id"]
    )
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", len(vals), "by kind:", dict(collections.Counter(v["kind"] for v in vals).most_common()))
    print("modes:", dict(collections.Counter(f"{v['kind']}/{v['mode']}" for v in vals).most_common()))
    print(
        "local-announced by region:",
        dict(
            sorted(
                collections.Counter(v["region"] for v in vals if v.get("mode") == "local-announced").items()
            )
        ),
    )
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
