"""Prints the counts of the v66 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rpath = argv[0] if argv else RECORDS
    vpath = argv[1] if len(argv) > 1 else VALUES
    with open(rpath, encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh]
    with open(vpath, encoding="utf-8") as fh:
        vals = [json.loads(x)["values"] for x in fh]
    kind, mode, local, genre, lang, corp = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    docs = Counter()
    for r, vs in zip(recs, vals, strict=True):
        rid = r["id"]
        if rid.startswith(r["locale"] + "-"):
            parts = rid.split("-")
            docs[parts[1]] += 1
            g = parts[3] if parts[2] == "hi" else parts[2]
            genre[g] += 1
            lang["hi" if parts[2] == "hi" else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corp[rid.rsplit("-", 1)[0]] += 1
        for v in vs:
            kind[v["kind"]] += 1
            mode[f"{v['kind']}/{v['mode']}"] += 1
            if v.get("mode") == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(sorted(docs.items())))
    print("values:", sum(kind.values()), "by kind:", dict(kind.most_common()))
    print("modes:", dict(mode.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genre.items())))
    print("languages (documents written here):", dict(sorted(lang.items())))
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
