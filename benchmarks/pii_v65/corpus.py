"""Corpus negatives from /work/shared/data (GSM8K train is not used), screened like the hard negatives."""

import csv
import gzip
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de_DE", ["DE"]),
    "french": ("fr_FR", ["FR"]),
    "spanish": ("es_ES", ["ES"]),
    "italian": ("it_IT", ["IT"]),
    "dutch": ("nl_NL", ["NL"]),
    "portuguese": ("pt_BR", ["BR", "PT"]),
}


def _ok(text, regions):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    return not RUN7.search(text) and not negs.dirty(text, regions)


def _pick(rng, rows, n, regions):
    rng.shuffle(rows)
    out = []
    for row, text in rows:
        if _ok(text, regions):
            out.append((row, text))
        if len(out) == n:
            break
    return sorted(out)


def load(rng):
    docs = []
    en = ["US", "GB"]
    with open(f"{DATA}/math/math500_test.jsonl", encoding="utf-8") as f:
        rows = [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    docs += [(f"math500-en-{i}", "en_US", t) for i, t in _pick(rng, rows, 30, en)]
    with open(f"{DATA}/math/amc23_test.jsonl", encoding="utf-8") as f:
        rows = [(i, json.loads(line)["problem"]) for i, line in enumerate(f)]
    docs += [(f"amc23-en-{i}", "en_US", t) for i, t in _pick(rng, rows, 10, en)]
    with gzip.open(f"{DATA}/moderation/openai_moderation_samples-1680.jsonl.gz", "rt", encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    keys = ["S", "H", "V", "HR", "SH", "S3", "H2", "V2"]
    rows = [(i, r["prompt"]) for i, r in enumerate(recs) if all(r.get(k) == 0 for k in keys)]
    docs += [(f"oaimod-en-{i}", "en_US", t) for i, t in _pick(rng, rows, 20, en)]
    with open(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        rows = [
            (i, r["test_case"].strip())
            for i, r in enumerate(csv.DictReader(f))
            if r["label_gold"] == "non-hateful"
        ]
    docs += [(f"hatecheck-en-{i}", "en_GB", t) for i, t in _pick(rng, rows, 10, en)]
    for lang, (loc, regs) in MHC.items():
        path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = [
                (i, r["test_case"])
                for i, r in enumerate(csv.DictReader(f))
                if r["label_gold"] == "non-hateful"
            ]
        docs += [(f"mhc-{lang}-{i}", loc, t) for i, t in _pick(rng, rows, 10, regs)]
    return docs
