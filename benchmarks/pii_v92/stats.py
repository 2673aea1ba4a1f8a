"""Print the counts of the v92 set."""

import json
import sys
from collections import Counter

from . import corpus
from .make_heldout_set import RECORDS, VALUES


def stats(records_path=RECORDS, values_path=VALUES):
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    sources = {s for s, *_ in corpus.PLAN}
    kinds, genres, langs, corp, modes, local, regions = (Counter() for _ in range(7))
    for rec, side in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[0] in sources:
            kinds["corpus"] += 1
            corp[f"{parts[0]}-{parts[1]}"] += 1
        else:
            kinds[parts[1]] += 1
            hindi = parts[2] == "hi"
            genres[parts[3] if hindi else parts[2]] += 1
            langs["hi" if hindi else rec["locale"][:2]] += 1
        for v in side["values"]:
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["kind"] == "PHONE":
                regions[v["region"]] += 1
                if v["mode"] == "local-announced":
                    local[v["region"]] += 1
    by_kind = Counter(k.split("/")[0] for k in modes.elements())
    print(f"documents: {len(recs)} {dict(sorted(kinds.items()))}")
    print(f"values: {sum(by_kind.values())} by kind: {dict(by_kind.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(sorted(local.items()))}")
    print(f"phones by region: {dict(sorted(regions.items()))}")
    print(f"genres: {dict(sorted(genres.items()))}")
    print(f"languages (documents written here): {dict(sorted(langs.items()))}")
    print(f"corpus: {dict(sorted(corp.items()))}")


if __name__ == "__main__":
    stats(*sys.argv[1:3])
