"""Corpus negatives: untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data/"
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
REGIONS = ["US", "GB", "IN", "DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "BR", "PT", "IE", "AU"]
RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def clean(text):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN.search(text):
        return False
    return not negs.guard_hits(text) and not negs.doc_phone_hits(text, REGIONS)


def _jsonl(path, field):
    with open(DATA + path, encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f]


def _csv(path):
    with open(DATA + path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def take(rng, rows, n):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if len(out) == n:
            break
        if rows[i] and clean(rows[i]):
            out.append((i, rows[i]))
    return sorted(out)


def records(rng):
    out = []
    for name, path, n in [("math500", "math/math500_test.jsonl", 40), ("amc23", "math/amc23_test.jsonl", 12)]:
        for i, text in take(rng, _jsonl(path, "problem"), n):
            out.append({"id": f"{name}-en-{i}", "locale": "en_US", "text": text, "spans": []})
    rows = _csv("moderation/hatecheck_en_test_suite_cases.csv")
    texts = [r["test_case"] if r["label_gold"] == "non-hateful" else "" for r in rows]
    for i, text in take(rng, texts, 16):
        if text:
            out.append({"id": f"hatecheck-en-{i}", "locale": "en_GB", "text": text, "spans": []})
    for lang, loc in MHC.items():
        rows = _csv(f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv")
        texts = [r["test_case"] if r["label_gold"] == "non-hateful" else "" for r in rows]
        for i, text in take(rng, [t or "" for t in texts], 9):
            if text:
                out.append({"id": f"mhc-{lang}-{i}", "locale": loc, "text": text, "spans": []})
    return out
