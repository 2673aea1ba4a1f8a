"""Corpus negatives for v118, untouched text from /work/shared/data (MATH-500, AMC23, HateCheck, MHC)."""

import csv
import json
import random
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = [
    ("german", "de_DE", "DE"),
    ("french", "fr_FR", "FR"),
    ("spanish", "es_ES", "ES"),
    ("italian", "it_IT", "IT"),
    ("dutch", "nl_NL", "NL"),
    ("portuguese", "pt_BR", "BR"),
]


def clean(text: str, regions) -> bool:
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.doc_hits(text, regions)


def _pick(rng, rows, n, regions):
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i in order:
        if rows[i] and clean(rows[i], regions):
            out.append(i)
            if len(out) == n:
                break
    return sorted(out)


def _rec(rid, locale, text):
    return ({"id": rid, "locale": locale, "text": text, "spans": []}, {"values": []})


def load(rng: random.Random):
    docs = []
    en = ["US", "GB", "IN"]
    for name, field, n in (("math500_test", "problem", 40), ("amc23_test", "problem", 20)):
        rows = [json.loads(x)[field] for x in (DATA / "math" / f"{name}.jsonl").read_text().splitlines() if x]
        docs += [_rec(f"{name}-en-{i}", "en_US", rows[i]) for i in _pick(rng, rows, n, en)]
    with open(DATA / "moderation" / "hatecheck_en_test_suite_cases.csv", newline="") as f:
        hc = [r for r in csv.DictReader(f)]
    rows = [r["test_case"] if r["label_gold"] == "non-hateful" else "" for r in hc]
    rows = [r.strip() for r in rows]
    docs += [_rec(f"hatecheck_en-en-{i}", "en_US", rows[i]) for i in _pick(rng, rows, 20, en) if rows[i]]
    for lang, locale, region in MHC:
        with open(
            DATA / "moderation" / "multilingual_hatecheck" / f"hatecheck_cases_final_{lang}.csv", newline=""
        ) as f:
            mc = [r for r in csv.DictReader(f)]
        rows = [r["test_case"] if r["label_gold"] == "non-hateful" else "" for r in mc]
        docs += [_rec(f"mhc-{lang}-{i}", locale, rows[i]) for i in _pick(rng, rows, 7, [region]) if rows[i]]
    return docs
