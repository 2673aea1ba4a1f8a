"""Print the counts of the v27 set; rebuilds it in memory and says whether the rebuild matches the files.

nice -n 19 .venv/bin/python -m benchmarks.pii_v27.stats [RECORDS [VALUES]]"""

import json
import sys
import textwrap
from collections import Counter
from pathlib import Path

from .build import build, dumps
from .checks import RECORDS, VALUES


def line(name, counter):
    body = ", ".join("%s: %d" % kv for kv in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))))
    print(textwrap.fill("%s: %s" % (name, body), 108, subsequent_indent="    "))


def main(argv):
    rp = Path(argv[1]) if len(argv) > 1 else RECORDS
    vp = Path(argv[2]) if len(argv) > 2 else VALUES
    records, info = build()
    r_text, v_text = dumps(records)
    same = rp.read_text(encoding="utf-8") == r_text and vp.read_text(encoding="utf-8") == v_text
    print("rebuild matches the files: %s" % same)
    recs = [json.loads(x) for x in rp.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x)["values"] for x in vp.read_text(encoding="utf-8").splitlines()]
    metas = [m for _r, _v, m in records]
    print("documents: %d %s" % (len(recs), dict(Counter(m["kind"] for m in metas))))
    print(
        "positive documents without a value: %d"
        % sum(1 for r in recs if "-pos-" in r["id"] and not r["spans"])
    )
    allv = [v for vv in vals for v in vv]
    kinds = Counter(v["kind"] for v in allv)
    print("values: %d; by kind: %s" % (len(allv), ", ".join("%s: %d" % kv for kv in kinds.most_common())))
    line("modes", Counter("%s/%s" % (v["kind"], v["mode"]) for v in allv))
    phones = [v for v in allv if v["kind"] == "PHONE"]
    line("phone regions", Counter(v["region"] for v in phones))
    line("local-announced by region", Counter(v["region"] for v in phones if v["mode"] == "local-announced"))
    line("locales", Counter(r["locale"] for r in recs))
    gen = [m for m in metas if m["kind"] != "corpus"]
    line("document languages (generated)", Counter(m["lang"] for m in gen))
    line("genres", Counter(m["genre"] for m in gen))
    line("roster_format", Counter(m["roster"] for m in gen if m["roster"]))
    line("rosters of numbers that are not phones", Counter(m["negroster"] for m in gen if m["negroster"]))
    line("shape", Counter(s for m in gen for s in m["shapes"]))
    line("placements", Counter(p for m in gen for p in m["placements"]))
    print("placement x language pairs: %d" % len({(p, m["lang"]) for m in gen for p in m["placements"]}))
    phr = {p for m in gen for p in m["phrasings"]}
    ann = {
        p
        for p in phr
        if not any(
            k in p for k in ("_svc_", "_email_", "_iban_", "_credit_card_", "_ip_address_", "_us_ssn_")
        )
    }
    print(
        "phrasings used: %d (announcing phone numbers: %d, service numbers: %d)"
        % (len(phr), len(ann), len({p for p in phr if "_svc_" in p}))
    )
    nk = Counter(k for m in gen for k in m["negkinds"])
    print(
        "hard-negative kinds used: %d; hard-negative values: %d" % (len(nk), sum(m["negvalues"] for m in gen))
    )
    print(textwrap.fill("hard-negative kinds: " + ", ".join(sorted(nk)), 108, subsequent_indent="    "))
    print("number styles used: %d" % len({s for m in gen for s in m["styles"]}))
    line("corpus sources", Counter(m["source"] for m in metas if m["kind"] == "corpus"))
    print("guard redraws: %d" % info["guard_redraws"])
    print("characters: %d" % sum(len(r["text"]) for r in recs))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
