"""Prints the counts of the v112 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rp, vp = (argv + [RECORDS, VALUES][len(argv) :])[:2]
    with open(rp, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    with open(vp, encoding="utf-8") as fh:
        vals = [json.loads(line)["values"] for line in fh]
    kinds = Counter(
        r["id"].split("-")[1] if "-pos-" in r["id"] or "-neg-" in r["id"] else "corpus" for r in recs
    )
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kinds.items())))
    print("values:", len(flat), "by kind:", dict(Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(Counter(f"{v['kind']}/{v['mode']}" for v in flat).most_common()))
    loc = Counter(v["region"] for v in flat if v.get("mode") == "local-announced")
    print("local-announced by region:", dict(sorted(loc.items())))
    print("phone regions:", dict(sorted(Counter(v["region"] for v in flat if v["kind"] == "PHONE").items())))
    gen = Counter(r["id"].split("-")[-2] for r in recs if "-pos-" in r["id"] or "-neg-" in r["id"])
    print("genres:", dict(sorted(gen.items())))
    langs = Counter(
        "hi" if "-hi-" in r["id"] else r["locale"][:2]
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("languages (documents written here):", dict(sorted(langs.items())))
    corp = Counter(
        r["id"].rsplit("-", 1)[0] for r in recs if kinds and "-pos-" not in r["id"] and "-neg-" not in r["id"]
    )
    print("corpus:", dict(sorted(corp.items())))
    print("locales:", dict(sorted(Counter(r["locale"] for r in recs).items())))


if __name__ == "__main__":
    main(sys.argv[1:])
