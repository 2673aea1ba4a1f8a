"""Helpers shared by the v38 hard-negative generators."""

import string

DIG = string.digits
UP = string.ascii_uppercase


def _d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(DIG) for _ in range(n - 1))


def _a(rng, n):
    return "".join(rng.choice(UP) for _ in range(n))


def _until(rng, make, valid):
    for _ in range(5000):
        cand = make()
        if valid(cand):
            return cand
    raise RuntimeError("no valid candidate")


def _num(x, lang, dec=2):
    s = f"{x:,.{dec}f}"
    if lang in ("en", "hi"):
        return s
    if lang == "fr":
        return s.replace(",", "\u202f").replace(".", ",")
    return s.replace(",", "X").replace(".", ",").replace("X", ".")
