"""Corpus negatives for v39 from /work/shared/data, screened (see the generator's docstring)."""

import csv
import gzip
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
LANGS = {
    "german": ("de", "de_DE"),
    "french": ("fr", "fr_FR"),
    "spanish": ("es", "es_ES"),
    "italian": ("it", "it_IT"),
    "dutch": ("nl", "nl_NL"),
    "portuguese": ("pt", "pt_BR"),
}
EN_REGIONS = ["US", "GB", "IN", "AU", "IE"]


def _ok(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.doc_hits(text, regions)


def _take(rng, rows, n, regions):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if len(out) == n:
            break
        if _ok(rows[i], regions):
            out.append((i, rows[i]))
    return sorted(out)


def records(rng):
    out = []
    with open(DATA + "/math/gsm8k_test.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line)["question"] for line in f]
    out += [("gsm8k-en-%d" % i, "en_US", t) for i, t in _take(rng, rows, 45, EN_REGIONS)]
    with gzip.open(DATA + "/moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line)["chosen"].strip() for line in f]
    out += [("hhrlhf-en-%d" % i, "en_US", t) for i, t in _take(rng, rows, 30, EN_REGIONS)]
    for name, (lang, loc) in LANGS.items():
        path = DATA + "/moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % name
        with open(path, encoding="utf-8", newline="") as f:
            rows = [row["test_case"] for row in csv.DictReader(f)]
        regions = {
            "de": ["DE", "AT", "CH"],
            "fr": ["FR", "BE"],
            "es": ["ES"],
            "it": ["IT"],
            "nl": ["NL", "BE"],
            "pt": ["BR", "PT"],
        }[lang]
        out += [("mhc-%s-%d" % (lang, i), loc, t) for i, t in _take(rng, rows, 11, regions)]
    return out
