"""Prints v46's counts. Usage: python -m benchmarks.pii_v46.stats [RECORDS [VALUES]]"""

import json
import sys
from collections import Counter

from .make_heldout_set import OUT, OUT_VALUES


def main(argv):
    rp = argv[0] if argv else OUT
    vp = argv[1] if len(argv) > 1 else OUT_VALUES
    recs = [json.loads(x) for x in open(rp, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(vp, encoding="utf-8")]
    docs, genres, langs = Counter(), Counter(), Counter()
    kinds, modes, local = Counter(), Counter(), Counter()
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"].split("_")[0]] += 1
        else:
            docs["corpus"] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print(f"documents: {len(recs)} {dict(sorted(docs.items()))}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(sorted(local.items()))}")
    print(f"genres: {dict(sorted(genres.items()))}")
    print(f"languages (documents written here): {dict(sorted(langs.items()))}")
    print(f"locales: {dict(sorted(Counter(r['locale'] for r in recs).items()))}")


if __name__ == "__main__":
    main(sys.argv[1:])
