"""Corpus negatives, untouched text from /work/shared/data, screened like the written negatives."""

import csv
import gzip
import json
import re
from pathlib import Path

from .negs import dirty

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
PLAN = [
    ("gsm8k_test", "en", 30),
    ("math500", "en", 20),
    ("amc23", "en", 10),
    ("humaneval", "en", 15),
    ("hatecheck", "en", 10),
    ("mhc-german", "de", 8),
    ("mhc-french", "fr", 8),
    ("mhc-spanish", "es", 8),
    ("mhc-italian", "it", 8),
    ("mhc-dutch", "nl", 8),
    ("mhc-portuguese", "pt", 8),
]
LOC = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
}
HOME = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR"}


def _rows(source):
    if source == "gsm8k_test":
        with open(DATA / "math/gsm8k_test.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["question"] for x in f]
    if source == "math500":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["problem"] for x in f]
    if source == "amc23":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["problem"] for x in f]
    if source == "humaneval":
        with gzip.open(DATA / "code/HumanEval.jsonl.gz", "rt", encoding="utf-8") as f:
            return [json.loads(x)["prompt"] for x in f]
    if source == "hatecheck":
        path = DATA / "moderation/hatecheck_en_test_suite_cases.csv"
    else:
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{source[4:]}.csv"
    with open(path, encoding="utf-8", newline="") as f:
        return [
            row["test_case"].strip() if row["label_gold"] == "non-hateful" else None
            for row in csv.DictReader(f)
        ]


def clean(text, lang):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not dirty(text, sorted({HOME[lang], "US"}))


def corpus(rng):
    out = []
    for source, lang, count in PLAN:
        rows = _rows(source)
        order = list(range(len(rows)))
        rng.shuffle(order)
        taken = 0
        for i in order:
            if taken == count:
                break
            if clean(rows[i], lang):
                name = source if source.startswith("mhc") else f"{source}-{lang}"
                rec = {"id": f"{name}-{i}", "locale": LOC[lang], "text": rows[i], "spans": []}
                out.append((rec, {"values": []}))
                taken += 1
    return out
