"""Print the counts of the v59 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rec_path, val_path = (argv + [RECORDS, VALUES][len(argv) :])[:2]
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [v for x in f for v in json.loads(x)["values"]]
    docs = Counter(
        "corpus" if "-pos-" not in r["id"] and "-neg-" not in r["id"] else r["id"].split("-")[1] for r in recs
    )
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", len(vals), "by kind:", dict(Counter(v["kind"] for v in vals).most_common()))
    print("modes:", dict(Counter(f"{v['kind']}/{v['mode']}" for v in vals).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in vals if v["mode"] == "local-announced").items())),
    )
    genres = Counter(r["id"].split("-")[-2] for r in recs if "-pos-" in r["id"] or "-neg-" in r["id"])
    print("genres:", dict(sorted(genres.items())))
    langs = Counter(
        "hi" if "-hi-" in r["id"] else r["locale"][:2]
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("languages (documents written here):", dict(sorted(langs.items())))
    corp = Counter(
        "-".join(r["id"].split("-")[:2]) for r in recs if "-pos-" not in r["id"] and "-neg-" not in r["id"]
    )
    print("corpus:", dict(sorted(corp.items())))
    print("locales:", dict(sorted(Counter(r["locale"] for r in recs).items())))


if __name__ == "__main__":
    main()
