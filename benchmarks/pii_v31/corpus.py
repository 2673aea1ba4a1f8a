# ruff: noqa: E501
"""Untouched corpus negatives from /work/shared/data, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import guard_hits

DATA = Path("/work/shared/data")
_RUN7 = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")


def _jsonl(path, key):
    op = gzip.open if path.suffix == ".gz" else open
    with op(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield i, json.loads(line).get(key) or ""


def _csv(path, key):
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            yield i, row.get(key) or ""


SOURCES = [
    ("gsm8k", "en", "en_US", lambda: _jsonl(DATA / "math/gsm8k_train.jsonl", "question")),
    ("math500", "en", "en_US", lambda: _jsonl(DATA / "math/math500_test.jsonl", "problem")),
    ("aime24", "en", "en_US", lambda: _jsonl(DATA / "math/aime24_test.jsonl", "problem")),
    ("amc23", "en", "en_US", lambda: _jsonl(DATA / "math/amc23_test.jsonl", "question")),
    ("humaneval", "en", "en_US", lambda: _jsonl(DATA / "code/HumanEval.jsonl.gz", "prompt")),
    (
        "hhrlhf",
        "en",
        "en_US",
        lambda: _jsonl(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rejected"),
    ),
    (
        "oaimod",
        "en",
        "en_US",
        lambda: _jsonl(DATA / "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt"),
    ),
    (
        "hatecheck",
        "en",
        "en_GB",
        lambda: _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv", "test_case"),
    ),
]
for _lang, _file, _loc in [
    ("de", "german", "de_DE"),
    ("fr", "french", "fr_FR"),
    ("es", "spanish", "es_ES"),
    ("it", "italian", "it_IT"),
    ("nl", "dutch", "nl_NL"),
    ("pt", "portuguese", "pt_BR"),
]:
    SOURCES.append(
        (
            "mhc",
            _lang,
            _loc,
            (
                lambda fn: (
                    lambda: _csv(
                        DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{fn}.csv",
                        "test_case",
                    )
                )
            )(_file),
        )
    )


def ok(text):
    return (
        0 < len(text) <= 1500
        and "@" not in text
        and "http" not in text
        and "www." not in text
        and not _RUN7.search(text)
        and not guard_hits(text)
    )


def pick(rng, total):
    per = [total // len(SOURCES)] * len(SOURCES)
    for i in range(total - sum(per)):
        per[i] += 1
    out = []
    for (src, lang, loc, it), k in zip(SOURCES, per, strict=True):
        rows = [(i, t) for i, t in it() if ok(t)]
        for i, t in rng.sample(rows, k):
            out.append({"id": f"{src}-{lang}-{i}", "locale": loc, "text": t, "spans": []})
    return out
