"""Small formatting helpers: numbers, dates and clock times the way each language writes them."""

from __future__ import annotations

import random

_DEC_COMMA = {"de", "fr", "es", "it", "nl", "pt"}
_THOUSANDS = {
    "en": ",",
    "hing": ",",
    "hi": ",",
    "de": ".",
    "es": ".",
    "it": ".",
    "nl": ".",
    "pt": ".",
    "fr": "\u202f",
}


def dec(x: float, lang: str, nd: int) -> str:
    """x with nd decimals, the language's decimal mark and thousands separator."""
    s = f"{x:,.{nd}f}"
    sep = _THOUSANDS.get(lang, ",")
    if lang in _DEC_COMMA:
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return s


def thousands(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", _THOUSANDS.get(lang, ","))


def ddate(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2024, 2025, 2026))
    if lang == "en" and rng.random() < 0.5:
        return f"{m}/{d}/{y % 100:02d}" if rng.random() < 0.5 else f"{d} {_MONTHS[m - 1]}"
    if lang in ("de", "nl"):
        return f"{d:02d}.{m:02d}." if rng.random() < 0.4 else f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def clock(h: int, m: int, lang: str) -> str:
    h %= 24
    if lang == "fr":
        return f"{h} h {m:02d}"
    if lang == "en" and h > 12:
        return f"{h - 12}:{m:02d} pm"
    return f"{h:02d}:{m:02d}" if lang != "de" else f"{h}.{m:02d}"


def mins(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"
