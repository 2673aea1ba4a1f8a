"""Untouched real sentences from /work/shared/data, as negatives for held-out set v4."""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

from benchmarks.pii_v4.checks import hazards

DATA = Path("/work/shared/data")
RISKY = re.compile(r"@|https?:|www\.|\+\s?\d|\d(?:[\s\-().]*\d){6,}|\b\d{3}-\d{2}-\d{4}\b")
MOD_KEYS = ("S", "H", "V", "HR", "SH", "S3", "H2", "V2")


def _gsm8k() -> list[str]:
    with open(DATA / "math/gsm8k_train.jsonl", encoding="utf-8") as fh:
        return [json.loads(line)["question"] for line in fh]


def _math500() -> list[str]:
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as fh:
        return [json.loads(line)["problem"] for line in fh]


def _moderation() -> list[str]:
    out = []
    with gzip.open(DATA / "moderation/openai_moderation_samples-1680.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if all(row.get(k) == 0 for k in MOD_KEYS):
                out.append(row["prompt"])
    return out


def _hh() -> list[str]:
    out = []
    with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            chosen = json.loads(line)["chosen"]
            first = chosen.split("\n\nAssistant:")[0].replace("\n\nHuman:", "").strip()
            out.append(first)
    return out


SOURCES = [("gsm8k", _gsm8k, 70), ("math500", _math500, 50), ("oaimod", _moderation, 45), ("hhrlhf", _hh, 35)]


def usable(text: str) -> bool:
    return 30 <= len(text) <= 700 and not RISKY.search(text) and not hazards(text, None)


def sentences(seed: int) -> list[dict]:
    """(id, text) records, drawn with a fixed seed, skipping anything PII-looking."""
    rng = random.Random(seed)
    records = []
    for name, load, count in SOURCES:
        texts = load()
        order = list(range(len(texts)))
        rng.shuffle(order)
        picked = 0
        for i in order:
            if picked == count:
                break
            if usable(texts[i]):
                picked += 1
                records.append({"id": f"{name}-en-{i}", "locale": "en", "text": texts[i], "spans": []})
    return records
