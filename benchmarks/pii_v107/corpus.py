"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
import json
import re
from pathlib import Path

from .negs import guard_hits, phone_hits

DATA = Path("/work/shared/data")
LONGRUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
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


def _clean(text, locale):
    if not text or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text or LONGRUN.search(text):
        return False
    return not guard_hits(text) and not phone_hits(text, REGIONS[locale])


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f]


def _csv_nonhateful(path, text_field):
    with open(path, encoding="utf-8", newline="") as f:
        return [
            (i, r[text_field]) for i, r in enumerate(csv.DictReader(f)) if r["label_gold"] == "non-hateful"
        ]


def _pick(rng, rows, n, source, lang, locale):
    out = []
    order = list(range(len(rows)))
    rng.shuffle(order)
    for k in order:
        row, text = rows[k]
        if _clean(text, locale):
            out.append({"id": "%s-%s-%d" % (source, lang, row), "locale": locale, "text": text, "spans": []})
            if len(out) == n:
                break
    return out


def corpus_docs(rng):
    docs = []
    math = list(enumerate(_jsonl(DATA / "math/math500_test.jsonl", "problem")))
    docs += _pick(rng, math, 30, "math500", "en", "en_US")
    amc = list(enumerate(_jsonl(DATA / "math/amc23_test.jsonl", "problem")))
    docs += _pick(rng, amc, 15, "amc23", "en", "en_US")
    hc = _csv_nonhateful(DATA / "moderation/hatecheck_en_test_suite_cases.csv", "test_case")
    docs += _pick(rng, hc, 20, "hatecheck", "en", "en_US")
    with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
        hh = [(i, json.loads(line)["chosen"].strip()) for i, line in enumerate(f)]
    docs += _pick(rng, hh, 10, "hhrlhf", "en", "en_US")
    for lang, locale in MHC.items():
        rows = _csv_nonhateful(
            DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang), "test_case"
        )
        docs += _pick(rng, rows, 9, "mhc", lang, locale)
    return docs
