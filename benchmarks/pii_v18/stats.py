"""Rebuilds v18 with the seed, counts everything and says whether the rebuild matches the files.

nice -n 19 .venv/bin/python -m benchmarks.pii_v18.stats [RECORDS [VALUES]]
"""

import sys
from collections import Counter

from .build import SEED, build
from .checks import RECORDS, VALUES
from .make_heldout_set import dumps
from .phrasings import PHRASINGS


def _fmt(counter):
    return ", ".join(
        "%s %d" % (k if isinstance(k, str) else " ".join(map(str, k)), n)
        for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
    )


def main(records_path=RECORDS, values_path=VALUES):
    records, values, logs = build(SEED)
    with open(records_path, encoding="utf-8") as fh:
        same_r = fh.read() == dumps(records)
    with open(values_path, encoding="utf-8") as fh:
        same_v = fh.read() == dumps(values)
    print("rebuild matches the files: %s" % (same_r and same_v))
    what = Counter(lg["what"] for lg in logs)
    print(
        "documents: %d (pos %d, neg prose %d, neg table %d, corpus %d)"
        % (len(records), what["pos"], what["prose"], what["table"], what["corpus"])
    )
    print("locales:", _fmt(Counter(r["locale"] for r in records)))
    print("prose languages:", _fmt(Counter(lg["lang"] for lg in logs if lg["what"] in ("pos", "prose"))))
    print("table languages:", _fmt(Counter(lg["lang"] for lg in logs if lg["what"] == "table")))
    print("corpus:", _fmt(Counter((lg["source"], lg["lang"]) for lg in logs if lg["what"] == "corpus")))
    vals = [v for vs in values for v in vs["values"]]
    print("values: %d (%s)" % (len(vals), _fmt(Counter(v["kind"] for v in vals))))
    print("modes:", _fmt(Counter("%s/%s" % (v["kind"], v["mode"]) for v in vals)))
    phones = [v for v in vals if v["kind"] == "PHONE"]
    print("phone regions:", _fmt(Counter(v["region"] for v in phones)))
    prose = [lg for lg in logs if lg["what"] in ("pos", "prose")]
    print("own-country numbers (international):", _fmt(Counter(r for lg in prose for r in lg["own"])))
    print("service numbers:", _fmt(Counter("%s %s" % s for lg in prose for s in lg["service"])))
    habits = Counter(h for lg in prose for h in lg["habits"])
    for mode in ("local-announced", "list-entry", "national", "international", "other"):
        print("habits %s:" % mode, _fmt(Counter({h: n for (m, h), n in habits.items() if m == mode})))
    print("local:", _fmt(Counter(x for lg in prose for x in lg["local"])))
    phr = Counter(p for lg in prose for p in lg["phrasings"])
    per_lang = Counter(lang for lang, _ in phr)
    total = sum(len(v) for v in PHRASINGS.values())
    print(
        "phrasings used: %d of %d; by language: %s; uses per phrasing %d-%d"
        % (len(phr), total, _fmt(per_lang), min(phr.values()), max(phr.values()))
    )
    plc = Counter(p for lg in prose for p, _ in lg["placements"])
    pairs = {p for lg in prose for p in lg["placements"]}
    print("placements:", _fmt(plc))
    print("placement x language pairs used: %d" % len(pairs))
    rosters = [r for lg in prose for r in lg["rosters"]]
    print(
        "rosters: %d, entries %d; formats: %s; sizes: %s"
        % (
            len(rosters),
            sum(s for _, s in rosters),
            _fmt(Counter(f for f, _ in rosters)),
            _fmt(Counter(str(s) for _, s in rosters)),
        )
    )
    print("value-line shapes:", _fmt(Counter(s for lg in prose for s in lg["shapes"])))
    print("value-line kinds:", _fmt(Counter(k for lg in prose for k in lg["lines"])))
    negs = [n for lg in prose for n in lg["negs"]]
    kinds = Counter((c, k) for c, k, _ in negs)
    tables = Counter(lg["table"][0] for lg in logs if lg["what"] == "table")
    print(
        "hard negatives: %d kinds used (labelled %d, patterned %d) + %d table kinds; uses %d, per kind %d-%d"
        % (
            len(kinds),
            sum(1 for c, _ in kinds if c == "labelled"),
            sum(1 for c, _ in kinds if c == "patterned"),
            len(tables),
            len(negs),
            min(kinds.values()),
            max(kinds.values()),
        )
    )
    print("hard-negative forms:", _fmt(Counter("%s %s" % (c, f) for c, _, f in negs)))
    print(
        "tables:",
        _fmt(tables),
        "; separators:",
        _fmt(Counter(repr(lg["table"][1]) for lg in logs if lg["what"] == "table")),
    )
    redraws = sum(lg.get("redraws", 0) for lg in prose)
    print(
        "document redraws: %d; hard-negative redraws: %d"
        % (redraws, sum(lg.get("neg_redraws", 0) for lg in prose))
    )
    return same_r and same_v


if __name__ == "__main__":
    sys.exit(0 if main(*sys.argv[1:3]) else 1)
