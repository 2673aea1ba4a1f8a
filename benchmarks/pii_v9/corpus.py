"""Corpus negatives: untouched public texts with numbers in them, from /work/shared/data (see SOURCES.md)."""

import csv
import gzip
import json
import os
import re

from .guards import trips

DATA = os.environ.get("PII_V9_SHARED_DATA", "/work/shared/data")

# (source name, file, text field, how many)
SOURCES = [
    ("gsm8k", "math/gsm8k_test.jsonl", "question", 40),
    ("aime24", "math/aime24_test.jsonl", "problem", 15),
    ("amc23", "math/amc23_test.jsonl", "problem", 20),
    ("humaneval", "code/HumanEval.jsonl.gz", "prompt", 25),
    ("hatecheck", "moderation/hatecheck_en_test_suite_cases.csv", "test_case", 25),
    ("moderation", "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", 25),
]

_GROUPED = re.compile(r"\d(?:[\d \-.()/]*\d)?")


def _rows(path, field):
    full = os.path.join(DATA, path)
    if path.endswith(".csv"):
        with open(full, newline="", encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield i, row[field]
        return
    opener = gzip.open if path.endswith(".gz") else open
    with opener(full, "rt", encoding="utf-8") as fh:
        for i, raw in enumerate(fh):
            yield i, json.loads(raw)[field]


def eligible(text):
    """At most 1,500 characters, a digit, no '@'/'http'/'www.', no seven digits in one run or grouped run."""
    if len(text) > 1500 or not re.search(r"\d", text):
        return False
    if "@" in text or "http" in text or "www." in text:
        return False
    for m in _GROUPED.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= 7:
            return False
    return trips(text) is None


def corpus_records(rng):
    out = []
    for source, path, field, n in SOURCES:
        pool = [(i, t) for i, t in _rows(path, field) if eligible(t)]
        for i, text in sorted(rng.sample(pool, n)):
            out.append({"id": "%s-en-%d" % (source, i), "locale": "en", "text": text, "spans": []})
    return out
