"""Corpus negatives for v53, untouched text from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de", "de_DE"),
    "french": ("fr", "fr_FR"),
    "spanish": ("es", "es_ES"),
    "italian": ("it", "it_IT"),
    "dutch": ("nl", "nl_NL"),
    "portuguese": ("pt", "pt_BR"),
}
PLAN = [("math500", "en", 30), ("amc23", "en", 15), ("hatecheck", "en", 15)] + [(k, None, 10) for k in MHC]


def _rows(source):
    if source == "math500":
        with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as f:
            for i, line in enumerate(f):
                yield i, json.loads(line)["problem"], "en_US", "en"
    elif source == "amc23":
        with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as f:
            for i, line in enumerate(f):
                yield i, json.loads(line)["problem"], "en_US", "en"
    elif source == "hatecheck":
        with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield i, row["test_case"], "en_US", "en"
    else:
        lang, loc = MHC[source]
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{source}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield i, row["test_case"], loc, lang


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not (negs.phone_hits(text, regions) or negs.guard_hits(text))


def corpus(rng):
    out = []
    for source, _, n in PLAN:
        rows = list(_rows(source))
        rng.shuffle(rows)
        got = 0
        for i, text, loc, lang in rows:
            regions = sorted({loc[3:], *negs.LANG_HOME[lang]})
            if not clean(text, regions):
                continue
            name = source if source in ("math500", "amc23", "hatecheck") else f"mhc-{source}"
            out.append(
                {
                    "id": f"{name}-{lang if source in MHC else 'en'}-{i}",
                    "locale": loc,
                    "text": text,
                    "spans": [],
                }
            )
            got += 1
            if got == n:
                break
    return out
