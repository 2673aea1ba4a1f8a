"""Prints v48's counts (run: python -m benchmarks.pii_v48.stats [RECORDS [VALUES]])."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    docs, kinds, modes, local, regions, genres, langs = (Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        kind = parts[1] if parts[1] in ("pos", "neg") else "corpus"
        docs[kind] += 1
        if kind != "corpus":
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["kind"] == "PHONE":
                regions[v["region"]] += 1
                if v["mode"] == "local-announced":
                    local[v["region"]] += 1
    print("documents:", len(recs), dict(docs))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("phones by region:", dict(sorted(regions.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
