"""Print the set's counts."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    records, values_path = (argv + [RECORDS, VALUES])[:2] if argv else (RECORDS, VALUES)
    with open(records, encoding="utf-8") as fr, open(values_path, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    docs = Counter("pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs)
    kinds = Counter(v["kind"] for vs in vals for v in vs)
    modes = Counter("%s/%s" % (v["kind"], v["mode"]) for vs in vals for v in vs)
    local = Counter(v["region"] for vs in vals for v in vs if v.get("mode") == "local-announced")
    genres, langs, corpus, locales = Counter(), Counter(), Counter(), Counter()
    for r in recs:
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
            locales[r["locale"]] += 1
        else:
            corpus["%s-%s" % (parts[0], parts[1])] += 1
    print("documents: %d %s" % (len(recs), dict(sorted(docs.items()))))
    print("values: %d by kind: %s" % (sum(kinds.values()), dict(kinds.most_common())))
    print("modes: %s" % dict(modes.most_common()))
    print("local-announced by region: %s" % dict(sorted(local.items())))
    print("genres: %s" % dict(sorted(genres.items())))
    print("languages (documents written here): %s" % dict(sorted(langs.items())))
    print("locales: %s" % dict(sorted(locales.items())))
    print("corpus: %s" % dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
