"""Rebuild the v19 set with its seed, count everything and say whether the rebuild matches the files.

nice -n 19 .venv/bin/python -m benchmarks.pii_v19.stats [RECORDS [VALUES]]
"""

import json
import sys
import textwrap
from collections import Counter
from pathlib import Path

from .build import build
from .make_heldout_set import RECORDS, SEED, VALUES, dump
from .phrasings import PHRASINGS


def line(name, counter, sort=True):
    items = counter.most_common() if sort else sorted(counter.items())
    body = ", ".join(f"{k} {v}" for k, v in items)
    print(textwrap.fill(f"{name}: {body}", 108, subsequent_indent="    "))


def run(records_path=RECORDS, values_path=VALUES):
    rtext = Path(records_path).read_text(encoding="utf-8")
    vtext = Path(values_path).read_text(encoding="utf-8")
    recs, vals, log = build(SEED)
    print(f"rebuild matches the files: {dump(recs) == rtext and dump(vals) == vtext}")
    recs = [json.loads(x) for x in rtext.splitlines()]
    vals = [json.loads(x)["values"] for x in vtext.splitlines()]
    docs = log["documents"]
    print(
        f"documents: {len(recs)} (pos {docs['pos']}, neg prose {docs['neg prose']}, "
        f"neg table {docs['neg table']}, corpus {docs['corpus']})"
    )
    line("locales", Counter(r["locale"] for r in recs))
    line("prose languages", log["prose languages"])
    line("table languages", log["table languages"])
    line("corpus", log["corpus"])
    flat = [v for vs in vals for v in vs]
    kinds = Counter(v["kind"] for v in flat)
    print(f"values: {len(flat)} (" + ", ".join(f"{k} {n}" for k, n in kinds.most_common()) + ")")
    line("modes", Counter(f"{v['kind']}/{v['mode']}" for v in flat))
    line("phone regions", Counter(v["region"] for v in flat if v["kind"] == "PHONE"))
    line("own-country numbers (international)", log["own-country numbers"])
    line("service numbers", log["service numbers"])
    for mode in ("local-announced", "list-entry", "national", "international", "other"):
        line("habits " + mode, log["habits " + mode])
    line("local", log["local"])
    used = log["phrasings"]
    total = sum(len(v) for v in PHRASINGS.values())
    by_lang = Counter(k.split()[0] for k in used)
    print(
        f"phrasings used: {len(used)} of {total}; by language: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items()))
        + f"; uses per phrasing {min(used.values())}-{max(used.values())}"
    )
    line("placements", log["placements"])
    print(f"placement x language pairs used: {len(log['placement x language'])}")
    entries = sum(v for k, v in log["local"].items() if k.startswith("list-entry"))
    print(f"rosters: {sum(log['roster formats'].values())}, entries {entries}")
    line("roster formats", log["roster formats"])
    line("roster sizes", log["roster sizes"])
    line("value-line shapes", log["value-line shapes"])
    line("value-line kinds", log["value-line kinds"])
    hk = log["hard-negative kinds"]
    fams = Counter(k.split()[0] for k in hk)
    print(
        f"hard negatives: {len(hk)} kinds used (labelled {fams['labelled']}, patterned {fams['patterned']})"
        f" + {len(log['tables'])} table kinds; uses {sum(hk.values())}, per kind "
        f"{min(hk.values())}-{max(hk.values())}"
    )
    line("hard-negative forms", log["hard-negative forms"])
    line("tables", log["tables"])
    line("table separators", log["table separators"])
    print(
        f"document redraws: {log['redraws']['document']}; hard-negative redraws: "
        f"{log['redraws']['hard negative']}"
    )


if __name__ == "__main__":
    run(*sys.argv[1:3])
