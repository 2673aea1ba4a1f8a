"""Print the counts of the v32 set.

python -m benchmarks.pii_v32.stats [RECORDS [VALUES]]
"""

import collections
import sys

from .checks import load


def main():
    from .make_heldout_set import OUT, OUT_VALUES

    recs = load(sys.argv[1] if len(sys.argv) > 1 else OUT)
    vals = load(sys.argv[2] if len(sys.argv) > 2 else OUT_VALUES)
    kinds, modes, local, genres, docs, langs = (collections.Counter() for _ in range(6))
    split = 0
    for r, v in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        kind = parts[1] if parts[1] in ("pos", "neg") else "corpus"
        docs[kind] += 1
        if kind != "corpus":
            genres[parts[2]] += 1
        lang = "hi" if any("\u0900" <= c <= "\u097f" for c in r["text"]) else r["locale"][:2]
        langs[lang] += 1
        for x in v["values"]:
            kinds[x["kind"]] += 1
            modes[x["kind"] + "/" + x["mode"]] += 1
            if x["mode"] == "local-announced":
                local[x["region"]] += 1
            if "\n" in x["text"]:
                split += 1
    print("documents:", len(recs), dict(docs))
    print("languages:", dict(langs.most_common()))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(local.most_common()))
    print("phones split across a caption line:", split)
    print("genres:", dict(sorted(genres.items())))


if __name__ == "__main__":
    main()
