"""Print the counts of the v38 set."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from .make_heldout_set import RECORDS, VALUES

DEVANAGARI = re.compile("[\u0900-\u097f]")


def stats(records_path=RECORDS, values_path=VALUES):
    recs = [json.loads(x) for x in Path(records_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(values_path).read_text(encoding="utf-8").splitlines()]
    kinds, langs, modes, local, genres, docs = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for r, v in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        docs[parts[1] if parts[1] in ("pos", "neg") else "corpus"] += 1
        if parts[1] in ("pos", "neg"):
            genres[parts[2]] += 1
        lang = "hi" if DEVANAGARI.search(r["text"]) and parts[1] in ("pos", "neg") else r["locale"][:2]
        langs[lang] += 1
        for x in v["values"]:
            kinds[x["kind"]] += 1
            modes[f"{x['kind']}/{x['mode']}"] += 1
            if x.get("mode") == "local-announced":
                local[x["region"]] += 1
    print(f"documents: {len(recs)} {dict(docs.most_common())}")
    print(f"languages: {dict(langs.most_common())}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(local.most_common())}")
    print(f"genres: {dict(sorted(genres.items()))}")


if __name__ == "__main__":
    stats(*sys.argv[1:3])
