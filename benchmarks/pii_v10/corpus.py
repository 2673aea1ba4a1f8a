"""Corpus negatives: real English texts from /work/shared/data, untouched, screened like v10's own text."""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
from pathlib import Path

from .guards import problems

DATA = Path("/work/shared/data")
# source name, file, field, how many
SOURCES = [
    ("gsm8ktrain", "math/gsm8k_train.jsonl", "question", 40),
    ("math500", "math/math500_test.jsonl", "problem", 35),
    ("hhrlhf", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen", 30),
    ("humaneval", "code/HumanEval.jsonl.gz", "prompt", 20),
    ("hatecheck", "moderation/hatecheck_en_test_suite_cases.csv", "test_case", 25),
]
LONG_RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def _rows(path: Path, fld: str) -> list[str]:
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            return [row[fld] for row in csv.DictReader(fh)]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[fld] for line in fh]


def usable(text: str) -> bool:
    low = text.lower()
    return (
        len(text) <= 1500
        and any(c.isdigit() for c in text)
        and "@" not in text
        and "http" not in low
        and "www." not in low
        and not LONG_RUN.search(text)
        and not problems(text)
    )


def corpus_records(seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for name, rel, fld, n in SOURCES:
        texts = _rows(DATA / rel, fld)
        rows = [i for i, t in enumerate(texts) if usable(t)]
        for i in sorted(rng.sample(rows, n)):
            out.append({"id": "%s-en-%d" % (name, i), "locale": "en", "text": texts[i], "spans": []})
    return out
