"""Corpus negatives from /work/shared/data (untouched text, screened), none of them used by v44."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import screen

DATA = Path("/work/shared/data")
RE_RUN = re.compile(r"\d(?:[\d \-./()]{5,}\d)")
MHC = {
    "german": ("de", "de_DE"),
    "french": ("fr", "fr_FR"),
    "spanish": ("es", "es_ES"),
    "italian": ("it", "it_IT"),
    "dutch": ("nl", "nl_NL"),
    "portuguese": ("pt", "pt_BR"),
}


def _ok(text, region):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    for m in RE_RUN.finditer(text):
        if len(re.sub(r"\D", "", m.group())) >= 7:
            return False
    if screen.guard_hits(text):
        return False
    return not screen.phone_hits(text, sorted({region, "US", "GB"}))


def _rows():
    with open(DATA / "math/gsm8k_train.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield "gsm8ktrain-en", i, json.loads(line)["question"], "en_US", "US", 30
    with open(DATA / "math/math500_test.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield "math500-en", i, json.loads(line)["problem"], "en_US", "US", 20
    with gzip.open(DATA / "moderation/openai_moderation_samples-1680.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield "oaimod-en", i, json.loads(line)["prompt"], "en_US", "US", 25
    with open(DATA / "moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            yield "hatecheck-en", i, row["test_case"].strip(), "en_GB", "GB", 25
    for name, (lang, locale) in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{name}.csv"
        with open(path, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield f"mhc-{lang}", i, row["test_case"].strip(), locale, locale[-2:], 15


def corpus_records(rng):
    pools = {}
    quota = {}
    for src, i, text, locale, region, q in _rows():
        pools.setdefault(src, []).append((i, text, locale, region))
        quota[src] = q
    out = []
    for src in sorted(pools):
        rows = pools[src]
        order = rng.sample(range(len(rows)), len(rows))
        taken = 0
        for j in order:
            i, text, locale, region = rows[j]
            if _ok(text, region):
                out.append({"id": f"{src}-{i}", "locale": locale, "text": text, "spans": []})
                taken += 1
                if taken == quota[src]:
                    break
    return out
