"""Corpus negatives: real texts from /work/shared/data, untouched, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import problems

DATA = Path("/work/shared/data")
LONG_DIGITS = re.compile(r"\d(?:[ \t\-./()]*\d){6}")
# (source id, file, language, field, how many)
PLAN = [
    ("gsm8kt", "math/gsm8k_test.jsonl", "en", "question", 40),
    ("oaimod", "moderation/openai_moderation_samples-1680.jsonl.gz", "en", "prompt", 30),
    ("aime24", "math/aime24_test.jsonl", "en", "problem", 10),
    ("amc23", "math/amc23_test.jsonl", "en", "question", 15),
    ("humaneval", "code/HumanEval.jsonl.gz", "en", "prompt", 15),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_german.csv", "de", "test_case", 7),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_french.csv", "fr", "test_case", 7),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_spanish.csv", "es", "test_case", 7),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_italian.csv", "it", "test_case", 7),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_dutch.csv", "nl", "test_case", 6),
    ("mhc", "moderation/multilingual_hatecheck/hatecheck_cases_final_portuguese.csv", "pt", "test_case", 6),
]


def _rows(path, field):
    if path.endswith(".csv"):
        with open(DATA / path, newline="", encoding="utf-8") as fh:
            return [r[field] for r in csv.DictReader(fh)]
    opener = gzip.open if path.endswith(".gz") else open
    with opener(DATA / path, "rt", encoding="utf-8") as fh:
        return [json.loads(ln).get(field) or "" for ln in fh]


def acceptable(text):
    if not text or len(text) > 1500 or not re.search(r"\d", text):
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low or LONG_DIGITS.search(text):
        return False
    return problems(text) is None


def corpus_records(rng):
    out = []
    for source, path, lang, field, count in PLAN:
        rows = _rows(path, field)
        order = list(range(len(rows)))
        rng.shuffle(order)
        taken = 0
        for i in order:
            if taken == count:
                break
            if acceptable(rows[i]):
                out.append(
                    {"id": "%s-%s-%d" % (source, lang, i), "locale": lang, "text": rows[i], "spans": []}
                )
                taken += 1
        assert taken == count, (path, taken)
    return out
