"""Corpus negatives for v36: untouched rows of /work/shared/data, screened."""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
from pathlib import Path

import phonenumbers as pn

from . import screen

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[ \t./()-]*\d){6,}")
MHC = {
    "de": ("german", "de_DE"),
    "fr": ("french", "fr_FR"),
    "es": ("spanish", "es_ES"),
    "it": ("italian", "it_IT"),
    "nl": ("dutch", "nl_NL"),
    "pt": ("portuguese", "pt_PT"),
}


def _ok(text: str, region: str) -> bool:
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    if screen.guard_hits(text):
        return False
    for r in {region, "US", "GB"}:
        for _ in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            return False
    return True


def _jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _pick(rng: random.Random, rows: list[str], n: int, region: str) -> list[tuple[int, str]]:
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if _ok(rows[i], region):
            out.append((i, rows[i]))
            if len(out) == n:
                break
    return out


def corpus_docs(rng: random.Random) -> list[dict]:
    docs = []
    sources = [
        ("gsm8k", "en", "en_US", [r["question"] for r in _jsonl(DATA / "math/gsm8k_test.jsonl")], 30),
        (
            "hhrlhf",
            "en",
            "en_US",
            [r["chosen"] for r in _jsonl(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz")],
            15,
        ),
        (
            "oaimod",
            "en",
            "en_US",
            [r["prompt"] for r in _jsonl(DATA / "moderation/openai_moderation_samples-1680.jsonl.gz")],
            12,
        ),
        ("math500", "en", "en_US", [r["problem"] for r in _jsonl(DATA / "math/math500_test.jsonl")], 10),
    ]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        sources.append(("hatecheck", "en", "en_GB", [r["test_case"] for r in csv.DictReader(f)], 10))
    for lang, (name, loc) in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{name}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            sources.append(("mhc", lang, loc, [r["test_case"] for r in csv.DictReader(f)], 14))
    for src, lang, loc, rows, n in sources:
        region = loc.split("_")[1]
        for i, text in _pick(rng, rows, n, region):
            docs.append({"id": f"{src}-{lang}-{i}", "locale": loc, "text": text, "spans": []})
    return docs
