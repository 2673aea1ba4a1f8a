"""Registry of v15 genres (genres_en.py, genres_eu.py, genres_eu2.py)."""

from __future__ import annotations

from dataclasses import dataclass

from .genres_en import GENRES_EN
from .genres_eu import GENRES_EU
from .genres_eu2 import GENRES_EU2


@dataclass(frozen=True)
class Genre:
    key: str
    locale: str
    lang: str
    domain: str
    title: str
    lines: tuple[str, ...]


GENRES = [
    Genre(k, loc, lang, dom, title, tuple(x.strip() for x in body.split(" | ")))
    for k, loc, lang, dom, title, body in GENRES_EN + GENRES_EU + GENRES_EU2
]
BY_LOCALE_LANG: dict[tuple[str, str], list[Genre]] = {}
for _g in GENRES:
    BY_LOCALE_LANG.setdefault((_g.locale, _g.lang), []).append(_g)
assert len({g.key for g in GENRES}) == len(GENRES)
