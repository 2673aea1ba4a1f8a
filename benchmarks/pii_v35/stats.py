"""Prints the counts of the v35 set."""

import sys
from collections import Counter

from .checks import load
from .make_heldout_set import OUT, OUT_VALUES, build_all


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    records = load(argv[0] if argv else OUT)
    values = load(argv[1] if len(argv) > 1 else OUT_VALUES)
    docs = Counter()
    genres = Counter()
    langs = Counter()
    for r in records:
        parts = r["id"].split("-")
        kind = parts[1] if parts[1] in ("pos", "neg") else "corpus"
        docs[kind] += 1
        if kind != "corpus":
            genres[parts[-2]] += 1
            langs["hi" if parts[2] == "hi" else r["locale"][:2]] += 1
        else:
            langs[parts[1]] += 1
    kinds, modes, local = Counter(), Counter(), Counter()
    for v in values:
        for x in v["values"]:
            kinds[x["kind"]] += 1
            modes["%s/%s" % (x["kind"], x["mode"])] += 1
            if x.get("mode") == "local-announced":
                local[x["region"]] += 1
    print("documents:", len(records), dict(docs))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages:", dict(sorted(langs.items())))
    if not argv:
        _, _, st = build_all()
        print(
            "hard-negative kinds used:",
            len(st["neg_kinds"]),
            "; hard-negative values:",
            st["neg_values"],
            "; document redraws:",
            st["doc_redraws"],
            "; value redraws:",
            st["value_redraws"],
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
