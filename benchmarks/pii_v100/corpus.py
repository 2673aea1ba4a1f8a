"""Corpus negatives, untouched, from /work/shared/data (GSM8K train is not used)."""

import csv
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
HOME = {
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
    return not guard_hits(text) and not phone_hits(text, HOME[locale])


def _jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def _csv(path, field="test_case"):
    with open(path, encoding="utf-8", newline="") as fh:
        return [(row[field] if row["label_gold"] == "non-hateful" else None) for row in csv.DictReader(fh)]


def sources():
    yield "math500", "en", "en_US", _jsonl(DATA / "math/math500_test.jsonl", "problem"), 30
    yield "amc23", "en", "en_US", _jsonl(DATA / "math/amc23_test.jsonl", "problem"), 10
    yield "hatecheck", "en", "en_US", _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv"), 30
    for lang, loc in MHC.items():
        yield (
            "mhc",
            lang,
            loc,
            _csv(DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"),
            10,
        )


def records(rng):
    out = []
    for src, lang, loc, rows, n in sources():
        order = list(range(len(rows)))
        rng.shuffle(order)
        taken = 0
        for i in order:
            text = rows[i]
            if text is None or not text.strip() or not clean(text, loc):
                continue
            out.append({"id": f"{src}-{lang}-{i}", "locale": loc, "text": text, "spans": [], "_values": []})
            taken += 1
            if taken == n:
                break
    return out
