"""Helpers shared by the v41 hard-negative kinds."""

L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _n(rng, lo, hi):
    return rng.randrange(lo, hi)


def _yr(rng):
    return rng.choice([2023, 2024, 2025])


def _pick(rng, lang, table):
    return (table.get(lang) or table["en"])(rng)
