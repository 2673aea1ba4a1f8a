"""Corpus negatives for v83: untouched texts from /work/shared/data, screened (GSM8K train is not used)."""

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
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "en_US": "US",
}
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def clean(text, locale):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.dirty(text, sorted({HOME[locale], "US", "GB"}))


def rows():
    """(source, language, row, locale, text) for every candidate, in file order."""
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
                    yield "mhc", lang, i, loc, row["test_case"].strip()


WANT = {
    ("math500", "en"): 40,
    ("amc23", "en"): 15,
    ("hatecheck", "en"): 25,
    ("mhc", "german"): 10,
    ("mhc", "french"): 10,
    ("mhc", "spanish"): 10,
    ("mhc", "italian"): 10,
    ("mhc", "dutch"): 10,
    ("mhc", "portuguese"): 10,
}


def corpus_records(rng):
    pools = {}
    for src, lang, i, loc, text in rows():
        pools.setdefault((src, lang), []).append((i, loc, text))
    out = []
    for key, n in WANT.items():
        cands = pools[key][:]
        rng.shuffle(cands)
        got = 0
        for i, loc, text in cands:
            if got == n:
                break
            if clean(text, loc):
                out.append({"id": f"{key[0]}-{key[1]}-{i}", "locale": loc, "text": text, "spans": []})
                got += 1
    return out
