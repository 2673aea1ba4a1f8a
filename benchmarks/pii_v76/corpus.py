"""Corpus negatives, taken untouched from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
REGIONS = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or not text.strip():
        return False
    if RUN7.search(text):
        return False
    return not (negs.guard_hits(text) or negs.phone_hits(text, REGIONS[locale]))


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f]


def _csv(path, keep):
    with open(path, encoding="utf-8", newline="") as f:
        return [(i, r["test_case"]) for i, r in enumerate(csv.DictReader(f)) if keep(r)]


def sources():
    """(source, language, locale, wanted, [(row, text), ...])"""
    out = [
        ("math500", "en", "en_US", 30, list(enumerate(_jsonl(DATA / "math/math500_test.jsonl", "problem")))),
        ("amc23", "en", "en_US", 15, list(enumerate(_jsonl(DATA / "math/amc23_test.jsonl", "question")))),
        (
            "hatecheck",
            "en",
            "en_US",
            20,
            _csv(
                DATA / "moderation/hatecheck_en_test_suite_cases.csv",
                lambda r: r["label_gold"] == "non-hateful",
            ),
        ),
    ]
    for lang, loc in MHC.items():
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang)
        out.append(("mhc", lang, loc, 10, _csv(path, lambda r: r["label_gold"] == "non-hateful")))
    return out


def corpus_docs(rng):
    docs = []
    for src, lang, loc, wanted, rows in sources():
        order = list(range(len(rows)))
        rng.shuffle(order)
        got = 0
        for i in order:
            row, text = rows[i]
            if clean(text, loc):
                docs.append({"id": "%s-%s-%d" % (src, lang, row), "locale": loc, "text": text, "spans": []})
                got += 1
                if got == wanted:
                    break
    return docs
