"""The v15 build plan: which documents exist, in which locale and language, and what each must carry."""

from __future__ import annotations

from .locales import LOCALE_WEIGHTS
from .rosters import FORMATS

N_POS, N_PROSE, N_TABLE, N_CORPUS = 600, 225, 225, 150
ANNOUNCED = [0] * 225 + [1] * 300 + [2] * 75  # 450 announced numbers over 600 documents
N_ROSTERS = 62
EXTRAS = {
    "national": 385,
    "international": 150,
    "other": 105,
    "email": 170,
    "ip": 90,
    "card": 76,
    "iban": 66,
    "ssn": 42,
}
IBAN_LOCALES = {
    "en_GB",
    "en_AU",
    "en_IE",
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_BE",
    "fr_CH",
    "es_ES",
    "it_IT",
    "it_CH",
    "nl_NL",
    "nl_BE",
    "pt_BR",
}


class Cycler:
    """Hands out items in shuffled rounds, so every item is used before any is used again."""

    def __init__(self, rng, items):
        self.rng, self.items, self.queue = rng, list(items), []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


def doc_lang(locale: str, i: int) -> str:
    if locale == "en_IN":
        return ("en", "hx", "hi")[i % 3]
    return "en" if locale.startswith("en") else locale[:2]


def make_plan(rng) -> dict:
    locales = [loc for loc, n in LOCALE_WEIGHTS.items() for _ in range(n)]
    assert len(locales) == N_POS + N_PROSE + N_TABLE
    rng.shuffle(locales)
    pos = [
        {"locale": loc, "lang": doc_lang(loc, i), "announced": 0, "roster": None, "extras": []}
        for i, loc in enumerate(locales[:N_POS])
    ]
    counts = list(ANNOUNCED)
    rng.shuffle(counts)
    for d, c in zip(pos, counts, strict=True):
        d["announced"] = c
    fmts = Cycler(rng, FORMATS)
    for k, i in enumerate(sorted(rng.sample(range(N_POS), N_ROSTERS))):
        pos[i]["roster"] = (fmts.next(), 3 + k % 4)
    for kind, n in EXTRAS.items():
        if kind == "ssn":
            pool = [i for i, d in enumerate(pos) if d["locale"] == "en_US"]
        elif kind == "iban":
            pool = [i for i, d in enumerate(pos) if d["locale"] in IBAN_LOCALES]
        else:
            pool = list(range(N_POS))
        if kind in ("ssn", "iban"):
            chosen = rng.sample(pool, min(n, len(pool)))
        else:
            chosen = [rng.choice(pool) for _ in range(n)]
        for i in chosen:
            pos[i]["extras"].append(kind)
    for d in pos:
        if not d["announced"] and not d["roster"] and not d["extras"]:
            d["extras"].append("national")
        d["n_neg"] = rng.randint(1, 3)
    prose = [
        {"locale": loc, "lang": doc_lang(loc, i), "n_neg": rng.randint(3, 6)}
        for i, loc in enumerate(locales[N_POS : N_POS + N_PROSE])
    ]
    tables = [{"locale": loc} for loc in locales[N_POS + N_PROSE :]]
    return {"pos": pos, "prose": prose, "tables": tables}
