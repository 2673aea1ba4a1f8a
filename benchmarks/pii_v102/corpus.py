"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
SEVEN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
SOURCES = [  # (name, language, locale, count)
    ("math500", "en", "en_US", 30),
    ("amc23", "en", "en_US", 15),
    ("hatecheck", "en", "en_GB", 15),
    ("mhc", "dutch", "nl_NL", 10),
    ("mhc", "french", "fr_FR", 10),
    ("mhc", "german", "de_DE", 10),
    ("mhc", "italian", "it_IT", 10),
    ("mhc", "portuguese", "pt_BR", 10),
    ("mhc", "spanish", "es_ES", 10),
]
HOME = {
    "en": ["US", "GB", "IN"],
    "dutch": ["NL"],
    "french": ["FR"],
    "german": ["DE"],
    "italian": ["IT"],
    "portuguese": ["BR", "PT"],
    "spanish": ["ES"],
}


def _rows(name, lang):
    if name == "math500":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            return [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    if name == "amc23":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
            return [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    path = (
        DATA / "moderation/hatecheck_en_test_suite_cases.csv"
        if name == "hatecheck"
        else DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
    )
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [(i, r["test_case"].strip()) for i, r in enumerate(rows) if r["label_gold"] == "non-hateful"]


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if SEVEN.search(text):
        return False
    return not negs.dirty(text, regions)


def records(rng):
    out = []
    for name, lang, locale, count in SOURCES:
        rows = _rows(name, lang)
        rng.shuffle(rows)
        taken = 0
        for row, text in rows:
            if taken == count:
                break
            if not text or not clean(text, HOME[lang]):
                continue
            out.append({"id": f"{name}-{lang}-{row}", "locale": locale, "text": text, "spans": []})
            taken += 1
    return out
