"""Corpus negatives for v54: untouched public texts from /work/shared/data, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from benchmarks.pii_v54 import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de_DE", ["DE"]),
    "french": ("fr_FR", ["FR"]),
    "spanish": ("es_ES", ["ES"]),
    "italian": ("it_IT", ["IT"]),
    "dutch": ("nl_NL", ["NL"]),
    "portuguese": ("pt_BR", ["PT", "BR"]),
}


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.dirty(text, regions)


def _rows_math500():
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield i, json.loads(line)["problem"]


def _rows_amc23():
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield i, json.loads(line)["problem"]


def _rows_hh():
    with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield i, json.loads(line)["chosen"].strip()


def _rows_hatecheck_en():
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if row["label_gold"] == "non-hateful":
                yield i, row["test_case"].strip()


def _rows_mhc(lang):
    path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if row["label_gold"] == "non-hateful":
                yield i, row["test_case"].strip()


def pick(rng, rows, n, regions):
    rows = list(rows)
    rng.shuffle(rows)
    out = []
    for i, text in rows:
        if text and clean(text, regions):
            out.append((i, text))
        if len(out) == n:
            break
    return sorted(out)


def corpus_docs(rng):
    docs = []
    en = ["US", "GB"]
    for name, rows, n in [
        ("math500", _rows_math500(), 24),
        ("amc23", _rows_amc23(), 12),
        ("hhrlhf", _rows_hh(), 18),
        ("hatecheck", _rows_hatecheck_en(), 16),
    ]:
        for i, text in pick(rng, rows, n, en):
            docs.append({"id": f"{name}-en-{i}", "locale": "en_US", "text": text, "spans": []})
    for lang, (locale, regions) in MHC.items():
        for i, text in pick(rng, _rows_mhc(lang), 10, regions):
            docs.append({"id": f"mhc-{lang}-{i}", "locale": locale, "text": text, "spans": []})
    return docs
