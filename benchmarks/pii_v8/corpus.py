"""Corpus negatives: untouched public texts from /work/shared/data (see its SOURCES.md)."""

import gzip
import json
import random
import re
from pathlib import Path

from .guards import problems

DATA = Path("/work/shared/data")
# source name -> (file, field); all MIT-licensed
SOURCES = {
    "gsm8k_train": ("math/gsm8k_train.jsonl", "question"),
    "math500": ("math/math500_test.jsonl", "problem"),
    "humaneval": ("code/HumanEval.jsonl.gz", "prompt"),
}


def _rows(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()


def eligible(text: str) -> bool:
    if len(text) > 1500 or not re.search(r"\d", text):
        return False
    lowered = text.lower()
    if "@" in text or "http" in lowered or "www." in lowered or re.search(r"\d{7}", text):
        return False
    return not problems(text)


def pick(rng: random.Random, per_source: int, root: Path = DATA) -> list[tuple[str, str]]:
    """(id, text) for per_source eligible rows of each source; id is <source>-en-<0-based line>."""
    out = []
    for name, (rel, field) in SOURCES.items():
        rows = _rows(root / rel)
        ok = [i for i, line in enumerate(rows) if eligible(json.loads(line)[field])]
        for i in sorted(rng.sample(ok, per_source)):
            out.append((f"{name}-en-{i}", json.loads(rows[i])[field]))
    return out
