"""Print the counts of the v122 files."""

import collections
import json
import sys

from .checks import RECORDS, VALUES


def main(records=RECORDS, values=VALUES):
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(values, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    kind = collections.Counter()
    genre, lang, corp = collections.Counter(), collections.Counter(), collections.Counter()
    for r in recs:
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            kind[parts[1]] += 1
            hi = parts[2] == "hi"
            genre[parts[3] if hi else parts[2]] += 1
            lang["hi" if hi else r["locale"][:2]] += 1
        else:
            kind["corpus"] += 1
            corp["%s-%s" % (parts[0], parts[1])] += 1
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(sorted(kind.items())))
    print("values:", len(flat), "by kind:", dict(collections.Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(collections.Counter("%s/%s" % (v["kind"], v["mode"]) for v in flat).most_common()))
    print(
        "local-announced by region:",
        dict(
            sorted(
                collections.Counter(v["region"] for v in flat if v.get("mode") == "local-announced").items()
            )
        ),
    )
    print("genres:", dict(sorted(genre.items())))
    print("languages:", dict(sorted(lang.items())))
    print("corpus:", dict(sorted(corp.items())))


if __name__ == "__main__":
    main(*sys.argv[1:3])
