"""Corpus negatives for the v120 set, read untouched from /work/shared/data and screened."""

import csv
import gzip
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
TAKE = [
    ("math500", "en_US", 25),
    ("amc23", "en_US", 12),
    ("hatecheck_en", "en_US", 20),
    ("hhrlhf", "en_US", 15),
    ("mhc-german", "de_DE", 8),
    ("mhc-french", "fr_FR", 8),
    ("mhc-spanish", "es_ES", 8),
    ("mhc-italian", "it_IT", 8),
    ("mhc-dutch", "nl_NL", 8),
    ("mhc-portuguese", "pt_BR", 8),
]


def _rows(src):
    if src == "math500":
        with open(DATA + "/math/math500_test.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["problem"] for x in f]
    if src == "amc23":
        with open(DATA + "/math/amc23_test.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["problem"] for x in f]
    if src == "hhrlhf":
        with gzip.open(DATA + "/moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
            return [json.loads(x)["chosen"].strip() for x in f]
    if src == "hatecheck_en":
        with open(DATA + "/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
            return [
                r["test_case"].strip() if r["label_gold"] == "non-hateful" else None
                for r in csv.DictReader(f)
            ]
    lang = src.split("-")[1]
    path = DATA + "/moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang
    with open(path, encoding="utf-8", newline="") as f:
        return [
            r["test_case"].strip() if r["label_gold"] == "non-hateful" else None for r in csv.DictReader(f)
        ]


def clean(text, regions):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not (negs.phone_hits(text, regions) or negs.guard_hits(text))


def build(rng):
    out = []
    for src, loc, n in TAKE:
        rows = _rows(src)
        order = list(range(len(rows)))
        rng.shuffle(order)
        got = 0
        lang = loc[:2]
        regions = sorted({loc[3:], negs.HOME[lang], "US", "GB"})
        for i in order:
            if got == n:
                break
            if clean(rows[i], regions):
                name = src if src.startswith("mhc") else src + "-en"
                out.append({"id": "%s-%d" % (name, i), "locale": loc, "text": rows[i], "spans": []})
                got += 1
    return out
