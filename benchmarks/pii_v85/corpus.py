"""Corpus negatives for v85: untouched rows from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "dutch": ("nl", "nl_NL"),
    "french": ("fr", "fr_FR"),
    "german": ("de", "de_DE"),
    "italian": ("it", "it_IT"),
    "portuguese": ("pt", "pt_BR"),
    "spanish": ("es", "es_ES"),
}


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, regions)


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield i, json.loads(line)[field]


def _hatecheck_en():
    with open(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield i, row["test_case"].strip()


def _mhc(lang):
    path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield i, row["test_case"]


def pick(rng, rows, n, regions):
    rows = list(rows)
    rng.shuffle(rows)
    out = []
    for i, t in rows:
        if clean(t, regions):
            out.append((i, t))
            if len(out) == n:
                break
    return sorted(out)


def corpus_records(rng):
    recs = []
    en = ("US", "GB")
    for src, rows, n in (
        ("math500", _jsonl(f"{DATA}/math/math500_test.jsonl", "problem"), 35),
        ("amc23", _jsonl(f"{DATA}/math/amc23_test.jsonl", "problem"), 15),
        ("hatecheck", _hatecheck_en(), 15),
    ):
        for i, t in pick(rng, rows, n, en):
            recs.append({"id": f"{src}-en-{i}", "locale": "en_US", "text": t, "spans": []})
    for lang, (code, locale) in MHC.items():
        for i, t in pick(rng, _mhc(lang), 10, negs.HOME[code] + (locale[-2:],)):
            recs.append({"id": f"mhc-{lang}-{i}", "locale": locale, "text": t, "spans": []})
    return recs
