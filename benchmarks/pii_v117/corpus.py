"""Corpus negatives of v117, untouched text from /work/shared/data, screened (see the docstring)."""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "dutch": "nl_NL",
    "french": "fr_FR",
    "german": "de_DE",
    "italian": "it_IT",
    "portuguese": "pt_BR",
    "spanish": "es_ES",
}
REGIONS = {
    "en": ["US", "GB"],
    "nl_NL": ["NL"],
    "fr_FR": ["FR"],
    "de_DE": ["DE"],
    "it_IT": ["IT"],
    "pt_BR": ["BR", "PT"],
    "es_ES": ["ES"],
}


def clean(text: str, regions: list[str]) -> bool:
    if len(text) > 1500 or not text.strip() or "@" in text or "http" in text or "www." in text:
        return False
    return not RUN7.search(text) and not negs.dirty(text, regions)


def _jsonl(path: Path, field: str, gz: bool = False) -> list[tuple[int, str]]:
    opener = gzip.open if gz else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [(i, json.loads(line)[field]) for i, line in enumerate(fh)]


def _csv(path: Path, prefer: str) -> list[tuple[int, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    good = [(i, r["test_case"]) for i, r in enumerate(rows) if r["label_gold"] == "non-hateful"]
    pref = [(i, t) for i, t in good if rows[i]["target_ident"] == prefer]
    return pref if len(pref) >= 20 else good


def sample(rng: random.Random) -> list[dict]:
    plan = [
        ("gsm8k_test", "en", "en_US", _jsonl(DATA / "math/gsm8k_test.jsonl", "question"), 30),
        ("math500", "en", "en_US", _jsonl(DATA / "math/math500_test.jsonl", "problem"), 15),
        ("amc23", "en", "en_US", _jsonl(DATA / "math/amc23_test.jsonl", "question"), 8),
        ("humaneval", "en", "en_US", _jsonl(DATA / "code/HumanEval.jsonl.gz", "prompt", gz=True), 15),
        (
            "hatecheck",
            "en",
            "en_GB",
            _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv", "disabled people"),
            12,
        ),
    ]
    for lang, loc in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        plan.append((f"mhc-{lang}", None, loc, _csv(path, "disabled people"), 7))
    out = []
    for source, lang, loc, rows, want in plan:
        regions = REGIONS["en" if lang == "en" else loc]
        order = list(range(len(rows)))
        rng.shuffle(order)
        got = 0
        for k in order:
            row, text = rows[k]
            if not clean(text, regions):
                continue
            rid = f"{source}-{lang}-{row}" if lang else f"{source}-{row}"
            out.append(
                {
                    "id": rid,
                    "locale": loc,
                    "text": text,
                    "spans": [],
                    "_values": [],
                    "_src": rid.rsplit("-", 1)[0],
                }
            )
            got += 1
            if got == want:
                break
    return out
