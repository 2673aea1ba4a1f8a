"""Corpus negatives for v78 from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data/"
SEP_RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
REGIONS = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "en_US": "US",
}


def ok(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or SEP_RUN.search(text):
        return False
    regions = tuple(dict.fromkeys([REGIONS[locale], "US", "GB"]))
    return not negs.phone_hits(text, regions) and not negs.guard_hits(text)


def _jsonl(path, field):
    with open(DATA + path, encoding="utf-8") as f:
        return [(i, json.loads(line)[field]) for i, line in enumerate(f) if line.strip()]


def _csv(path, col, label_col="label_gold"):
    with open(DATA + path, encoding="utf-8", newline="") as f:
        return [(i, r[col]) for i, r in enumerate(csv.DictReader(f)) if r[label_col] == "non-hateful"]


def pick(rng, rows, n, locale, source):
    rows = list(rows)
    rng.shuffle(rows)
    out = []
    for row, text in rows:
        if len(out) == n:
            break
        if ok(text, locale):
            out.append({"id": "%s-%d" % (source, row), "locale": locale, "text": text, "spans": []})
    return out


def corpus(rng):
    docs = []
    docs += pick(rng, _jsonl("math/math500_test.jsonl", "problem"), 25, "en_US", "math500-en")
    docs += pick(rng, _jsonl("math/amc23_test.jsonl", "problem"), 15, "en_US", "amc23-en")
    docs += pick(
        rng, _csv("moderation/hatecheck_en_test_suite_cases.csv", "test_case"), 20, "en_US", "hatecheck-en"
    )
    for lang, loc in MHC.items():
        rows = _csv("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang, "test_case")
        docs += pick(rng, rows, 10, loc, "mhc-" + lang)
    return docs
