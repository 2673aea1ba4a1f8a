"""Corpus negatives for v57: untouched texts from /work/shared/data (GSM8K train is not used)."""

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
MHC_REGIONS = {
    "german": ["DE", "AT", "CH"],
    "french": ["FR", "BE", "CH"],
    "spanish": ["ES"],
    "italian": ["IT"],
    "dutch": ["NL", "BE"],
    "portuguese": ["BR", "PT"],
}


def clean(text, regions):
    if not text.strip() or len(text) > 1500:
        return False
    if "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, regions)


def _rows():
    """(source, language, row, text, locale, regions) for every candidate."""
    en = ["US", "GB", "IN"]
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "math500", "en", i, json.loads(line)["problem"], "en_US", en
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "amc23", "en", i, json.loads(line)["problem"], "en_US", en
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck", "en", i, row["test_case"].strip(), "en_GB", en
    for lang, loc in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield "mhc", lang, i, row["test_case"], loc, MHC_REGIONS[lang]


QUOTA = {("math500", "en"): 30, ("amc23", "en"): 15, ("hatecheck", "en"): 25}
QUOTA.update({("mhc", lang): 10 for lang in MHC})


def corpus_records(rng):
    pools = {}
    for src, lang, i, text, loc, regions in _rows():
        pools.setdefault((src, lang), []).append((i, text, loc, regions))
    out = []
    for key in sorted(QUOTA):
        pool = pools[key][:]
        rng.shuffle(pool)
        taken = 0
        for i, text, loc, regions in pool:
            if taken == QUOTA[key]:
                break
            if clean(text, regions):
                out.append({"id": f"{key[0]}-{key[1]}-{i}", "locale": loc, "text": text, "spans": []})
                taken += 1
    return out
