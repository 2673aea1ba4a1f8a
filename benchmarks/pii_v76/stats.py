"""Print the counts of the v76 set."""

import collections
import json
import sys

from .make_heldout_set import RECORDS, VALUES


def stats(records=RECORDS, values=VALUES):
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(values, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    C = collections.Counter
    kind = C()
    genres = C()
    langs = C()
    corpus = C()
    for r in recs:
        p = r["id"].split("-")
        if p[1] in ("pos", "neg"):
            kind[p[1]] += 1
            hi = p[2] == "hi"
            genres[p[3] if hi else p[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            kind["corpus"] += 1
            corpus["%s-%s" % (p[0], p[1])] += 1
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(flat), "by kind:", dict(C(v["kind"] for v in flat).most_common()))
    print("modes:", dict(C(v["kind"] + "/" + v["mode"] for v in flat).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(C(v["region"] for v in flat if v["mode"] == "local-announced").items())),
    )
    print("phones by region:", dict(sorted(C(v["region"] for v in flat if v["kind"] == "PHONE").items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("locales:", dict(sorted(C(r["locale"] for r in recs).items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    stats(*(sys.argv[1:3] if len(sys.argv) >= 3 else [RECORDS, VALUES]))
