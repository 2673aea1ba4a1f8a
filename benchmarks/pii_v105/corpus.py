"""Corpus negatives for v105: untouched texts from /work/shared/data (not GSM8K), screened."""

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
LANG_REG = {
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
    "en_US": ["US", "GB"],
}


def ok(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.guard_hits(text) and not negs.phone_hits(text, LANG_REG[locale])


def rows():
    """Yield (source, row, locale, text) for every candidate."""
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "math500", i, "en_US", json.loads(line)["problem"]
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "amc23", i, "en_US", json.loads(line)["problem"]
    with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            chosen = json.loads(line)["chosen"]
            first = chosen.split("\n\nAssistant:")[0].replace("\n\nHuman: ", "", 1).strip()
            yield "hhrlhf", i, "en_US", first
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck", i, "en_US", row["test_case"].strip()
    for lang, loc in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield f"mhc-{lang}", i, loc, row["test_case"].strip()


QUOTA = {"math500": 25, "amc23": 12, "hhrlhf": 20, "hatecheck": 15, **{f"mhc-{k}": 8 for k in MHC}}


def pick(rng):
    pools = {}
    for src, i, loc, text in rows():
        if text:
            pools.setdefault(src, []).append((i, loc, text))
    out = []
    for src, n in QUOTA.items():
        cands = pools[src]
        rng.shuffle(cands)
        got = 0
        for i, loc, text in cands:
            if got == n:
                break
            if ok(text, loc):
                sid = src if src.startswith("mhc-") else f"{src}-en"
                out.append({"id": f"{sid}-{i}", "locale": loc, "text": text, "spans": []})
                got += 1
    return out
