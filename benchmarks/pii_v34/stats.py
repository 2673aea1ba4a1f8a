"""Print the counts of the v34 set.

python -m benchmarks.pii_v34.stats [RECORDS [VALUES]]
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from .checks import RECORDS, VALUES

DEVANAGARI = re.compile("[\u0900-\u097f]")


def language(r):
    if DEVANAGARI.search(r["text"]):
        return "hi"
    return r["locale"][:2]


def main(argv):
    rp = Path(argv[0]) if argv else RECORDS
    vp = Path(argv[1]) if len(argv) > 1 else VALUES
    recs = [json.loads(x) for x in rp.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in vp.read_text(encoding="utf-8").splitlines()]
    kinds, modes, local, genres, docs, langs, locs = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for r, vl in zip(recs, vals, strict=True):
        parts = r["id"].split("-")
        docs[parts[1] if parts[1] in ("pos", "neg") else "corpus"] += 1
        if parts[1] in ("pos", "neg"):
            genres[parts[2]] += 1
        langs[language(r)] += 1
        locs[r["locale"]] += 1
        for v in vl["values"]:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v.get("mode") == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(docs))
    print("languages:", dict(langs.most_common()))
    print("locales:", dict(locs.most_common()))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(local.most_common()))
    print("genres:", dict(sorted(genres.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
