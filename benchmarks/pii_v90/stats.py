"""Prints the counts of the v90 set."""

import collections
import json
import sys

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    kind = collections.Counter()
    genre = collections.Counter()
    lang = collections.Counter()
    src = collections.Counter()
    for r in recs:
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            kind[parts[1]] += 1
            g = parts[3] if parts[2] == "hi" else parts[2]
            genre[g] += 1
            lang["hi" if parts[2] == "hi" else r["locale"][:2]] += 1
        else:
            kind["corpus"] += 1
            src["-".join(parts[:-1])] += 1
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(flat), "by kind:", dict(collections.Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(collections.Counter(f"{v['kind']}/{v['mode']}" for v in flat).most_common()))
    print(
        "local-announced by region:",
        dict(
            sorted(
                collections.Counter(v["region"] for v in flat if v.get("mode") == "local-announced").items()
            )
        ),
    )
    print("genres:", dict(sorted(genre.items())))
    print("languages (documents written here):", dict(sorted(lang.items())))
    print("corpus:", dict(sorted(src.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
