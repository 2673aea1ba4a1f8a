"""Corpus negatives: untouched public texts from /work/shared/data, screened, with their row numbers."""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
from pathlib import Path

from .guards import violations

DATA = Path("/work/shared/data")
MHC = "moderation/multilingual_hatecheck/hatecheck_cases_final_{}.csv"
# (source id, language, file, reader, field, how many)
SOURCES = [
    ("gsm8k_train", "en", "math/gsm8k_train.jsonl", "jsonl", "question", 40),
    ("math500", "en", "math/math500_test.jsonl", "jsonl", "problem", 25),
    ("hh_rlhf", "en", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "jsonl", "chosen", 20),
    ("hatecheck", "en", "moderation/hatecheck_en_test_suite_cases.csv", "csv", "test_case", 20),
    ("mhc", "de", MHC.format("german"), "csv", "test_case", 8),
    ("mhc", "fr", MHC.format("french"), "csv", "test_case", 8),
    ("mhc", "es", MHC.format("spanish"), "csv", "test_case", 8),
    ("mhc", "it", MHC.format("italian"), "csv", "test_case", 7),
    ("mhc", "nl", MHC.format("dutch"), "csv", "test_case", 7),
    ("mhc", "pt", MHC.format("portuguese"), "csv", "test_case", 7),
]
LONG_DIGITS = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def _rows(path: Path, reader: str, fieldname: str) -> list[str]:
    if reader == "csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return [row.get(fieldname) or "" for row in csv.DictReader(fh)]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line).get(fieldname) or "" for line in fh]


def usable(text: str) -> bool:
    if not text or len(text) > 1500 or not re.search(r"\d", text):
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low or LONG_DIGITS.search(text):
        return False
    return not violations(text)


def draw(rng: random.Random) -> list[dict]:
    records = []
    for source, lang, rel, reader, fieldname, count in SOURCES:
        rows = _rows(DATA / rel, reader, fieldname)
        candidates = [i for i, text in enumerate(rows) if usable(text)]
        for i in sorted(rng.sample(candidates, count)):
            records.append({"id": f"{source}-{lang}-{i}", "locale": lang, "text": rows[i], "spans": []})
    return records
