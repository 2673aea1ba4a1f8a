"""Corpus negatives, untouched rows from /work/shared/data (GSM8K test, AIME24, HumanEval prompts and
Multilingual HateCheck non-hateful cases), screened."""

import csv
import gzip
import json
import re

import phonenumbers as pn

from .negs import dirty

DATA = "/work/shared/data/"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de_DE", "DE"),
    "french": ("fr_FR", "FR"),
    "spanish": ("es_ES", "ES"),
    "italian": ("it_IT", "IT"),
    "dutch": ("nl_NL", "NL"),
    "portuguese": ("pt_BR", "BR"),
}


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not dirty(text, regions) and not any(True for _ in pn.PhoneNumberMatcher(text, "US"))


def pick(rng, rows, n, regions):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if clean(rows[i], regions):
            out.append(i)
        if len(out) == n:
            break
    return sorted(out)


def load(rng):
    recs = []
    with open(DATA + "math/gsm8k_test.jsonl") as f:
        rows = [json.loads(x)["question"] for x in f]
    recs += [("gsm8k_test", "en", "en_US", i, rows[i]) for i in pick(rng, rows, 40, ["US", "GB"])]
    with open(DATA + "math/aime24_test.jsonl") as f:
        rows = [json.loads(x)["problem"] for x in f]
    recs += [("aime24", "en", "en_US", i, rows[i]) for i in pick(rng, rows, 10, ["US", "GB"])]
    with gzip.open(DATA + "code/HumanEval.jsonl.gz", "rt") as f:
        rows = [json.loads(x)["prompt"] for x in f]
    recs += [("humaneval", "en", "en_US", i, rows[i]) for i in pick(rng, rows, 20, ["US", "GB"])]
    for lang, (loc, reg) in MHC.items():
        with open(DATA + f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv") as f:
            allrows = list(csv.DictReader(f))
        keep = [(i, r["test_case"]) for i, r in enumerate(allrows) if r["label_gold"] == "non-hateful"]
        texts = [t for _, t in keep]
        recs += [("mhc", lang, loc, keep[j][0], texts[j]) for j in pick(rng, texts, 10, [reg])]
    return recs
