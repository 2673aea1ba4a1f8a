"""Corpus negatives for pii_v50, untouched text from /work/shared/data, screened."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import screen

DATA = Path("/work/shared/data")
MHC = {
    "german": ("de", "de_DE"),
    "french": ("fr", "fr_FR"),
    "spanish": ("es", "es_ES"),
    "italian": ("it", "it_IT"),
    "dutch": ("nl", "nl_NL"),
    "portuguese": ("pt", "pt_BR"),
}
RUN7 = re.compile(r"\d(?:[ \-./()]*\d){6}")


def _ok(text, region):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text or RUN7.search(text):
        return False
    return not screen.guards(text) and not screen.phone_like(text, {region, "US", "GB"})


def _pick(rng, rows, n, region, prefix):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out = []
    for i in idx:
        if len(out) == n:
            break
        if rows[i] and _ok(rows[i], region):
            out.append((f"{prefix}-{i}", rows[i]))
    return out


def load(rng):
    """Records (id, locale, text) for the corpus negatives."""
    recs = []
    with open(DATA / "math/gsm8k_test.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line)["question"] for line in f]
    recs += [(i, "en_US", t) for i, t in _pick(rng, rows, 45, "US", "gsm8k_test-en")]
    with open(DATA / "math/aime24_test.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line)["problem"] for line in f]
    recs += [(i, "en_US", t) for i, t in _pick(rng, rows, 12, "US", "aime24-en")]
    with gzip.open(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = []
        for line in f:
            chosen = json.loads(line)["chosen"]
            m = re.match(r"\s*Human: (.*?)\n\nAssistant:", chosen, re.S)
            rows.append(m.group(1).strip() if m else "")
    recs += [(i, "en_GB", t) for i, t in _pick(rng, rows, 45, "GB", "hh_rlhf-en")]
    for name, (lang, locale) in MHC.items():
        path = DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{name}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = [r["test_case"] for r in csv.DictReader(f)]
        recs += [(i, locale, t) for i, t in _pick(rng, rows, 15, locale[-2:], f"mhc-{lang}")]
    return recs
