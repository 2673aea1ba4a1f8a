"""Prints the counts of the v51 set."""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv):
    rec_path = Path(argv[0]) if argv else ROOT / "tests/data/pii_heldout_v51.jsonl"
    val_path = Path(argv[1]) if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v51_values.jsonl"
    recs = [json.loads(x) for x in rec_path.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x)["values"] for x in val_path.read_text(encoding="utf-8").splitlines()]
    kinds = Counter(
        r["id"].split("-")[1] if r["id"].split("-")[1] in ("pos", "neg") else "corpus" for r in recs
    )
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(kinds))
    print("values:", len(flat), "by kind:", dict(Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(Counter("%s/%s" % (v["kind"], v["mode"]) for v in flat).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in flat if v.get("mode") == "local-announced").items())),
    )
    print(
        "phones by region:", dict(sorted(Counter(v["region"] for v in flat if v["kind"] == "PHONE").items()))
    )
    genres = Counter(r["id"].split("-")[-2] for r in recs if r["id"].split("-")[1] in ("pos", "neg"))
    print("genres:", dict(sorted(genres.items())))
    langs = Counter(
        "hi" if "-hi-" in r["id"] else r["locale"][:2]
        for r in recs
        if r["id"].split("-")[1] in ("pos", "neg")
    )
    print("languages (documents written here):", dict(sorted(langs.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
