"""Prints the counts of the v40 set."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def lang(rec):
    if re.search("[\u0900-\u097f]", rec["text"]) and rec["locale"] == "en_IN":
        return "hi"
    return rec["locale"][:2]


def main():
    rp = sys.argv[1] if len(sys.argv) > 1 else ROOT / "tests" / "data" / "pii_heldout_v40.jsonl"
    vp = sys.argv[2] if len(sys.argv) > 2 else ROOT / "tests" / "data" / "pii_heldout_v40_values.jsonl"
    recs = [json.loads(x) for x in open(rp, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(vp, encoding="utf-8")]
    kind = Counter("pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs)
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(kind))
    print("languages:", dict(Counter(lang(r) for r in recs).most_common()))
    print("locales:", dict(Counter(r["locale"] for r in recs).most_common()))
    print("values:", len(flat), "by kind:", dict(Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(Counter(v["kind"] + "/" + v["mode"] for v in flat).most_common()))
    local = Counter(v["region"] for v in flat if v.get("mode") == "local-announced")
    print("local-announced by region:", dict(local.most_common()))
    print("phone regions:", dict(Counter(v["region"] for v in flat if v["kind"] == "PHONE").most_common()))
    genres = Counter(r["id"].split("-")[2] for r in recs if "-pos-" in r["id"] or "-neg-" in r["id"])
    print("genres:", dict(sorted(genres.items())))


if __name__ == "__main__":
    main()
