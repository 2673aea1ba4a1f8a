"""Corpus negatives from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
import json
import re

from .negs import guard_hits, phone_hits

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de_DE", ["DE"]),
    "french": ("fr_FR", ["FR"]),
    "spanish": ("es_ES", ["ES"]),
    "italian": ("it_IT", ["IT"]),
    "dutch": ("nl_NL", ["NL"]),
    "portuguese": ("pt_BR", ["BR", "PT"]),
}


def _ok(text, regions):
    if not text.strip() or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not guard_hits(text) and not phone_hits(text, regions)


def _rows():
    with open(f"{DATA}/math/math500_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "math500", "en", i, json.loads(line)["problem"], "en_US", ["US", "GB"]
    with open(f"{DATA}/math/amc23_test.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            yield "amc23", "en", i, json.loads(line)["problem"], "en_US", ["US", "GB"]
    with open(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck", "en", i, row["test_case"].strip(), "en_GB", ["US", "GB"]
    with gzip.open(f"{DATA}/moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            chosen = json.loads(line)["chosen"]
            first = chosen.split("\n\nAssistant:")[0].replace("\n\nHuman:", "").strip()
            yield "hhrlhf", "en", i, first, "en_US", ["US", "GB"]
    for lang, (locale, regions) in MHC.items():
        path = f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row["label_gold"] == "non-hateful":
                    yield "mhc", lang, i, row["test_case"].strip(), locale, regions


QUOTA = {
    ("math500", "en"): 32,
    ("amc23", "en"): 12,
    ("hatecheck", "en"): 18,
    ("hhrlhf", "en"): 12,
    **{("mhc", lang): 8 for lang in MHC},
}


def corpus_records(rng):
    pools = {}
    for src, lang, row, text, locale, regions in _rows():
        pools.setdefault((src, lang), []).append((row, text, locale, regions))
    out = []
    for key in sorted(QUOTA):
        pool = pools[key]
        rng.shuffle(pool)
        taken = 0
        for row, text, locale, regions in pool:
            if taken == QUOTA[key]:
                break
            if _ok(text, regions):
                out.append({"id": f"{key[0]}-{key[1]}-{row}", "locale": locale, "text": text, "spans": []})
                taken += 1
    return out
