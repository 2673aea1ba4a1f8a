"""Corpus negatives for v81: untouched public texts from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
# (source id, language, locale, file, how many)
SOURCES = [
    ("math500", "en", "en_US", "math/math500_test.jsonl", 30),
    ("amc23", "en", "en_US", "math/amc23_test.jsonl", 15),
    ("hatecheck", "en", "en_GB", "moderation/hatecheck_en_test_suite_cases.csv", 15),
    ("mhc", "german", "de_DE", "moderation/multilingual_hatecheck/hatecheck_cases_final_german.csv", 10),
    ("mhc", "french", "fr_FR", "moderation/multilingual_hatecheck/hatecheck_cases_final_french.csv", 10),
    ("mhc", "spanish", "es_ES", "moderation/multilingual_hatecheck/hatecheck_cases_final_spanish.csv", 10),
    ("mhc", "italian", "it_IT", "moderation/multilingual_hatecheck/hatecheck_cases_final_italian.csv", 10),
    ("mhc", "dutch", "nl_NL", "moderation/multilingual_hatecheck/hatecheck_cases_final_dutch.csv", 10),
    (
        "mhc",
        "portuguese",
        "pt_BR",
        "moderation/multilingual_hatecheck/hatecheck_cases_final_portuguese.csv",
        10,
    ),
]
REGIONS = {
    "en_US": ["US", "GB"],
    "en_GB": ["GB", "US"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def _rows(source, path):
    if path.endswith(".jsonl"):
        with open(DATA / path, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                yield i, json.loads(line)["problem"]
        return
    with open(DATA / path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if row.get("label_gold") == "non-hateful":
                yield i, row["test_case"].strip()


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not (negs.guard_hits(text) or negs.phone_hits_doc(text, REGIONS[locale]))


def records(rng):
    out = []
    for source, language, locale, path, count in SOURCES:
        rows = [(i, t) for i, t in _rows(source, path) if t and clean(t, locale)]
        for i, t in sorted(rng.sample(rows, count)):
            name = f"{source}-{language}-{i}" if source == "mhc" else f"{source}-en-{i}"
            out.append({"id": name, "locale": locale, "text": t, "spans": []})
    return out
