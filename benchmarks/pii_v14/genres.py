"""Registry of v14's genres: which can be written for which locale, in which language."""

from __future__ import annotations

from .genres_en import GENRES_EN
from .genres_eu import GENRES_EU
from .genres_eu2 import GENRES_EU2

ALL = GENRES_EN + GENRES_EU + GENRES_EU2


def for_locale(loc: str) -> list[tuple]:
    return [g for g in ALL if loc in g[1].split()]


def lang_weight(genre: tuple) -> float:
    """en_IN documents: English a little more often than Hinglish or Hindi."""
    return {"en": 2.0, "hg": 3.0, "hi": 3.0}.get(genre[2], 1.0) if "en_IN" in genre[1] else 1.0
