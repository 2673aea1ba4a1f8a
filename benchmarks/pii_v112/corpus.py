"""Corpus negatives for v112: untouched texts from /work/shared/data, screened for anything PII-shaped."""

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
HOME = {
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
    "en_US": ["US", "GB"],
}


def ok(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, HOME[locale])


def _take(rows, n, locale, source):
    out = []
    for row, text in rows:
        if ok(text, locale):
            out.append({"id": f"{source}-{row}", "locale": locale, "text": text, "spans": []})
            if len(out) == n:
                break
    return out


def _jsonl(name, field, step):
    with open(DATA / "math" / name, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    return [(i, json.loads(line)[field]) for i, line in enumerate(lines) if i % step == 0]


def _csv(path, field="test_case", label="label_gold"):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [(i, r[field]) for i, r in enumerate(rows) if r[label] == "non-hateful" and i % 7 == 3]


def records():
    recs = _take(_jsonl("math500_test.jsonl", "problem", 9), 30, "en_US", "math500-en")
    recs += _take(_jsonl("amc23_test.jsonl", "problem", 1), 10, "en_US", "amc23-en")
    recs += _take(
        _csv(DATA / "moderation" / "hatecheck_en_test_suite_cases.csv"), 20, "en_US", "hatecheck-en"
    )
    for lang, locale in MHC.items():
        path = DATA / "moderation" / "multilingual_hatecheck" / f"hatecheck_cases_final_{lang}.csv"
        recs += _take(_csv(path), 10, locale, f"mhc-{lang}")
    return recs
