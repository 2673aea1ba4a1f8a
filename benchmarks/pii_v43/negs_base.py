"""Helpers shared by v43's hard-negative kinds."""

COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dec(lang, s):
    return s.replace(".", ",") if lang in COMMA else s
