"""Corpus negatives, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import random
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "dutch": ("nl_NL", "NL"),
    "french": ("fr_FR", "FR"),
    "german": ("de_DE", "DE"),
    "italian": ("it_IT", "IT"),
    "portuguese": ("pt_BR", "BR"),
    "spanish": ("es_ES", "ES"),
}


def _ok(text: str, regions: list[str]) -> bool:
    if not text.strip() or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.phone_hits(text, regions) and not negs.guard_hits(text)


def _take(
    rng: random.Random, rows: list[tuple[int, str]], k: int, regions: list[str]
) -> list[tuple[int, str]]:
    rng.shuffle(rows)
    out = []
    for row, text in rows:
        if _ok(text, regions):
            out.append((row, text))
            if len(out) == k:
                break
    return sorted(out)


def load(rng: random.Random) -> list[dict]:
    docs = []
    en_regs = ["US", "GB", "IN"]
    rows = [
        (i, json.loads(line)["problem"])
        for i, line in enumerate((DATA / "math/math500_test.jsonl").read_text(encoding="utf-8").splitlines())
    ]
    docs += [("math500-en", "en_US", r, t) for r, t in _take(rng, rows, 30, en_regs)]
    rows = [
        (i, json.loads(line)["problem"])
        for i, line in enumerate((DATA / "math/amc23_test.jsonl").read_text(encoding="utf-8").splitlines())
    ]
    docs += [("amc23-en", "en_US", r, t) for r, t in _take(rng, rows, 10, en_regs)]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        rows = [
            (i, r["test_case"]) for i, r in enumerate(csv.DictReader(f)) if r["label_gold"] == "non-hateful"
        ]
    docs += [("hatecheck-en", "en_GB", r, t) for r, t in _take(rng, rows, 20, en_regs)]
    for lang, (loc, reg) in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = [
                (i, r["test_case"])
                for i, r in enumerate(csv.DictReader(f))
                if r["label_gold"] == "non-hateful"
            ]
        docs += [(f"mhc-{lang}", loc, r, t) for r, t in _take(rng, rows, 10, [reg, "US"])]
    return [
        {"id": f"{src}-{row}", "locale": loc, "text": text, "spans": [], "values": [], "source": src}
        for src, loc, row, text in docs
    ]
