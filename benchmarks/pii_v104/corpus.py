"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
LONG_RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
HOME = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def ok(text, locale):
    if len(text) > 1500 or not text.strip():
        return False
    if "@" in text or "http" in text or "www." in text or LONG_RUN.search(text):
        return False
    return not negs.phone_hits(text, HOME[locale]) and not negs.guard_hits(text)


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f]


def _csv(path, text_field, label_field):
    with open(path, encoding="utf-8", newline="") as f:
        return [(r[text_field], r[label_field]) for r in csv.DictReader(f)]


def take(rng, rows, n, locale, source, language):
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i in order:
        if len(out) == n:
            break
        if ok(rows[i], locale):
            out.append({"id": f"{source}-{language}-{i}", "locale": locale, "text": rows[i], "spans": []})
    return out


def corpus_docs(rng):
    docs = []
    docs += take(rng, _jsonl(DATA / "math/math500_test.jsonl", "problem"), 35, "en_US", "math500", "en")
    docs += take(rng, _jsonl(DATA / "math/amc23_test.jsonl", "problem"), 15, "en_US", "amc23", "en")
    rows = _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv", "test_case", "label_gold")
    rows = [t if lab == "non-hateful" else "" for t, lab in rows]
    docs += take(rng, rows, 20, "en_US", "hatecheck", "en")
    for lang, locale in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        rows = [t if lab == "non-hateful" else "" for t, lab in _csv(path, "test_case", "label_gold")]
        docs += take(rng, rows, 8, locale, "mhc", lang)
    return docs
