"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
DIGIT_RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "dutch": "nl_NL",
    "french": "fr_FR",
    "german": "de_DE",
    "italian": "it_IT",
    "portuguese": "pt_BR",
    "spanish": "es_ES",
}
HOME = {
    "en_US": ["US", "GB"],
    "nl_NL": ["NL"],
    "fr_FR": ["FR"],
    "de_DE": ["DE"],
    "it_IT": ["IT"],
    "pt_BR": ["BR", "PT"],
    "es_ES": ["ES"],
}


def _clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or DIGIT_RUN.search(text):
        return False
    return not negs.dirty(text, HOME[locale])


def _rows():
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "math500", "en", "en_US", i, json.loads(line)["problem"]
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "amc23", "en", "en_US", i, json.loads(line)["problem"]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck", "en", "en_US", i, row["test_case"].strip()
    for lang, loc in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield "mhc", lang, loc, i, row["test_case"]


QUOTA = {"math500": 30, "amc23": 15, "hatecheck": 15, "mhc": 10}


def corpus_docs(rng):
    pools = {}
    for src, lang, loc, row, text in _rows():
        pools.setdefault((src, lang), []).append((loc, row, text))
    docs = []
    for (src, lang), items in sorted(pools.items()):
        rng.shuffle(items)
        taken = 0
        for loc, row, text in items:
            if taken == QUOTA[src]:
                break
            if _clean(text, loc):
                docs.append(
                    {
                        "id": f"{src}-{lang}-{row}",
                        "locale": loc,
                        "text": text,
                        "spans": [],
                        "values": [],
                        "group": "corpus",
                        "source": f"{src}-{lang}",
                    }
                )
                taken += 1
    return docs
