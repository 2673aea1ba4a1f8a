"""Print the counts of the v79 set."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from .checks import RECORDS, VALUES


def main(argv):
    rp = Path(argv[0]) if argv else RECORDS
    vp = Path(argv[1]) if len(argv) > 1 else VALUES
    records = [json.loads(x) for x in rp.read_text(encoding="utf-8").splitlines()]
    values = [json.loads(x)["values"] for x in vp.read_text(encoding="utf-8").splitlines()]
    docs, genres, langs, corpus = Counter(), Counter(), Counter(), Counter()
    for r in records:
        m = re.match(r"(\w+)-(pos|neg)-(hi-)?(\w+)-\d+$", r["id"])
        if m:
            docs[m.group(2)] += 1
            genres[m.group(4)] += 1
            langs["hi" if m.group(3) else r["locale"][:2]] += 1
        else:
            docs["corpus"] += 1
            corpus[r["id"].rsplit("-", 1)[0]] += 1
    flat = [v for vs in values for v in vs]
    kinds = Counter(v["kind"] for v in flat)
    modes = Counter("%s/%s" % (v["kind"], v["mode"]) for v in flat)
    local = Counter(v["region"] for v in flat if v.get("mode") == "local-announced")
    print("documents:", len(records), dict(sorted(docs.items())))
    print("values:", len(flat), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
