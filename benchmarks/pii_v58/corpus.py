"""Corpus negatives for v58, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
# source -> (locale, count)
PLAN = {
    "math500-en": ("en_US", 30),
    "amc23-en": ("en_US", 15),
    "hatecheck-en": ("en_GB", 25),
    "mhc-german": ("de_DE", 10),
    "mhc-french": ("fr_FR", 10),
    "mhc-spanish": ("es_ES", 10),
    "mhc-italian": ("it_IT", 10),
    "mhc-dutch": ("nl_NL", 10),
    "mhc-portuguese": ("pt_BR", 10),
}
REGIONS = {
    "en_US": ["US", "GB"],
    "en_GB": ["GB", "US"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def _rows(src):
    if src == "math500-en":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["problem"] for x in f]
    if src == "amc23-en":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["problem"] for x in f]
    if src == "hatecheck-en":
        with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
            return [
                (r["test_case"].strip() if r["label_gold"] == "non-hateful" else None)
                for r in csv.DictReader(f)
            ]
    lang = src.split("-")[1]
    p = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang)
    with open(p, encoding="utf-8", newline="") as f:
        return [(r["test_case"] if r["label_gold"] == "non-hateful" else None) for r in csv.DictReader(f)]


def clean(text, regions):
    if text is None or len(text) > 1500 or not text.strip():
        return False
    if "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.guard_hits(text) and not negs.phone_hits(text, regions)


def build(rng):
    out = []
    for src, (loc, k) in PLAN.items():
        rows = _rows(src)
        idx = list(range(len(rows)))
        rng.shuffle(idx)
        got = 0
        for i in idx:
            if got == k:
                break
            if clean(rows[i], REGIONS[loc]):
                out.append({"id": "%s-%d" % (src, i), "locale": loc, "text": rows[i], "spans": []})
                got += 1
    return out
