"""Corpus negatives for v88, taken untouched from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
REG = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def _clean(text, locale):
    if not text.strip() or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, REG[locale])


def _jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def _csv(path, field, label_field="label_gold"):
    with open(path, encoding="utf-8", newline="") as fh:
        return [(row[field] if row[label_field] == "non-hateful" else None) for row in csv.DictReader(fh)]


def take(rng, items, n, source, lang, locale):
    rows = [i for i, t in enumerate(items) if t is not None]
    rng.shuffle(rows)
    out = []
    for row in rows:
        if len(out) == n:
            break
        if _clean(items[row], locale):
            out.append({"id": f"{source}-{lang}-{row}", "locale": locale, "text": items[row], "spans": []})
    return out


def build(rng):
    docs = []
    docs += take(rng, _jsonl(f"{DATA}/math/math500_test.jsonl", "problem"), 35, "math500", "en", "en_US")
    docs += take(rng, _jsonl(f"{DATA}/math/amc23_test.jsonl", "problem"), 12, "amc23", "en", "en_US")
    docs += take(
        rng,
        _csv(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", "test_case"),
        20,
        "hatecheck",
        "en",
        "en_US",
    )
    for lang, locale in MHC.items():
        path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        docs += take(rng, _csv(path, "test_case"), 9, "mhc", lang, locale)
    return docs
