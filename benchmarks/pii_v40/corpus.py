"""Corpus negatives: untouched rows of /work/shared/data, screened so they hold nothing PII-like."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import screen

DATA = Path("/work/shared/data")
MHC = DATA / "moderation" / "multilingual_hatecheck"
DIGIT_RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")

# (source id, language, locale, how many)
PLAN = [
    ("gsm8ktest", "en", "en_US", 40),
    ("amc23", "en", "en_US", 12),
    ("aime24", "en", "en_US", 8),
    ("hhrejected", "en", "en_US", 22),
    ("moderation", "en", "en_GB", 16),
    ("hatecheck", "en", "en_GB", 16),
    ("mhc", "de", "de_DE", 9),
    ("mhc", "fr", "fr_FR", 9),
    ("mhc", "es", "es_ES", 9),
    ("mhc", "it", "it_IT", 9),
    ("mhc", "nl", "nl_NL", 9),
    ("mhc", "pt", "pt_BR", 9),
]
MHC_FILE = {
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
}


def _jsonl(path, key):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[key] for line in fh]


def rows(source, lang):
    if source == "gsm8ktest":
        return _jsonl(DATA / "math" / "gsm8k_test.jsonl", "question")
    if source == "amc23":
        return _jsonl(DATA / "math" / "amc23_test.jsonl", "question")
    if source == "aime24":
        return _jsonl(DATA / "math" / "aime24_test.jsonl", "problem")
    if source == "hhrejected":
        return _jsonl(DATA / "moderation" / "hh-rlhf_harmless-base_test.jsonl.gz", "rejected")
    if source == "moderation":
        return _jsonl(DATA / "moderation" / "openai_moderation_samples-1680.jsonl.gz", "prompt")
    path = (
        DATA / "moderation" / "hatecheck_en_test_suite_cases.csv"
        if source == "hatecheck"
        else MHC / ("hatecheck_cases_final_%s.csv" % MHC_FILE[lang])
    )
    with open(path, encoding="utf-8", newline="") as fh:
        return [r["test_case"] for r in csv.DictReader(fh)]


def clean(text, region):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if DIGIT_RUN.search(text) or screen.guard_hits(text):
        return False
    return not screen.phone_hits(text, sorted({region, "US", "GB"}))


def pick(rng):
    out = []
    for source, lang, locale, k in PLAN:
        data = rows(source, lang)
        region = locale[-2:]
        order = list(range(len(data)))
        rng.shuffle(order)
        got = 0
        for i in order:
            if got == k:
                break
            if clean(data[i], region):
                out.append(
                    {"id": "%s-%s-%d" % (source, lang, i), "locale": locale, "text": data[i], "spans": []}
                )
                got += 1
    return out
