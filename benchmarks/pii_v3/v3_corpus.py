"""Real sentences from /work/shared/data, used unchanged as unlabelled negatives in v3.

GSM8K test questions (openai/grade-school-math, MIT) and the non-hateful HateCheck cases of three
benign functionalities (ident_neutral_nh, ident_pos_nh, target_obj_nh) from HateCheck
(paul-rottger/hatecheck-data, CC BY 4.0) and Multilingual HateCheck (rewire-online/
multilingual-hatecheck, CC BY 4.0). See /work/shared/data/SOURCES.md.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

DATA = Path("/work/shared/data")
BENIGN = ("ident_neutral_nh", "ident_pos_nh", "target_obj_nh")
MHC = {
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
    "zh": "mandarin",
    "ar": "arabic",
}
# how many sentences to take from each source
QUOTA = {
    ("gsm8k", "en"): 100,
    ("hatecheck", "en"): 36,
    ("mhc", "de"): 14,
    ("mhc", "fr"): 12,
    ("mhc", "es"): 12,
    ("mhc", "it"): 12,
    ("mhc", "nl"): 12,
    ("mhc", "pt"): 14,
    ("mhc", "zh"): 4,
    ("mhc", "ar"): 4,
}


def _gsm8k() -> list[str]:
    with open(DATA / "math" / "gsm8k_test.jsonl", encoding="utf-8") as fh:
        return [json.loads(line)["question"] for line in fh if line.strip()]


def _hatecheck(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return sorted(
        {
            r["test_case"].strip()
            for r in rows
            if r["label_gold"] == "non-hateful" and r["functionality"] in BENIGN
        }
    )


def sentences(rng) -> list[tuple[str, str, str]]:
    """(source, lang, text) triples in a fixed order; the pick depends only on rng."""
    pools = {
        ("gsm8k", "en"): _gsm8k(),
        ("hatecheck", "en"): _hatecheck(DATA / "moderation" / "hatecheck_en_test_suite_cases.csv"),
    }
    for lang, name in MHC.items():
        pools[("mhc", lang)] = _hatecheck(
            DATA / "moderation" / "multilingual_hatecheck" / f"hatecheck_cases_final_{name}.csv"
        )
    out = []
    for (source, lang), n in QUOTA.items():
        pool = pools[(source, lang)]
        picked = rng.sample(range(len(pool)), min(len(pool), n * 2))
        out += [(source, lang, pool[i]) for i in picked]
    return out
