"""Rebuild the v21 set with the seed, count it from the files and the build log, say whether they match."""

import json
import sys
from collections import Counter

from .make_heldout_set import OUT, VALUES_OUT, build, dumps


def show(title, c):
    print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))


def main():
    a = sys.argv[1:]
    rp, vp = (a + [OUT, VALUES_OUT][len(a) :])[:2]
    with open(rp, encoding="utf-8") as f:
        rtext = f.read()
    with open(vp, encoding="utf-8") as f:
        vtext = f.read()
    recs, vals, log = build()
    print("rebuild matches the files:", dumps(recs) == rtext and dumps(vals) == vtext)
    recs = [json.loads(x) for x in rtext.splitlines()]
    vals = [json.loads(x) for x in vtext.splitlines()]
    kinds = Counter(
        "pos"
        if "-pos-" in r["id"]
        else "corpus"
        if not r["id"][:2].islower() or "_" not in r["id"].split("-")[0]
        else "neg"
        for r in recs
    )
    print("documents:", len(recs), dict(kinds))
    show("locales", Counter(r["locale"] for r in recs))
    allv = [x for v in vals for x in v["values"]]
    show("values by kind", Counter(x["kind"] for x in allv))
    show("modes", Counter(f"{x['kind']}/{x['mode']}" for x in allv))
    show("phone regions", Counter(x["region"] for x in allv if x["kind"] == "PHONE"))
    groups = {}
    for k, v in log.items():
        head = k.split(" ")[0]
        groups.setdefault(head, Counter())[k[len(head) + 1 :] or head] = v
    for head in sorted(groups):
        show(head, groups[head])
    print(
        "phrasings used:",
        sum(1 for k in log if k.startswith("phrasing ")),
        "placement x language pairs:",
        sum(1 for k in log if k.startswith("placement ")),
        "hard-negative kinds used:",
        sum(1 for k in log if k.startswith("neg ")),
    )


if __name__ == "__main__":
    main()
