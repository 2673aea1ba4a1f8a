"""Corpus negatives for v124, untouched rows from /work/shared/data (GSM8K train is not used)."""

import csv
import json
import re

from . import negs

DATA = "/work/shared/data"
RUN = re.compile(r"\d(?:[\s\-./()]*\d){6,}")
MHC = {
    "german": ("de_DE", "DE"),
    "french": ("fr_FR", "FR"),
    "spanish": ("es_ES", "ES"),
    "italian": ("it_IT", "IT"),
    "dutch": ("nl_NL", "NL"),
    "portuguese": ("pt_BR", "BR"),
}


def clean(text, regions):
    if not text.strip() or len(text) > 1500 or RUN.search(text):
        return False
    if any(x in text for x in ("@", "http", "www.")):
        return False
    return not negs.dirty(text, regions)


def _jsonl(path, field):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh]


def _csv(path, text_field):
    with open(path, encoding="utf-8", newline="") as fh:
        return [(row[text_field], row["label_gold"]) for row in csv.DictReader(fh)]


def _pick(rng, rows, n, regions):
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i in order:
        if clean(rows[i], regions):
            out.append(i)
            if len(out) == n:
                break
    return sorted(out)


def corpus_docs(rng):
    docs = []
    for name, path, field, n in [
        ("math500_test", "math/math500_test.jsonl", "problem", 30),
        ("amc23_test", "math/amc23_test.jsonl", "problem", 15),
    ]:
        rows = _jsonl(f"{DATA}/{path}", field)
        for i in _pick(rng, rows, n, ["US", "GB"]):
            docs.append({"id": f"{name}-en-{i}", "locale": "en_US", "text": rows[i], "spans": []})
    rows = _csv(f"{DATA}/moderation/hatecheck_en_test_suite_cases.csv", "test_case")
    texts = [t if lab == "non-hateful" else "" for t, lab in rows]
    for i in _pick(rng, texts, 15, ["US", "GB"]):
        docs.append({"id": f"hatecheck_en-en-{i}", "locale": "en_US", "text": texts[i], "spans": []})
    for lang, (locale, region) in MHC.items():
        rows = _csv(f"{DATA}/moderation/multilingual_hatecheck/hatecheck_cases_final_{lang}.csv", "test_case")
        texts = [t if lab == "non-hateful" else "" for t, lab in rows]
        for i in _pick(rng, texts, 12, [region]):
            docs.append({"id": f"mhc-{lang}-{i}", "locale": locale, "text": texts[i], "spans": []})
    return docs
