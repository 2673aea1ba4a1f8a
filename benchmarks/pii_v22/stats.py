"""Counts of the v22 held-out set, from the files and from a rebuild with the seed.

nice -n 19 .venv/bin/python -m benchmarks.pii_v22.stats [RECORDS [VALUES]]
"""

import collections
import ipaddress
import json
import sys

from .build import build
from .make_heldout_set import RECORDS, VALUES, serialize


def top(counter):
    return ", ".join("%s %d" % kv for kv in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def main(argv):
    rpath, vpath = (argv[1:3] + [None, None])[:2]
    rpath, vpath = rpath or RECORDS, vpath or VALUES
    with open(rpath, encoding="utf-8") as f:
        rtext = f.read()
    with open(vpath, encoding="utf-8") as f:
        vtext = f.read()
    docs = build()
    print("rebuild matches the files:", serialize(docs) == (rtext, vtext))
    recs = [json.loads(x) for x in rtext.splitlines()]
    vals = [v for line in vtext.splitlines() for v in json.loads(line)["values"]]
    kinds = collections.Counter()
    for r in recs:
        kinds["corpus" if "-pos-" not in r["id"] and "-neg-" not in r["id"] else r["id"].split("-")[1]] += 1
    print("documents:", len(recs), dict(sorted(kinds.items(), key=lambda kv: -kv[1])))
    print("values by kind:", top(collections.Counter(v["kind"] for v in vals)))
    print("modes:", top(collections.Counter("%s/%s" % (v["kind"], v["mode"]) for v in vals)))
    v4 = [v["text"] for v in vals if v["kind"] == "IP_ADDRESS" and v["mode"] == "v4"]
    print("IPv4 private:", sum(ipaddress.ip_address(t).is_private for t in v4), "of", len(v4))
    phones = [v for v in vals if v["kind"] == "PHONE"]
    print("phone regions:", top(collections.Counter(v["region"] for v in phones)))
    print("locales:", top(collections.Counter(r["locale"] for r in recs)))
    metas = [(m, vs) for _, vs, m in docs]
    gen = [m for m, _ in metas if m["type"] != "corpus"]
    print("languages (generated):", top(collections.Counter(m["lang"] for m in gen)))
    print("corpus sources:", top(collections.Counter(m["source"] for m, _ in metas if m["type"] == "corpus")))
    print("genres:", top(collections.Counter(m["genre"] for m, _ in metas if m["type"] != "corpus")))
    print(
        "roster_format:",
        top(collections.Counter(m["roster_format"] for m, _ in metas if "roster_format" in m)),
    )
    print("shape:", top(collections.Counter(s for m, _ in metas for s in m.get("shapes", []))))
    pv = [(m, v) for m, vs in metas for v in vs if v["kind"] == "PHONE"]
    allv = [(m, v) for m, vs in metas for v in vs]
    print("placement:", top(collections.Counter(v["_place"] for _, v in allv)))
    print("phone variant:", top(collections.Counter(v["_variant"] for _, v in pv)))
    print("phone habit:", top(collections.Counter(v["_habit"] for _, v in pv)))
    phr = {p[4:] for m, _ in metas for p in m.get("phr", []) if p.startswith("say:")}
    print(
        "phone phrasings used:",
        len(phr),
        dict(sorted(collections.Counter(p.split("/")[0] for p in phr).items())),
    )
    pairs = {(v["_place"], m["lang"]) for m, v in pv}
    negk = collections.Counter(k for m, _ in metas for k in m.get("neg", []))
    print("placement x language pairs (phones):", len(pairs), " hard-negative kinds used:", len(negk))
    print(
        "hard negatives placed:",
        sum(negk.values()),
        " most used:",
        top(collections.Counter(dict(negk.most_common(8)))),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
