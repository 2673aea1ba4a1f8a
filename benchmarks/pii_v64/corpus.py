"""Corpus negatives for v64, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
import json
import re
from pathlib import Path

from .negs import guard_hits, phone_hits

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
HOMES = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not guard_hits(text) and not phone_hits(text, HOMES[locale])


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield i, json.loads(line)[field]


def _humaneval():
    with gzip.open(DATA / "code/HumanEval.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield i, json.loads(line)["prompt"]


def _csv(path, text_field):
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield i, row[text_field]


def sources():
    yield "math500", "en", "en_US", 25, _jsonl(DATA / "math/math500_test.jsonl", "problem")
    yield "amc23", "en", "en_US", 15, _jsonl(DATA / "math/amc23_test.jsonl", "problem")
    yield "humaneval", "en", "en_US", 15, _humaneval()
    yield (
        "hatecheck",
        "en",
        "en_US",
        15,
        _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv", "test_case"),
    )
    for lang, locale in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        yield f"mhc-{lang}", lang, locale, 8, _csv(path, "test_case")


def draw(rng):
    """Records ({id, locale, text, spans: []}) drawn at random from each source, screened."""
    out = []
    for name, lang, locale, k, rows in sources():
        rows = list(rows)
        rng.shuffle(rows)
        taken = 0
        for row, text in rows:
            if taken == k:
                break
            if text.strip() and clean(text, locale):
                rid = f"{name}-{row}" if name.startswith("mhc") else f"{name}-{lang}-{row}"
                out.append({"id": rid, "locale": locale, "text": text, "spans": []})
                taken += 1
    return out
