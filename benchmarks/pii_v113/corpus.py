"""Corpus negatives for v113 from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
import json
import re
from pathlib import Path

from .negs import guard_hits, phone_hits

DATA = Path("/work/shared/data")
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "dutch": "nl_NL",
    "french": "fr_FR",
    "german": "de_DE",
    "italian": "it_IT",
    "portuguese": "pt_BR",
    "spanish": "es_ES",
}
REGIONS = ["US", "GB", "DE", "FR", "NL", "ES", "IT", "BR", "IN", "PT"]


def _ok(text):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not guard_hits(text) and not phone_hits(text, REGIONS)


def _rows():
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield "math500", "en", "en_US", i, json.loads(line)["problem"]
    with open(DATA / "math/amc23_test.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield "amc23", "en", "en_US", i, json.loads(line)["problem"]
    with gzip.open(DATA / "code/HumanEval.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield "humaneval", "en", "en_US", i, json.loads(line)["prompt"]
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if row["label_gold"] == "non-hateful":
                yield "hatecheck", "en", "en_US", i, row["test_case"].strip()
    for lang, loc in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with open(path, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if row["label_gold"] == "non-hateful":
                    yield "mhc", lang, loc, i, row["test_case"].strip()


QUOTA = {
    ("math500", "en"): 35,
    ("amc23", "en"): 12,
    ("humaneval", "en"): 15,
    ("hatecheck", "en"): 20,
    **{("mhc", lang): 8 for lang in MHC},
}


def corpus_records(rng):
    pools = {}
    for src, lang, loc, row, text in _rows():
        pools.setdefault((src, lang), []).append((loc, row, text))
    out = []
    for key in sorted(QUOTA):
        src, lang = key
        cands = pools[key][:]
        rng.shuffle(cands)
        got = 0
        for loc, row, text in cands:
            if got == QUOTA[key]:
                break
            if text and _ok(text):
                out.append({"id": f"{src}-{lang}-{row}", "locale": loc, "text": text, "spans": []})
                got += 1
    return out
