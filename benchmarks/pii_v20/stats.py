"""Rebuild the set with the seed, count everything from the files and the build log, compare."""

import json
import sys
import textwrap
from collections import Counter
from pathlib import Path

from . import neg_labelled, neg_patterned, neg_tables
from .build import SEED, build
from .make_heldout_set import RECORDS, VALUES, dumps
from .phrasings import PHRASINGS


def fmt(c):
    return ", ".join(f"{k} {v}" for k, v in c.most_common())


def say(name, body):
    print(textwrap.fill(f"{name}: {body}", 106, subsequent_indent="    "))


def main(records_path=RECORDS, values_path=VALUES):
    rtext = Path(records_path).read_text(encoding="utf-8")
    vtext = Path(values_path).read_text(encoding="utf-8")
    out, log = build(SEED)
    say("rebuild matches the files", dumps(out) == (rtext, vtext))
    recs = [json.loads(x) for x in rtext.splitlines()]
    vals = [json.loads(x)["values"] for x in vtext.splitlines()]
    kinds = Counter(
        "pos"
        if "-pos-" in r["id"]
        else "corpus"
        if "-neg-" not in r["id"]
        else "table"
        if r["id"].split("-neg-")[1].rsplit("-", 1)[0] in neg_tables.SPECS
        else "neg prose"
        for r in recs
    )
    say(
        "documents",
        f"{len(recs)} (pos {kinds['pos']}, neg prose {kinds['neg prose']}, "
        f"neg table {kinds['table']}, corpus {kinds['corpus']})",
    )
    say("locales", fmt(Counter(r["locale"] for r in recs)))
    say("prose languages", fmt(log["prose languages"]))
    say("table languages", fmt(log["table languages"]))
    say("corpus", fmt(log["corpus"]))
    flat = [v for vs in vals for v in vs]
    say("values", f"{len(flat)} ({fmt(Counter(v['kind'] for v in flat))})")
    say("modes", fmt(Counter(f"{v['kind']}/{v['mode']}" for v in flat)))
    phones = [v for v in flat if v["kind"] == "PHONE"]
    say("phone regions", fmt(Counter(v["region"] for v in phones)))
    say("own-country numbers (international)", fmt(log["own-country"]))
    say("service numbers", fmt(log["service"]))
    for mode in ("local-announced", "list-entry", "national", "international", "other"):
        say(f"habits {mode}", fmt(log["habits " + mode]))
    say("local", fmt(log["local"]))
    used = log["phrasing uses"]
    total = sum(len(v) for v in PHRASINGS.values())
    say(
        "phrasings used",
        f"{len(used)} of {total}; by language: "
        + ", ".join(f"{lg} {sum(1 for k in used if k.startswith(lg + ':'))}" for lg in sorted(PHRASINGS))
        + f"; uses per phrasing {min(used.values())}-{max(used.values())}",
    )
    say("placements", fmt(log["placements"]))
    pairs = sum(1 for k in log if k.startswith("placement ") for _ in log[k])
    say("placement x language pairs used", pairs)
    say("rosters", f"{sum(log['roster formats'].values())}, entries {log['rosters']['entries']}")
    say("roster formats", fmt(log["roster formats"]))
    say("roster sizes", fmt(log["roster sizes"]))
    say("value-line shapes", fmt(log["value-line shapes"]))
    say("value-line kinds", fmt(log["value-line kinds"]))
    say("value-line blocks stacked", log["value-line blocks"]["stacked"])
    hk = log["hard kinds"]
    fam = Counter(f for f, _k in hk)
    say(
        "hard negatives",
        f"{len(hk)} kinds used (labelled {fam['labelled']} of {len(neg_labelled.KINDS)}, "
        f"patterned {fam['patterned']} of {len(neg_patterned.CAPTIONS)}) + {len(log['tables'])} table kinds; "
        f"uses {sum(hk.values())}, per kind {min(hk.values())}-{max(hk.values())}",
    )
    forms = Counter()
    for f in ("labelled", "patterned"):
        for k, v in log["hard forms " + f].items():
            forms[f"{f} {k}"] = v
    say("hard-negative forms", fmt(forms))
    say("tables", fmt(log["tables"]))
    say("table styles", fmt(log["table styles"]))
    r = log.get("redraws", Counter())
    say(
        "document redraws",
        f"{r['document']}; hard-negative redraws: {r['hard']}; table redraws: {r['table']}",
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
