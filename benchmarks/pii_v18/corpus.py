"""Corpus negatives for v18: real texts from /work/shared/data, untouched, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import clean

DATA = Path("/work/shared/data")
# source id: (file, field, language, how many)
SOURCES = [
    ("gsm8ktrain", "math/gsm8k_train.jsonl", "question", "en", 40),
    ("math500", "math/math500_test.jsonl", "problem", "en", 25),
    ("hhrlhf", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen", "en", 25),
    ("hatecheck", "moderation/hatecheck_en_test_suite_cases.csv", "test_case", "en", 20),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_german.csv", "test_case", "de", 7),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_french.csv", "test_case", "fr", 7),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_spanish.csv", "test_case", "es", 7),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_italian.csv", "test_case", "it", 7),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_dutch.csv", "test_case", "nl", 6),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_portuguese.csv", "test_case", "pt", 6),
]
_LONG_RUN = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")


def _rows(path, field):
    if path.endswith(".csv"):
        with open(DATA / path, newline="", encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield i, row[field]
        return
    opener = gzip.open if path.endswith(".gz") else open
    with opener(DATA / path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield i, json.loads(line)[field]


def acceptable(text):
    if len(text) > 1500 or not re.search(r"\d", text):
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low:
        return False
    if _LONG_RUN.search(text):
        return False
    return clean(text)


def corpus_records(rng):
    """(record, source, language) for each corpus negative, rows drawn with the seed."""
    out = []
    for src, path, field, lang, n in SOURCES:
        ok = [(i, t) for i, t in _rows(path, field) if acceptable(t)]
        for i, text in sorted(rng.sample(ok, n)):
            out.append(
                ({"id": "%s-%s-%d" % (src, lang, i), "locale": lang, "text": text, "spans": []}, src, lang)
            )
    return out
