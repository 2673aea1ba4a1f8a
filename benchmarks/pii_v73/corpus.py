"""Corpus negatives: untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de", "de_DE", ["DE"]),
    "french": ("fr", "fr_FR", ["FR"]),
    "spanish": ("es", "es_ES", ["ES"]),
    "italian": ("it", "it_IT", ["IT"]),
    "dutch": ("nl", "nl_NL", ["NL"]),
    "portuguese": ("pt", "pt_BR", ["BR", "PT"]),
}


def _ok(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, regions)


def _jsonl(path, field):
    with open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def sources():
    """(source, language, locale, regions, rows): rows = [(row, text)]."""
    out = [
        (
            "math500",
            "en",
            "en_US",
            ["US", "GB"],
            list(enumerate(_jsonl(DATA + "/math/math500_test.jsonl", "problem"))),
        ),
        (
            "amc23",
            "en",
            "en_US",
            ["US", "GB"],
            list(enumerate(_jsonl(DATA + "/math/amc23_test.jsonl", "question"))),
        ),
    ]
    with open(DATA + "/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8") as f:
        rows = [
            (i, r["test_case"]) for i, r in enumerate(csv.DictReader(f)) if r["label_gold"] == "non-hateful"
        ]
    out.append(("hatecheck", "en", "en_GB", ["US", "GB"], rows))
    for name, (lang, loc, regs) in MHC.items():
        path = "%s/moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % (DATA, name)
        with open(path, encoding="utf-8") as f:
            rows = [
                (i, r["test_case"])
                for i, r in enumerate(csv.DictReader(f))
                if r["label_gold"] == "non-hateful"
            ]
        out.append(("mhc-" + name, lang, loc, regs, rows))
    return out


PLAN = {"math500": 30, "amc23": 12, "hatecheck": 20}


def pick(rng):
    docs = []
    for src, lang, loc, regs, rows in sources():
        want = PLAN.get(src, 9)
        order = list(rows)
        rng.shuffle(order)
        got = 0
        for row, text in order:
            if got == want:
                break
            if _ok(text, regs):
                docs.append({"id": "%s-%s-%d" % (src, lang, row), "locale": loc, "text": text, "spans": []})
                got += 1
    return docs
