"""Print v33's counts (and whether a rebuild reproduces the files)."""

import collections
import sys

from . import screen
from .checks import check, load
from .make_heldout_set import OUT, OUT_VALUES, build_all, dumps


def main(argv):
    rp, vp = (argv + [OUT, OUT_VALUES][len(argv) :])[:2]
    rec, side = load(rp), load(vp)
    recs2, side2, redraws = build_all()
    a, b = dumps(recs2, side2)
    with open(rp, encoding="utf-8") as fh1, open(vp, encoding="utf-8") as fh2:
        same = fh1.read() == a and fh2.read() == b
    print("rebuild matches the files: %s; checks: %d errors" % (same, len(check(rec, side))))
    pol = collections.Counter(
        "corpus"
        if ("-pos-" not in r["id"] and "-neg-" not in r["id"])
        else ("pos" if "-pos-" in r["id"] else "neg")
        for r in rec
    )
    print("documents: %d %s" % (len(rec), dict(pol)))
    kinds, modes, local, lang = (
        collections.Counter(),
        collections.Counter(),
        collections.Counter(),
        collections.Counter(),
    )
    for s in side:
        for v in s["values"]:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    for r in rec:
        lang[r["locale"] + ("/hi" if "-hi-" in r["id"] else "")] += 1
    print("values: %d; by kind: %s" % (sum(kinds.values()), dict(kinds.most_common())))
    print("modes: %s" % dict(modes.most_common()))
    print("local-announced by region: %s" % dict(sorted(local.items())))
    print("documents by locale: %s" % dict(sorted(lang.items())))
    genres = collections.Counter(
        r["id"].split("-")[-2] for r in rec if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("genres: %s" % dict(sorted(genres.items())))
    negk = collections.Counter(k for s in side2 for k in s["_negs"])
    print(
        "hard-negative kinds used: %d; hard-negative values: %d; document redraws: %d; value redraws: %d; "
        "values left out: %d"
        % (len(negk), sum(negk.values()), redraws, screen.STATS["redraws"], screen.STATS["dropped"])
    )
    print("hard-negative kinds: %s" % dict(sorted(negk.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
