"""Prints v49's counts."""

import json
import sys
from collections import Counter
from pathlib import Path

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    records = Path(argv[1]) if len(argv) > 1 else RECORDS
    values = Path(argv[2]) if len(argv) > 2 else VALUES
    recs = [json.loads(x) for x in records.open(encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in values.open(encoding="utf-8")]
    kinds, modes, local, genres, langs, kind_docs = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        kind_docs[parts[1] if parts[1] in ("pos", "neg") else "corpus"] += 1
        if parts[1] in ("pos", "neg"):
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print(f"documents: {len(recs)} {dict(sorted(kind_docs.items()))}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(sorted(local.items()))}")
    print(f"genres: {dict(sorted(genres.items()))}")
    print(f"languages (documents written here): {dict(sorted(langs.items()))}")


if __name__ == "__main__":
    main(sys.argv)
