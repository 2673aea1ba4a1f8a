"""Untouched corpus texts from /work/shared/data, screened so that they hold no value of any kind."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import guard_hits

DATA = Path("/work/shared/data")
DIGITS = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")
MHC = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese"}
LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
}
PLAN = [
    ("gsm8k_train", "en", 30),
    ("hh_rlhf_rejected", "en", 20),
    ("openai_moderation", "en", 20),
    ("math500", "en", 15),
    ("humaneval", "en", 13),
    ("hatecheck", "en", 10),
    ("aime24", "en", 3),
    ("amc23", "en", 3),
] + [("mhc", lang, 6) for lang in MHC]


def _jsonl(path, field):
    op = gzip.open if str(path).endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def _csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [row["test_case"] for row in csv.DictReader(f)]


def rows(source, lang):
    if source == "gsm8k_train":
        return _jsonl(DATA / "math/gsm8k_train.jsonl", "question")
    if source == "hh_rlhf_rejected":
        return _jsonl(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rejected")
    if source == "openai_moderation":
        return _jsonl(DATA / "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt")
    if source == "math500":
        return _jsonl(DATA / "math/math500_test.jsonl", "problem")
    if source == "humaneval":
        return _jsonl(DATA / "code/HumanEval.jsonl.gz", "prompt")
    if source == "aime24":
        return _jsonl(DATA / "math/aime24_test.jsonl", "problem")
    if source == "amc23":
        return _jsonl(DATA / "math/amc23_test.jsonl", "problem")
    if source == "hatecheck":
        return _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv")
    return _csv(DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % MHC[lang]))


def clean(text):
    return (
        len(text) <= 1500
        and "@" not in text
        and "http" not in text
        and "www." not in text
        and not DIGITS.search(text)
        and not guard_hits(text)
    )


def pick(rng):
    out = []
    for source, lang, n in PLAN:
        texts = rows(source, lang)
        order = list(range(len(texts)))
        rng.shuffle(order)
        got = 0
        for i in order:
            if got == n:
                break
            if clean(texts[i]):
                out.append(
                    {
                        "id": "%s-%s-%d" % (source, lang, i),
                        "locale": LOCALE[lang],
                        "text": texts[i],
                        "source": "%s-%s" % (source, lang),
                    }
                )
                got += 1
    return out
