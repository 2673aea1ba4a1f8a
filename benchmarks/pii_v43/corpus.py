"""Corpus negatives for v43: untouched rows of /work/shared/data, screened (see make_heldout_set)."""

import csv
import json
import re
from pathlib import Path

from phonenumbers import Leniency, PhoneNumberMatcher

from .screens import guard_hits

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
# (source tag, language, locale, regions screened, how many)
ML = [
    ("german", "de", "de_DE", ["DE", "AT", "CH"]),
    ("french", "fr", "fr_FR", ["FR", "BE", "CH"]),
    ("spanish", "es", "es_ES", ["ES"]),
    ("italian", "it", "it_IT", ["IT"]),
    ("dutch", "nl", "nl_NL", ["NL", "BE"]),
    ("portuguese", "pt", "pt_BR", ["PT", "BR"]),
]
EN_REGIONS = ["US", "GB", "IN"]


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    if guard_hits(text):
        return False
    return not any(True for r in regions for _ in PhoneNumberMatcher(text, r, leniency=Leniency.VALID))


def _pick(rng, rows, n, regions):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if clean(rows[i], regions):
            out.append(i)
            if len(out) == n:
                break
    return sorted(out)


def corpus_records(rng):
    recs = []
    gsm = [json.loads(x)["question"] for x in (DATA / "math/gsm8k_test.jsonl").read_text().splitlines()]
    for i in _pick(rng, gsm, 40, EN_REGIONS):
        recs.append((f"gsm8ktest-en-{i}", "en_US", gsm[i]))
    for name, n in (("aime24_test", 8), ("amc23_test", 10)):
        rows = [json.loads(x) for x in (DATA / f"math/{name}.jsonl").read_text().splitlines()]
        probs = [r.get("problem") or r.get("question") for r in rows]
        for i in _pick(rng, probs, n, EN_REGIONS):
            recs.append((f"{name.split('_')[0]}-en-{i}", "en_US", probs[i]))
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", newline="", encoding="utf-8") as fh:
        rows = [
            (k, r["test_case"]) for k, r in enumerate(csv.DictReader(fh)) if r["label_gold"] == "non-hateful"
        ]
    for i in _pick(rng, [t for _, t in rows], 20, EN_REGIONS):
        recs.append((f"hatecheck-en-{rows[i][0]}", "en_US", rows[i][1]))
    for tag, lang, locale, regions in ML:
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{tag}.csv"
        with open(path, newline="", encoding="utf-8") as fh:
            rows = [
                (k, r["test_case"])
                for k, r in enumerate(csv.DictReader(fh))
                if r["label_gold"] == "non-hateful"
            ]
        for i in _pick(rng, [t for _, t in rows], 10, regions):
            recs.append((f"mhc-{lang}-{rows[i][0]}", locale, rows[i][1]))
    return recs
