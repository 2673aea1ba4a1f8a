"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from .negs import doc_dirty

DATA = "/work/shared/data/"
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
HOME = {
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
    "en_US": ["US", "GB"],
}


def _clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not doc_dirty(text, HOME[locale])


def _pick(rng, rows, n, locale):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if len(out) == n:
            break
        if _clean(rows[i], locale):
            out.append(i)
    return sorted(out)


def load(rng):
    recs = []
    with open(DATA + "math/math500_test.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line)["problem"] for line in f]
    recs += [("math500", "en", i, rows[i], "en_US") for i in _pick(rng, rows, 25, "en_US")]
    with open(DATA + "math/amc23_test.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line)["problem"] for line in f]
    recs += [("amc23", "en", i, rows[i], "en_US") for i in _pick(rng, rows, 15, "en_US")]
    with open(DATA + "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        rows = [r["test_case"] if r["label_gold"] == "non-hateful" else "@" for r in csv.DictReader(f)]
    recs += [("hatecheck", "en", i, rows[i], "en_US") for i in _pick(rng, rows, 20, "en_US")]
    for lang, locale in MHC.items():
        path = DATA + f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = [r["test_case"] if r["label_gold"] == "non-hateful" else "@" for r in csv.DictReader(f)]
        recs += [(f"mhc-{lang}", lang, i, rows[i], locale) for i in _pick(rng, rows, 10, locale)]
    out = []
    for src, lang, row, text, locale in recs:
        rid = f"{src}-{row}" if src.startswith("mhc") else f"{src}-{lang}-{row}"
        out.append({"id": rid, "locale": locale, "text": text, "spans": []})
    return out
