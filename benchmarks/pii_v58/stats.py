"""Print the counts of v58."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rp, vp = (argv[1], argv[2]) if len(argv) > 2 else (RECORDS, VALUES)
    with open(rp, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    kind = Counter(
        r["id"].split("-")[1] if r["id"].split("-")[1] in ("pos", "neg") else "corpus" for r in recs
    )
    allv = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(allv), "by kind:", dict(Counter(v["kind"] for v in allv).most_common()))
    print("modes:", dict(Counter(v["kind"] + "/" + v["mode"] for v in allv).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in allv if v.get("mode") == "local-announced").items())),
    )
    docs = [r for r in recs if r["id"].split("-")[1] in ("pos", "neg")]
    print("genres:", dict(sorted(Counter(r["id"].split("-")[-2] for r in docs).items())))
    print(
        "languages:",
        dict(sorted(Counter("hi" if "-hi-" in r["id"] else r["locale"][:2] for r in docs).items())),
    )
    print("locales:", dict(sorted(Counter(r["locale"] for r in recs).items())))
    print("corpus:", dict(sorted(Counter(r["id"].rsplit("-", 1)[0] for r in recs if r not in docs).items())))


if __name__ == "__main__":
    main(sys.argv)
