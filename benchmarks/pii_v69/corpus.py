"""Corpus negatives for v69, untouched text from /work/shared/data (GSM8K train is not used)."""

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
REG = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR"],
}


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def sources():
    """(source, language, locale, rows) for every corpus used."""
    out = [
        ("math500", "en", "en_US", _jsonl(DATA / "math/math500_test.jsonl", "problem")),
        ("amc23", "en", "en_US", _jsonl(DATA / "math/amc23_test.jsonl", "problem")),
    ]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        rows = [
            (row["test_case"] if row["label_gold"] == "non-hateful" else None) for row in csv.DictReader(f)
        ]
    out.append(("hatecheck", "en", "en_US", rows))
    with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
        out.append(
            ("hhrlhf", "en", "en_US", [json.loads(line)["chosen"].strip() for line in f if line.strip()])
        )
    for lang, loc in MHC.items():
        p = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(p, encoding="utf-8", newline="") as f:
            rows = [
                (row["test_case"] if row["label_gold"] == "non-hateful" else None)
                for row in csv.DictReader(f)
            ]
        out.append(("mhc", lang, loc, rows))
    return out


WANT = {"math500": 35, "amc23": 15, "hatecheck": 20, "hhrlhf": 15, "mhc": 8}


def clean(text, locale):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.dirty(text, REG[locale], whole=False)


def pick(rng):
    docs = []
    for src, lang, loc, rows in sources():
        order = list(range(len(rows)))
        rng.shuffle(order)
        got = 0
        for i in order:
            if got == WANT[src]:
                break
            if clean(rows[i], loc):
                docs.append({"id": f"{src}-{lang}-{i}", "locale": loc, "text": rows[i], "spans": []})
                got += 1
    return docs
