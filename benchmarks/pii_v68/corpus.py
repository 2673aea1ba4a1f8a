"""Corpus negatives: untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
import json
import re
from pathlib import Path

from .negs import dirty

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
QUOTA = {"math500": 20, "amc23": 10, "hatecheck": 20, "hhrlhf": 14, "mhc": 8}


def _clean(text, locale):
    if not text or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not dirty(text, REGIONS[locale])


def _rows_math500():
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield i, json.loads(line)["problem"]


def _rows_amc23():
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield i, json.loads(line)["problem"]


def _rows_hatecheck():
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield i, row["test_case"]


def _rows_hhrlhf():
    with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield i, json.loads(line)["chosen"]


def _rows_mhc(lang):
    path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield i, row["test_case"]


def corpus_docs(rng):
    out = []
    sources = [
        ("math500", "en", "en_US", _rows_math500),
        ("amc23", "en", "en_US", _rows_amc23),
        ("hatecheck", "en", "en_US", _rows_hatecheck),
        ("hhrlhf", "en", "en_US", _rows_hhrlhf),
    ]
    for lang, loc in MHC.items():
        sources.append(("mhc", lang, loc, lambda lang=lang: _rows_mhc(lang)))
    for name, lang, loc, rows in sources:
        cands = list(rows())
        rng.shuffle(cands)
        taken = 0
        for row, text in cands:
            if taken == QUOTA[name]:
                break
            if _clean(text, loc):
                out.append({"id": f"{name}-{lang}-{row}", "locale": loc, "text": text, "spans": []})
                taken += 1
    return out
