"""Print the counts of the v62 set."""

import collections
import json
import sys

RECORDS = "tests/data/pii_heldout_v62.jsonl"
VALUES = "tests/data/pii_heldout_v62_values.jsonl"


def main(argv):
    rp = argv[0] if argv else RECORDS
    vp = argv[1] if len(argv) > 1 else VALUES
    with open(rp, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        vals = [json.loads(x) for x in f]
    kinds, modes, local, genres, langs, corpus, types = (collections.Counter() for _ in range(7))
    for rec, val in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            types[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            types["corpus"] += 1
            corpus["-".join(parts[:2])] += 1
        for v in val["values"]:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v.get("mode") == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(types.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
