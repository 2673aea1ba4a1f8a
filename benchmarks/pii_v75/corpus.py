"""Corpus negatives for v75: untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN7 = re.compile(r"\d(?:[\s./()-]*\d){6,}")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
HOME = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "en_US": "US",
}


def clean(text, locale):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    regions = sorted({HOME[locale], "GB", "US"})
    return not negs.phone_hits(text, regions) and not negs.guard_hits(text)


def _jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def load(rng, per_math500=25, per_amc=15, per_hc=20, per_mhc=10):
    out = []

    def take(rows, n, make_id, locale):
        idx = list(range(len(rows)))
        rng.shuffle(idx)
        got = 0
        for i in idx:
            if got == n:
                break
            if clean(rows[i], locale):
                out.append({"id": make_id(i), "locale": locale, "text": rows[i], "spans": []})
                got += 1

    take(_jsonl(DATA + "/math/math500_test.jsonl", "problem"), per_math500, "math500-en-{}".format, "en_US")
    take(_jsonl(DATA + "/math/amc23_test.jsonl", "problem"), per_amc, "amc23-en-{}".format, "en_US")
    with open(DATA + "/moderation/hatecheck_en_test_suite_cases.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = [row["test_case"] if row["label_gold"] == "non-hateful" else "" for row in rows]
    take(texts, per_hc, "hatecheck-en-{}".format, "en_US")
    for lang, locale in MHC.items():
        path = "%s/moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % (DATA, lang)
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        texts = [row["test_case"] if row["label_gold"] == "non-hateful" else "" for row in rows]
        take(texts, per_mhc, ("mhc-%s-{}" % lang).format, locale)
    return out
