"""Corpus negatives of v91: untouched texts from /work/shared/data, screened (see make_heldout_set)."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
MHC = {
    "german": "de_DE",
    "french": "fr_FR",
    "spanish": "es_ES",
    "italian": "it_IT",
    "dutch": "nl_NL",
    "portuguese": "pt_BR",
}
LANG_OF = {
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "pt_BR": "pt",
    "en_US": "en",
    "en_GB": "en",
}
RUN7 = re.compile(r"\d(?:[\s\-./()]*\d){6,}")


def clean(text, locale):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    regions = negs.regions_for(locale, LANG_OF[locale])
    return not negs.guard_hits(text) and not negs.phone_hits(text, regions)


def _jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        for row, line in enumerate(fh):
            yield row, json.loads(line)[field]


def _csv(path, text_field, label_field="label_gold"):
    with open(path, encoding="utf-8", newline="") as fh:
        for row, rec in enumerate(csv.DictReader(fh)):
            if rec[label_field] == "non-hateful":
                yield row, rec[text_field]


def sources():
    """(source, language, locale, iterator of (row, text), how many)."""
    mhc_dir = DATA / "moderation" / "multilingual_hatecheck"
    out = [
        ("math500", "en", "en_US", _jsonl(DATA / "math" / "math500_test.jsonl", "problem"), 30),
        ("amc23", "en", "en_US", _jsonl(DATA / "math" / "amc23_test.jsonl", "problem"), 15),
        (
            "hatecheck",
            "en",
            "en_GB",
            _csv(DATA / "moderation" / "hatecheck_en_test_suite_cases.csv", "test_case"),
            25,
        ),
    ]
    for lang, locale in MHC.items():
        out.append(
            ("mhc", lang, locale, _csv(mhc_dir / f"hatecheck_cases_final_{lang}.csv", "test_case"), 10)
        )
    return out


def pick(rng):
    docs = []
    for source, language, locale, it, n in sources():
        rows = [(row, text) for row, text in it]
        rng.shuffle(rows)
        taken = 0
        for row, text in rows:
            if taken == n:
                break
            if clean(text, locale):
                docs.append({"id": f"{source}-{language}-{row}", "locale": locale, "text": text, "spans": []})
                taken += 1
    return docs
