"""Print the set's counts."""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES


def load(records_path, values_path):
    with open(records_path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    with open(values_path, encoding="utf-8") as fh:
        sidecar = [json.loads(line) for line in fh]
    return records, sidecar


def doc_class(rid):
    parts = rid.split("-")
    if len(parts) > 1 and parts[1] in ("pos", "neg"):
        return parts[1]
    return "corpus"


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else (RECORDS, VALUES)
    records, sidecar = load(*paths)
    vals = [v for s in sidecar for v in s["values"]]
    print("documents:", len(records), dict(sorted(Counter(doc_class(r["id"]) for r in records).items())))
    print("values:", len(vals), "by kind:", dict(Counter(v["kind"] for v in vals).most_common()))
    print("modes:", dict(Counter("%s/%s" % (v["kind"], v["mode"]) for v in vals).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in vals if v.get("mode") == "local-announced").items())),
    )
    genres, langs, corpus = Counter(), Counter(), Counter()
    for r in records:
        parts = r["id"].split("-")
        if doc_class(r["id"]) == "corpus":
            corpus[parts[0] + "-" + parts[1]] += 1
            continue
        hindi = parts[2] == "hi"
        genres[parts[3] if hindi else parts[2]] += 1
        langs["hi" if hindi else r["locale"][:2]] += 1
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))
    print("locales:", dict(sorted(Counter(r["locale"] for r in records).items())))
    print("corpus:", dict(sorted(corpus.items())))


if __name__ == "__main__":
    main(sys.argv)
