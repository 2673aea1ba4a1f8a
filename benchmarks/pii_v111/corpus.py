"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def ok(text, regions):
    if (
        not text.strip()
        or len(text) > 1500
        or "@" in text
        or "http" in text
        or "www." in text
        or RUN7.search(text)
    ):
        return False
    return not negs.text_hits(text, regions)


def _take(rng, rows, n, regions):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    got = []
    for i in idx:
        if len(got) == n:
            break
        if ok(rows[i], regions):
            got.append(i)
    return sorted(got)


def corpus(rng):
    out = []
    math = [json.loads(x)["problem"] for x in open(DATA / "math/math500_test.jsonl", encoding="utf-8")]
    for i in _take(rng, math, 40, ["US", "GB"]):
        out.append({"id": f"math500-en-{i}", "locale": "en_US", "text": math[i], "spans": []})
    amc = [json.loads(x)["problem"] for x in open(DATA / "math/amc23_test.jsonl", encoding="utf-8")]
    for i in _take(rng, amc, 10, ["US", "GB"]):
        out.append({"id": f"amc23-en-{i}", "locale": "en_US", "text": amc[i], "spans": []})
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [r["test_case"].strip() if r["label_gold"] == "non-hateful" else "" for r in rows]
    for i in _take(rng, texts, 20, ["US", "GB"]):
        if texts[i]:
            out.append({"id": f"hatecheck-en-{i}", "locale": "en_GB", "text": texts[i], "spans": []})
    for lang, locale in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        texts = [r["test_case"] if r["label_gold"] == "non-hateful" else "" for r in rows]
        region = locale[-2:]
        for i in _take(rng, texts, 8, [region]):
            if texts[i]:
                out.append({"id": f"mhc-{lang}-{i}", "locale": locale, "text": texts[i], "spans": []})
    return out
