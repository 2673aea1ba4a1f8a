"""Corpus negatives for v114, untouched texts from /work/shared/data (sources other than v52's GSM8K,
AIME24 and HumanEval): MATH-500 problems, AMC23 problems, English HateCheck and Multilingual HateCheck
cases labelled non-hateful. Screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run,
nothing the guards or PhoneNumberMatcher flag."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
SOURCES = [
    ("math500", "en", "en_US", 30),
    ("amc23", "en", "en_US", 15),
    ("hatecheck", "en", "en_GB", 15),
    ("mhc", "german", "de_DE", 10),
    ("mhc", "french", "fr_FR", 10),
    ("mhc", "spanish", "es_ES", 10),
    ("mhc", "italian", "it_IT", 10),
    ("mhc", "dutch", "nl_NL", 10),
    ("mhc", "portuguese", "pt_BR", 10),
]
REGIONS = {
    "en_US": ("US", "GB"),
    "en_GB": ("GB", "US"),
    "de_DE": ("DE",),
    "fr_FR": ("FR",),
    "es_ES": ("ES",),
    "it_IT": ("IT",),
    "nl_NL": ("NL",),
    "pt_BR": ("BR", "PT"),
}


def _rows(src, lang):
    if src == "math500":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as fh:
            return [json.loads(line)["problem"] for line in fh]
    if src == "amc23":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as fh:
            return [json.loads(line)["problem"] for line in fh]
    if src == "hatecheck":
        path = DATA / "moderation/hatecheck_en_test_suite_cases.csv"
    else:
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        return [r["test_case"] if r["label_gold"] == "non-hateful" else None for r in csv.DictReader(fh)]


def clean(text, regions):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.dirty(text, regions, whole=True)


def corpus_records(rng):
    out = []
    for src, lang, loc, k in SOURCES:
        rows = _rows(src, lang)
        order = list(range(len(rows)))
        rng.shuffle(order)
        got = 0
        for i in order:
            if got == k:
                break
            if rows[i] and clean(rows[i], REGIONS[loc]):
                name = "en" if lang == "en" else lang
                out.append(({"id": f"{src}-{name}-{i}", "locale": loc, "text": rows[i], "spans": []}, []))
                got += 1
    return out
