"""Corpus negatives for v86, taken untouched from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
LANG = {
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "pt_BR": "pt",
    "en_US": "en",
}


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, negs.HOME[LANG[locale]])


def rows(rng):
    out = []
    with open(f"{DATA}/math/math500_test.jsonl", encoding="utf-8") as f:
        items = [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    out += _pick(rng, items, 25, "math500", "en", "en_US")
    with open(f"{DATA}/math/amc23_test.jsonl", encoding="utf-8") as f:
        items = [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    out += _pick(rng, items, 15, "amc23", "en", "en_US")
    with open(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        items = [
            (i, r["test_case"].strip())
            for i, r in enumerate(csv.DictReader(f))
            if r["label_gold"] == "non-hateful"
        ]
    out += _pick(rng, items, 20, "hatecheck", "en", "en_US")
    for lang, loc in MHC.items():
        path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            items = [
                (i, r["test_case"])
                for i, r in enumerate(csv.DictReader(f))
                if r["label_gold"] == "non-hateful"
            ]
        out += _pick(rng, items, 10, "mhc", lang, loc)
    return out


def _pick(rng, items, n, src, lang, locale):
    rng.shuffle(items)
    got = []
    for i, t in items:
        if clean(t, locale):
            got.append({"id": f"{src}-{lang}-{i}", "locale": locale, "text": t, "spans": []})
            if len(got) == n:
                break
    return got
