"""Corpus negatives for v121, taken untouched from /work/shared/data and screened."""

import csv
import json
import re
from pathlib import Path

from .negs import guard_hits, phone_hits

DATA = Path("/work/shared/data")
MHC = {
    "dutch": ("nl_NL", ["NL"]),
    "french": ("fr_FR", ["FR"]),
    "german": ("de_DE", ["DE"]),
    "italian": ("it_IT", ["IT"]),
    "portuguese": ("pt_BR", ["BR", "PT"]),
    "spanish": ("es_ES", ["ES"]),
}
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not phone_hits(text, regions) and not guard_hits(text)


def _pick(rng, rows, n, regions):
    rows = [r for r in rows if clean(r[1], regions)]
    return rng.sample(rows, n)


def load(rng):
    out = []
    rows = []
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            rows.append((i, json.loads(line)["problem"]))
    for i, t in sorted(_pick(rng, rows, 30, ["US", "GB"])):
        out.append({"id": f"math500-en-{i}", "locale": "en_US", "text": t})
    rows = []
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            rows.append((i, json.loads(line)["problem"]))
    for i, t in sorted(_pick(rng, rows, 15, ["US", "GB"])):
        out.append({"id": f"amc23-en-{i}", "locale": "en_US", "text": t})
    rows = []
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            if r["label_gold"] == "non-hateful":
                rows.append((i, r["test_case"]))
    for i, t in sorted(_pick(rng, rows, 25, ["US", "GB"])):
        out.append({"id": f"hatecheck-en-{i}", "locale": "en_GB", "text": t})
    for lang, (loc, regs) in MHC.items():
        rows = []
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f)):
                if r["label_gold"] == "non-hateful":
                    rows.append((i, r["test_case"]))
        for i, t in sorted(_pick(rng, rows, 10, regs)):
            out.append({"id": f"mhc-{lang}-{i}", "locale": loc, "text": t})
    return out
