"""Print v84's counts."""

import json
import sys
from collections import Counter
from pathlib import Path

from .make_heldout_set import RECORDS, VALUES


def stats(records=RECORDS, values=VALUES):
    recs = [json.loads(x) for x in Path(records).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x)["values"] for x in Path(values).read_text(encoding="utf-8").splitlines()]
    kind = Counter()
    for r in recs:
        p = r["id"].split("-")
        kind["corpus" if p[1] not in ("pos", "neg") else p[1]] += 1
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(flat), "by kind:", dict(Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(Counter("%s/%s" % (v["kind"], v["mode"]) for v in flat).most_common()))
    loc = Counter(v["region"] for v in flat if v.get("mode") == "local-announced")
    print("local-announced by region:", dict(sorted(loc.items())))
    print("phones by region:", dict(Counter(v["region"] for v in flat if v["kind"] == "PHONE").most_common()))
    genres = Counter()
    langs = Counter()
    corpus = Counter()
    for r in recs:
        p = r["id"].split("-")
        if p[1] in ("pos", "neg"):
            hi = p[2] == "hi"
            genres[p[3] if hi else p[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            corpus["%s-%s" % (p[0], p[1])] += 1
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))
    print("locales:", dict(sorted(Counter(r["locale"] for r in recs).items())))


if __name__ == "__main__":
    stats(*sys.argv[1:])
