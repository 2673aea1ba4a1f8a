"""Corpus negatives of v60, untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import compose, negs

DATA = "/work/shared/data/"
SOURCES = [  # name, language, locale, count
    ("math500", "en", "en_US", 30),
    ("amc23", "en", "en_US", 15),
    ("hatecheck_en", "en", "en_GB", 15),
    ("mhc-german", "de", "de_DE", 10),
    ("mhc-french", "fr", "fr_FR", 10),
    ("mhc-spanish", "es", "es_ES", 10),
    ("mhc-italian", "it", "it_IT", 10),
    ("mhc-dutch", "nl", "nl_NL", 10),
    ("mhc-portuguese", "pt", "pt_BR", 10),
]
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6}")


def _rows(name):
    if name == "math500":
        with open(DATA + "math/math500_test.jsonl", encoding="utf-8") as f:
            return [json.loads(line)["problem"] for line in f]
    if name == "amc23":
        with open(DATA + "math/amc23_test.jsonl", encoding="utf-8") as f:
            return [json.loads(line)["problem"] for line in f]
    path = (
        DATA + "moderation/hatecheck_en_test_suite_cases.csv"
        if name == "hatecheck_en"
        else DATA + "moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % name.split("-")[1]
    )
    with open(path, encoding="utf-8", newline="") as f:
        return [
            r["test_case"].strip() if r["label_gold"] == "non-hateful" else None for r in csv.DictReader(f)
        ]


def ok(text, regions):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.guard_hits(text) and not negs.phone_hits(text, regions)


def build(rng):
    out = []
    for name, lang, locale, count in SOURCES:
        rows = _rows(name)
        order = list(range(len(rows)))
        rng.shuffle(order)
        regions = sorted({compose.HOME[lang], locale[-2:]})
        got = 0
        for i in order:
            if got == count:
                break
            if ok(rows[i], regions):
                out.append(
                    {
                        "id": "%s-%d" % (name if name.startswith("mhc") else name + "-en", i),
                        "locale": locale,
                        "text": rows[i],
                        "spans": [],
                        "values": [],
                        "source": name,
                    }
                )
                got += 1
    return out
