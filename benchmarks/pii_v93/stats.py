"""Print the counts of the v93 set."""

import json
import sys
from collections import Counter
from pathlib import Path

from .make_heldout_set import RECORDS, VALUES


def stats(rec_path=RECORDS, val_path=VALUES):
    recs = [json.loads(x) for x in Path(rec_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(val_path).read_text(encoding="utf-8").splitlines()]
    kinds, modes, local, genres, langs, corpus, regions = (Counter() for _ in range(7))
    docs = Counter()
    for rec, val in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        if parts[1] in ("pos", "neg"):
            docs[parts[1]] += 1
            hindi = parts[2] == "hi"
            genres[parts[3] if hindi else parts[2]] += 1
            langs["hi" if hindi else rec["locale"].split("_")[0]] += 1
        else:
            docs["corpus"] += 1
            corpus["%s-%s" % (parts[0], parts[1])] += 1
        for v in val["values"]:
            kinds[v["kind"]] += 1
            modes["%s/%s" % (v["kind"], v["mode"])] += 1
            if v["kind"] == "PHONE":
                regions[v["region"]] += 1
                if v["mode"] == "local-announced":
                    local[v["region"]] += 1
    out = [
        ("documents", sum(docs.values()), dict(docs)),
        ("values", sum(kinds.values()), dict(kinds)),
        ("modes", None, dict(modes.most_common())),
        ("local-announced by region", None, dict(sorted(local.items()))),
        ("phone regions", None, dict(regions.most_common())),
        ("genres", None, dict(sorted(genres.items()))),
        ("languages", None, dict(sorted(langs.items()))),
        ("corpus", None, dict(sorted(corpus.items()))),
    ]
    for name, total, d in out:
        print("%s: %s%s" % (name, "" if total is None else "%d " % total, d))


if __name__ == "__main__":
    stats(*sys.argv[1:])
