"""Print the counts of the v106 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES

CORPUS = ("math500", "amc23", "hhrlhf", "hatecheck", "mhc")


def main(argv):
    rpath = argv[0] if argv else RECORDS
    vpath = argv[1] if len(argv) > 1 else VALUES
    with open(rpath, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(vpath, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    docs, genres, langs, corpus = Counter(), Counter(), Counter(), Counter()
    for r in recs:
        p = r["id"].split("-")
        if r["id"].startswith(CORPUS):
            docs["corpus"] += 1
            corpus["-".join(p[:2])] += 1
            continue
        docs[p[1]] += 1
        hi = p[2] == "hi"
        genres[p[3] if hi else p[2]] += 1
        langs["hi" if hi else r["locale"][:2]] += 1
    flat = [v for vs in vals for v in vs]
    kinds = Counter(v["kind"] for v in flat)
    modes = Counter(f"{v['kind']}/{v['mode']}" for v in flat)
    local = Counter(v["region"] for v in flat if v.get("mode") == "local-announced")
    phone_regions = Counter(v["region"] for v in flat if v["kind"] == "PHONE")
    print(f"documents: {len(recs)} {dict(sorted(docs.items()))}")
    print(f"values: {len(flat)} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(sorted(local.items()))}")
    print(f"phone regions: {dict(phone_regions.most_common())}")
    print(f"genres: {dict(sorted(genres.items()))}")
    print(f"languages (documents written here): {dict(sorted(langs.items()))}")
    print(f"corpus: {dict(sorted(corpus.items()))}")


if __name__ == "__main__":
    main(sys.argv[1:])
