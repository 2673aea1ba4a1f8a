"""Corpus negatives for v84: untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
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
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR"],
}


def ok(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.guard_hits(text) and not negs.phone_hits(text, HOME[locale])


def _jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        return [(i, json.loads(line)[field]) for i, line in enumerate(fh)]


def _csv(path, text_field, label_field="label_gold"):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [(i, r[text_field]) for i, r in enumerate(rows) if r[label_field] == "non-hateful"]


def _humaneval():
    with gzip.open(DATA / "code/HumanEval.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [(i, json.loads(line)["prompt"]) for i, line in enumerate(fh)]


def pick(rng, rows, n, locale, source, lang):
    rows = [(i, t) for i, t in rows if ok(t, locale)]
    out = []
    for i, t in rng.sample(rows, n):
        out.append({"id": "%s-%s-%d" % (source, lang, i), "locale": locale, "text": t, "spans": []})
    return out


def corpus(rng):
    docs = []
    docs += pick(rng, _jsonl(DATA / "math/math500_test.jsonl", "problem"), 30, "en_US", "math500", "en")
    docs += pick(rng, _jsonl(DATA / "math/amc23_test.jsonl", "problem"), 15, "en_US", "amc23", "en")
    docs += pick(rng, _humaneval(), 10, "en_US", "humaneval", "en")
    hc = _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv", "test_case")
    docs += pick(rng, hc, 15, "en_US", "hatecheck", "en")
    for lang, loc in MHC.items():
        rows = _csv(
            DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang), "test_case"
        )
        docs += pick(rng, rows, 9, loc, "mhc", lang)
    return docs
