"""Print the counts of v44."""

import json
import re
import sys
from collections import Counter


def main(argv):
    rp = argv[0] if argv else "tests/data/pii_heldout_v44.jsonl"
    vp = argv[1] if len(argv) > 1 else "tests/data/pii_heldout_v44_values.jsonl"
    with open(rp, encoding="utf-8") as f1, open(vp, encoding="utf-8") as f2:
        recs = [json.loads(x) for x in f1]
        vals = [json.loads(x) for x in f2]
    kinds, modes, local, genres, docs, langs = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for rec, vl in zip(recs, vals, strict=True):
        part = rec["id"].split("-")
        docs["pos" if "-pos-" in rec["id"] else "neg" if "-neg-" in rec["id"] else "corpus"] += 1
        if "-pos-" in rec["id"] or "-neg-" in rec["id"]:
            genres[part[2]] += 1
        hindi = re.search(r"[\u0900-\u097f]", rec["text"]) and rec["locale"] == "en_IN"
        langs["hi" if hindi else rec["locale"][:2]] += 1
        for v in vl["values"]:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(docs))
    print("languages:", dict(langs.most_common()))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(local.most_common()))
    print("genres:", dict(sorted(genres.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
