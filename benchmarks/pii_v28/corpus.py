"""Untouched corpus negatives from /work/shared/data, screened as v27 describes."""

import csv
import gzip
import json
import re

from .guards import guard_hits

DATA = "/work/shared/data/"
MHC = {"de": "german", "es": "spanish", "fr": "french", "it": "italian", "nl": "dutch", "pt": "portuguese"}
PLAN = (
    [
        ("gsm8k_train", "en", 30),
        ("hh_rlhf_rejected", "en", 20),
        ("openai_moderation", "en", 20),
        ("math500", "en", 15),
        ("humaneval", "en", 13),
        ("hatecheck", "en", 10),
    ]
    + [("mhc", lang, 6) for lang in MHC]
    + [("aime24", "en", 3), ("amc23", "en", 3)]
)
LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "es": "es_ES",
    "fr": "fr_FR",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
}
_RUN7 = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")


def _jsonl(path, key, gz=False):
    op = gzip.open if gz else open
    with op(DATA + path, "rt", encoding="utf-8") as f:
        return [json.loads(line)[key] for line in f if line.strip()]


def _csv(path):
    with open(DATA + path, encoding="utf-8", newline="") as f:
        return [row["test_case"] for row in csv.DictReader(f)]


def rows(source, lang):
    if source == "gsm8k_train":
        return _jsonl("math/gsm8k_train.jsonl", "question")
    if source == "hh_rlhf_rejected":
        return _jsonl("moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rejected", gz=True)
    if source == "openai_moderation":
        return _jsonl("moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", gz=True)
    if source == "math500":
        return _jsonl("math/math500_test.jsonl", "problem")
    if source == "humaneval":
        return _jsonl("code/HumanEval.jsonl.gz", "prompt", gz=True)
    if source == "aime24":
        return _jsonl("math/aime24_test.jsonl", "problem")
    if source == "amc23":
        return _jsonl("math/amc23_test.jsonl", "problem")
    if source == "hatecheck":
        return _csv("moderation/hatecheck_en_test_suite_cases.csv")
    return _csv("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % MHC[lang])


def screened(text):
    return (
        len(text) <= 1500
        and "@" not in text
        and "http" not in text
        and "www." not in text
        and not _RUN7.search(text)
        and not guard_hits(text)
        and text.strip() != ""
    )


def corpus_records(rng):
    out = []
    for source, lang, n in PLAN:
        data = rows(source, lang)
        order = list(range(len(data)))
        rng.shuffle(order)
        got, seen = 0, set()
        for i in order:
            t = data[i]
            if not screened(t) or t in seen:
                continue
            seen.add(t)
            name = source + ("-" + lang if source != "mhc" else "-" + lang)
            out.append(
                {
                    "id": "%s-%s-%d" % (source, lang, i),
                    "locale": LOCALE[lang],
                    "text": t,
                    "spans": [],
                    "_source": name,
                }
            )
            got += 1
            if got == n:
                break
    return out
