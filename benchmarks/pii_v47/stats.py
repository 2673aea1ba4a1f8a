"""Prints the counts of the v47 set."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv):
    rec_path = Path(argv[0]) if argv else ROOT / "tests/data/pii_heldout_v47.jsonl"
    val_path = Path(argv[1]) if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v47_values.jsonl"
    recs = [json.loads(x) for x in rec_path.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x)["values"] for x in val_path.read_text(encoding="utf-8").splitlines()]
    kind = Counter()
    for r in recs:
        p = r["id"].split("-")
        kind["pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus"] += 1
        del p
    lang = Counter("hi" if re.search(r"[\u0900-\u097f]", r["text"]) else r["locale"][:2] for r in recs)
    flat = [v for vs in vals for v in vs]
    genres = Counter(r["id"].split("-")[2] for r in recs if "-pos-" in r["id"] or "-neg-" in r["id"])
    print(f"documents: {len(recs)} {dict(kind)}")
    print(f"languages: {dict(lang.most_common())}")
    print(f"values: {len(flat)} by kind: {dict(Counter(v['kind'] for v in flat).most_common())}")
    print(f"modes: {dict(Counter(v['kind'] + '/' + v['mode'] for v in flat).most_common())}")
    loc = Counter(v["region"] for v in flat if v.get("mode") == "local-announced")
    print(f"local-announced by region: {dict(loc.most_common())}")
    print(f"phone regions: {dict(Counter(v['region'] for v in flat if v['kind'] == 'PHONE').most_common())}")
    print(f"genres: {dict(sorted(genres.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
