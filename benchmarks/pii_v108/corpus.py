"""Corpus negatives: untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
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
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    regions = negs.screen_regions(locale, locale.split("_")[1], LANG[locale])
    return not (negs.guard_hits(text) or negs.phone_hits(text, regions))


def _jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def _rows():
    """(source-language, locale, row, text) candidates from each file."""
    out = {}
    out["math500-en"] = [
        ("en_US", i, t) for i, t in enumerate(_jsonl(DATA / "math/math500_test.jsonl", "problem"))
    ]
    out["amc23-en"] = [
        ("en_US", i, t) for i, t in enumerate(_jsonl(DATA / "math/amc23_test.jsonl", "problem"))
    ]
    with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as fh:
        out["hhrlhf-en"] = [("en_US", i, json.loads(line)["chosen"].strip()) for i, line in enumerate(fh)]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
        out["hatecheck-en"] = [
            ("en_US", i, r["test_case"].strip())
            for i, r in enumerate(csv.DictReader(fh))
            if r["label_gold"] == "non-hateful"
        ]
    for lang, loc in MHC.items():
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang)
        with open(path, encoding="utf-8", newline="") as fh:
            out["mhc-" + lang] = [
                (loc, i, r["test_case"].strip())
                for i, r in enumerate(csv.DictReader(fh))
                if r["label_gold"] == "non-hateful"
            ]
    return out


QUOTA = {
    "math500-en": 24,
    "amc23-en": 12,
    "hhrlhf-en": 18,
    "hatecheck-en": 14,
    "mhc-german": 9,
    "mhc-french": 9,
    "mhc-spanish": 8,
    "mhc-italian": 8,
    "mhc-dutch": 9,
    "mhc-portuguese": 9,
}


def corpus_docs(rng):
    docs = []
    rows = _rows()
    for src in QUOTA:
        cands = list(rows[src])
        rng.shuffle(cands)
        taken = 0
        for loc, row, text in cands:
            if taken == QUOTA[src]:
                break
            if clean(text, loc):
                docs.append({"id": "%s-%d" % (src, row), "locale": loc, "text": text, "spans": []})
                taken += 1
    return docs
