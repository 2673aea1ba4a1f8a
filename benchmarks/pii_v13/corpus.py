"""Corpus negatives: untouched texts from /work/shared/data, screened so they hold no value of any kind."""

from __future__ import annotations

import csv
import gzip
import json
import re
from pathlib import Path

from .guards import trips

DATA = Path("/work/shared/data")
LONG_DIGITS = re.compile(r"\d(?:[ \-./()]?\d){6,}")
HATECHECK = {
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
}
# (source id, language, file, field, how many)
PLAN = [
    ("gsm8k-test", "en", "math/gsm8k_test.jsonl", "question", 45),
    ("openai-moderation", "en", "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", 35),
    ("aime24", "en", "math/aime24_test.jsonl", "problem", 7),
    ("amc23", "en", "math/amc23_test.jsonl", "problem", 8),
    ("humaneval", "en", "code/HumanEval.jsonl.gz", "prompt", 25),
] + [
    (
        f"mhc-{name}",
        lang,
        f"moderation/multilingual_hatecheck/hatecheck_cases_final_{name}.csv",
        "test_case",
        5,
    )
    for lang, name in HATECHECK.items()
]


def acceptable(text: str) -> bool:
    low = text.lower()
    if len(text) > 1500 or not re.search(r"\d", text):
        return False
    if "@" in text or "http" in low or "www." in low:
        return False
    if LONG_DIGITS.search(text):
        return False
    return trips(text) is None


def rows(path: str, field: str) -> list[str]:
    full = DATA / path
    if path.endswith(".csv"):
        with full.open(encoding="utf-8", newline="") as fh:
            return [row[field] for row in csv.DictReader(fh)]
    opener = gzip.open if path.endswith(".gz") else open
    with opener(full, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def draw(rng) -> list[dict]:
    """Records for the corpus negatives, with id <source>-<language>-<row> (0-based row)."""
    out = []
    for source, lang, path, field, count in PLAN:
        texts = rows(path, field)
        order = list(range(len(texts)))
        rng.shuffle(order)
        picked = [i for i in order if acceptable(texts[i])][:count]
        if len(picked) < count:
            raise RuntimeError(f"{source}: only {len(picked)} usable rows")
        out += [
            {"id": f"{source}-{lang}-{i}", "locale": lang, "text": texts[i], "spans": [], "source": source}
            for i in sorted(picked)
        ]
    return out
