"""Untouched real texts with digits, as pure negatives, from /work/shared/data (see its SOURCES.md).

GSM8K test questions (openai/grade-school-math, MIT), AIME 2024 and AMC 2023 problems
(QwenLM/Qwen2.5-Math evaluation data, MIT). Sets v4 used GSM8K train, MATH-500 and moderation
data, so these rows are new. Texts with an @, a URL or any value the guards would label are skipped.
"""

import json
import re
from pathlib import Path

from .guards import problems

DATA = Path("/work/shared/data/math")
SOURCES = [  # (source name for the id, file, text field, how many)
    ("gsm8k_test", "gsm8k_test.jsonl", "question", 100),
    ("aime24", "aime24_test.jsonl", "problem", 22),
    ("amc23", "amc23_test.jsonl", "problem", 28),
]


def _usable(text):
    return bool(re.search(r"\d", text)) and "@" not in text and "http" not in text and not problems(text)


def corpus_records(rng):
    """Records {id, locale, text, spans: []} and matching sidecar entries."""
    out = []
    for name, fname, field, want in SOURCES:
        rows = [
            json.loads(line)
            for line in (DATA / fname).read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        idx = [i for i, r in enumerate(rows) if _usable(r[field])]
        for i in sorted(rng.sample(idx, min(want, len(idx)))):
            out.append({"id": f"{name}-en-{i}", "locale": "en", "text": rows[i][field], "spans": []})
    return out
