"""Corpus negatives, untouched rows of /work/shared/data, screened (see screen.corpus_ok)."""

import csv
import gzip
import json
from pathlib import Path

from . import screen

DATA = Path("/work/shared/data")
MHC = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese"}
MHC_LOCALE = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pt": "pt_BR"}
# source, language, how many
PLAN = [
    ("mhc", "de", 14),
    ("mhc", "fr", 14),
    ("mhc", "es", 14),
    ("mhc", "it", 14),
    ("mhc", "nl", 14),
    ("mhc", "pt", 14),
    ("hatecheck", "en", 20),
    ("oaimod", "en", 20),
    ("gsm8ktest", "en", 14),
    ("hhrlhf", "en", 12),
]


def _rows(source, lang):
    if source == "mhc":
        with open(
            DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % MHC[lang]),
            newline="",
            encoding="utf-8",
        ) as f:
            return [r["test_case"] for r in csv.DictReader(f)]
    if source == "hatecheck":
        with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", newline="", encoding="utf-8") as f:
            return [r["test_case"].strip() for r in csv.DictReader(f)]
    if source == "oaimod":
        path = DATA / "moderation/openai_moderation_samples-1680.jsonl.gz"
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return [json.loads(x)["prompt"] for x in f]
    if source == "gsm8ktest":
        with open(DATA / "math/gsm8k_test.jsonl", encoding="utf-8") as f:
            return [json.loads(x)["question"] for x in f]
    if source == "hhrlhf":
        with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
            return [json.loads(x)["chosen"] for x in f]
    raise KeyError(source)


def corpus_docs(rng):
    out = []
    for source, lang, n in PLAN:
        rows = _rows(source, lang)
        locale = MHC_LOCALE.get(lang, "en_US")
        regions = sorted(set(screen.HOME[lang] + [locale[-2:]]))
        idx = list(range(len(rows)))
        rng.shuffle(idx)
        got = 0
        for i in idx:
            if got == n:
                break
            t = rows[i]
            if not t or not t.strip() or not screen.corpus_ok(t, regions):
                continue
            out.append({"id": "%s-%s-%d" % (source, lang, i), "locale": locale, "text": t, "spans": []})
            got += 1
    return out
