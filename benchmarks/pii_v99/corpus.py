"""Corpus negatives for v99, untouched text from /work/shared/data (see make_heldout_set)."""

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
HOME = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, HOME[locale])


def _rows(source):
    if source == "math500":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            for i, line in enumerate(f):
                yield i, json.loads(line)["problem"], "en_US", "math500-en"
    elif source == "amc23":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
            for i, line in enumerate(f):
                yield i, json.loads(line)["question"], "en_US", "amc23-en"
    elif source == "hatecheck":
        with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield i, row["test_case"].strip(), "en_US", "hatecheck-en"
    else:
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{source}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield i, row["test_case"].strip(), MHC[source], f"mhc-{source}"


PLAN = {"math500": 30, "amc23": 15, "hatecheck": 15, **{k: 10 for k in MHC}}


def records(rng):
    out = []
    for source, n in PLAN.items():
        rows = list(_rows(source))
        rng.shuffle(rows)
        taken = 0
        for row, text, locale, name in rows:
            if taken == n:
                break
            if text and clean(text, locale):
                out.append({"id": f"{name}-{row}", "locale": locale, "text": text, "spans": [], "values": []})
                taken += 1
    return out
