"""Corpus negatives for v67, untouched text from /work/shared/data (no GSM8K, nothing v52 used)."""

import csv
import json
import re

import phonenumbers as pn

from . import other

DATA = "/work/shared/data/"
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
HOME = {
    "en": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    if other.guard_hits(text):
        return False
    return not any(
        True for r in regions for _ in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.POSSIBLE)
    )


def pick(rng, rows, n, regions):
    rows = list(rows)
    rng.shuffle(rows)
    out = []
    for row, text in rows:
        if text.strip() and clean(text, regions):
            out.append((row, text))
        if len(out) == n:
            break
    return sorted(out)


def load(rng):
    docs = []
    with open(DATA + "math/math500_test.jsonl", encoding="utf-8") as f:
        rows = [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    docs += [("math500-en-%d" % i, "en_US", t) for i, t in pick(rng, rows, 30, HOME["en"])]
    with open(DATA + "math/amc23_test.jsonl", encoding="utf-8") as f:
        rows = [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    docs += [("amc23-en-%d" % i, "en_US", t) for i, t in pick(rng, rows, 20, HOME["en"])]
    with open(DATA + "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        rows = [
            (i, r["test_case"]) for i, r in enumerate(csv.DictReader(f)) if r["label_gold"] == "non-hateful"
        ]
    docs += [("hatecheck-en-%d" % i, "en_GB", t) for i, t in pick(rng, rows, 20, HOME["en"])]
    for lang, loc in MHC.items():
        path = DATA + "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang
        with open(path, encoding="utf-8", newline="") as f:
            rows = [
                (i, r["test_case"])
                for i, r in enumerate(csv.DictReader(f))
                if r["label_gold"] == "non-hateful"
            ]
        docs += [("mhc-%s-%d" % (lang, i), loc, t) for i, t in pick(rng, rows, 10, HOME[loc])]
    return docs
