"""Corpus negatives: 150 untouched texts from /work/shared/data (see SOURCES.md), none used by v10.

Sources and counts: GSM8K test questions 45 (openai/grade-school-math, MIT), AIME 2024 problems 12 and
AMC 2023 problems 13 (QwenLM/Qwen2.5-Math evaluation data, MIT), OpenAI moderation samples 35
(openai/moderation-api-release, MIT) and Multilingual HateCheck cases 45 (rewire-online/
multilingual-hatecheck, CC BY 4.0; German, French, Spanish, Italian, Dutch and Portuguese, 8 or 7 each).
Screening: at most 1,500 characters, at least one digit, no "@", "http" or "www.", no seven or more
digits in one run or in one run of digits joined by spaces, dashes, dots, slashes or parentheses, and
nothing the guards flag. Row = 0-based line of the (decompressed) JSONL file or 0-based data row of the CSV.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
from pathlib import Path

from .guards import problems

DATA = Path("/work/shared/data")
_JOINED = re.compile(r"\d(?:[\d \-./()]*\d)?")

# (source key, language, path, text field, how many)
SOURCES = (
    ("gsm8ktest", "en", "math/gsm8k_test.jsonl", "question", 45),
    ("aime24", "en", "math/aime24_test.jsonl", "problem", 12),
    ("amc23", "en", "math/amc23_test.jsonl", "problem", 13),
    ("oaimod", "en", "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", 35),
    ("mhc", "de", "moderation/multilingual_hatecheck/hatecheck_cases_final_german.csv", "test_case", 8),
    ("mhc", "fr", "moderation/multilingual_hatecheck/hatecheck_cases_final_french.csv", "test_case", 8),
    ("mhc", "es", "moderation/multilingual_hatecheck/hatecheck_cases_final_spanish.csv", "test_case", 8),
    ("mhc", "it", "moderation/multilingual_hatecheck/hatecheck_cases_final_italian.csv", "test_case", 7),
    ("mhc", "nl", "moderation/multilingual_hatecheck/hatecheck_cases_final_dutch.csv", "test_case", 7),
    ("mhc", "pt", "moderation/multilingual_hatecheck/hatecheck_cases_final_portuguese.csv", "test_case", 7),
)


def eligible(text: str) -> bool:
    if not text or len(text) > 1500 or not re.search(r"\d", text):
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low:
        return False
    for m in _JOINED.finditer(text):
        if len(re.sub(r"\D", "", m.group())) >= 7:
            return False
    return not problems(text)


def _rows(path: Path, field: str) -> list[tuple[int, str]]:
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as f:
            return [(i, row[field]) for i, row in enumerate(csv.DictReader(f))]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [(i, json.loads(line).get(field) or "") for i, line in enumerate(f) if line.strip()]


def corpus_records(rng: random.Random) -> list[dict]:
    out = []
    for key, lang, rel, field, count in SOURCES:
        rows = [(i, t) for i, t in _rows(DATA / rel, field) if eligible(t)]
        if len(rows) < count:
            raise RuntimeError(f"{rel}: only {len(rows)} eligible texts")
        for i, text in sorted(rng.sample(rows, count)):
            out.append({"id": f"{key}-{lang}-{i}", "locale": lang, "text": text, "spans": []})
    return out
