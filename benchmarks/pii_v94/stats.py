"""Print the counts of v94."""

from __future__ import annotations

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [v for x in f for v in json.loads(x)["values"]]
    kind = Counter("pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs)
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(vals), "by kind:", dict(Counter(v["kind"] for v in vals).most_common()))
    print("modes:", dict(Counter(f"{v['kind']}/{v['mode']}" for v in vals).most_common()))
    loc = Counter(v["region"] for v in vals if v.get("mode") == "local-announced")
    print("local-announced by region:", dict(sorted(loc.items())))
    gen = Counter(r["id"].split("-")[-2] for r in recs if "-pos-" in r["id"] or "-neg-" in r["id"])
    print("genres:", dict(sorted(gen.items())))
    lang = Counter(
        "hi" if "-hi-" in r["id"] else r["locale"][:2]
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("languages (documents written here):", dict(sorted(lang.items())))
    corp = Counter(
        r["id"].rsplit("-", 1)[0] for r in recs if "-pos-" not in r["id"] and "-neg-" not in r["id"]
    )
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
