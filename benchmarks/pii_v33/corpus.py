"""Corpus negatives for v33, untouched rows of /work/shared/data (see SOURCES.md there), screened."""

import csv
import gzip
import json
import re

from . import screen

DATA = "/work/shared/data/"
RUN7 = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")
SOURCES = [  # (id prefix, language, locale, path, field, how many)
    ("gsm8k", "en", "en_US", "math/gsm8k_train.jsonl", "question", 25),
    ("math500", "en", "en_US", "math/math500_test.jsonl", "problem", 12),
    ("aime24", "en", "en_US", "math/aime24_test.jsonl", "problem", 5),
    ("amc23", "en", "en_US", "math/amc23_test.jsonl", "question", 5),
    ("humaneval", "en", "en_US", "code/HumanEval.jsonl.gz", "prompt", 10),
    ("hh", "en", "en_US", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rejected", 18),
    ("oaimod", "en", "en_US", "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", 15),
    ("hatecheck", "en", "en_GB", "moderation/hatecheck_en_test_suite_cases.csv", "test_case", 12),
] + [
    ("mhc", lg, loc, "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % name, "test_case", 8)
    for lg, loc, name in [
        ("de", "de_DE", "german"),
        ("fr", "fr_FR", "french"),
        ("es", "es_ES", "spanish"),
        ("it", "it_IT", "italian"),
        ("nl", "nl_NL", "dutch"),
        ("pt", "pt_BR", "portuguese"),
    ]
]


def _rows(path, field):
    full = DATA + path
    if path.endswith(".csv"):
        with open(full, newline="", encoding="utf-8") as fh:
            return [r.get(field, "") for r in csv.DictReader(fh)]
    opener = gzip.open if path.endswith(".gz") else open
    with opener(full, "rt", encoding="utf-8") as fh:
        return [json.loads(line).get(field, "") or "" for line in fh]


def ok(text, region):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not screen.guard_hits(text) and not screen.phone_hits(text, [region])


def corpus_records(rng):
    out = []
    for pre, lg, loc, path, field, k in SOURCES:
        rows = _rows(path, field)
        order = list(range(len(rows)))
        rng.shuffle(order)
        got = 0
        for i in order:
            if got == k:
                break
            if ok(rows[i], loc[-2:]):
                out.append({"id": "%s-%s-%d" % (pre, lg, i), "locale": loc, "text": rows[i], "spans": []})
                got += 1
    return out
