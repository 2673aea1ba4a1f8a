"""Untouched texts from /work/shared/data as pure negatives: HumanEval prompts, MATH-500 problems
and English HateCheck test cases, only those holding a digit and nothing the guards flag."""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
from pathlib import Path

from .guards import problems

DATA = Path("/work/shared/data")
PER_SOURCE = 50


def _ok(text: str) -> bool:
    return bool(re.search(r"\d", text)) and "@" not in text and "http" not in text and not problems(text)


def _humaneval():
    with gzip.open(DATA / "code/HumanEval.jsonl.gz", "rt", encoding="utf-8") as fh:
        for row, line in enumerate(fh):
            yield row, json.loads(line)["prompt"]


def _math500():
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as fh:
        for row, line in enumerate(fh):
            yield row, json.loads(line)["problem"]


def _hatecheck():
    """At most three cases per template (case_templ), so near-duplicates do not pile up;
    row = 0-based data row (the file's unnamed first column)."""
    seen: dict[str, int] = {}
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
        for row, rec in enumerate(csv.DictReader(fh)):
            key = rec["case_templ"] or rec["test_case"]
            if seen.get(key, 0) >= 3 or not re.search(r"\d", rec["test_case"]):
                continue
            seen[key] = seen.get(key, 0) + 1
            yield row, rec["test_case"]


SOURCES = [("humaneval", _humaneval), ("math500", _math500), ("hatecheck", _hatecheck)]


def records(seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for name, reader in SOURCES:
        pool = [(row, text) for row, text in reader() if _ok(text)]
        chosen = sorted(rng.sample(pool, min(PER_SOURCE, len(pool))))
        out += [{"id": f"{name}-en-{row}", "locale": "en", "text": text, "spans": []} for row, text in chosen]
    return out
