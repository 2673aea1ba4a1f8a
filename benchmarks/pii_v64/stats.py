"""Prints the counts of the v64 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    with open(rec_path, encoding="utf-8") as f:
        records = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        values = [v for line in f for v in json.loads(line)["values"]]
    docs = Counter(
        "pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in records
    )
    print("documents:", len(records), dict(sorted(docs.items())))
    print("values:", len(values), "by kind:", dict(Counter(v["kind"] for v in values).most_common()))
    print("modes:", dict(Counter(f"{v['kind']}/{v['mode']}" for v in values).most_common()))
    loc = Counter(v["region"] for v in values if v.get("mode") == "local-announced")
    print("local-announced by region:", dict(sorted(loc.items())))
    print(
        "phones by region:", dict(Counter(v["region"] for v in values if v["kind"] == "PHONE").most_common())
    )
    gen = Counter(r["id"].split("-")[-2] for r in records if "-pos-" in r["id"] or "-neg-" in r["id"])
    print("genres:", dict(sorted(gen.items())))
    lang = Counter(
        "hi" if "-hi-" in r["id"] else r["locale"][:2]
        for r in records
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("languages (documents written here):", dict(sorted(lang.items())))
    print("locales:", dict(sorted(Counter(r["locale"] for r in records).items())))
    corp = Counter(
        r["id"].rsplit("-", 1)[0] for r in records if "-pos-" not in r["id"] and "-neg-" not in r["id"]
    )
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
