"""Corpus negatives: untouched texts from /work/shared/data, screened for anything a detector should flag."""

import csv
import gzip
import json
import re
from pathlib import Path

import phonenumbers as pn
from phonenumbers import Leniency

from . import screen

DATA = Path("/work/shared/data")
MHC = DATA / "moderation" / "multilingual_hatecheck"
RUN7 = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")
# source tag, language, locale, loader, how many
SOURCES = [
    ("gsm8ktrain", "en", "en_US", "gsm8k", 24),
    ("math500", "en", "en_US", "math500", 14),
    ("hhrlhf", "en", "en_US", "hh", 20),
    ("oaimod", "en", "en_GB", "oaimod", 18),
    ("hatecheck", "en", "en_GB", "hatecheck", 18),
    ("mhc", "de", "de_DE", "german", 12),
    ("mhc", "fr", "fr_FR", "french", 12),
    ("mhc", "es", "es_ES", "spanish", 12),
    ("mhc", "it", "it_IT", "italian", 12),
    ("mhc", "nl", "nl_NL", "dutch", 12),
    ("mhc", "pt", "pt_BR", "portuguese", 12),
]


def _jsonl(path, key):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[key] for line in fh]


def _csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return [row["test_case"] for row in csv.DictReader(fh)]


def load(which):
    if which == "gsm8k":
        return _jsonl(DATA / "math" / "gsm8k_train.jsonl", "question")
    if which == "math500":
        return _jsonl(DATA / "math" / "math500_test.jsonl", "problem")
    if which == "hh":
        return _jsonl(DATA / "moderation" / "hh-rlhf_harmless-base_test.jsonl.gz", "chosen")
    if which == "oaimod":
        return _jsonl(DATA / "moderation" / "openai_moderation_samples-1680.jsonl.gz", "prompt")
    if which == "hatecheck":
        return _csv(DATA / "moderation" / "hatecheck_en_test_suite_cases.csv")
    return _csv(MHC / f"hatecheck_cases_final_{which}.csv")


def clean(text, region):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    if screen.guard_hits(text):
        return False
    for r in dict.fromkeys([region, "US", "GB"]):
        if any(True for _ in pn.PhoneNumberMatcher(text, r, leniency=Leniency.VALID)):
            return False
    return True


def corpus_docs(rng):
    out = []
    for tag, lang, loc, which, n in SOURCES:
        rows = load(which)
        order = list(range(len(rows)))
        rng.shuffle(order)
        region = loc.split("_")[1]
        got = 0
        for i in order:
            if got == n:
                break
            text = rows[i]
            if text and text.strip() and clean(text, region):
                out.append({"id": f"{tag}-{lang}-{i}", "locale": loc, "text": text, "spans": []})
                got += 1
    return out
