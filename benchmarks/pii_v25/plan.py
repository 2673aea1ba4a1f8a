"""Which v25 document gets which values: locales, genres and the dealing of value tokens."""

from . import layout, negvals_b, others, phones

GENRES = ["school", "club", "classified", "invitation", "trades", "minutes", "sitter", "diary"]
# (locale, language, generated documents)
PAIRS = [
    ("en_US", "en", 193),
    ("en_IN", "en", 65),
    ("en_IN", "hi", 55),
    ("de_DE", "de", 114),
    ("en_GB", "en", 108),
    ("fr_FR", "fr", 90),
    ("pt_BR", "pt", 91),
    ("es_ES", "es", 82),
    ("nl_NL", "nl", 82),
    ("it_IT", "it", 74),
    ("en_AU", "en", 18),
    ("de_AT", "de", 16),
    ("de_CH", "de", 16),
    ("en_IE", "en", 15),
    ("fr_BE", "fr", 12),
    ("fr_CH", "fr", 9),
    ("nl_BE", "nl", 10),
]
N_POS, N_NEG = 600, 450
LOCAL_PER_REGION = 75
ROSTERS_PER_FORMAT = 5
N_INTL, N_OWN_INTL = 150, 80
TOKENS = [
    ("PHONE", "national", 400),
    ("PHONE", "other", 100),
    ("EMAIL", "personal", 90),
    ("EMAIL", "role", 80),
    ("IP_ADDRESS", "v4-private", 36),
    ("IP_ADDRESS", "v4-public", 26),
    ("IP_ADDRESS", "v6", 28),
    ("CREDIT_CARD", "grouped", 38),
    ("CREDIT_CARD", "dashed", 18),
    ("CREDIT_CARD", "compact", 14),
    ("IBAN", "grouped", 50),
    ("IBAN", "compact", 18),
    ("US_SSN", "dashed", 32),
    ("US_SSN", "spaced", 8),
]
INTL_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "AT", "CH", "BE", "AU", "IE"]
MAX_LOAD = 7


def _split_counts(rng):
    """Positive documents per (locale, language), by largest remainder."""
    total = sum(n for _, _, n in PAIRS)
    raw = [n * N_POS / total for _, _, n in PAIRS]
    pos = [int(x) for x in raw]
    order = sorted(range(len(PAIRS)), key=lambda i: raw[i] - pos[i], reverse=True)
    for i in order[: N_POS - sum(pos)]:
        pos[i] += 1
    return pos


def plan(rng):
    """[(n, locale, lang, 'pos'|'neg', genre, tokens)] for the generated documents."""
    pos_counts = _split_counts(rng)
    docs = []
    for (locale, lang, n), n_pos in zip(PAIRS, pos_counts, strict=True):
        genres = []
        while len(genres) < n:
            g = list(GENRES)
            rng.shuffle(g)
            genres += g
        for i in range(n):
            docs.append(
                {
                    "locale": locale,
                    "lang": lang,
                    "side": "pos" if i < n_pos else "neg",
                    "genre": genres[i],
                    "tokens": [],
                    "load": 0,
                }
            )
    pos = [d for d in docs if d["side"] == "pos"]
    neg = [d for d in docs if d["side"] == "neg"]

    def give(d, tok, load=1):
        d["tokens"].append(tok)
        d["load"] += load

    # local numbers announced by a context word, 75 per region with subscriber-only dialling
    for region in phones.LOCAL_REGIONS:
        mine = [d for d in pos if phones.PLAN[d["locale"]] == region and d["locale"] not in phones.OWN]
        rng.shuffle(mine)
        for i in range(LOCAL_PER_REGION):
            give(mine[i % len(mine)], {"kind": "PHONE", "mode": "local-announced"})
    # rosters
    fmts = [f for f in layout.ROSTER_FORMATS for _ in range(ROSTERS_PER_FORMAT)]
    for d, fmt in zip(rng.sample(pos, len(fmts)), fmts, strict=True):
        give(d, {"kind": "ROSTER", "fmt": fmt}, 5)
    # international numbers: the own numbers of AT/CH/BE/AU/IE documents, then numbers abroad
    own = [d for d in pos if d["locale"] in phones.OWN]
    rng.shuffle(own)
    for i in range(N_OWN_INTL):
        d = own[i % len(own)]
        give(d, {"kind": "PHONE", "mode": "international", "region": phones.OWN[d["locale"]]})
    for _ in range(N_INTL - N_OWN_INTL):
        d = rng.choice(pos)
        home = phones.OWN.get(d["locale"], phones.PLAN[d["locale"]])
        region = rng.choice([r for r in INTL_REGIONS if r != home] + [home] * 2)
        give(d, {"kind": "PHONE", "mode": "international", "region": region})
    # everything else, dealt half to the least loaded and half at random
    rest = [(k, m) for k, m, n in TOKENS for _ in range(n)]
    rng.shuffle(rest)
    for kind, mode in rest:
        if kind == "IBAN":
            ok = [d for d in pos if d["locale"] in others.IBAN_COUNTRY]
        elif kind == "US_SSN":
            ok = [d for d in pos if d["locale"] == "en_US"]
        else:
            ok = pos
        ok = [d for d in ok if d["load"] < MAX_LOAD]
        if rng.random() < 0.5:
            least = min(d["load"] for d in ok)
            d = rng.choice([d for d in ok if d["load"] == least])
        else:
            d = rng.choice(ok)
        give(d, {"kind": kind, "mode": mode})
    assert all(d["load"] > 0 for d in pos)
    # hard negatives: every kind many times, in negative documents and a few in positive ones
    kinds = list(negvals_b.KINDS)
    cycle = []

    def next_kind():
        if not cycle:
            cycle.extend(rng.sample(kinds, len(kinds)))
        return cycle.pop()

    for d in pos:
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            d["tokens"].append({"kind": "NEG", "neg": next_kind(), "inline": True})
    for i, d in enumerate(neg):
        for _ in range(rng.randint(3, 6)):
            d["tokens"].append({"kind": "NEG", "neg": next_kind()})
        if i % 10 == 3:
            fmt = layout.ROSTER_FORMATS[(i // 10) % len(layout.ROSTER_FORMATS)]
            d["tokens"].append({"kind": "NEGLIST", "neg": rng.choice(negvals_b.LIST_KINDS), "fmt": fmt})
    for d in docs:
        rng.shuffle(d["tokens"])
    return docs
