"""Corpus negatives for v48: GSM8K test questions (food ones), HateCheck English and multilingual
HateCheck non-hateful cases, taken untouched from /work/shared/data and screened."""

import csv
import json
import re
from pathlib import Path

from .screens import LANG_REGIONS, guard_hits, phone_hits

DATA = Path("/work/shared/data")
MHC = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese"}
LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
}
FOOD = re.compile(
    r"\b(pizza|cake|cookies?|bakery|restaurant|muffins?|pies?|sandwich|burger|cupcakes?|"
    r"bread|lunch|dinner|menu|eggs?|tacos?)\b",
    re.I,
)
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def _ok(text, lang):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not guard_hits(text) and not phone_hits(text, LANG_REGIONS[lang])


def gsm8k():
    out = []
    with open(DATA / "math/gsm8k_test.jsonl", encoding="utf-8") as f:
        for row, line in enumerate(f):
            q = json.loads(line)["question"]
            if FOOD.search(q):
                out.append(("gsm8k", "en", row, q))
    return out


def hatecheck_en():
    out = []
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for row, rec in enumerate(csv.DictReader(f)):
            if rec["label_gold"] == "non-hateful":
                out.append(("hatecheck", "en", row, rec["test_case"].strip()))
    return out


def mhc(lang):
    out = []
    path = DATA / "moderation/multilingual_hatecheck" / f"hatecheck_cases_final_{MHC[lang]}.csv"
    with open(path, encoding="utf-8", newline="") as f:
        for row, rec in enumerate(csv.DictReader(f)):
            if rec["label_gold"] == "non-hateful":
                out.append(("mhc", lang, row, rec["test_case"].strip()))
    return out


def draw(rng, counts):
    """counts: {(source, lang): n}; returns records with ids <source>-<language>-<row>."""
    pools = {("gsm8k", "en"): gsm8k(), ("hatecheck", "en"): hatecheck_en()}
    for lang in MHC:
        pools[("mhc", lang)] = mhc(lang)
    recs = []
    for key, n in counts.items():
        pool = [p for p in pools[key] if _ok(p[3], p[1])]
        for src, lang, row, text in rng.sample(pool, n):
            recs.append({"id": f"{src}-{lang}-{row}", "locale": LOCALE[lang], "text": text, "spans": []})
    return recs
