"""Corpus negatives from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
_RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PT", "IN"]


def ok(text):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or _RUN7.search(text):
        return False
    return not negs.guard_hits(text) and not negs.doc_hits(text, REGIONS)


def _rows():
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as fh:
        yield "math500", "en", "en_US", [json.loads(x)["problem"] for x in fh], 40
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as fh:
        yield "amc23", "en", "en_US", [json.loads(x)["problem"] for x in fh], 10
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    yield (
        "hatecheck",
        "en",
        "en_GB",
        [r["test_case"] if r["label_gold"] == "non-hateful" else None for r in rows],
        20,
    )
    for lang, loc in MHC.items():
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % lang)
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        yield (
            "mhc",
            lang,
            loc,
            [r["test_case"] if r["label_gold"] == "non-hateful" else None for r in rows],
            10,
        )
    with gzip.open(DATA / "code/HumanEval.jsonl.gz", "rt", encoding="utf-8") as fh:
        yield "humaneval", "en", "en_US", [json.loads(x)["prompt"] for x in fh], 0


def build(rng):
    out = []
    for source, lang, loc, texts, n in _rows():
        if not n:
            continue
        idx = [i for i, t in enumerate(texts) if t]
        rng.shuffle(idx)
        taken = 0
        for i in idx:
            if taken == n:
                break
            if ok(texts[i]):
                out.append(
                    {"id": "%s-%s-%d" % (source, lang, i), "locale": loc, "text": texts[i], "spans": []}
                )
                taken += 1
    return out
