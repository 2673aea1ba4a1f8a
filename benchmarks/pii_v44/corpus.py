"""Corpus negatives for v44 from /work/shared/data (sources v42 did not use, plus MHC rows)."""

import csv
import gzip
import json
import re

from . import screen

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "de_DE": "german",
    "fr_FR": "french",
    "es_ES": "spanish",
    "it_IT": "italian",
    "nl_NL": "dutch",
    "pt_BR": "portuguese",
}


def _ok(text, region):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not screen.guard_hits(text) and not screen.phone_hits(text, sorted({region, "US", "GB"}))


def _jsonl(path, key):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[key] for line in fh]


def corpus(rng, n_en=96, n_each=12):
    out = []
    en_sources = [
        ("gsm8k-test", f"{DATA}/math/gsm8k_test.jsonl", "question", "en_US", 30),
        ("aime24", f"{DATA}/math/aime24_test.jsonl", "problem", "en_US", 10),
        ("amc23", f"{DATA}/math/amc23_test.jsonl", "problem", "en_US", 12),
        ("humaneval", f"{DATA}/code/HumanEval.jsonl.gz", "prompt", "en_US", 20),
        (
            "hhrlhf-rejected",
            f"{DATA}/moderation/hh-rlhf_harmless-base_test.jsonl.gz",
            "rejected",
            "en_GB",
            24,
        ),
    ]
    for src, path, key, loc, n in en_sources:
        rows = _jsonl(path, key)
        idx = list(range(len(rows)))
        rng.shuffle(idx)
        got = 0
        for i in idx:
            if got == n:
                break
            if _ok(rows[i], loc[-2:]):
                out.append({"id": f"{src}-en-{i}", "locale": loc, "text": rows[i], "spans": []})
                got += 1
    for loc, lang in MHC.items():
        with open(
            f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv", encoding="utf-8"
        ) as fh:
            rows = [r["test_case"] for r in csv.DictReader(fh)]
        idx = list(range(len(rows)))
        rng.shuffle(idx)
        got = 0
        for i in idx:
            if got == n_each:
                break
            if _ok(rows[i], loc[-2:]):
                out.append({"id": f"mhatecheck-{loc[:2]}-{i}", "locale": loc, "text": rows[i], "spans": []})
                got += 1
    return out
