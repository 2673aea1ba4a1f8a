"""Print the counts of the v77 set."""

import collections
import json
import sys

from .make_heldout_set import RECORDS, VALUES


def stats(records_path=RECORDS, values_path=VALUES):
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(values_path, encoding="utf-8")]
    docs, kinds, modes, local, genres, langs, corpus = (collections.Counter() for _ in range(7))
    for rec, vs in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if "pos" in parts or "neg" in parts:
            i = parts.index("pos") if "pos" in parts else parts.index("neg")
            docs[parts[i]] += 1
            hi = parts[i + 1] == "hi"
            genres[parts[i + 2] if hi else parts[i + 1]] += 1
            langs["hi" if hi else rec["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus["-".join(parts[:2])] += 1
        for v in vs:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v.get("mode") == "local-announced":
                local[v["region"]] += 1
    print("documents: %d %s" % (len(recs), dict(sorted(docs.items()))))
    print("values: %d by kind: %s" % (sum(kinds.values()), dict(kinds.most_common())))
    print("modes: %s" % dict(modes.most_common()))
    print("local-announced by region: %s" % dict(sorted(local.items())))
    print("genres: %s" % dict(sorted(genres.items())))
    print("languages (documents written here): %s" % dict(sorted(langs.items())))
    print("corpus: %s" % dict(sorted(corpus.items())))


if __name__ == "__main__":
    stats(*sys.argv[1:]) if len(sys.argv) == 3 else stats()
