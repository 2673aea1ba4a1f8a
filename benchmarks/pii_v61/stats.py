"""Print v61 counts."""

import json
import sys
from collections import Counter
from pathlib import Path

RECORDS = Path("tests/data/pii_heldout_v61.jsonl")
VALUES = Path("tests/data/pii_heldout_v61_values.jsonl")


def main(records=RECORDS, values=VALUES):
    recs = [json.loads(x) for x in open(records, encoding="utf-8")]
    vals = [v for x in open(values, encoding="utf-8") for v in json.loads(x)["values"]]
    kinds = Counter(
        "corpus" if "-pos-" not in r["id"] and "-neg-" not in r["id"] else r["id"].split("-")[1] for r in recs
    )
    print("documents:", len(recs), dict(sorted(kinds.items())))
    print("values:", len(vals), "by kind:", dict(Counter(v["kind"] for v in vals).most_common()))
    print("modes:", dict(Counter(f"{v['kind']}/{v['mode']}" for v in vals).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in vals if v["mode"] == "local-announced").items())),
    )
    gen = Counter(r["id"].split("-")[-2] for r in recs if "-pos-" in r["id"] or "-neg-" in r["id"])
    print("genres:", dict(sorted(gen.items())))
    lang = Counter(
        ("hi" if "-hi-" in r["id"] else r["locale"][:2])
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("languages (documents written here):", dict(sorted(lang.items())))
    print("locales:", dict(sorted(Counter(r["locale"] for r in recs).items())))
    corp = Counter(
        "-".join(r["id"].split("-")[:2]) for r in recs if "-pos-" not in r["id"] and "-neg-" not in r["id"]
    )
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(*([Path(a) for a in sys.argv[1:3]] if len(sys.argv) >= 3 else []))
