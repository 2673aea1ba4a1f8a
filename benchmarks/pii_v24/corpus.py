"""Untouched corpus negatives for v24, read from /work/shared/data and screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from .others import guard_hits

DATA = Path("/work/shared/data")
MHC = DATA / "moderation" / "multilingual_hatecheck"
LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
}
DIGIT_RUN = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")

# (source id, language, file, field, how many)
SOURCES = [
    ("gsm8k_test", "en", "math/gsm8k_test.jsonl", "question", 30),
    ("math500", "en", "math/math500_test.jsonl", "problem", 15),
    ("aime24", "en", "math/aime24_test.jsonl", "problem", 2),
    ("amc23", "en", "math/amc23_test.jsonl", "problem", 2),
    ("humaneval", "en", "code/HumanEval.jsonl.gz", "prompt", 15),
    ("hh_rlhf_harmless", "en", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen", 20),
    ("openai_moderation", "en", "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", 20),
    ("hatecheck", "en", "moderation/hatecheck_en_test_suite_cases.csv", "test_case", 10),
] + [
    ("mhc", lang, "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % name, "test_case", 6)
    for lang, name in (
        ("de", "german"),
        ("fr", "french"),
        ("es", "spanish"),
        ("it", "italian"),
        ("nl", "dutch"),
        ("pt", "portuguese"),
    )
]


def _rows(path, field):
    p = DATA / path
    if p.suffix == ".csv":
        with open(p, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                yield row[field]
        return
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)[field]


def ok(text):
    if not text or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text:
        return False
    if DIGIT_RUN.search(text):
        return False
    return not guard_hits(text)


def corpus_records(rng):
    out = []
    for src, lang, path, field, n in SOURCES:
        rows = [(i, t) for i, t in enumerate(_rows(path, field)) if ok(t)]
        for i, t in sorted(rng.sample(rows, n)):
            out.append(
                (
                    {"id": "%s-%s-%d" % (src, lang, i), "locale": LOCALE[lang], "text": t, "spans": []},
                    src + "-" + lang,
                )
            )
    return out
