"""Print the counts of the v42 set."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from . import negs

ROOT = Path(__file__).resolve().parents[2]


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rp = argv[0] if argv else ROOT / "tests/data/pii_heldout_v42.jsonl"
    vp = argv[1] if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v42_values.jsonl"
    recs = [json.loads(x) for x in open(rp, encoding="utf-8")]
    vals = [json.loads(x) for x in open(vp, encoding="utf-8")]
    docs, langs, genres = Counter(), Counter(), Counter()
    kinds, modes, local = Counter(), Counter(), Counter()
    for rec, side in zip(recs, vals, strict=True):
        parts = rec["id"].split("-")
        docs[parts[1] if parts[1] in ("pos", "neg") else "corpus"] += 1
        if parts[1] in ("pos", "neg"):
            genres[parts[2]] += 1
            lang = "hi" if re.search("[\u0900-\u097f]", rec["text"]) else rec["locale"][:2]
        else:
            lang = parts[1]
        langs[lang] += 1
        for v in side["values"]:
            kinds[v["kind"]] += 1
            modes[f"{v['kind']}/{v['mode']}"] += 1
            if v["mode"] == "local-announced":
                local[v["region"]] += 1
    print("documents:", len(recs), dict(docs))
    print("languages:", dict(langs.most_common()))
    print("values:", sum(kinds.values()), "by kind:", dict(kinds.most_common()))
    print("modes:", dict(modes.most_common()))
    print("local-announced by region:", dict(local.most_common()))
    print("genres:", dict(sorted(genres.items())))
    new = [k for k in negs.KINDS if k not in negs.NOT_NEW]
    print("hard-negative kinds:", len(new), "plus", len(set(negs.PATIENT_ID.values())), "patient-id schemes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
