# ruff: noqa: E501
"""Corpus negatives: untouched texts from /work/shared/data, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import guard_hits

DATA = Path("/work/shared/data")
_RUN = re.compile(r"\d(?:[\d \t\-./()]*\d)?")

# (source id, language, locale, path, loader, count)
SOURCES = [
    ("gsm8k", "en", "en_US", "math/gsm8k_train.jsonl", "jsonl:question", 22),
    ("math500", "en", "en_US", "math/math500_test.jsonl", "jsonl:problem", 12),
    ("aime24", "en", "en_US", "math/aime24_test.jsonl", "jsonl:problem", 4),
    ("amc23", "en", "en_US", "math/amc23_test.jsonl", "jsonl:question", 4),
    ("humaneval", "en", "en_US", "code/HumanEval.jsonl.gz", "jsonl:prompt", 10),
    ("hhrlhf", "en", "en_US", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "jsonl:rejected", 20),
    ("oaimod", "en", "en_US", "moderation/openai_moderation_samples-1680.jsonl.gz", "jsonl:prompt", 14),
    ("hatecheck", "en", "en_US", "moderation/hatecheck_en_test_suite_cases.csv", "csv:test_case", 16),
    (
        "mhc",
        "de",
        "de_DE",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_german.csv",
        "csv:test_case",
        8,
    ),
    (
        "mhc",
        "fr",
        "fr_FR",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_french.csv",
        "csv:test_case",
        8,
    ),
    (
        "mhc",
        "es",
        "es_ES",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_spanish.csv",
        "csv:test_case",
        8,
    ),
    (
        "mhc",
        "it",
        "it_IT",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_italian.csv",
        "csv:test_case",
        8,
    ),
    (
        "mhc",
        "nl",
        "nl_NL",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_dutch.csv",
        "csv:test_case",
        8,
    ),
    (
        "mhc",
        "pt",
        "pt_BR",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_portuguese.csv",
        "csv:test_case",
        8,
    ),
]


def _rows(path, loader):
    kind, field = loader.split(":")
    p = DATA / path
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8", newline="") as f:
        if kind == "jsonl":
            for i, line in enumerate(f):
                v = json.loads(line).get(field)
                yield i, v if isinstance(v, str) else None
        else:
            for i, row in enumerate(csv.DictReader(f)):
                yield i, row.get(field)


def ok(text):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if any(sum(ch.isdigit() for ch in m.group()) >= 7 for m in _RUN.finditer(text)):
        return False
    return not guard_hits(text)


def corpus_docs(rng):
    docs = []
    for src, lang, loc, path, loader, n in SOURCES:
        cands = [(i, t) for i, t in _rows(path, loader) if ok(t)]
        for i, t in rng.sample(cands, n):
            docs.append({"id": f"{src}-{lang}-{i}", "locale": loc, "text": t, "spans": []})
    return docs
