"""Prints the counts of the v57 set."""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv):
    r = Path(argv[0]) if argv else ROOT / "tests/data/pii_heldout_v57.jsonl"
    v = Path(argv[1]) if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v57_values.jsonl"
    recs = [json.loads(x) for x in open(r, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(v, encoding="utf-8")]
    pol, kinds, modes, local, genres, langs, corpus = (Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            pol[parts[1]] += 1
            hindi = parts[2] == "hi"
            genres[parts[3] if hindi else parts[2]] += 1
            langs["hi" if hindi else rec["locale"][:2]] += 1
        else:
            pol["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
        for x in vs:
            kinds[x["kind"]] += 1
            modes[f"{x['kind']}/{x['mode']}"] += 1
            if x["mode"] == "local-announced":
                local[x["region"]] += 1
    print(f"documents: {len(recs)} {dict(sorted(pol.items()))}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(sorted(local.items()))}")
    print(f"genres: {dict(sorted(genres.items()))}")
    print(f"languages (documents written here): {dict(sorted(langs.items()))}")
    print(f"corpus: {dict(sorted(corpus.items()))}")


if __name__ == "__main__":
    main(sys.argv[1:])
