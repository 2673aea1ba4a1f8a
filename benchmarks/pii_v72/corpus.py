"""Corpus negatives for v72, taken untouched from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
HOME = {
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
    "en_US": ["US", "GB"],
}
RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN.search(text):
        return False
    return not (negs.guard_hits(text) or negs.phone_hits(text, HOME[locale]))


def _rows():
    with open(f"{DATA}/math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "math500", "en", i, "en_US", json.loads(line)["problem"]
    with open(f"{DATA}/math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "amc23", "en", i, "en_US", json.loads(line)["problem"]
    with open(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck", "en", i, "en_US", row["test_case"].strip()
    for lang, loc in MHC.items():
        path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield "mhc", lang, i, loc, row["test_case"]


WANT = {"math500": 40, "amc23": 15, "hatecheck": 25, "mhc": 8}


def pick(rng):
    pools = {}
    for src, lang, row, loc, text in _rows():
        pools.setdefault((src, lang), []).append((row, loc, text))
    out = []
    for (src, lang), items in sorted(pools.items()):
        rng.shuffle(items)
        n = 0
        for row, loc, text in items:
            if n == WANT[src]:
                break
            if text and clean(text, loc):
                out.append({"id": f"{src}-{lang}-{row}", "locale": loc, "text": text, "spans": []})
                n += 1
    return out
