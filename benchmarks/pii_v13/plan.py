"""The build plan: which genre, table and locale each synthetic document gets."""

from __future__ import annotations

from .builder import Builder, Built
from .genres import GENRES, TABLE_LOCALES
from .neg_tables import T

N_POS, N_NEG_PROSE, N_TABLES = 600, 225, 225


def _cycle(rng, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        rng.shuffle(batch)
        out += batch
    return out[:n]


def synthetic(rng) -> list[Built]:
    builder = Builder(rng)
    docs, n = [], 0
    for g in _cycle(rng, GENRES, N_POS):
        docs.append(builder.prose(g, f"{g.locale}-pos-{g.key}-{n}", True))
        n += 1
    for g in _cycle(rng, GENRES, N_NEG_PROSE):
        docs.append(builder.prose(g, f"{g.locale}-neg-{g.key}-{n}", False))
        n += 1
    for key in _cycle(rng, list(T), N_TABLES):
        locale = rng.choice(TABLE_LOCALES)
        docs.append(builder.table(key, locale, f"{locale}-neg-{key}-{n}"))
        n += 1
    return docs
