"""Prints v53's counts."""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv):
    rp = Path(argv[0]) if argv else ROOT / "tests/data/pii_heldout_v53.jsonl"
    vp = Path(argv[1]) if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v53_values.jsonl"
    recs = [json.loads(x) for x in open(rp, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(vp, encoding="utf-8")]
    kind = Counter()
    for r in recs:
        p = r["id"].split("-")
        kind["pos" if "pos" in p[1:2] else "neg" if "neg" in p[1:2] else "corpus"] += 1
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(flat), "by kind:", dict(Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(Counter(f"{v['kind']}/{v['mode']}" for v in flat).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in flat if v.get("mode") == "local-announced").items())),
    )
    genres, langs, corpus = Counter(), Counter(), Counter()
    for r in recs:
        p = r["id"].split("-")
        if p[1] in ("pos", "neg"):
            hi = p[2] == "hi"
            genres[p[3] if hi else p[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            corpus["-".join(p[:-1])] += 1
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("locales:", dict(sorted(Counter(r["locale"] for r in recs).items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
