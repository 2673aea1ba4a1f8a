"""Corpus negatives for v15: real texts from /work/shared/data, untouched, screened by guards.corpus_ok."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

DATA = Path("/work/shared/data")
MHC = "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv"
# (source id, language, file, field, how many); files v14 did not use, except Multilingual HateCheck
SOURCES = [
    ("gsm8k_test", "en", "math/gsm8k_test.jsonl", "question", 35),
    ("aime24", "en", "math/aime24_test.jsonl", "problem", 10),
    ("amc23", "en", "math/amc23_test.jsonl", "question", 10),
    ("humaneval", "en", "code/HumanEval.jsonl.gz", "prompt", 15),
    ("openai_moderation", "en", "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", 35),
    ("mhc", "de", MHC % "german", "test_case", 8),
    ("mhc", "fr", MHC % "french", "test_case", 8),
    ("mhc", "es", MHC % "spanish", "test_case", 8),
    ("mhc", "it", MHC % "italian", "test_case", 7),
    ("mhc", "nl", MHC % "dutch", "test_case", 7),
    ("mhc", "pt", MHC % "portuguese", "test_case", 7),
]


def rows(path: str, field: str) -> list[tuple[int, str]]:
    p = DATA / path
    if p.suffix == ".csv":
        with open(p, newline="", encoding="utf-8") as f:
            return [(i, r[field]) for i, r in enumerate(csv.DictReader(f))]
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8") as f:
        return [(i, json.loads(line)[field]) for i, line in enumerate(f)]


def build_corpus(rng, screen) -> list[tuple[dict, dict, dict]]:
    out = []
    for source, lang, path, field, n in SOURCES:
        ok = [(i, t) for i, t in rows(path, field) if screen(t)]
        for i, text in sorted(rng.sample(ok, n)):
            rec = {"id": "%s-%s-%d" % (source, lang, i), "locale": lang, "text": text, "spans": []}
            meta = {"type": "corpus", "source": source, "lang": lang, "file": path, "row": i}
            out.append((rec, {"values": []}, meta))
    return out
