"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data/"
DIGITS7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
REGION = {
    "en_US": "US",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
}


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or DIGITS7.search(text):
        return False
    return not negs.doc_dirty(text, [], [REGION[locale], "US", "GB"])


def _jsonl(path, field):
    with open(DATA + path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh]


def _csv(path, col):
    with open(DATA + path, encoding="utf-8", newline="") as fh:
        return [(r[col], r["label_gold"]) for r in csv.DictReader(fh)]


def pick(rng, rows, n, source, lang, locale):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if len(out) == n:
            break
        text = rows[i]
        if text and text.strip() and clean(text, locale):
            out.append({"id": f"{source}-{lang}-{i}", "locale": locale, "text": text, "spans": []})
    return out


def corpus_docs(rng):
    docs = []
    docs += pick(rng, _jsonl("math/math500_test.jsonl", "problem"), 30, "math500", "en", "en_US")
    docs += pick(rng, _jsonl("math/amc23_test.jsonl", "problem"), 15, "amc23", "en", "en_US")
    rows = _csv("moderation/hatecheck_en_test_suite_cases.csv", "test_case")
    docs += pick(rng, [t if lab == "non-hateful" else "" for t, lab in rows], 15, "hatecheck", "en", "en_US")
    for lang, loc in MHC.items():
        rows = _csv(f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv", "test_case")
        docs += pick(rng, [t if lab == "non-hateful" else "" for t, lab in rows], 10, "mhc", lang, loc)
    return docs
