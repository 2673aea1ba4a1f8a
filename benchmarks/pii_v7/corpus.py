"""Untouched public texts used as negatives (see /work/shared/data/SOURCES.md)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from benchmarks.pii_v7.guards import problems

# (id prefix, file under the data dir, JSON field, how many)
SOURCES = (
    ("gsm8k", "math/gsm8k_test.jsonl", "question", 50),
    ("hhrlhf", "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen", 50),
    ("oaimod", "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", 50),
)
LONG_RUN = re.compile(r"\d(?:[\s().\-/]*\d){6,}")


def _lines(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()


def usable(text: str) -> bool:
    """A digit, no '@', no link, at most 1,500 characters, no digit run of 7+ digits, guards clean."""
    low = text.lower()
    if not any(ch.isdigit() for ch in text) or "@" in text or "http" in low or "www." in low:
        return False
    if len(text) > 1500 or LONG_RUN.search(text):
        return False
    return not problems(text)


def pick(rng, data_dir) -> list[dict]:
    out = []
    for prefix, rel, field, count in SOURCES:
        rows = _lines(Path(data_dir) / rel)
        texts = [(i, json.loads(line).get(field, "")) for i, line in enumerate(rows)]
        good = [(i, t) for i, t in texts if isinstance(t, str) and usable(t)]
        chosen = sorted(rng.sample(good, count))
        out += [{"id": f"{prefix}-en-{i}", "locale": "en", "text": t, "spans": []} for i, t in chosen]
    return out
