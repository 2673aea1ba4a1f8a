"""Corpus negatives for v89, untouched text from /work/shared/data (not GSM8K): MATH-500 problems, AMC23
problems, hh-rlhf harmless-base test dialogues ('chosen') and Multilingual HateCheck non-hateful cases."""

import csv
import gzip
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
REGIONS = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def clean(text, locale):
    if not text.strip() or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.dirty(text, REGIONS[locale])


def _jsonl(path, field, opener=open):
    with opener(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield i, json.loads(line)[field]


def _mhc(lang):
    path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield i, row["test_case"]


def pick(rng, rows, n, locale, src):
    rows = list(rows)
    rng.shuffle(rows)
    out = []
    for i, text in rows:
        if clean(text, locale):
            out.append({"id": f"{src}-{i}", "locale": locale, "text": text, "spans": []})
            if len(out) == n:
                break
    return out


def corpus_docs(rng):
    docs = []
    docs += pick(rng, _jsonl(f"{DATA}/math/math500_test.jsonl", "problem"), 35, "en_US", "math500-en")
    docs += pick(rng, _jsonl(f"{DATA}/math/amc23_test.jsonl", "problem"), 15, "en_US", "amc23-en")
    docs += pick(
        rng,
        _jsonl(f"{DATA}/moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen", gzip.open),
        20,
        "en_US",
        "hhrlhf-en",
    )
    for lang, loc in MHC.items():
        docs += pick(rng, _mhc(lang), 10, loc, f"mhc-{lang}")
    return docs
