"""Untouched corpus negatives for the v22 held-out set, drawn from /work/shared/data and screened."""

import csv
import gzip
import json
import re

from .values import guard_hits

DATA = "/work/shared/data/"
LONG_RUN = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")
# (source name, language, locale, how many)
PLAN = [
    ("hhrlhf", "en", "en_US", 40),
    ("gsm8ktrain", "en", "en_GB", 25),
    ("math500", "en", "en_US", 10),
    ("hatecheck", "en", "en_GB", 15),
    ("mhc", "de", "de_DE", 10),
    ("mhc", "fr", "fr_FR", 10),
    ("mhc", "es", "es_ES", 10),
    ("mhc", "it", "it_IT", 10),
    ("mhc", "nl", "nl_NL", 10),
    ("mhc", "pt", "pt_BR", 10),
]
MHC = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese"}


def _csv_rows(path, field):
    with open(path, newline="", encoding="utf-8") as f:
        return [row[field] for row in csv.DictReader(f)]


def rows(source, lang):
    """All texts of a source, in data-row order (0-based, header not counted)."""
    if source == "hhrlhf":
        with gzip.open(DATA + "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
            return [json.loads(line)["chosen"] for line in f]
    if source == "gsm8ktrain":
        with open(DATA + "math/gsm8k_train.jsonl", encoding="utf-8") as f:
            return [json.loads(line)["question"] for line in f]
    if source == "math500":
        with open(DATA + "math/math500_test.jsonl", encoding="utf-8") as f:
            return [json.loads(line)["problem"] for line in f]
    if source == "hatecheck":
        return _csv_rows(DATA + "moderation/hatecheck_en_test_suite_cases.csv", "test_case")
    path = DATA + "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % MHC[lang]
    return _csv_rows(path, "test_case")


def clean(text):
    low = text.lower()
    if len(text) > 1500 or "@" in text or "http" in low or "www." in low:
        return False
    return not LONG_RUN.search(text) and not guard_hits(text)


def corpus_docs(rng):
    docs = []
    for source, lang, locale, k in PLAN:
        texts = rows(source, lang)
        ok = [i for i, t in enumerate(texts) if clean(t)]
        seen = set()
        picked = []
        for i in rng.sample(ok, min(len(ok), 4 * k)):
            if texts[i] not in seen and len(picked) < k:
                seen.add(texts[i])
                picked.append(i)
        for i in sorted(picked):
            docs.append(
                (
                    {"id": "%s-%s-%d" % (source, lang, i), "locale": locale, "text": texts[i], "spans": []},
                    [],
                    {"type": "corpus", "lang": lang, "source": source},
                )
            )
    return docs
