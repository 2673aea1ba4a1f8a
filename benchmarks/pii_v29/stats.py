"""Counts for v29 by kind, mode, region, locale, genre, hard-negative kind and number style."""

import collections
import json
import sys

from .make_heldout_set import OUT, OUT_VALUES, build


def _fmt(c):
    return ", ".join("%s: %d" % kv for kv in c.most_common())


def main(argv):
    rp = argv[0] if argv else str(OUT)
    vp = argv[1] if len(argv) > 1 else str(OUT_VALUES)
    recs = [json.loads(x) for x in open(rp, encoding="utf-8")]
    vals = [json.loads(x) for x in open(vp, encoding="utf-8")]
    C = collections.Counter
    kind, modes, regions, local, locales, docs, genres, srcs = C(), C(), C(), C(), C(), C(), C(), C()
    for rec, v in zip(recs, vals, strict=True):
        locales[rec["locale"]] += 1
        p = rec["id"].split("-")
        if p[1] in ("pos", "neg") and "_" in p[0]:
            docs[p[1]] += 1
            genres[p[2]] += 1
        else:
            docs["corpus"] += 1
            srcs["-".join(p[:2])] += 1
        for x in v["values"]:
            kind[x["kind"]] += 1
            modes[x["kind"] + "/" + x["mode"]] += 1
            if x["kind"] == "PHONE":
                regions[x["region"]] += 1
                if x["mode"] == "local-announced":
                    local[x["region"]] += 1
    _, metas = build()
    negk, styles, langs_ = C(), C(), C()
    for m in metas:
        negk.update(m["negs"])
        styles.update(m["styles"])
        langs_[m["lang"]] += 1
    print("documents:", len(recs), dict(docs))
    print("values:", sum(kind.values()), "; by kind:", _fmt(kind))
    print("modes:", _fmt(modes))
    print("phone regions:", _fmt(regions))
    print("local-announced by region:", _fmt(local))
    print("locales:", _fmt(locales))
    print("document languages (generated):", _fmt(langs_))
    print("genres:", _fmt(genres))
    print("hard-negative kinds used:", len(negk), "; hard-negative values:", sum(negk.values()))
    print("hard-negative kinds:", _fmt(negk))
    print("number styles used:", len(styles), ";", _fmt(styles))
    print("corpus sources:", _fmt(srcs))
    print("guard redraws:", sum(m["redraws"] for m in metas))
    print("characters:", sum(len(r["text"]) for r in recs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
