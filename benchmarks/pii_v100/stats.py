"""Print the v100 set's counts."""

import json
import sys
from collections import Counter

from .checks import REC, VAL


def stats(rec_path=REC, val_path=VAL):
    with open(rec_path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    with open(val_path, encoding="utf-8") as fh:
        vals = [json.loads(line)["values"] for line in fh]
    docs, kinds, modes, local, genres, langs, corpus = (Counter() for _ in range(7))
    for r, vs in zip(recs, vals, strict=False):
        parts = r["id"].split("-")
        if len(parts) >= 4 and parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hindi = parts[2] == "hi"
            genres[parts[3] if hindi else parts[2]] += 1
            langs["hi" if hindi else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    stats(*sys.argv[1:3])
