"""Corpus negatives for v45: untouched texts from /work/shared/data, screened."""

import csv
import json
import re
from pathlib import Path

from . import screens

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
HC = {
    "de": ("german", "de_DE"),
    "fr": ("french", "fr_FR"),
    "es": ("spanish", "es_ES"),
    "it": ("italian", "it_IT"),
    "nl": ("dutch", "nl_NL"),
    "pt": ("portuguese", "pt_PT"),
}


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not screens.doc_dirty(text, [], regions)


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        for row, line in enumerate(f):
            yield row, json.loads(line)[field]


def load(rng):
    out = []
    for src, path, field, n in (
        ("math500", "math/math500_test.jsonl", "problem", 32),
        ("gsm8k-train", "math/gsm8k_train.jsonl", "question", 32),
    ):
        rows = list(_jsonl(DATA / path, field))
        picked = 0
        for row, text in rng.sample(rows, len(rows)):
            if picked == n:
                break
            if clean(text, screens.LANG_REGIONS["en"]):
                out.append({"id": "%s-en-%d" % (src, row), "locale": "en_US", "text": text, "spans": []})
                picked += 1
    for lang, (name, locale) in HC.items():
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % name)
        with open(path, encoding="utf-8", newline="") as f:
            rows = [
                (i, r["test_case"])
                for i, r in enumerate(csv.DictReader(f))
                if r["label_gold"] == "non-hateful"
            ]
        picked = 0
        for row, text in rng.sample(rows, len(rows)):
            if picked == 12:
                break
            if clean(text, screens.LANG_REGIONS[lang]):
                out.append(
                    {"id": "hatecheck-%s-%d" % (lang, row), "locale": locale, "text": text, "spans": []}
                )
                picked += 1
    return out
