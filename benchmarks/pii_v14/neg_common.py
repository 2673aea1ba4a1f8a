"""Helpers shared by the patterned hard negatives and the tables."""

from __future__ import annotations

import random


def dec(x: float, lang: str, places: int = 1) -> str:
    s = f"{x:.{places}f}"
    return s if lang in ("en", "hg", "hi") else s.replace(".", ",")


def _pick(r: random.Random, *options: str) -> str:
    return r.choice(options)


def _times(r: random.Random, n: int, start: int = 6) -> list[str]:
    base = r.randint(start * 60, start * 60 + 50)
    step = r.choice([15, 20, 30])
    return ["%02d:%02d" % divmod(base + i * step, 60) for i in range(n)]


def _race(r: random.Random) -> str:
    return ", ".join("%d:%02d" % (m, r.randint(0, 59)) for m in sorted(r.sample(range(38, 62), 4)))
