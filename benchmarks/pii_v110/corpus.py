"""Corpus negatives for v110, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from .negs import dirty

DATA = Path("/work/shared/data")
_RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
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
    "pt_BR": ["BR", "PT"],
}


def ok(text, locale):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if _RUN7.search(text):
        return False
    return not dirty(text, REG[locale], whole=True)


def rows():
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "math500", "en", i, "en_US", json.loads(line)["problem"]
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "amc23", "en", i, "en_US", json.loads(line)["problem"]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            if r["label_gold"] == "non-hateful":
                yield "hatecheck", "en", i, "en_US", r["test_case"].strip()
    for lang, loc in MHC.items():
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang)
        with open(path, encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f)):
                if r["label_gold"] == "non-hateful":
                    yield "mhc", lang, i, loc, r["test_case"]


WANT = {("math500", "en"): 40, ("amc23", "en"): 20, ("hatecheck", "en"): 20}


def pick(rng):
    pools = {}
    for src, lang, i, loc, text in rows():
        if ok(text, loc):
            pools.setdefault((src, lang), []).append((i, loc, text))
    out = []
    for key in sorted(pools):
        n = WANT.get(key, 10)
        for i, loc, text in rng.sample(pools[key], n):
            out.append({"id": "%s-%s-%d" % (key[0], key[1], i), "locale": loc, "text": text, "spans": []})
    return out
