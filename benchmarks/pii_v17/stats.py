"""Rebuild the v17 set with its seed, count everything, and say whether the rebuild matches the files."""

import json
import sys
from collections import Counter

from .checks import RECORDS, VALUES
from .docs import build
from .locales import LOCALES

OWN = {loc: row[2] for loc, row in LOCALES.items() if row[2]}


def fmt(counter):
    return ", ".join(
        "%s %d" % (k, v) for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
    )


def sub(log, tag):
    return Counter({k[1:] if len(k) > 2 else k[1]: v for k, v in log.items() if k[0] == tag})


def main(records=RECORDS, values=VALUES):
    recs, vals, log = build()
    file_recs = [json.loads(ln) for ln in open(records, encoding="utf-8")]
    file_vals = [json.loads(ln) for ln in open(values, encoding="utf-8")]
    same = recs == file_recs and vals == file_vals
    print("rebuild matches the files:", same)
    docs = sub(log, "doc")
    kinds = Counter()
    for k, v in docs.items():
        kinds[k[0]] += v
    print("documents: %d (%s)" % (len(recs), fmt(kinds)))
    print("locales:", fmt(Counter(r["locale"] for r in recs)))
    langs = Counter()
    for k, v in docs.items():
        if k[0] in ("pos", "neg prose"):
            langs[k[2]] += v
    print("prose languages:", fmt(langs))
    tl = Counter()
    for k, v in docs.items():
        if k[0] == "neg table":
            tl[k[2]] += v
    print("table languages:", fmt(tl))
    corpus = Counter()
    for k, v in docs.items():
        if k[0] == "corpus":
            corpus["%s %s" % (k[2], k[1])] += v
    print("corpus:", fmt(corpus))
    allv = [v for val in vals for v in val["values"]]
    print("values: %d (%s)" % (len(allv), fmt(Counter(v["kind"] for v in allv))))
    print("modes:", fmt(Counter("%s/%s" % (v["kind"], v["mode"]) for v in allv)))
    print("phone regions:", fmt(Counter(v["region"] for v in allv if v["kind"] == "PHONE")))
    own = Counter()
    for rec, val in zip(recs, vals, strict=True):
        for v in val["values"]:
            if v["kind"] == "PHONE" and v["region"] == OWN.get(rec["locale"]):
                own[v["region"]] += 1
    print("own-country numbers (international):", fmt(own))
    print("service numbers:", fmt(sub(log, "service")))
    for mode in ("local-announced", "list-entry", "national", "international", "other"):
        print(
            "habits %s:" % mode,
            fmt(Counter({k[2]: v for k, v in log.items() if k[0] == "habit" and k[1] == mode})),
        )
    print("local:", fmt(Counter({" ".join(map(str, k[1:])): v for k, v in log.items() if k[0] == "local"})))
    ph = Counter({k[1:]: v for k, v in log.items() if k[0] == "phrasing"})
    print(
        "phrasings used: %d; by language: %s; uses per phrasing %d-%d"
        % (len(ph), fmt(Counter(k[0] for k in ph)), min(ph.values()), max(ph.values()))
    )
    print("placements:", fmt(sub(log, "placement")))
    pl = Counter({k[1:]: v for k, v in log.items() if k[0] == "placement lang"})
    print("placement x language pairs used: %d" % len(pl))
    print("rosters:", fmt(sub(log, "roster")), "; sizes:", fmt(sub(log, "roster size")))
    print("value-line shapes:", fmt(sub(log, "shape")), "; kinds:", fmt(sub(log, "linekind")))
    hard = Counter({k[1:]: v for k, v in log.items() if k[0] == "hard"})
    print(
        "hard negatives: %d kinds used (%s) + %d table kinds; uses %d, per kind %d-%d"
        % (
            len(hard),
            fmt(Counter(k[0] for k in hard)),
            len(sub(log, "table")),
            sum(hard.values()),
            min(hard.values()),
            max(hard.values()),
        )
    )
    print(
        "hard-negative forms:",
        fmt(Counter({" ".join(k[1:]): v for k, v in log.items() if k[0] == "hardform"})),
    )
    print("tables:", fmt(sub(log, "table")), "; separators:", fmt(sub(log, "table sep")))
    print(
        "redraws:",
        fmt(Counter({" ".join(map(str, k)): v for k, v in log.items() if str(k[0]).startswith("redraw")})),
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
