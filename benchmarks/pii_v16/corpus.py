"""Corpus negatives of v16: real texts from /work/shared/data, untouched, screened. Files v15 did not use
where possible (GSM8K train, MATH-500, hh-rlhf harmless-base, English HateCheck); the multilingual
HateCheck files are the only source in German, French, Spanish, Italian, Dutch and Portuguese."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import problems

DATA = Path("/work/shared/data")
# (source id, language, path, field, how many)
SOURCES = [
    ("gsm8k_train", "en", "math/gsm8k_train.jsonl", "question", 35),
    ("math500", "en", "math/math500_test.jsonl", "problem", 25),
    ("hh_rlhf_harmless", "en", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen", 25),
    ("hatecheck_en", "en", "moderation/hatecheck_en_test_suite_cases.csv", "test_case", 20),
    ("mhc", "de", "moderation/multilingual_hatecheck/hatecheck_cases_final_german.csv", "test_case", 8),
    ("mhc", "fr", "moderation/multilingual_hatecheck/hatecheck_cases_final_french.csv", "test_case", 8),
    ("mhc", "es", "moderation/multilingual_hatecheck/hatecheck_cases_final_spanish.csv", "test_case", 8),
    ("mhc", "it", "moderation/multilingual_hatecheck/hatecheck_cases_final_italian.csv", "test_case", 7),
    ("mhc", "nl", "moderation/multilingual_hatecheck/hatecheck_cases_final_dutch.csv", "test_case", 7),
    ("mhc", "pt", "moderation/multilingual_hatecheck/hatecheck_cases_final_portuguese.csv", "test_case", 7),
]
_LONG = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")


def _rows(path, field):
    p = DATA / path
    if p.suffix == ".csv":
        with open(p, encoding="utf-8", newline="") as fh:
            return [row[field] for row in csv.DictReader(fh)]
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh]


def acceptable(text):
    """Screen: at most 1,500 characters, a digit, no '@', 'http' or 'www.', no seven or more digits in one
    run or in one run joined by spaces, tabs, dashes, dots, slashes or parentheses, nothing the guards
    flag."""
    if len(text) > 1500 or not re.search(r"\d", text):
        return False
    if "@" in text or "http" in text or "www." in text:
        return False
    if _LONG.search(text):
        return False
    return not problems(text)


def corpus_records(rng):
    out = []
    for source, lang, path, field, n in SOURCES:
        rows = _rows(path, field)
        ok = [i for i, t in enumerate(rows) if acceptable(t)]
        for i in sorted(rng.sample(ok, n)):
            out.append({"id": f"{source}-{lang}-{i}", "locale": lang, "text": rows[i], "spans": []})
    return out


def screened_counts():
    return {(s, lang): sum(1 for t in _rows(p, f) if acceptable(t)) for s, lang, p, f, _ in SOURCES}
