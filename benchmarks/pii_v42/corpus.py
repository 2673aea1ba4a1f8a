"""Corpus negatives for v42, untouched text from /work/shared/data, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import screen

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[ ./()-]*\d){6,}")
# source, language, locale, how many
PLAN = [
    ("gsm8k_train", "en", "en_US", 34),
    ("math500", "en", "en_US", 18),
    ("hh_chosen", "en", "en_US", 22),
    ("moderation", "en", "en_GB", 16),
    ("hatecheck", "en", "en_GB", 16),
    ("mhc", "de", "de_DE", 10),
    ("mhc", "fr", "fr_FR", 10),
    ("mhc", "es", "es_ES", 10),
    ("mhc", "it", "it_IT", 10),
    ("mhc", "nl", "nl_NL", 11),
    ("mhc", "pt", "pt_BR", 11),
]
MHC = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese"}


def _rows(source, lang):
    if source == "gsm8k_train":
        with open(DATA / "math/gsm8k_train.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["question"] for x in f]
    if source == "math500":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["problem"] for x in f]
    if source == "hh_chosen":
        with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
            return [json.loads(x)["chosen"] for x in f]
    if source == "moderation":
        with gzip.open(
            DATA / "moderation/openai_moderation_samples-1680.jsonl.gz", "rt", encoding="utf-8"
        ) as f:
            return [json.loads(x)["prompt"] for x in f]
    if source == "hatecheck":
        path = DATA / "moderation/hatecheck_en_test_suite_cases.csv"
    else:
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{MHC[lang]}.csv"
    with open(path, encoding="utf-8", newline="") as f:
        return [r["test_case"] for r in csv.DictReader(f)]


def usable(text, region):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text) or screen.guard_hits(text):
        return False
    return not screen.phone_hits(text, sorted({region, "US", "GB"}))


def corpus_records(rng):
    out = []
    for source, lang, loc, n in PLAN:
        rows = _rows(source, lang)
        order = list(range(len(rows)))
        rng.shuffle(order)
        region = loc.split("_")[1]
        name = {"mhc": "mhatecheck"}.get(source, source)
        got = 0
        for i in order:
            if got == n:
                break
            if usable(rows[i], region):
                out.append({"id": f"{name}-{lang}-{i}", "locale": loc, "text": rows[i], "spans": []})
                got += 1
    return out
