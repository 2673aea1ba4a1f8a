"""Small helpers shared by the patterned hard negatives."""

from __future__ import annotations

COMMA_LANGS = {"de", "fr", "es", "it", "nl", "pt"}


def dec(value: float, places: int, lang: str) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang in COMMA_LANGS else text


def seq(r, lo: int, hi: int, n: int, sep: str = ", ") -> str:
    return sep.join(str(r.randint(lo, hi)) for _ in range(n))


def money(amount: float, cur: str, lang: str) -> str:
    text = dec(amount, 2, lang)
    return f"{cur}{text}" if cur in ("£", "$", "₹", "R$ ") else f"{text} {cur}"
