"""Print v43's counts.

python -m benchmarks.pii_v43.stats [RECORDS [VALUES]]
"""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def stats(rec_path=RECORDS, val_path=VALUES):
    recs = [json.loads(x) for x in open(rec_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(val_path, encoding="utf-8")]
    docs, kinds, modes, local, genres, langs = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for r, v in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        tag = parts[1] if parts[1] in ("pos", "neg") else "corpus"
        docs[tag] += 1
        if tag != "corpus":
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        for x in v["values"]:
            kinds[x["kind"]] += 1
            modes[f"{x['kind']}/{x['mode']}"] += 1
            if x["mode"] == "local-announced":
                local[x["region"]] += 1
    print(f"documents: {len(recs)} {dict(docs)}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(sorted(local.items()))}")
    print(f"genres: {dict(sorted(genres.items()))}")
    print(f"languages (documents written here): {dict(sorted(langs.items()))}")


if __name__ == "__main__":
    stats(*sys.argv[1:3])
