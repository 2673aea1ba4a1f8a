"""Corpus negatives: untouched public texts from /work/shared/data (see SOURCES.md), screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import trips

DATA = Path("/work/shared/data")
LONG_DIGITS = re.compile(r"\d(?:[\s\-./()]*\d){6,}")

# (id prefix, language, file, reader, field, how many)
SOURCES = [
    ("gsm8k_train", "en", "math/gsm8k_train.jsonl", "jsonl", "question", 45),
    ("math500", "en", "math/math500_test.jsonl", "jsonl", "problem", 25),
    ("hh_rlhf_harmless", "en", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "jsonl", "chosen", 35),
    ("hatecheck_en", "en", "moderation/hatecheck_en_test_suite_cases.csv", "csv", "test_case", 15),
] + [
    (
        "mhc_" + lang,
        code,
        "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang,
        "csv",
        "test_case",
        5,
    )
    for lang, code in (
        ("german", "de"),
        ("french", "fr"),
        ("spanish", "es"),
        ("italian", "it"),
        ("dutch", "nl"),
        ("portuguese", "pt"),
    )
]


def rows(path, reader, field):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        if reader == "jsonl":
            for i, line in enumerate(fh):
                yield i, json.loads(line)[field]
        else:
            for i, row in enumerate(csv.DictReader(fh)):
                yield i, row[field]


def acceptable(text):
    if not text or len(text) > 1500 or not re.search(r"\d", text):
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low:
        return False
    return not LONG_DIGITS.search(text) and trips(text) is None


def corpus_records(rng):
    out = []
    for prefix, lang, rel, reader, field, n in SOURCES:
        pool = [(i, t) for i, t in rows(DATA / rel, reader, field) if acceptable(t)]
        for i, text in sorted(rng.sample(pool, n)):
            out.append({"id": "%s-%s-%d" % (prefix, lang, i), "locale": lang, "text": text, "spans": []})
    return out, {p: n for p, _l, _r, _rd, _f, n in SOURCES}
