"""Print the counts of the v105 set."""

import json
import sys
from collections import Counter
from pathlib import Path

from .make_heldout_set import RECORDS, VALUES


def main(rec_path=RECORDS, val_path=VALUES):
    recs = [json.loads(x) for x in Path(rec_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(val_path).read_text(encoding="utf-8").splitlines()]
    docs, kinds, modes, local, genres, langs, corpus = (Counter() for _ in range(7))
    for r, v in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
        for x in v["values"]:
            kinds[x["kind"]] += 1
            modes[f"{x['kind']}/{x['mode']}"] += 1
            if x["mode"] == "local-announced":
                local[x["region"]] += 1
    print("documents:", sum(docs.values()), dict(sorted(docs.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(*sys.argv[1:])
