"""Print the counts of the v81 set."""

import collections
import json
import sys

from .checks import RECORDS, VALUES


def main(argv):
    rpath, vpath = (argv + [RECORDS, VALUES][len(argv) :])[:2] if argv else (RECORDS, VALUES)
    with open(rpath, encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh]
    with open(vpath, encoding="utf-8") as fh:
        vals = [v for x in fh for v in json.loads(x)["values"]]
    kind = collections.Counter(
        "pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs
    )
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(vals), "by kind:", dict(collections.Counter(v["kind"] for v in vals).most_common()))
    print("modes:", dict(collections.Counter(f"{v['kind']}/{v['mode']}" for v in vals).most_common()))
    print(
        "local-announced by region:",
        dict(
            sorted(collections.Counter(v["region"] for v in vals if v["mode"] == "local-announced").items())
        ),
    )
    genres = collections.Counter(
        r["id"].split("-")[-2] for r in recs if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("genres:", dict(sorted(genres.items())))
    langs = collections.Counter(
        "hi" if "-hi-" in r["id"] else r["locale"][:2]
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("languages (documents written here):", dict(sorted(langs.items())))
    corpus = collections.Counter(
        "-".join(r["id"].split("-")[:2]) for r in recs if "-pos-" not in r["id"] and "-neg-" not in r["id"]
    )
    print("corpus:", dict(sorted(corpus.items())))
    print("locales:", dict(sorted(collections.Counter(r["locale"] for r in recs).items())))


if __name__ == "__main__":
    main(sys.argv[1:])
