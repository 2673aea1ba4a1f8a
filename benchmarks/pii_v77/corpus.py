"""Corpus negatives for v77: untouched texts from /work/shared/data, screened (GSM8K train is not used)."""

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
REGIONS = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}
# source, language -> how many
WANT = {
    ("math500", "en"): 25,
    ("amc23", "en"): 10,
    ("hhrlhf", "en"): 25,
    ("hatecheck", "en"): 10,
    **{("mhc", lang): 8 for lang in MHC},
}


def clean(text, locale):
    if len(text) > 1500 or not text.strip() or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not (negs.guard_hits(text) or negs.phone_hits(text, REGIONS[locale]))


def rows(source, lang):
    if source == "math500":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            for i, line in enumerate(f):
                yield i, json.loads(line)["problem"]
    elif source == "amc23":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
            for i, line in enumerate(f):
                yield i, json.loads(line)["problem"]
    elif source == "hhrlhf":
        with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                yield i, json.loads(line)["chosen"].strip()
    elif source == "hatecheck":
        with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield i, row["test_case"].strip()
    else:
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang)
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield i, row["test_case"].strip()


def draw(rng):
    """Returns records (id, locale, text, spans=[])."""
    out = []
    for (source, lang), n in WANT.items():
        locale = MHC.get(lang, "en_US")
        cand = list(rows(source, lang))
        rng.shuffle(cand)
        got = 0
        for row, text in cand:
            if got == n:
                break
            if clean(text, locale):
                name = "mhc-%s-%d" % (lang, row) if source == "mhc" else "%s-en-%d" % (source, row)
                out.append({"id": name, "locale": locale, "text": text, "spans": []})
                got += 1
    return out
