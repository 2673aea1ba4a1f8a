"""Corpus negatives of v37: untouched rows from /work/shared/data, screened."""

import csv
import gzip
import json
import re

from . import negs as N

DATA = "/work/shared/data"
_RUN7 = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")
MHC = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese"}
HOME = {
    "en": ["US", "GB", "IN"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["BR", "PT"],
}
LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
}


def clean(text, lang):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or _RUN7.search(text):
        return False
    return not N.guard_hits(text) and not N.phone_hits(text, HOME[lang])


def _rows():
    with gzip.open(f"{DATA}/code/HumanEval.jsonl.gz", "rt", encoding="utf-8") as f:
        yield "humaneval", "en", [json.loads(x)["prompt"] for x in f], 40
    with open(f"{DATA}/math/math500_test.jsonl", encoding="utf-8") as f:
        yield "math500", "en", [json.loads(x)["problem"] for x in f], 20
    with open(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8") as f:
        yield "hatecheck", "en", [r["test_case"] for r in csv.DictReader(f)], 18
    for lang, name in MHC.items():
        path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{name}.csv"
        with open(path, encoding="utf-8") as f:
            yield "mhc", lang, [r["test_case"] for r in csv.DictReader(f)], 12


def corpus_records(rng):
    out = []
    for src, lang, rows, k in _rows():
        order = list(range(len(rows)))
        rng.shuffle(order)
        got = 0
        for i in order:
            if got == k:
                break
            if clean(rows[i], lang):
                out.append({"id": f"{src}-{lang}-{i}", "locale": LOCALE[lang], "text": rows[i], "spans": []})
                got += 1
    return out
