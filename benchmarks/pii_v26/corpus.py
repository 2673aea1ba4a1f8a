"""Untouched corpus texts from /work/shared/data as negatives, screened so that they hold nothing to find."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import guard_hits

DATA = Path("/work/shared/data")
# (source id, language, locale, file, field, how many)
MHC = "moderation/multilingual_hatecheck/hatecheck_cases_final_"
SOURCES = (
    ("gsm8k_train", "en", "en_US", "math/gsm8k_train.jsonl", "question", 30),
    ("math500", "en", "en_US", "math/math500_test.jsonl", "problem", 15),
    ("aime24", "en", "en_US", "math/aime24_test.jsonl", "problem", 3),
    ("amc23", "en", "en_US", "math/amc23_test.jsonl", "problem", 3),
    ("humaneval", "en", "en_US", "code/HumanEval.jsonl.gz", "prompt", 13),
    ("hh_rlhf_rejected", "en", "en_US", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rejected", 20),
    ("openai_moderation", "en", "en_US", "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", 20),
    ("hatecheck", "en", "en_US", "moderation/hatecheck_en_test_suite_cases.csv", "test_case", 10),
    ("mhc", "de", "de_DE", MHC + "german.csv", "test_case", 6),
    ("mhc", "fr", "fr_FR", MHC + "french.csv", "test_case", 6),
    ("mhc", "es", "es_ES", MHC + "spanish.csv", "test_case", 6),
    ("mhc", "it", "it_IT", MHC + "italian.csv", "test_case", 6),
    ("mhc", "nl", "nl_NL", MHC + "dutch.csv", "test_case", 6),
    ("mhc", "pt", "pt_BR", MHC + "portuguese.csv", "test_case", 6),
)
DIGIT_RUN = re.compile(r"\d[\d \t\-./()]*")


def _rows(path, field):
    p = DATA / path
    if p.suffix == ".csv":
        with open(p, newline="", encoding="utf-8") as f:
            return [r[field] for r in csv.DictReader(f)]
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def screened(text):
    if len(text) > 1500 or not text.strip():
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low:
        return False
    for m in DIGIT_RUN.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= 7:
            return False
    return not guard_hits(text)


def select(rng):
    """Returns records (id, locale, text, spans) and their source names, in a fixed order."""
    out = []
    for source, lang, locale, path, field, n in SOURCES:
        rows = _rows(path, field)
        order = list(range(len(rows)))
        rng.shuffle(order)
        taken = 0
        for row in order:
            if taken == n:
                break
            if screened(rows[row]):
                out.append(
                    (
                        {"id": f"{source}-{lang}-{row}", "locale": locale, "text": rows[row], "spans": []},
                        f"{source}-{lang}",
                    )
                )
                taken += 1
        assert taken == n, source
    return out
