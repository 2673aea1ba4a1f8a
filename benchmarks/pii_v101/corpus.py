"""Corpus negatives for v101, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
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
REGIONS = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}
# (source label, count) in the order they are drawn
PLAN = [("math500", 30), ("amc23", 10), ("hatecheck", 20)] + [(f"mhc-{k}", 10) for k in MHC]


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    regions = REGIONS[locale] + ["US"]
    return not negs.phone_hits(text, regions) and not negs.guard_hits(text)


def _rows(source):
    if source in ("math500", "amc23"):
        name = "math/math500_test.jsonl" if source == "math500" else "math/amc23_test.jsonl"
        with open(DATA / name, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                yield i, json.loads(line)["problem"], "en_US"
    elif source == "hatecheck":
        with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if row["label_gold"] == "non-hateful":
                    yield i, row["test_case"], "en_US"
    else:
        lang = source.split("-", 1)[1]
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if row["label_gold"] == "non-hateful":
                    yield i, row["test_case"], MHC[lang]


def corpus_records(rng):
    out = []
    for source, count in PLAN:
        rows = [r for r in _rows(source) if clean(r[1], r[2])]
        lang = "en" if source in ("math500", "amc23", "hatecheck") else source.split("-", 1)[1]
        for i, text, locale in sorted(rng.sample(rows, count)):
            out.append(
                {"id": f"{source.split('-')[0]}-{lang}-{i}", "locale": locale, "text": text, "spans": []}
            )
    return out
