"""Corpus negatives: untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
REGIONS = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}
# source -> how many documents
PLAN = {
    "math500-en": 35,
    "amc23-en": 10,
    "hatecheck-en": 15,
    "mhc-german": 10,
    "mhc-french": 10,
    "mhc-spanish": 10,
    "mhc-italian": 10,
    "mhc-dutch": 10,
    "mhc-portuguese": 10,
}


def _rows(source):
    if source == "math500-en":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            return [(i, json.loads(line)["problem"]) for i, line in enumerate(f)], "en_US"
    if source == "amc23-en":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
            return [(i, json.loads(line)["problem"]) for i, line in enumerate(f)], "en_US"
    if source == "hatecheck-en":
        path, loc = DATA / "moderation/hatecheck_en_test_suite_cases.csv", "en_US"
    else:
        lang = source.split("-")[1]
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang)
        loc = MHC[lang]
    with open(path, encoding="utf-8", newline="") as f:
        rows = [
            (i, r["test_case"].strip())
            for i, r in enumerate(csv.DictReader(f))
            if r["label_gold"] == "non-hateful"
        ]
    return rows, loc


def clean(text, locale):
    if len(text) > 1500 or not text or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.doc_dirty(text, REGIONS[locale])


def records(rng):
    out = []
    for source, n in PLAN.items():
        rows, loc = _rows(source)
        rng.shuffle(rows)
        taken = 0
        for row, text in rows:
            if taken == n:
                break
            if clean(text, loc):
                out.append({"id": "%s-%d" % (source, row), "locale": loc, "text": text, "spans": []})
                taken += 1
    return out
