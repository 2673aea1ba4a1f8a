"""Corpus negatives for v74: untouched texts from /work/shared/data (GSM8K train is not used)."""

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
REG = {
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
    return not negs.guard_hits(text) and not negs.phone_hits(text, REG[locale])


def rows():
    with open(DATA + "math/math500_test.jsonl") as f:
        for i, line in enumerate(f):
            yield "math500", "en", "en_US", i, json.loads(line)["problem"]
    with open(DATA + "math/amc23_test.jsonl") as f:
        for i, line in enumerate(f):
            yield "amc23", "en", "en_US", i, json.loads(line)["problem"]
    with open(DATA + "moderation/hatecheck_en_test_suite_cases.csv", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck", "en", "en_US", i, row["test_case"].strip()
    for lang, loc in MHC.items():
        path = DATA + "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang
        with open(path, newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield "mhc", lang, loc, i, row["test_case"]


WANT = {"math500": 30, "amc23": 15, "hatecheck": 25, "mhc": 8}


def pick(rng):
    groups = {}
    for src, lang, loc, i, text in rows():
        groups.setdefault((src, lang, loc), []).append((i, text))
    out = []
    for (src, lang, loc), items in sorted(groups.items()):
        rng.shuffle(items)
        n = 0
        for i, text in items:
            if n == WANT[src]:
                break
            if ok(text, loc):
                out.append({"id": "%s-%s-%d" % (src, lang, i), "locale": loc, "text": text, "spans": []})
                n += 1
    return out
