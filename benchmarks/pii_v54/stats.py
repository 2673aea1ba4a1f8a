"""Print the counts of the v54 set (and rebuild it once in memory to compare with the files)."""

import json
import sys
from collections import Counter
from pathlib import Path

from benchmarks.pii_v54 import make_heldout_set as mk
from benchmarks.pii_v54 import negs


def main(argv):
    rp = Path(argv[0]) if argv else mk.RECORDS
    vp = Path(argv[1]) if len(argv) > 1 else mk.VALUES
    recs = [json.loads(x) for x in open(rp, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(vp, encoding="utf-8")]
    items, b = mk.build_all()
    same = [json.dumps(r, ensure_ascii=False) for r, _ in items] == [
        json.dumps(r, ensure_ascii=False) for r in recs
    ]
    same = same and [v for _, v in items] == vals
    print(f"rebuild matches the files: {same}")
    groups, genres, langs, corpus, kinds, modes, local = (Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            groups[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            groups["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print(f"documents: {len(recs)} {dict(sorted(groups.items()))}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(sorted(local.items()))}")
    print(f"genres: {dict(sorted(genres.items()))}")
    print(f"languages (documents written here): {dict(sorted(langs.items()))}")
    print(f"corpus: {dict(sorted(corpus.items()))}")
    print(
        f"document redraws: {b.doc_redraws}, value redraws: {b.drawer.redraws}, kinds replaced after 200 "
        f"dirty values: {b.drawer.replaced}, hard-negative kinds used: {len(b.drawer.used)} of "
        f"{len(negs.KINDS)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
