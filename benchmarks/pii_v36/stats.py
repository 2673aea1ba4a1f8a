"""Print the counts of the v36 set."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from .make_heldout_set import OUT, OUT_VALUES

DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def main(argv: list[str]) -> int:
    rp = Path(argv[0]) if argv else OUT
    vp = Path(argv[1]) if len(argv) > 1 else OUT_VALUES
    recs = [json.loads(x) for x in rp.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in vp.read_text(encoding="utf-8").splitlines()]
    cls, lang, genre, kinds, modes, local = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r, v in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        c = parts[1] if parts[1] in ("pos", "neg") else "corpus"
        cls[c] += 1
        lang["hi" if DEVANAGARI.search(r["text"]) else r["locale"][:2]] += 1
        if c != "corpus":
            genre[parts[2]] += 1
        for x in v["values"]:
            kinds[x["kind"]] += 1
            modes[f"{x['kind']}/{x['mode']}"] += 1
            if x["mode"] == "local-announced":
                local[x["region"]] += 1
    print(f"documents: {len(recs)} {dict(cls.most_common())}")
    print(f"languages: {dict(lang.most_common())}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(local.most_common())}")
    print(f"genres: {dict(sorted(genre.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
