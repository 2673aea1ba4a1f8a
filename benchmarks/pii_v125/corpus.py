"""Corpus negatives for v125, untouched text from /work/shared/data (GSM8K train is not used)."""

from __future__ import annotations

import csv
import json
import random
import re

from .negs import guard_hits, phone_hits

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "dutch": "nl_NL",
    "french": "fr_FR",
    "german": "de_DE",
    "italian": "it_IT",
    "portuguese": "pt_BR",
    "spanish": "es_ES",
}
HOME = {
    "nl_NL": "NL",
    "fr_FR": "FR",
    "de_DE": "DE",
    "it_IT": "IT",
    "pt_BR": "BR",
    "es_ES": "ES",
    "en_US": "US",
}


def clean(text: str, locale: str) -> bool:
    if not text.strip() or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not guard_hits(text) and not phone_hits(text, sorted({HOME[locale], "US", "GB"}))


def _rows(source: str) -> list[tuple[int, str]]:
    if source == "math500":
        with open(DATA + "/math/math500_test.jsonl", encoding="utf-8") as f:
            return [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    if source == "amc23":
        with open(DATA + "/math/amc23_test.jsonl", encoding="utf-8") as f:
            return [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    if source == "hatecheck":
        with open(DATA + "/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        return [(i, r["test_case"].strip()) for i, r in enumerate(rows) if r["label_gold"] == "non-hateful"]
    lang = source.split("-", 1)[1]
    path = DATA + "/moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [(i, r["test_case"]) for i, r in enumerate(rows) if r["label_gold"] == "non-hateful"]


PLAN = [("math500", "en", 30), ("amc23", "en", 15), ("hatecheck", "en", 15)] + [
    ("mhc-" + k, k, 10) for k in sorted(MHC)
]


def corpus_records(rng: random.Random) -> list[dict]:
    out = []
    for source, lang, n in PLAN:
        locale = MHC.get(lang, "en_US")
        rows = _rows(source)
        rng.shuffle(rows)
        took = 0
        for i, text in rows:
            if took == n:
                break
            if clean(text, locale):
                out.append(
                    {
                        "id": "%s-%s-%d" % (source.split("-")[0], lang if lang != "en" else "en", i),
                        "locale": locale,
                        "text": text,
                        "spans": [],
                        "_values": [],
                        "_group": "corpus",
                        "_source": "%s-%s" % (source.split("-")[0], lang),
                    }
                )
                took += 1
    return out
