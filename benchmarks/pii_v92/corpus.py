"""Corpus negatives for v92: untouched texts from /work/shared/data, screened for anything PII-like."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
DIGIT_RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")

# (source id, language: 'en' or the MHC language, locale, how many)
PLAN = [
    ("math500", "en", "en_US", 25),
    ("amc23", "en", "en_US", 12),
    ("hhrlhf", "en", "en_US", 25),
    ("hatecheck", "en", "en_GB", 14),
    ("mhc", "dutch", "nl_NL", 9),
    ("mhc", "french", "fr_FR", 9),
    ("mhc", "german", "de_DE", 9),
    ("mhc", "italian", "it_IT", 9),
    ("mhc", "portuguese", "pt_BR", 9),
    ("mhc", "spanish", "es_ES", 9),
]
REGIONS = {
    "en_US": ["US", "GB", "IN"],
    "en_GB": ["GB", "US"],
    "nl_NL": ["NL"],
    "fr_FR": ["FR"],
    "de_DE": ["DE"],
    "it_IT": ["IT"],
    "pt_BR": ["BR", "PT"],
    "es_ES": ["ES"],
}


def _rows(source, lang):
    """(row, text) pairs; row = 0-based data row (JSONL line or CSV data row)."""
    if source in ("math500", "amc23"):
        name = "math/math500_test.jsonl" if source == "math500" else "math/amc23_test.jsonl"
        with open(DATA / name, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                yield i, json.loads(line)["problem"]
    elif source == "hhrlhf":
        with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                yield i, json.loads(line)["chosen"].strip()
    else:
        if source == "hatecheck":
            path = DATA / "moderation/hatecheck_en_test_suite_cases.csv"
        else:
            path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if row["label_gold"] == "non-hateful":
                    yield i, row["test_case"].strip()


def clean(text, regions):
    if len(text) > 1500 or not text:
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low or DIGIT_RUN.search(text):
        return False
    return not negs.dirty(text, regions, whole=True)


def pick(rng):
    out = []
    for source, lang, locale, n in PLAN:
        rows = list(_rows(source, lang))
        rng.shuffle(rows)
        got = 0
        for i, text in rows:
            if got == n:
                break
            if clean(text, REGIONS[locale]):
                out.append(
                    {"id": f"{source}-{lang}-{i}", "locale": locale, "text": text, "spans": [], "values": []}
                )
                got += 1
    return out
