"""Corpus negatives for v56: untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de", "de_DE", ["DE"]),
    "french": ("fr", "fr_FR", ["FR"]),
    "spanish": ("es", "es_ES", ["ES"]),
    "italian": ("it", "it_IT", ["IT"]),
    "dutch": ("nl", "nl_NL", ["NL"]),
    "portuguese": ("pt", "pt_BR", ["BR", "PT"]),
}


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not (negs.guard_hits(text) or negs.phone_hits(text, regions))


def _jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        return [(i, json.loads(line)[field]) for i, line in enumerate(fh)]


def _csv(path, text_field, label_field):
    with open(path, encoding="utf-8", newline="") as fh:
        return [
            (i, r[text_field]) for i, r in enumerate(csv.DictReader(fh)) if r[label_field] == "non-hateful"
        ]


def pick(rng, rows, k, source, lang, locale, regions):
    rows = list(rows)
    rng.shuffle(rows)
    out = []
    for row, text in rows:
        if len(out) == k:
            break
        if text.strip() and clean(text, regions):
            out.append({"id": f"{source}-{lang}-{row}", "locale": locale, "text": text, "spans": []})
    return out


def corpus_docs(rng):
    en = ["US", "GB"]
    docs = pick(rng, _jsonl(f"{DATA}/math/math500_test.jsonl", "problem"), 40, "math500", "en", "en_US", en)
    docs += pick(rng, _jsonl(f"{DATA}/math/amc23_test.jsonl", "question"), 15, "amc23", "en", "en_US", en)
    docs += pick(
        rng,
        _csv(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", "test_case", "label_gold"),
        15,
        "hatecheck",
        "en",
        "en_GB",
        en,
    )
    for name, (_lang, locale, regions) in MHC.items():
        path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{name}.csv"
        docs += pick(rng, _csv(path, "test_case", "label_gold"), 10, "mhc", name, locale, regions)
    return docs
