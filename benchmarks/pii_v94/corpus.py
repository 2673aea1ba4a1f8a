"""Corpus negatives for v94: untouched texts from /work/shared/data (GSM8K train is not used)."""

from __future__ import annotations

import csv
import gzip
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "dutch": ("nl", "nl_NL"),
    "french": ("fr", "fr_FR"),
    "german": ("de", "de_DE"),
    "italian": ("it", "it_IT"),
    "portuguese": ("pt", "pt_BR"),
    "spanish": ("es", "es_ES"),
}


def clean(text, locale, lang):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.guard_hits(text) and not negs.phone_hits(text, negs.regions_for(locale, lang))


def _jsonl(path, field):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def _hh_first_turn(dialogue):
    m = re.search(r"Human: (.*?)\n\nAssistant: (.*?)(?:\n\nHuman:|$)", dialogue, re.S)
    return m.group(0).rstrip() if m else dialogue


def pools():
    out = [
        ("math500", "en", "en_US", _jsonl(DATA / "math/math500_test.jsonl", "problem"), 20),
        ("amc23", "en", "en_US", _jsonl(DATA / "math/amc23_test.jsonl", "problem"), 10),
        (
            "hhrlhf",
            "en",
            "en_US",
            [
                _hh_first_turn(t)
                for t in _jsonl(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen")
            ],
            15,
        ),
    ]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8") as f:
        rows = [
            r["test_case"].strip() if r["label_gold"] == "non-hateful" else None for r in csv.DictReader(f)
        ]
    out.append(("hatecheck", "en", "en_GB", rows, 15))
    for name, (lang, loc) in MHC.items():
        with open(
            DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{name}.csv", encoding="utf-8"
        ) as f:
            rows = [r["test_case"] if r["label_gold"] == "non-hateful" else None for r in csv.DictReader(f)]
        out.append((f"mhc-{name}", lang, loc, rows, 10))
    return out


def draw(rng):
    """Records (id, locale, text) in a seeded order."""
    recs = []
    for src, lang, loc, rows, want in pools():
        idx = list(range(len(rows)))
        rng.shuffle(idx)
        got = 0
        for i in idx:
            t = rows[i]
            if t and clean(t, loc, lang):
                recs.append((f"{src}-{lang}-{i}", loc, t))
                got += 1
                if got == want:
                    break
    return recs
