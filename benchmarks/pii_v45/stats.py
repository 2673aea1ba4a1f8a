"""Prints v45's counts: documents, values by kind and mode, local numbers by region, genres, languages."""

import json
import sys
from collections import Counter
from pathlib import Path

from .checks import RECORDS, VALUES, lang_region


def group(rid):
    if rid.split("-")[0] in ("math500", "gsm8k", "hatecheck"):
        return "corpus"
    return rid.split("-")[1]


def main(argv):
    rp, vp = (argv + [RECORDS, VALUES][len(argv) :])[:2]
    recs = [json.loads(x) for x in Path(rp).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x)["values"] for x in Path(vp).read_text(encoding="utf-8").splitlines()]
    flat = [v for vs in vals for v in vs]
    print("documents:", len(recs), dict(Counter(group(r["id"]) for r in recs)))
    print("values:", len(flat), "by kind:", dict(Counter(v["kind"] for v in flat).most_common()))
    print("modes:", dict(Counter("%s/%s" % (v["kind"], v["mode"]) for v in flat).most_common()))
    print(
        "local-announced by region:",
        dict(sorted(Counter(v["region"] for v in flat if v["mode"] == "local-announced").items())),
    )
    print(
        "phones by region:", dict(sorted(Counter(v["region"] for v in flat if v["kind"] == "PHONE").items()))
    )
    written = [r for r in recs if group(r["id"]) != "corpus"]
    genres = Counter(r["id"].split("-")[-2] for r in written)
    print("genres:", dict(sorted(genres.items())))
    print(
        "languages (documents written here):",
        dict(sorted(Counter(lang_region(r)[0] for r in written).items())),
    )
    print("locales:", dict(sorted(Counter(r["locale"] for r in recs).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
