"""Corpus negatives for v116 from /work/shared/data (MATH-500, AMC23, HateCheck English,
Multilingual HateCheck)."""

import csv
import json
import re

import phonenumbers as pn

from . import negs

DATA = "/work/shared/data/"
RUN7 = re.compile(r"\d(?:[\s./()-]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
HOME = {
    "en_US": "US",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
}


def clean(text, region):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    if negs.guard_hits(text):
        return False
    for r in {region, "US", "GB"}:
        for _ in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            return False
    return True


def _rows():
    with open(DATA + "math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "math500", "en", i, json.loads(line)["problem"], "en_US"
    with open(DATA + "math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "amc23", "en", i, json.loads(line)["problem"], "en_US"
    with open(DATA + "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck", "en", i, row["test_case"].strip(), "en_GB"
    for lang, loc in MHC.items():
        path = DATA + "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield "mhc", lang, i, row["test_case"].strip(), loc


WANT = {
    ("math500", "en"): 20,
    ("amc23", "en"): 15,
    ("hatecheck", "en"): 25,
    ("mhc", "german"): 10,
    ("mhc", "french"): 10,
    ("mhc", "spanish"): 10,
    ("mhc", "italian"): 10,
    ("mhc", "dutch"): 10,
    ("mhc", "portuguese"): 10,
}


def corpus_docs(rng):
    pools = {}
    for src, lang, i, text, loc in _rows():
        pools.setdefault((src, lang), []).append((i, text, loc))
    docs = []
    for key in sorted(WANT):
        pool = pools[key]
        order = rng.sample(range(len(pool)), len(pool))
        got = 0
        for j in order:
            i, text, loc = pool[j]
            if text and clean(text, HOME.get(loc, "US")):
                docs.append(
                    {"id": "%s-%s-%d" % (key[0], key[1], i), "locale": loc, "text": text, "spans": []}
                )
                got += 1
                if got == WANT[key]:
                    break
    return docs
