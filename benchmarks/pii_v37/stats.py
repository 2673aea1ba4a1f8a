"""Print the counts of the v37 set."""

import collections
import json
import sys


def main():
    args = sys.argv[1:]
    rpath = args[0] if args else "tests/data/pii_heldout_v37.jsonl"
    vpath = args[1] if len(args) > 1 else "tests/data/pii_heldout_v37_values.jsonl"
    recs = [json.loads(x) for x in open(rpath, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(vpath, encoding="utf-8")]
    pol = collections.Counter(
        "pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs
    )
    flat = [v for vs in vals for v in vs]
    kinds = collections.Counter(v["kind"] for v in flat)
    modes = collections.Counter(f"{v['kind']}/{v['mode']}" for v in flat)
    local = collections.Counter(v["region"] for v in flat if v.get("mode") == "local-announced")
    genres, langs = collections.Counter(), collections.Counter()
    for r in recs:
        parts = r["id"].split("-")
        if len(parts) >= 4 and parts[1] in ("pos", "neg"):
            hi = parts[2] == "hi"
            genres[parts[3] if hi else parts[2]] += 1
            langs["hi" if hi else r["locale"][:2]] += 1
    print("documents:", len(recs), dict(pol))
    print("values:", len(flat), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(sorted(local.items())))
    print("genres:", dict(sorted(genres.items())))
    print("languages (documents written here):", dict(sorted(langs.items())))


if __name__ == "__main__":
    main()
