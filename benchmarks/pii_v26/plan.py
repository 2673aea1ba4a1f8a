"""Which documents there are (locale, language, genre, positive or not) and which values each one carries."""

from .compose import GENRES
from .core import LOCALES
from .layout import ROSTER_GENRES, ROSTERS

GEN_LOCALES = (  # (locale, language, generated documents)
    ("en_US", "en", 179),
    ("en_GB", "en", 110),
    ("en_IN", "en", 70),
    ("en_IN", "hi", 60),
    ("en_AU", "en", 17),
    ("en_IE", "en", 15),
    ("de_DE", "de", 110),
    ("de_AT", "de", 16),
    ("de_CH", "de", 16),
    ("fr_FR", "fr", 90),
    ("fr_BE", "fr", 12),
    ("fr_CH", "fr", 9),
    ("es_ES", "es", 82),
    ("it_IT", "it", 75),
    ("nl_NL", "nl", 90),
    ("nl_BE", "nl", 9),
    ("pt_BR", "pt", 90),
)
N_POS, N_NEG = 600, 450
LOCAL = {"US": 75, "GB": 75, "DE": 75, "NL": 75, "BR": 75, "IN": 75}
HOME = {loc: home for loc, (_, _, home, _) in LOCALES.items()}
OWN_INTL_ONLY = ("AU", "IE", "CH", "AT", "BE")
FOREIGN = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "AU", "IE", "CH", "AT", "BE")
N_LIST, N_ROSTERS = 275, 70
FLEX = (
    [("national",)] * 405
    + [("international", None)] * 150
    + [("other",)] * 100
    + [("email", "personal")] * 88
    + [("email", "role")] * 77
    + [("ip", "v4-private")] * 35
    + [("ip", "v4-public")] * 25
    + [("ip", "v6")] * 30
    + [("card", "grouped")] * 40
    + [("card", "dashed")] * 18
    + [("card", "compact")] * 14
    + [("iban", "grouped")] * 50
    + [("iban", "compact")] * 16
)
SSN = [("ssn", "dashed")] * 33 + [("ssn", "spaced")] * 7
AFFINITY = {
    "ip": {"science": 6, "social": 3, "school": 2, "tender": 1, "timetable": 1},
    "card": {"social": 5, "classified": 3, "recipe": 1, "sports": 1, "timetable": 1},
    "iban": {"tender": 3, "classified": 3, "school": 3, "sports": 3, "social": 1},
    "ssn": {"tender": 2, "school": 2, "sports": 2, "social": 2, "classified": 1},
}
DEFAULT_AFFINITY = {"ip": 0.5, "card": 0.15, "iban": 0.5, "ssn": 0.5}
MAX_VALUES = 7


def split_counts(rng):
    total = sum(n for _, _, n in GEN_LOCALES)
    exact = [n * N_POS / total for _, _, n in GEN_LOCALES]
    pos = [int(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: exact[i] - pos[i], reverse=True)
    for i in order[: N_POS - sum(pos)]:
        pos[i] += 1
    return pos


def documents(rng):
    docs = []
    pos = split_counts(rng)
    for (loc, lang, n), npos in zip(GEN_LOCALES, pos, strict=True):
        genres = [GENRES[i % len(GENRES)] for i in range(n)]
        rng.shuffle(genres)
        flags = [True] * npos + [False] * (n - npos)
        rng.shuffle(flags)
        for g, f in zip(genres, flags, strict=True):
            docs.append(
                {
                    "locale": loc,
                    "lang": lang,
                    "genre": g,
                    "positive": f,
                    "tasks": [],
                    "roster": 0,
                    "roster_fmt": None,
                }
            )
    return docs


def _weight(kind, genre):
    return AFFINITY.get(kind, {}).get(genre, DEFAULT_AFFINITY.get(kind, 1))


def _assign(rng, docs, task, eligible):
    cands = [d for d in eligible if len(d["tasks"]) + d["roster"] // 3 < MAX_VALUES]
    weights = [_weight(task[0], d["genre"]) for d in cands]
    sample = rng.choices(cands, weights=weights, k=min(6, len(cands)))
    best = min(sample, key=lambda d: (len(d["tasks"]) + (1 if d["roster"] else 0), rng.random()))
    best["tasks"].append(task)


def allocate(rng):
    docs = documents(rng)
    pos = [d for d in docs if d["positive"]]
    # rosters first: 70 documents, 275 entries
    roster_docs = rng.sample(pos, N_ROSTERS)
    sizes = [4] * N_ROSTERS
    while sum(sizes) != N_LIST:
        i = rng.randrange(N_ROSTERS)
        if sum(sizes) < N_LIST and sizes[i] < 6:
            sizes[i] += 1
        elif sum(sizes) > N_LIST and sizes[i] > 3:
            sizes[i] -= 1
    used = {f: 0 for f in ROSTERS}
    for d, n in zip(roster_docs, sizes, strict=True):
        d["roster"] = n
        fits = [f for f in ROSTERS if d["genre"] in ROSTER_GENRES.get(f, d["genre"])]
        d["roster_fmt"] = min(fits, key=lambda f: (used[f], rng.random()))
        used[d["roster_fmt"]] += 1
    for region, n in LOCAL.items():
        eligible = [d for d in pos if HOME[d["locale"]] == region]
        for _ in range(n):
            _assign(rng, docs, ("local",), eligible)
    us = [d for d in pos if d["locale"] == "en_US"]
    for t in SSN:
        _assign(rng, docs, t, us)
    flex = list(FLEX)
    rng.shuffle(flex)
    own_intl = [d for d in pos if HOME[d["locale"]] in OWN_INTL_ONLY]
    for d in own_intl:  # these documents write their own numbers internationally only
        i = flex.index(("international", None))
        flex.pop(i)
        d["tasks"].append(("international", HOME[d["locale"]]))
    for d in pos:
        if not d["tasks"] and not d["roster"]:
            t = flex.pop()
            d["tasks"].append(_fix(rng, t, d))
    for t in flex:
        _assign(rng, docs, t, pos)
    for d in pos:
        d["tasks"] = [_fix(rng, t, d) for t in d["tasks"]]
        rng.shuffle(d["tasks"])
    return docs


def _fix(rng, task, doc):
    if task == ("international", None):
        home = HOME[doc["locale"]]
        if home in OWN_INTL_ONLY or rng.random() < 0.55:
            return ("international", home)
        return ("international", rng.choice([r for r in FOREIGN if r != home]))
    return task
