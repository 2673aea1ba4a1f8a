"""Corpus negatives, untouched, from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de", "de_DE"),
    "french": ("fr", "fr_FR"),
    "spanish": ("es", "es_ES"),
    "italian": ("it", "it_IT"),
    "dutch": ("nl", "nl_NL"),
    "portuguese": ("pt", "pt_BR"),
}


def clean(text, regions):
    if not text.strip() or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.guard_hits(text) and not negs.phone_hits(text, regions)


def candidates():
    """(source id, locale, text, regions) for every row that could be used, in file order."""
    out = {}
    rows = []
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            rows.append(("math500-en-%d" % i, "en_US", json.loads(line)["problem"]))
    out["math500-en"] = rows
    rows = []
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            rows.append(("amc23-en-%d" % i, "en_US", json.loads(line)["problem"]))
    out["amc23-en"] = rows
    rows = []
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                rows.append(("hatecheck-en-%d" % i, "en_GB", row["test_case"]))
    out["hatecheck-en"] = rows
    for name, (_lang, loc) in MHC.items():
        rows = []
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % name)
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    rows.append(("mhc-%s-%d" % (name, i), loc, row["test_case"]))
        out["mhc-" + name] = rows
    return out


TAKE = {
    "math500-en": 30,
    "amc23-en": 15,
    "hatecheck-en": 20,
    "mhc-german": 10,
    "mhc-french": 10,
    "mhc-spanish": 10,
    "mhc-italian": 10,
    "mhc-dutch": 10,
    "mhc-portuguese": 10,
}
REGIONS = {
    "en_US": ["US", "GB"],
    "en_GB": ["GB", "US"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def pick(rng):
    records = []
    for src, rows in candidates().items():
        order = list(range(len(rows)))
        rng.shuffle(order)
        got = 0
        for i in order:
            rid, loc, text = rows[i]
            if clean(text, REGIONS[loc]):
                records.append({"id": rid, "locale": loc, "text": text, "spans": []})
                got += 1
                if got == TAKE[src]:
                    break
    return records
