"""Corpus negatives from /work/shared/data, untouched: GSM8K test questions about everyday services, English
HateCheck and Multilingual HateCheck cases labelled non-hateful; screened as the docstring says."""

import csv
import json
import re
from pathlib import Path

from . import screens

DATA = Path("/work/shared/data")
_RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
_SERVICE = re.compile(
    r"\b(haircut|salon|tutor|lesson|dog|lawn|clean|piano|barber|photo|tailor|manicure|"
    r"babysit|garden|walk|groom)",
    re.I,
)
MHC = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese"}
MHC_LOCALE = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pt": "pt_BR"}


def clean(text, lang):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or _RUN7.search(text):
        return False
    if screens.guard_hits(text):
        return False
    return not screens.phone_hits(text, screens.regions_for(lang))


def rows(rng, n_gsm=34, n_en=16, n_each=14):
    out = []
    with open(DATA / "math/gsm8k_test.jsonl", encoding="utf-8") as f:
        cands = []
        for i, line in enumerate(f):
            q = json.loads(line)["question"]
            if _SERVICE.search(q) and clean(q, "en"):
                cands.append((i, q))
    for i, q in sorted(rng.sample(cands, n_gsm)):
        out.append({"id": "gsm8k-en-%d" % i, "locale": "en_US", "text": q, "spans": []})
    sets = [("en", DATA / "moderation/hatecheck_en_test_suite_cases.csv", "en_GB", n_en)]
    for lang, name in MHC.items():
        path = DATA / ("moderation/multilingual_hatecheck/hatecheck_cases_final_%s.csv" % name)
        sets.append((lang, path, MHC_LOCALE[lang], n_each))
    for lang, path, locale, n in sets:
        with open(path, encoding="utf-8", newline="") as f:
            cands = [
                (i, r["test_case"])
                for i, r in enumerate(csv.DictReader(f))
                if r["label_gold"] == "non-hateful" and clean(r["test_case"], lang)
            ]
        src = "hatecheck" if lang == "en" else "mhc"
        for i, t in sorted(rng.sample(cands, n)):
            out.append({"id": "%s-%s-%d" % (src, lang, i), "locale": locale, "text": t, "spans": []})
    return out
