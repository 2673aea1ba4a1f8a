"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

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


def ok(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, regions)


def _jsonl(path, field, source, n, rng):
    rows = [(i, json.loads(line)[field]) for i, line in enumerate(open(DATA + path, encoding="utf-8"))]
    out = []
    for i, t in rng.sample(rows, len(rows)):
        if ok(t, ["US", "GB"]):
            out.append({"id": f"{source}-en-{i}", "locale": "en_US", "text": t, "spans": []})
        if len(out) == n:
            break
    return out


def _csv(path, text_col, label_col, source, lang, locale, n, rng):
    with open(DATA + path, encoding="utf-8", newline="") as f:
        rows = [(i, r) for i, r in enumerate(csv.DictReader(f)) if r[label_col] == "non-hateful"]
    out = []
    region = locale[-2:]
    for i, r in rng.sample(rows, len(rows)):
        if ok(r[text_col], [region, "US", "GB"]):
            out.append({"id": f"{source}-{lang}-{i}", "locale": locale, "text": r[text_col], "spans": []})
        if len(out) == n:
            break
    return out


def corpus(rng):
    docs = _jsonl("math/math500_test.jsonl", "problem", "math500", 30, rng)
    docs += _jsonl("math/amc23_test.jsonl", "problem", "amc23", 15, rng)
    docs += _csv(
        "moderation/hatecheck_en_test_suite_cases.csv",
        "test_case",
        "label_gold",
        "hatecheck",
        "en",
        "en_GB",
        25,
        rng,
    )
    for lang, loc in MHC.items():
        docs += _csv(
            f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv",
            "test_case",
            "label_gold",
            "mhc",
            lang,
            loc,
            8,
            rng,
        )
    return docs
