"""Corpus negatives for v46, untouched text from /work/shared/data, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import screen

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
HC = {
    "german": ("de", "de_DE"),
    "french": ("fr", "fr_FR"),
    "spanish": ("es", "es_ES"),
    "italian": ("it", "it_IT"),
    "dutch": ("nl", "nl_NL"),
    "portuguese": ("pt", "pt_BR"),
}
REGIONS = {
    "en": ["US", "GB", "IN"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT", "BR"],
}


def ok(text, lang):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return screen.clean(text, REGIONS[lang])


def _take(rng, rows, n, lang, locale, source):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if len(out) == n:
            break
        if ok(rows[i], lang):
            out.append({"id": f"{source}-{lang}-{i}", "locale": locale, "text": rows[i], "spans": []})
    return out


def load(rng):
    docs = []
    with open(DATA / "math/gsm8k_test.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line)["question"] for line in f]
    docs += _take(rng, rows, 40, "en", "en_US", "gsm8k_test")
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line)["problem"] for line in f]
    docs += _take(rng, rows, 6, "en", "en_US", "amc23")
    with gzip.open(DATA / "code/HumanEval.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line)["prompt"] for line in f]
    docs += _take(rng, rows, 16, "en", "en_US", "humaneval")
    for name, (lang, locale) in HC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{name}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = [r["test_case"] if r["label_gold"] == "non-hateful" else "" for r in csv.DictReader(f)]
        docs += _take(rng, rows, 12, lang, locale, f"mhc_{name}")
    return docs
