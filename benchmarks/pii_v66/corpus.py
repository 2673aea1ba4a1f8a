"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

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
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "en_US": "US",
}


def clean(text, locale):
    if not text.strip() or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    regions = sorted({HOME[locale], "US", "GB"})
    return not negs.phone_hits(text, regions) and not negs.guard_hits(text)


def _jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh]


def _csv(path, text_field="test_case"):
    with open(path, encoding="utf-8", newline="") as fh:
        return [(r[text_field], r["label_gold"]) for r in csv.DictReader(fh)]


def pick(rng, rows, n, locale, name):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if len(out) == n:
            break
        if clean(rows[i], locale):
            out.append(
                {
                    "id": f"{name}-{i}",
                    "locale": locale,
                    "text": rows[i],
                    "spans": [],
                    "values": [],
                    "genre": "corpus",
                }
            )
    assert len(out) == n, name
    return out


def corpus_docs(rng):
    docs = []
    docs += pick(rng, _jsonl(DATA / "math/math500_test.jsonl", "problem"), 35, "en_US", "math500-en")
    docs += pick(rng, _jsonl(DATA / "math/amc23_test.jsonl", "problem"), 15, "en_US", "amc23-en")
    en = [
        t if g == "non-hateful" else ""
        for t, g in _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv")
    ]
    docs += pick(rng, en, 20, "en_US", "hatecheck-en")
    for lang, loc in MHC.items():
        rows = _csv(DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv")
        rows = [t if g == "non-hateful" else "" for t, g in rows]
        docs += pick(rng, rows, 10, loc, f"mhc-{lang}")
    return docs
