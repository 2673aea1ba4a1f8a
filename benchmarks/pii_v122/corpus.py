"""Corpus negatives for v122, untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data/"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "dutch": ("nl", "nl_NL"),
    "french": ("fr", "fr_FR"),
    "german": ("de", "de_DE"),
    "italian": ("it", "it_IT"),
    "portuguese": ("pt", "pt_BR"),
    "spanish": ("es", "es_ES"),
}
REGIONS = {
    "en": ["US", "GB", "IN"],
    "nl": ["NL"],
    "fr": ["FR"],
    "de": ["DE"],
    "it": ["IT"],
    "pt": ["BR", "PT"],
    "es": ["ES"],
}


def ok(text, lang):
    if not text.strip() or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.dirty(text, REGIONS[lang])


def _jsonl(path, field):
    with open(DATA + path, encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f]


def candidates():
    """(source, language, locale, row, text) for every usable row."""
    out = []
    for src, path, field in (
        ("math500", "math/math500_test.jsonl", "problem"),
        ("amc23", "math/amc23_test.jsonl", "problem"),
    ):
        for row, text in enumerate(_jsonl(path, field)):
            out.append((src, "en", "en_US", row, text))
    with open(DATA + "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for row, rec in enumerate(csv.DictReader(f)):
            if rec["label_gold"] == "non-hateful":
                out.append(("hatecheck", "en", "en_GB", row, rec["test_case"]))
    for name, (_lang, loc) in MHC.items():
        path = DATA + "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % name
        with open(path, encoding="utf-8", newline="") as f:
            for row, rec in enumerate(csv.DictReader(f)):
                if rec["label_gold"] == "non-hateful":
                    out.append(("mhc", name, loc, row, rec["test_case"]))
    return out


WANT = {("math500", "en"): 35, ("amc23", "en"): 15, ("hatecheck", "en"): 20}
WANT.update({("mhc", name): 8 for name in MHC})


def pick(rng):
    by = {}
    for c in candidates():
        by.setdefault((c[0], c[1]), []).append(c)
    recs = []
    for key in sorted(WANT):
        pool = by[key]
        rng.shuffle(pool)
        got = 0
        for src, lang, loc, row, text in pool:
            if got == WANT[key]:
                break
            if ok(text, MHC[lang][0] if lang in MHC else lang):
                recs.append({"id": "%s-%s-%d" % (src, lang, row), "locale": loc, "text": text, "spans": []})
                got += 1
    return recs
