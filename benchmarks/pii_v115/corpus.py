"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
import json
import re

import phonenumbers as pn

from .checks_core import guard_hits

DATA = "/work/shared/data/"
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


def clean(text, locale):
    if not text.strip() or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text) or guard_hits(text):
        return False
    for reg in HOME[locale]:
        if any(True for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID)):
            return False
    return True


def _jsonl(path, field):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(DATA + path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def _csv(path, text_field):
    with open(DATA + path, encoding="utf-8", newline="") as fh:
        return [(row[text_field], row["label_gold"]) for row in csv.DictReader(fh)]


def pick(rng, rows, want, locale, source, lang):
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i in order:
        text = rows[i]
        if text is not None and clean(text, locale):
            out.append({"id": "%s-%s-%d" % (source, lang, i), "locale": locale, "text": text, "spans": []})
            if len(out) == want:
                break
    return out


def corpus(rng):
    out = []
    out += pick(rng, _jsonl("math/math500_test.jsonl", "problem"), 25, "en_US", "math500", "en")
    out += pick(rng, _jsonl("math/amc23_test.jsonl", "problem"), 15, "en_US", "amc23", "en")
    out += pick(
        rng, _jsonl("moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen"), 15, "en_US", "hhrlhf", "en"
    )
    rows = [
        t if g == "non-hateful" else None
        for t, g in _csv("moderation/hatecheck_en_test_suite_cases.csv", "test_case")
    ]
    out += pick(rng, rows, 15, "en_US", "hatecheck", "en")
    for lang, locale in MHC.items():
        rows = [
            t if g == "non-hateful" else None
            for t, g in _csv(
                "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang, "test_case"
            )
        ]
        out += pick(rng, rows, 10, locale, "mhc", lang)
    return out
