"""Print the counts of the v80 set."""

import collections
import json
import sys

from .make_heldout_set import OUT


def main(argv):
    rec_path, val_path = argv[1:3] if len(argv) >= 3 else OUT
    with open(rec_path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    with open(val_path, encoding="utf-8") as fh:
        vals = [json.loads(line)["values"] for line in fh]
    docs, kinds, modes, local, genres, langs, corpus = (collections.Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            lang = "hi" if parts[2] == "hi" else rec["locale"][:2]
            langs[lang] += 1
            genres[parts[3] if parts[2] == "hi" else parts[2]] += 1
        else:
            docs["corpus"] += 1
            corpus[f"{parts[0]}-{parts[1]}"] += 1
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
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv)
