"""Corpus negatives from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de_DE", "de"),
    "french": ("fr_FR", "fr"),
    "spanish": ("es_ES", "es"),
    "italian": ("it_IT", "it"),
    "dutch": ("nl_NL", "nl"),
    "portuguese": ("pt_BR", "pt"),
}


def clean(text, locale, lang):
    if not text or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, negs.screen_regions(locale, lang, locale.split("_")[1]))


def _jsonl(path, field):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def _pick(rng, rows, n, source, lang, locale, screen_lang="en"):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if len(out) == n:
            break
        if clean(rows[i], locale, screen_lang):
            out.append(("%s-%s-%d" % (source, lang, i), locale, rows[i]))
    return out


def corpus(rng):
    docs = []
    docs += _pick(rng, _jsonl(DATA / "math/math500_test.jsonl", "problem"), 36, "math500", "en", "en_US")
    docs += _pick(rng, _jsonl(DATA / "math/amc23_test.jsonl", "question"), 10, "amc23", "en", "en_US")
    hh = [
        t.split("\n\nAssistant:")[0].replace("\n\nHuman: ", "", 1).strip()
        for t in _jsonl(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen")
    ]
    docs += _pick(rng, hh, 20, "hhrlhf", "en", "en_US")
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8") as fh:
        rows = [
            row["test_case"].strip() if row["label_gold"] == "non-hateful" else ""
            for row in csv.DictReader(fh)
        ]
    docs += _pick(rng, rows, 10, "hatecheck", "en", "en_GB")
    for name, (locale, _lang) in MHC.items():
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % name)
        with open(path, encoding="utf-8") as fh:
            rows = [
                row["test_case"] if row["label_gold"] == "non-hateful" else "" for row in csv.DictReader(fh)
            ]
        docs += [
            ("mhc-%s-%s" % (name, i.rsplit("-", 1)[1]), loc, t)
            for i, loc, t in _pick(rng, rows, 9, "mhc", name, locale, _lang)
        ]
    return docs
