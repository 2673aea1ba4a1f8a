"""Print the counts of the set."""

import json
import sys
from collections import Counter

from .make_heldout_set import OUT


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    recs = [json.loads(x) for x in open(paths[0], encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(paths[1], encoding="utf-8")]
    kind = Counter("pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs)
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(flat), "by kind:", dict(Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(Counter(v["kind"] + "/" + v["mode"] for v in flat).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in flat if v["mode"] == "local-announced").items())),
    )
    gen = Counter(
        r["id"].split("-")[2] if "-hi-" not in r["id"] else r["id"].split("-")[3]
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("genres:", dict(sorted(gen.items())))
    lang = Counter(
        "hi" if "-hi-" in r["id"] else r["locale"][:2]
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("languages (documents written here):", dict(sorted(lang.items())))
    print(
        "corpus:",
        dict(
            sorted(
                Counter(
                    "-".join(r["id"].split("-")[:2])
                    for r in recs
                    if "-pos-" not in r["id"] and "-neg-" not in r["id"]
                ).items()
            )
        ),
    )


if __name__ == "__main__":
    main(sys.argv)
