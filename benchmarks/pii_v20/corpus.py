"""Corpus negatives: real texts from /work/shared/data, untouched, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import trips

DATA = Path("/work/shared/data")
_LONG = re.compile(r"\d(?:[ \t\-./()]{0,2}\d){6,}")
# source: (file, language, field, count)
PLAN = [
    ("gsm8ktrain", "math/gsm8k_train.jsonl", "en", "question", 40),
    ("math500", "math/math500_test.jsonl", "en", "problem", 30),
    ("hhrlhf", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "en", "chosen", 25),
    ("hatecheck", "moderation/hatecheck_en_test_suite_cases.csv", "en", "test_case", 20),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_german.csv", "de", "test_case", 6),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_french.csv", "fr", "test_case", 6),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_spanish.csv", "es", "test_case", 6),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_italian.csv", "it", "test_case", 6),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_dutch.csv", "nl", "test_case", 6),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_portuguese.csv", "pt", "test_case", 5),
]


def _rows(path, field):
    p = DATA / path
    if path.endswith(".csv"):
        with open(p, newline="", encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield i, row[field]
        return
    opener = gzip.open if path.endswith(".gz") else open
    with opener(p, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield i, json.loads(line)[field]


def ok(text):
    if not text or len(text) > 1500 or not re.search(r"\d", text):
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low or _LONG.search(text):
        return False
    return not trips(text)


def corpus_records(rng):
    out = []
    for src, path, lang, field, k in PLAN:
        cands = [(i, t) for i, t in _rows(path, field) if ok(t)]
        for i, t in sorted(rng.sample(cands, k)):
            out.append({"id": f"{src}-{lang}-{i}", "locale": lang, "text": t, "spans": []})
    return out
