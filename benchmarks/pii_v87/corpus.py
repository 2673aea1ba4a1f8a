"""Corpus negatives for v87, untouched from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
LANG_REGIONS = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def ok(text, locale):
    if not text.strip():
        return False
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.guard_hits(text) and not negs.phone_hits(text, LANG_REGIONS[locale])


def _pick(rng, rows, n, locale, source, lang):
    out = []
    order = list(range(len(rows)))
    rng.shuffle(order)
    for i in order:
        if len(out) == n:
            break
        if ok(rows[i], locale):
            out.append({"id": f"{source}-{lang}-{i}", "locale": locale, "text": rows[i], "spans": []})
    return out


def load(rng):
    docs = []
    with open(f"{DATA}/math/math500_test.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line)["problem"] for line in fh]
    docs += _pick(rng, rows, 25, "en_US", "math500", "en")
    with open(f"{DATA}/math/amc23_test.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line)["problem"] for line in fh]
    docs += _pick(rng, rows, 15, "en_US", "amc23", "en")
    with open(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
        rows = [r["test_case"] if r["label_gold"] == "non-hateful" else "" for r in csv.DictReader(fh)]
    docs += _pick(rng, rows, 20, "en_US", "hatecheck", "en")
    for lang, loc in MHC.items():
        path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as fh:
            rows = [r["test_case"] if r["label_gold"] == "non-hateful" else "" for r in csv.DictReader(fh)]
        docs += _pick(rng, rows, 10, loc, "mhc", lang)
    return docs
