"""Untouched corpus negatives of the v23 set, from /work/shared/data (see its SOURCES.md for provenance)."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import values as V

DATA = Path("/work/shared/data")
MHC = "moderation/multilingual_hatecheck/hatecheck_cases_final_{}.csv"
# (source id, language, locale, file, field, how many)
SOURCES = [
    ("gsm8k_train", "en", "en_US", "math/gsm8k_train.jsonl", "question", 35),
    ("math500", "en", "en_US", "math/math500_test.jsonl", "problem", 20),
    ("humaneval", "en", "en_US", "code/HumanEval.jsonl.gz", "prompt", 15),
    ("hh_rlhf_harmless", "en", "en_US", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen", 20),
    ("hatecheck", "en", "en_GB", "moderation/hatecheck_en_test_suite_cases.csv", "test_case", 15),
    ("mhc", "de", "de_DE", MHC.format("german"), "test_case", 8),
    ("mhc", "fr", "fr_FR", MHC.format("french"), "test_case", 8),
    ("mhc", "es", "es_ES", MHC.format("spanish"), "test_case", 8),
    ("mhc", "it", "it_IT", MHC.format("italian"), "test_case", 7),
    ("mhc", "nl", "nl_NL", MHC.format("dutch"), "test_case", 7),
    ("mhc", "pt", "pt_BR", MHC.format("portuguese"), "test_case", 7),
]
LONG_RUN = re.compile(r"\d(?:[ \t\-./()]{0,3}\d){6,}")


def rows(path, field):
    p = DATA / path
    if path.endswith(".csv"):
        with open(p, newline="", encoding="utf-8") as fh:
            return [r[field] for r in csv.DictReader(fh)]
    opener = gzip.open if path.endswith(".gz") else open
    with opener(p, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def clean(text):
    low = text.lower()
    return (
        0 < len(text) <= 1500
        and "@" not in text
        and "http" not in low
        and "www." not in low
        and not LONG_RUN.search(text)
        and not V.guard_hits(text)
    )


def corpus_docs(rng):
    out = []
    for src, lang, locale, path, field, n in SOURCES:
        texts = rows(path, field)
        ok = [i for i, t in enumerate(texts) if clean(t)]
        for i in sorted(rng.sample(ok, n)):
            out.append(
                {
                    "id": f"{src}-{lang}-{i}",
                    "locale": locale,
                    "text": texts[i],
                    "spans": [],
                    "_lang": lang,
                    "_source": src,
                }
            )
    return out
