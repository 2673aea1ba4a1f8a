"""Print the counts of the v56 set."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def main(argv):
    records_path = argv[0] if argv else RECORDS
    values_path = argv[1] if len(argv) > 1 else VALUES
    with open(records_path, encoding="utf-8") as fh:
        records = [json.loads(x) for x in fh]
    with open(values_path, encoding="utf-8") as fh:
        vals = [v for line in fh for v in json.loads(line)["values"]]
    kinds = Counter()
    genres, langs, corpus = Counter(), Counter(), Counter()
    for r in records:
        parts = r["id"].split("-")
        if parts[1] in ("pos", "neg"):
            kinds[parts[1]] += 1
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
        else:
            kinds["corpus"] += 1
            corpus["-".join(parts[:2])] += 1
    print("documents:", len(records), dict(sorted(kinds.items())))
    print("values:", len(vals), "by kind:", dict(Counter(v["kind"] for v in vals).most_common()))
    print("modes:", dict(Counter(f"{v['kind']}/{v['mode']}" for v in vals).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in vals if v["mode"] == "local-announced").items())),
    )
    print("phone regions:", dict(Counter(v["region"] for v in vals if v["kind"] == "PHONE").most_common()))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("locales:", dict(sorted(Counter(r["locale"] for r in records).items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
