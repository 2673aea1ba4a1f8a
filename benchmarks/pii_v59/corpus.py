"""Corpus negatives for v59, taken untouched from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from .negs import dirty

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de_DE", "DE"),
    "french": ("fr_FR", "FR"),
    "spanish": ("es_ES", "ES"),
    "italian": ("it_IT", "IT"),
    "dutch": ("nl_NL", "NL"),
    "portuguese": ("pt_BR", "BR"),
}


def ok(text, regions):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    return not RUN7.search(text) and not dirty(text, regions)


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        for row, line in enumerate(f):
            yield row, json.loads(line)[field]


def _csv(path, field, label_field):
    with open(path, encoding="utf-8", newline="") as f:
        for row, rec in enumerate(csv.DictReader(f)):
            if rec[label_field] == "non-hateful":
                yield row, rec[field]


def pick(rng, source, lang, locale, regions, rows, n):
    rows = list(rows)
    rng.shuffle(rows)
    out = []
    for row, text in rows:
        if ok(text, regions):
            out.append({"id": f"{source}-{lang}-{row}", "locale": locale, "text": text, "spans": []})
            if len(out) == n:
                break
    return out


def corpus(rng):
    en = ["US", "GB"]
    out = pick(rng, "math500", "en", "en_US", en, _jsonl(DATA / "math/math500_test.jsonl", "problem"), 30)
    out += pick(rng, "amc23", "en", "en_US", en, _jsonl(DATA / "math/amc23_test.jsonl", "problem"), 15)
    out += pick(
        rng,
        "hatecheck",
        "en",
        "en_US",
        en,
        _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv", "test_case", "label_gold"),
        20,
    )
    for lang, (locale, reg) in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        out += pick(rng, "mhc", lang, locale, [reg, "GB"], _csv(path, "test_case", "label_gold"), 10)
    return out
