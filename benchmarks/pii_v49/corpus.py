"""Corpus negatives of v49: untouched texts from /work/shared/data, screened."""

import csv
import json
import re
from pathlib import Path

from . import negs

DATA = Path("/work/shared/data")
RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de_DE", ["DE", "AT", "CH"]),
    "french": ("fr_FR", ["FR", "BE", "CH"]),
    "spanish": ("es_ES", ["ES"]),
    "italian": ("it_IT", ["IT"]),
    "dutch": ("nl_NL", ["NL", "BE"]),
    "portuguese": ("pt_BR", ["PT", "BR"]),
}
EN_REGIONS = ["US", "GB", "IN", "AU", "IE"]


def clean(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN.search(text):
        return False
    return not negs.phone_hits(text, regions) and not negs.guard_hits(text)


def _pick(rng, rows, n, regions, locale, source, lang):
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i in order:
        if len(out) == n:
            break
        row, text = rows[i]
        if clean(text, regions):
            out.append({"id": f"{source}-{lang}-{row}", "locale": locale, "text": text, "spans": []})
    return out


def build(rng):
    docs = []
    gsm = [
        (i, json.loads(x)["question"])
        for i, x in enumerate((DATA / "math/gsm8k_train.jsonl").open(encoding="utf-8"))
    ]
    docs += _pick(rng, gsm, 40, EN_REGIONS, "en_US", "gsm8k_train", "en")
    m500 = [
        (i, json.loads(x)["problem"])
        for i, x in enumerate((DATA / "math/math500_test.jsonl").open(encoding="utf-8"))
    ]
    docs += _pick(rng, m500, 16, EN_REGIONS, "en_US", "math500", "en")
    with (DATA / "moderation/hatecheck_en_test_suite_cases.csv").open(encoding="utf-8") as fh:
        rows = [
            (i, r["test_case"]) for i, r in enumerate(csv.DictReader(fh)) if r["label_gold"] == "non-hateful"
        ]
    docs += _pick(rng, rows, 14, EN_REGIONS, "en_GB", "hatecheck", "en")
    for lang, (locale, regions) in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv"
        with path.open(encoding="utf-8") as fh:
            rows = [
                (i, r["test_case"])
                for i, r in enumerate(csv.DictReader(fh))
                if r["label_gold"] == "non-hateful"
            ]
        docs += _pick(rng, rows, 10, regions, locale, "mhc", lang)
    return docs
