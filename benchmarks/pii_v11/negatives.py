"""Registry of the 140 hard-negative kinds: 42 labelled phone-shaped numbers, 22 tables, 76 patterns."""

from __future__ import annotations

import random

from . import neg_labelled, neg_patterns, neg_patterns2, neg_tables

PATTERN_KINDS = tuple(f"pattern:{k}" for k in neg_patterns.TEMPLATES) + tuple(
    f"pattern:{k}" for k in neg_patterns2.TEMPLATES
)
LABEL_KINDS = neg_labelled.KINDS
TABLE_KINDS = neg_tables.KINDS
ALL_KINDS = LABEL_KINDS + TABLE_KINDS + PATTERN_KINDS
assert len(set(ALL_KINDS)) == len(ALL_KINDS)


def render(rng: random.Random, kind: str, lang: str, ctx: dict) -> str:
    family, key = kind.split(":", 1)
    if family == "label":
        return neg_labelled.render(rng, kind, lang)
    if family == "table":
        return neg_tables.render(rng, kind, lang, ctx)
    templates = neg_patterns.TEMPLATES if key in neg_patterns.TEMPLATES else neg_patterns2.TEMPLATES
    return neg_patterns.render_from(templates, rng, key, lang)


def draw_kind(rng: random.Random, table_share: float = 0.06, label_share: float = 0.4) -> str:
    r = rng.random()
    if r < table_share:
        return rng.choice(TABLE_KINDS)
    if r < table_share + label_share:
        return rng.choice(LABEL_KINDS)
    return rng.choice(PATTERN_KINDS)
