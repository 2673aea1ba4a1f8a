"""Corpus negatives for v61: untouched texts from /work/shared/data (GSM8K train is not used)."""

import csv
import gzip
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


def _jsonl(path, field):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def _ok(text, lang):
    if not text or len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if RUN7.search(text):
        return False
    return not negs.dirty(text, sorted({"US", negs.LANG_HOME[lang]}))


def _pick(rng, rows, n, lang):
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i in order:
        if _ok(rows[i], lang):
            out.append((i, rows[i]))
            if len(out) == n:
                break
    return sorted(out)


def corpus_docs(rng):
    docs = []
    plan = [
        ("gsm8k_test", DATA / "math/gsm8k_test.jsonl", "question", 40),
        ("aime24", DATA / "math/aime24_test.jsonl", "problem", 10),
        ("amc23", DATA / "math/amc23_test.jsonl", "problem", 10),
        ("math500", DATA / "math/math500_test.jsonl", "problem", 10),
        ("humaneval", DATA / "code/HumanEval.jsonl.gz", "prompt", 15),
    ]
    for name, path, field, n in plan:
        for i, text in _pick(rng, _jsonl(path, field), n, "en"):
            docs.append({"id": f"{name}-en-{i}", "locale": "en_US", "text": text, "spans": []})
    for lang_name, (lang, loc) in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{lang_name}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        texts = [row["test_case"] if row["label_gold"] == "non-hateful" else "" for row in rows]
        for i, text in _pick(rng, texts, 10, lang):
            docs.append({"id": f"mhc-{lang_name}-{i}", "locale": loc, "text": text, "spans": []})
    return docs
