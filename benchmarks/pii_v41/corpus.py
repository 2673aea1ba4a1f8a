"""Corpus negatives for v41: untouched texts from /work/shared/data, screened for anything PII-like."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
SOURCES = [  # (id prefix, language, locale, path, how many)
    ("gsm8ktrain", "en", "en_US", "math/gsm8k_train.jsonl", 45),
    ("math500", "en", "en_GB", "math/math500_test.jsonl", 15),
    ("hatecheck", "en", "en_GB", "moderation/hatecheck_en_test_suite_cases.csv", 20),
    ("mhc", "de", "de_DE", "moderation/multilingual_hatecheck/hatecheck_cases_final_german.csv", 10),
    ("mhc", "fr", "fr_FR", "moderation/multilingual_hatecheck/hatecheck_cases_final_french.csv", 10),
    ("mhc", "es", "es_ES", "moderation/multilingual_hatecheck/hatecheck_cases_final_spanish.csv", 10),
    ("mhc", "it", "it_IT", "moderation/multilingual_hatecheck/hatecheck_cases_final_italian.csv", 10),
    ("mhc", "nl", "nl_NL", "moderation/multilingual_hatecheck/hatecheck_cases_final_dutch.csv", 10),
    ("mhc", "pt", "pt_BR", "moderation/multilingual_hatecheck/hatecheck_cases_final_portuguese.csv", 10),
]
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6}")


def rows(path):
    full = "%s/%s" % (DATA, path)
    if path.endswith(".jsonl"):
        with open(full, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                d = json.loads(line)
                yield i, d.get("question") or d.get("problem")
    else:
        with open(full, encoding="utf-8", newline="") as fh:
            for i, d in enumerate(csv.DictReader(fh)):
                if d.get("label_gold") == "non-hateful":
                    yield i, d["test_case"].strip()


def clean(text, locale, lang):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not negs.dirty(text, negs.screen_regions(locale[-2:], lang))


def corpus_docs(rng):
    out = []
    for prefix, lang, locale, path, n in SOURCES:
        pool = list(rows(path))
        rng.shuffle(pool)
        got = 0
        for i, text in pool:
            if got == n:
                break
            if clean(text, locale, lang):
                src = "%s-%s-%d" % (prefix, lang, i)
                out.append({"id": src, "locale": locale, "text": text, "spans": []})
                got += 1
    return out
