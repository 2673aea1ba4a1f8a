"""Corpus negatives for v19: real texts from /work/shared/data, untouched, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import problems

DATA = Path("/work/shared/data")
# (source key, language, file, how to read, text field, count)
PLAN = (
    ("gsm8ktest", "en", "math/gsm8k_test.jsonl", "jsonl", "question", 40),
    ("oaimod", "en", "moderation/openai_moderation_samples-1680.jsonl.gz", "jsonl", "prompt", 30),
    ("amc23", "en", "math/amc23_test.jsonl", "jsonl", "question", 15),
    ("aime24", "en", "math/aime24_test.jsonl", "jsonl", "problem", 10),
    ("humaneval", "en", "code/HumanEval.jsonl.gz", "jsonl", "prompt", 15),
    (
        "mhc",
        "de",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_german.csv",
        "csv",
        "test_case",
        7,
    ),
    (
        "mhc",
        "fr",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_french.csv",
        "csv",
        "test_case",
        7,
    ),
    (
        "mhc",
        "es",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_spanish.csv",
        "csv",
        "test_case",
        7,
    ),
    (
        "mhc",
        "it",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_italian.csv",
        "csv",
        "test_case",
        7,
    ),
    ("mhc", "nl", "moderation/multilingual_hatecheck/hatecheck_cases_final_dutch.csv", "csv", "test_case", 6),
    (
        "mhc",
        "pt",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_portuguese.csv",
        "csv",
        "test_case",
        6,
    ),
)
_LONG = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")


def _rows(path, how, field):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        if how == "csv":
            for i, row in enumerate(csv.DictReader(fh)):
                yield i, row.get(field) or ""
        else:
            for i, line in enumerate(fh):
                yield i, str(json.loads(line).get(field) or "")


def acceptable(text):
    if not text or len(text) > 1500 or not re.search(r"\d", text):
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low:
        return False
    return not _LONG.search(text) and not problems(text)


def records(rng):
    out = []
    for key, lang, rel, how, field, count in PLAN:
        rows = [(i, t) for i, t in _rows(DATA / rel, how, field) if acceptable(t)]
        for i, text in sorted(rng.sample(rows, count)):
            out.append({"id": f"{key}-{lang}-{i}", "locale": lang, "text": text, "spans": []})
    return out
