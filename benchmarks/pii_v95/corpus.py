"""Corpus negatives (v95): untouched texts from /work/shared/data, screened (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from .negs import guard_hits, phone_hits

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
PLAN = [
    ("math500", "en", 30),
    ("amc23", "en", 15),
    ("hatecheck", "en", 15),
    ("mhc", "german", 10),
    ("mhc", "french", 10),
    ("mhc", "spanish", 10),
    ("mhc", "italian", 10),
    ("mhc", "dutch", 10),
    ("mhc", "portuguese", 10),
]
LOC = {
    "en": "en_US",
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
REG = {
    "en": ["US", "GB"],
    "german": ["DE"],
    "french": ["FR"],
    "spanish": ["ES"],
    "italian": ["IT"],
    "dutch": ["NL"],
    "portuguese": ["BR"],
}


def _rows(source, lang):
    if source == "math500":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            return [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    if source == "amc23":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
            return [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    path = DATA / (
        "moderation/hatecheck_en_test_suite_cases.csv"
        if source == "hatecheck"
        else f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
    )
    with open(path, encoding="utf-8", newline="") as f:
        return [
            (i, r["test_case"].strip())
            for i, r in enumerate(csv.DictReader(f))
            if r["label_gold"] == "non-hateful"
        ]


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not guard_hits(text) and not phone_hits(text, regions)


def corpus_docs(rng):
    out = []
    for source, lang, n in PLAN:
        rows = _rows(source, lang)
        rng.shuffle(rows)
        taken = 0
        for row, text in rows:
            if taken == n:
                break
            if text and clean(text, REG[lang]):
                out.append({"id": f"{source}-{lang}-{row}", "locale": LOC[lang], "text": text, "spans": []})
                taken += 1
    return out
