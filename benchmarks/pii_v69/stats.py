"""Print the counts of v69."""

import collections
import json
import re
import sys

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rec_path, val_path = argv[:2] if len(argv) >= 2 else (RECORDS, VALUES)
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    c = collections.Counter
    kind = c("pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs)
    allv = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(allv), "by kind:", dict(c(v["kind"] for v in allv).most_common()))
    print("modes:", dict(c(v["kind"] + "/" + v["mode"] for v in allv).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(c(v["region"] for v in allv if v["mode"] == "local-announced").items())),
    )
    print("phones by region:", dict(sorted(c(v["region"] for v in allv if v["kind"] == "PHONE").items())))
    gen = c(
        re.sub(r"^[a-z]{2}_[A-Z]{2}-(pos|neg)-(hi-)?", "", r["id"]).rsplit("-", 1)[0]
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("genres:", dict(sorted(gen.items())))
    lang = c(
        ("hi" if "-hi-" in r["id"] else r["locale"][:2])
        for r in recs
        if "-pos-" in r["id"] or "-neg-" in r["id"]
    )
    print("languages (documents written here):", dict(sorted(lang.items())))
    print("locales:", dict(sorted(c(r["locale"] for r in recs).items())))
    print(
        "corpus:", dict(sorted(c(r["id"].rsplit("-", 1)[0] for r in recs if kind_of(r) == "corpus").items()))
    )


def kind_of(r):
    return "pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus"


if __name__ == "__main__":
    main(sys.argv[1:])
