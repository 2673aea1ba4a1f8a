"""Print the counts of the v68 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def stats(rec_path=RECORDS, val_path=VALUES):
    with open(rec_path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    with open(val_path, encoding="utf-8") as f:
        sidecar = [json.loads(line) for line in f]
    polarity, genres, langs, corpus = Counter(), Counter(), Counter(), Counter()
    for rec in records:
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            polarity[parts[1]] += 1
            if parts[2] == "hi":
                langs["hi"] += 1
                genres[parts[3]] += 1
            else:
                langs[rec["locale"][:2]] += 1
                genres[parts[2]] += 1
        else:
            polarity["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
    kinds, modes, local = Counter(), Counter(), Counter()
    for side in sidecar:
        for v in side["values"]:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v.get("mode") == "local-announced":
                local[v["region"]] += 1
    print(f"documents: {len(records)} {dict(sorted(polarity.items()))}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(sorted(local.items()))}")
    print(f"genres: {dict(sorted(genres.items()))}")
    print(f"languages (documents written here): {dict(sorted(langs.items()))}")
    print(f"corpus: {dict(sorted(corpus.items()))}")


if __name__ == "__main__":
    stats(*sys.argv[1:3])
