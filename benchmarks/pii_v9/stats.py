"""Counts for the docstring: from the two output files, plus bookkeeping of a fresh in-memory build.

nice -n 19 .venv/bin/python -m benchmarks.pii_v9.stats [records.jsonl values.jsonl]
"""

import json
import sys
from collections import Counter

from .make_heldout_set import GENRES, NEG_GENRES, build
from .negatives import KINDS


def _load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(x) for x in fh]


def _fmt(counter):
    return ", ".join("%s %d" % (k, v) for k, v in counter.most_common())


def file_counts(records, sidecars):
    docs = Counter()
    for rec, side in zip(records, sidecars, strict=True):
        kind = "corpus" if rec["locale"] == "en" else ("values" if side["values"] else "negative-only")
        docs[kind] += 1
    vals = [v for side in sidecars for v in side["values"]]
    out = [
        "documents: %d (%s)" % (len(records), _fmt(docs)),
        "values: %d (%s)" % (len(vals), _fmt(Counter(v["kind"] for v in vals))),
    ]
    for kind in ("PHONE", "EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"):
        out.append("%s modes: %s" % (kind, _fmt(Counter(v["mode"] for v in vals if v["kind"] == kind))))
    phones = [v for v in vals if v["kind"] == "PHONE"]
    out.append("PHONE regions: %s" % _fmt(Counter(v["region"] for v in phones)))
    out.append("locales: %s" % _fmt(Counter(r["locale"] for r in records)))
    return out


def build_counts(docs):
    out, notes = [], []
    for doc in docs:
        if doc is not None:
            notes += [v for v in doc.values if v.kind == "PHONE"]
    ann = [v for v in notes if v.mode == "local-announced"]
    out.append("announced by phrase language: %s" % _fmt(Counter(v.note["lang"] for v in ann)))
    out.append("announced by placement: %s" % _fmt(Counter(v.note["placement"] for v in ann)))
    out.append("announced phrasings used: %d" % len({v.note["phrase"] for v in ann}))
    for mode in ("local-announced", "list-entry"):
        sub = Counter(v.extra["region"] for v in notes if v.mode == mode and v.note["subscriber"])
        full = Counter(v.extra["region"] for v in notes if v.mode == mode and not v.note["subscriber"])
        out.append("%s subscriber-only: %s; full national: %s" % (mode, _fmt(sub), _fmt(full)))
    negs = Counter(k for doc in docs if doc is not None for k in doc.negatives)
    groups = Counter()
    for k, n in negs.items():
        groups[KINDS[k][0]] += n
    out.append(
        "hard-negative kinds: %d of %d defined, %d uses (%s)"
        % (len(negs), len(KINDS), sum(negs.values()), _fmt(groups))
    )
    out.append("hard-negative uses: %s" % _fmt(negs))
    used = Counter(doc.genre for doc in docs if doc is not None)
    out.append(
        "genres: %d (%d negative-only), all used: %s"
        % (len(GENRES), len(NEG_GENRES), len(used) == len(GENRES))
    )
    return out


def main(argv):
    records, sidecars, docs = build()
    if len(argv) == 2:
        assert _load(argv[0]) == records and _load(argv[1]) == sidecars, "files differ from a fresh build"
        print("files match a fresh build")
    print("\n".join(file_counts(records, sidecars) + build_counts(docs)))


if __name__ == "__main__":
    main(sys.argv[1:])
