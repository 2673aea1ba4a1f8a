"""Print the counts of the v87 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import OUT


def main(argv):
    rec_path, val_path = argv[1:3] if len(argv) >= 3 else OUT
    recs = [json.loads(line) for line in open(rec_path, encoding="utf-8")]
    vals = [json.loads(line)["values"] for line in open(val_path, encoding="utf-8")]
    kinds, modes, local, genres, langs, corp, docs = (Counter() for _ in range(7))
    for rec, values in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corp[f"{parts[0]}-{parts[1]}"] += 1
        for v in values:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print(f"documents: {sum(docs.values())} {dict(sorted(docs.items()))}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(sorted(local.items()))}")
    print(f"genres: {dict(sorted(genres.items()))}")
    print(f"languages (documents written here): {dict(sorted(langs.items()))}")
    print(f"corpus: {dict(sorted(corp.items()))}")


if __name__ == "__main__":
    main(sys.argv)
