"""Print pii_v50's counts."""

import collections
import json
import re
import sys

from .make_heldout_set import OUT, OUT_VALUES


def main(argv):
    rp, vp = (argv + [OUT, OUT_VALUES][len(argv) :])[:2] if argv else (OUT, OUT_VALUES)
    recs = [json.loads(x) for x in open(rp, encoding="utf-8")]
    vals = [json.loads(x) for x in open(vp, encoding="utf-8")]
    docs, langs, kinds, modes, local, genres = (collections.Counter() for _ in range(6))
    for r, v in zip(recs, vals, strict=True):
        rid = r["id"]
        tag = "pos" if "-pos-" in rid else "neg" if "-neg-" in rid else "corpus"
        docs[tag] += 1
        langs["hi" if re.search("[\u0900-\u097f]", r["text"]) else r["locale"][:2]] += 1
        if tag != "corpus":
            genres[rid.split(f"-{tag}-")[1].split("-")[0]] += 1
        for x in v["values"]:
            kinds[x["kind"]] += 1
            modes[f"{x['kind']}/{x['mode']}"] += 1
            if x["mode"] == "local-announced":
                local[x["region"]] += 1
    print(f"documents: {len(recs)} {dict(docs)}")
    print(f"languages: {dict(langs.most_common())}")
    print(f"values: {sum(kinds.values())} by kind: {dict(kinds.most_common())}")
    print(f"modes: {dict(modes.most_common())}")
    print(f"local-announced by region: {dict(local)}")
    print(f"genres: {dict(sorted(genres.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
