"""Corpus negatives for v119, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "dutch": "nl_NL",
    "french": "fr_FR",
    "german": "de_DE",
    "italian": "it_IT",
    "portuguese": "pt_BR",
    "spanish": "es_ES",
}
LANG_REGIONS = {
    "en_US": ["US", "GB"],
    "nl_NL": ["NL"],
    "fr_FR": ["FR"],
    "de_DE": ["DE"],
    "it_IT": ["IT"],
    "pt_BR": ["BR", "PT"],
    "es_ES": ["ES"],
}


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not (negs.guard_hits(text) or negs.phone_hits(text, LANG_REGIONS[locale]))


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield i, json.loads(line)[field]


def candidates():
    """(source, locale, row, text) for every source."""
    out = {
        "math500-en": [("en_US", i, t) for i, t in _jsonl(DATA / "math/math500_test.jsonl", "problem")],
        "amc23-en": [("en_US", i, t) for i, t in _jsonl(DATA / "math/amc23_test.jsonl", "problem")],
    }
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out["hatecheck-en"] = [
        ("en_US", i, r["test_case"].strip()) for i, r in enumerate(rows) if r["label_gold"] == "non-hateful"
    ]
    for lang, loc in MHC.items():
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang)
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        out["mhc-" + lang] = [
            (loc, i, r["test_case"]) for i, r in enumerate(rows) if r["label_gold"] == "non-hateful"
        ]
    return out


QUOTA = {
    "math500-en": 40,
    "amc23-en": 20,
    "hatecheck-en": 20,
    "mhc-dutch": 10,
    "mhc-french": 10,
    "mhc-german": 10,
    "mhc-italian": 10,
    "mhc-portuguese": 10,
    "mhc-spanish": 10,
}


def records(rng):
    recs = []
    cands = candidates()
    for src in sorted(QUOTA):
        pool = cands[src][:]
        rng.shuffle(pool)
        n = 0
        for loc, row, text in pool:
            if n == QUOTA[src]:
                break
            if clean(text, loc):
                recs.append({"id": "%s-%d" % (src, row), "locale": loc, "text": text, "spans": []})
                n += 1
    return recs
