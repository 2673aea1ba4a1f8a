"""Corpus negatives for v34: untouched texts from /work/shared/data, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import screen

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")
LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_PT",
}
REGION = {"en": ["US"], "de": ["DE"], "fr": ["FR"], "es": ["ES"], "it": ["IT"], "nl": ["NL"], "pt": ["PT"]}


def _jsonl(path, key):
    op = gzip.open if str(path).endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)[key] for line in f]


def _csv(path, key):
    with open(path, encoding="utf-8", newline="") as f:
        return [row[key] for row in csv.DictReader(f)]


def sources():
    mh = DATA / "moderation" / "multilingual_hatecheck"
    return [
        ("gsm8k", "en", lambda: _jsonl(DATA / "math" / "gsm8k_train.jsonl", "question"), 12),
        ("math500", "en", lambda: _jsonl(DATA / "math" / "math500_test.jsonl", "problem"), 8),
        ("aime24", "en", lambda: _jsonl(DATA / "math" / "aime24_test.jsonl", "problem"), 3),
        ("amc23", "en", lambda: _jsonl(DATA / "math" / "amc23_test.jsonl", "problem"), 3),
        ("humaneval", "en", lambda: _jsonl(DATA / "code" / "HumanEval.jsonl.gz", "prompt"), 8),
        (
            "hhrlhf",
            "en",
            lambda: _jsonl(DATA / "moderation" / "hh-rlhf_harmless-base_test.jsonl.gz", "rejected"),
            14,
        ),
        (
            "oaimod",
            "en",
            lambda: _jsonl(DATA / "moderation" / "openai_moderation_samples-1680.jsonl.gz", "prompt"),
            12,
        ),
        (
            "hatecheck",
            "en",
            lambda: _csv(DATA / "moderation" / "hatecheck_en_test_suite_cases.csv", "test_case"),
            10,
        ),
        ("mhc", "de", lambda: _csv(mh / "hatecheck_cases_final_german.csv", "test_case"), 15),
        ("mhc", "fr", lambda: _csv(mh / "hatecheck_cases_final_french.csv", "test_case"), 15),
        ("mhc", "es", lambda: _csv(mh / "hatecheck_cases_final_spanish.csv", "test_case"), 15),
        ("mhc", "it", lambda: _csv(mh / "hatecheck_cases_final_italian.csv", "test_case"), 15),
        ("mhc", "nl", lambda: _csv(mh / "hatecheck_cases_final_dutch.csv", "test_case"), 15),
        ("mhc", "pt", lambda: _csv(mh / "hatecheck_cases_final_portuguese.csv", "test_case"), 15),
    ]


def ok(text, lang):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not screen.phone_hits(text, REGION[lang]) and not screen.guard_hits(text)


def corpus_records(rng):
    out = []
    for name, lang, load, n in sources():
        rows = load()
        order = list(range(len(rows)))
        rng.shuffle(order)
        got = 0
        for i in order:
            if got == n:
                break
            if ok(rows[i], lang):
                out.append(
                    {"id": "%s-%s-%d" % (name, lang, i), "locale": LOCALE[lang], "text": rows[i], "spans": []}
                )
                got += 1
    return out
