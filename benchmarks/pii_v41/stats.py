"""Prints the counts of the v41 set."""

import collections
import sys

from .checks import lang_of, load


def main(argv):
    records = load(argv[0] if argv else "tests/data/pii_heldout_v41.jsonl")
    values = load(argv[1] if len(argv) > 1 else "tests/data/pii_heldout_v41_values.jsonl")
    docs, kinds, modes, local, genres, langs = (collections.Counter() for _ in range(6))
    for rec, val in zip(records, values, strict=True):
        parts = rec["id"].split("-")
        tag = parts[1] if parts[1] in ("pos", "neg") else "corpus"
        docs[tag] += 1
        if tag != "corpus":
            genres[parts[-2]] += 1
            langs[lang_of(rec)] += 1
        for v in val["values"]:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(records), dict(docs.most_common()))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
