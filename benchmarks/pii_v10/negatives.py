"""Registry of hard-negative kinds: labelled, patterned and tabular."""

from __future__ import annotations

from . import neg_patterns, neg_patterns2, neg_patterns3
from .neg_labelled import LABELLED_KINDS
from .neg_tables import TABLE_KINDS


def _patterns(module) -> list:
    return [
        ("pattern-" + name[2:].replace("_", "-"), f)
        for name, f in vars(module).items()
        if name.startswith("p_") and callable(f)
    ]


PATTERN_KINDS = _patterns(neg_patterns) + _patterns(neg_patterns3) + _patterns(neg_patterns2)
ALL_KINDS = LABELLED_KINDS + PATTERN_KINDS + TABLE_KINDS
KIND_FUNCS = dict(ALL_KINDS)
LABELLED_NAMES = [k for k, _ in LABELLED_KINDS]
RESTRICT = {
    "pattern-pin-in": {"en_IN"},
    "pattern-gridref": {"en_GB", "en_IE", "en_AU"},
    "pattern-bible": {"de_DE", "de_AT", "de_CH", "nl_NL", "nl_BE"},
    "pattern-league-line": {"en_GB", "en_IE", "en_AU", "en_US", "en_IN"},
    "pattern-cable": {"de_DE", "de_AT", "de_CH"},
}


def allowed(kind: str, locale: str) -> bool:
    return kind not in RESTRICT or locale in RESTRICT[kind]


def family(kind: str) -> str:
    return kind.split("-", 1)[0]
