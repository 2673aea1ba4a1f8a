"""Untouched corpus texts from /work/shared/data for v25 (negatives), screened, drawn with the seed."""

import csv
import gzip
import json
import re
from pathlib import Path

from . import others

DATA = Path("/work/shared/data")
MHC = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese"}
MHC_LOCALE = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pt": "pt_BR"}
# source id -> (how many, language, locale)
COUNTS = {
    "gsm8k_test": (28, "en", "en_US"),
    "hh_rlhf_harmless": (22, "en", "en_US"),
    "openai_moderation": (18, "en", "en_US"),
    "humaneval": (14, "en", "en_US"),
    "math500": (16, "en", "en_US"),
    "hatecheck": (12, "en", "en_US"),
    "aime24": (2, "en", "en_US"),
    "amc23": (2, "en", "en_US"),
    **{f"mhc-{lang}": (6, lang, MHC_LOCALE[lang]) for lang in MHC},
}
_RUN7 = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")


def _jsonl(path: Path, field: str) -> list:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def _csv(path: Path, field: str) -> list:
    with open(path, encoding="utf-8", newline="") as fh:
        return [row[field] for row in csv.DictReader(fh)]


def rows(source: str) -> list:
    if source == "gsm8k_test":
        return _jsonl(DATA / "math/gsm8k_test.jsonl", "question")
    if source == "math500":
        return _jsonl(DATA / "math/math500_test.jsonl", "problem")
    if source == "aime24":
        return _jsonl(DATA / "math/aime24_test.jsonl", "problem")
    if source == "amc23":
        return _jsonl(DATA / "math/amc23_test.jsonl", "problem")
    if source == "humaneval":
        return _jsonl(DATA / "code/HumanEval.jsonl.gz", "prompt")
    if source == "hh_rlhf_harmless":
        return _jsonl(DATA / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "chosen")
    if source == "openai_moderation":
        return _jsonl(DATA / "moderation/openai_moderation_samples-1680.jsonl.gz", "prompt")
    if source == "hatecheck":
        return _csv(DATA / "moderation/hatecheck_en_test_suite_cases.csv", "test_case")
    lang = source.split("-")[1]
    return _csv(
        DATA / f"moderation/multilingual_hatecheck/hatecheck_cases_final_{MHC[lang]}.csv", "test_case"
    )


def screened(text: str) -> bool:
    if not text or len(text) > 1500:
        return False
    low = text.lower()
    if "@" in text or "http" in low or "www." in low:
        return False
    if _RUN7.search(text):
        return False
    return not others.guard_hits(text)


def draw(rng) -> list:
    """[(id, locale, text, source)] with the counts of COUNTS."""
    out = []
    for source, (n, lang, locale) in COUNTS.items():
        texts = rows(source)
        order = list(range(len(texts)))
        rng.shuffle(order)
        picked, seen = [], set()
        for i in order:
            if len(picked) == n:
                break
            text = texts[i]
            if text in seen or not screened(text):
                continue
            seen.add(text)
            picked.append(i)
        assert len(picked) == n, source
        name = source if source.startswith("mhc-") else f"{source}-{lang}"
        out += [(f"{name}-{i}", locale, texts[i], source) for i in sorted(picked)]
    return out
