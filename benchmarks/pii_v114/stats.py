"""Counts of the v114 set."""

import json
import sys
from collections import Counter
from pathlib import Path

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    records, values = (argv[0], argv[1]) if len(argv) >= 2 else (RECORDS, VALUES)
    recs = [json.loads(x) for x in Path(records).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x)["values"] for x in Path(values).read_text(encoding="utf-8").splitlines()]
    docs, kinds, modes, local, genres, langs, src = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            src[f"{parts[0]}-{parts[1]}"] += 1
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
    print("corpus:", dict(sorted(src.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
