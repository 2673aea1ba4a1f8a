"""Print the counts of the v103 set."""

import collections
import json
import sys

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rpath, vpath = (argv[0], argv[1]) if len(argv) >= 2 else (RECORDS, VALUES)
    with open(rpath, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vpath, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    kinds, modes, local, genres, langs, corpus, polarity = (collections.Counter() for _ in range(7))
    for rec, values in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            polarity[parts[1]] += 1
            hindi = parts[2] == "hi"
            genres[parts[3] if hindi else parts[2]] += 1
            langs["hi" if hindi else rec["locale"][:2]] += 1
        else:
            polarity["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
        for v in values:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(polarity.items())))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
