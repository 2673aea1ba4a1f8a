"""Print the counts of the set: documents, values by kind and mode, local regions, genres, languages."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def load(rec_path, val_path):
    with open(rec_path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    with open(val_path, encoding="utf-8") as f:
        values = [json.loads(line)["values"] for line in f]
    return records, values


def main(argv):
    records, values = load(argv[0] if argv else RECORDS, argv[1] if len(argv) > 1 else VALUES)
    docs, kinds, modes, local, genres, langs, corp = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for rec, vals in zip(records, values, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corp[f"{parts[0]}-{parts[1]}"] += 1
        for v in vals:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(records), dict(sorted(docs.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
