"""Corpus negatives for the v70 set, taken untouched from /work/shared/data (GSM8K train not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")

MHC = {
    "dutch": "nl_NL",
    "french": "fr_FR",
    "german": "de_DE",
    "italian": "it_IT",
    "portuguese": "pt_BR",
    "spanish": "es_ES",
}
REGIONS = {
    "en_US": ["US", "GB"],
    "nl_NL": ["NL"],
    "fr_FR": ["FR"],
    "de_DE": ["DE"],
    "it_IT": ["IT"],
    "pt_BR": ["BR"],
    "es_ES": ["ES"],
}


def clean(text, locale):
    if not text or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.doc_hits(text, REGIONS[locale])


def _rows():
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "math500-en", i, "en_US", json.loads(line)["problem"]
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "amc23-en", i, "en_US", json.loads(line)["problem"]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck-en", i, "en_US", row["test_case"]
    for lang, locale in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield f"mhc-{lang}", i, locale, row["test_case"]


WANT = {"math500-en": 35, "amc23-en": 15, "hatecheck-en": 20}


def corpus_records(rng):
    pools = {}
    for src, row, locale, text in _rows():
        pools.setdefault(src, []).append((row, locale, text))
    out = []
    for src in sorted(pools):
        want = WANT.get(src, 10)
        cands = pools[src][:]
        rng.shuffle(cands)
        taken = 0
        for row, locale, text in cands:
            if taken == want:
                break
            if clean(text, locale):
                out.append(
                    ({"id": f"{src}-{row}", "locale": locale, "text": text, "spans": []}, {"values": []})
                )
                taken += 1
    return out
