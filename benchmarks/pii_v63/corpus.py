"""Corpus negatives for v63, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

import phonenumbers as pn

from .negs import guard_hits, phone_hits

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de_DE", "DE"),
    "french": ("fr_FR", "FR"),
    "spanish": ("es_ES", "ES"),
    "italian": ("it_IT", "IT"),
    "dutch": ("nl_NL", "NL"),
    "portuguese": ("pt_BR", "BR"),
}


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not guard_hits(text) and not phone_hits(text, regions)


def _rows():
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield "math500", "en", i, "en_US", ["US", "GB"], json.loads(line)["problem"]
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield "amc23", "en", i, "en_US", ["US", "GB"], json.loads(line)["problem"]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck", "en", i, "en_GB", ["GB", "US"], row["test_case"]
    for lang, (loc, reg) in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if row["label_gold"] == "non-hateful":
                    yield "mhc", lang, i, loc, [reg], row["test_case"]


QUOTA = {"math500": 30, "amc23": 15, "hatecheck": 20, "mhc": 8}


def pick(rng):
    by = {}
    for src, lang, row, loc, regs, text in _rows():
        by.setdefault((src, lang), []).append((row, loc, regs, text))
    out = []
    for (src, lang), rows in sorted(by.items()):
        rng.shuffle(rows)
        n = 0
        for row, loc, regs, text in rows:
            if n == QUOTA[src]:
                break
            if clean(text, regs):
                out.append({"id": f"{src}-{lang}-{row}", "locale": loc, "text": text, "spans": []})
                n += 1
    return out


assert pn  # phonenumbers is used through negs
