"""Corpus negatives of the v90 set, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
# source name -> (language, locale, how many)
PLAN = [
    ("math500", "en", "en_US", 25),
    ("amc23", "en", "en_US", 15),
    ("hatecheck", "en", "en_GB", 20),
    ("mhc-german", "de", "de_DE", 10),
    ("mhc-french", "fr", "fr_FR", 10),
    ("mhc-spanish", "es", "es_ES", 10),
    ("mhc-italian", "it", "it_IT", 10),
    ("mhc-dutch", "nl", "nl_NL", 10),
    ("mhc-portuguese", "pt", "pt_BR", 10),
]


def rows(source):
    if source == "math500":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            return [json.loads(line)["problem"] for line in f]
    if source == "amc23":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
            return [json.loads(line)["problem"] for line in f]
    if source == "hatecheck":
        path = DATA / "moderation/hatecheck_en_test_suite_cases.csv"
    else:
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{source[4:]}.csv"
    with open(path, encoding="utf-8", newline="") as f:
        return [
            row["test_case"].strip() if row["label_gold"] == "non-hateful" else None
            for row in csv.DictReader(f)
        ]


def clean(text):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.doc_hits(text)


def build(rng):
    out = []
    for source, lang, locale, n in PLAN:
        texts = rows(source)
        order = list(range(len(texts)))
        rng.shuffle(order)
        taken = 0
        for i in order:
            if taken == n:
                break
            if clean(texts[i]):
                out.append({"id": f"{source}-{lang}-{i}", "locale": locale, "text": texts[i], "spans": []})
                taken += 1
    return out
