"""Corpus negatives taken untouched from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
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
HOME = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "en_US": "US",
}
_RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def _ok(text, locale):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text or _RUN.search(text):
        return False
    regions = sorted({HOME[locale], "US", "GB"})
    return not negs.dirty(text, regions)


def _jsonl(path, field):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f]


def _pick(rng, rows, n, locale, prefix):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if len(out) == n:
            break
        if _ok(rows[i], locale):
            out.append({"id": f"{prefix}-{i}", "locale": locale, "text": rows[i], "spans": []})
    return out


def load(rng):
    docs = []
    docs += _pick(rng, _jsonl(DATA / "math/math500_test.jsonl", "problem"), 30, "en_US", "math500-en")
    docs += _pick(rng, _jsonl(DATA / "math/amc23_test.jsonl", "problem"), 15, "en_US", "amc23-en")
    with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
        firsts = []
        for line in f:
            chosen = json.loads(line)["chosen"]
            m = re.match(r"\s*Human: (.*?)\n\nAssistant:", chosen, re.S)
            firsts.append(m.group(1).strip() if m else "")
    docs += _pick(rng, firsts, 10, "en_US", "hhrlhf-en")
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        rows = [r["test_case"].strip() if r["label_gold"] == "non-hateful" else "" for r in csv.DictReader(f)]
    docs += _pick(rng, rows, 15, "en_US", "hatecheck-en")
    for lang, locale in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = [
                r["test_case"].strip() if r["label_gold"] == "non-hateful" else "" for r in csv.DictReader(f)
            ]
        docs += _pick(rng, rows, 10, locale, f"mhc-{lang}")
    return docs
