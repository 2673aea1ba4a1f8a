"""Corpus negatives for the v80 set, taken untouched from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

import phonenumbers as pn

from .negs import guard_hits

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    if guard_hits(text):
        return False
    for region in regions:
        if any(True for _ in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID)):
            return False
    return True


def _rows_jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield i, json.loads(line)[field]


def _rows_csv(path, text_field):
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if row["label_gold"] == "non-hateful":
                yield i, row[text_field]


def pick(rng, rows, n, regions):
    rows = list(rows)
    rng.shuffle(rows)
    out = []
    for i, text in rows:
        if clean(text, regions):
            out.append((i, text))
        if len(out) == n:
            break
    return sorted(out)


def corpus_records(rng):
    recs = []
    en = ["US", "GB"]
    srcs = [
        ("math500", "en", "en_US", _rows_jsonl(f"{DATA}/math/math500_test.jsonl", "problem"), 30),
        ("amc23", "en", "en_US", _rows_jsonl(f"{DATA}/math/amc23_test.jsonl", "problem"), 10),
        (
            "hatecheck",
            "en",
            "en_GB",
            _rows_csv(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", "test_case"),
            20,
        ),
    ]
    for lang, loc in MHC.items():
        path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        srcs.append(("mhc", lang, loc, _rows_csv(path, "test_case"), 10))
    for name, lang, loc, rows, n in srcs:
        regions = en + [loc[-2:]]
        for i, text in pick(rng, rows, n, regions):
            recs.append(({"id": f"{name}-{lang}-{i}", "locale": loc, "text": text, "spans": []}, []))
    return recs
