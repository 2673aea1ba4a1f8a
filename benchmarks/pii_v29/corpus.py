"""Untouched corpus texts from /work/shared/data as negatives, screened."""

import csv
import gzip
import json
import re

from .guards import guard_hits

D = "/work/shared/data/"
SEVEN = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")
MHC = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese"}
LOC = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "en": "en_US",
}


def _jsonl(path, key):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        return [json.loads(x)[key] for x in f]


def _csv(path, col):
    with open(path, encoding="utf-8", newline="") as f:
        return [row[col] for row in csv.DictReader(f)]


def ok(t):
    return (
        0 < len(t) <= 1500
        and "@" not in t
        and "http" not in t
        and "www." not in t
        and not SEVEN.search(t)
        and not guard_hits(t)
    )


PLAN = [
    ("gsm8k_train", "en", lambda: _jsonl(D + "math/gsm8k_train.jsonl", "question"), 28),
    ("math500", "en", lambda: _jsonl(D + "math/math500_test.jsonl", "problem"), 14),
    ("humaneval", "en", lambda: _jsonl(D + "code/HumanEval.jsonl.gz", "prompt"), 12),
    (
        "hh_rlhf_rejected",
        "en",
        lambda: _jsonl(D + "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rejected"),
        22,
    ),
    (
        "openai_moderation",
        "en",
        lambda: _jsonl(D + "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt"),
        20,
    ),
    ("hatecheck", "en", lambda: _csv(D + "moderation/hatecheck_en_test_suite_cases.csv", "test_case"), 10),
    ("aime24", "en", lambda: _jsonl(D + "math/aime24_test.jsonl", "problem"), 4),
    ("amc23", "en", lambda: _jsonl(D + "math/amc23_test.jsonl", "question"), 4),
]
for _l, _n in MHC.items():
    PLAN.append(
        (
            "mhc",
            _l,
            (
                lambda n=_n: _csv(
                    D + "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % n, "test_case"
                )
            ),
            6,
        )
    )


def pick(rng):
    out = []
    for src, lang, load, k in PLAN:
        rows = load()
        idx = list(range(len(rows)))
        rng.shuffle(idx)
        got = 0
        for i in idx:
            if got == k:
                break
            if ok(rows[i]):
                out.append(
                    {"id": "%s-%s-%d" % (src, lang, i), "locale": LOC[lang], "text": rows[i], "spans": []}
                )
                got += 1
    return out
