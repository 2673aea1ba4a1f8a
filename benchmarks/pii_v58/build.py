"""Build order for v58: local-number documents first (exact quotas), then other positives, hard
negatives and corpus negatives; shuffled with the seed."""

import random

from . import compose, corpus, negs
from . import numbers as nb

SEED = 10058
LOCAL_QUOTA = [
    ("en_US", "en", 75),
    ("en_GB", "en", 75),
    ("de_DE", "de", 75),
    ("nl_NL", "nl", 75),
    ("pt_BR", "pt", 75),
    ("en_IN", "en", 40),
    ("en_IN", "hi", 35),
]
POS_WEIGHTS = {
    "en_US": 70,
    "en_GB": 60,
    "en_IN": 30,
    "en_AU": 15,
    "en_IE": 15,
    "de_DE": 55,
    "de_AT": 15,
    "de_CH": 15,
    "fr_FR": 40,
    "fr_BE": 12,
    "fr_CH": 10,
    "es_ES": 35,
    "it_IT": 35,
    "nl_NL": 35,
    "nl_BE": 12,
    "pt_BR": 35,
    "pt_PT": 20,
    "hi": 25,
}
N_POS_OTHER = 460
N_NEG = 310


def _ctx(comp, rng, locale, lang):
    loc = "en_IN" if locale == "hi" else locale
    lang = "hi" if locale == "hi" else lang
    _, own, nat = compose.LOCALES[loc]
    regions = sorted(set([own, nat] + compose.HOME[lang]))
    return {
        "locale": loc,
        "lang": lang,
        "own": own,
        "nat": nat,
        "regions": regions,
        "negkinds": set(),
        "seen": set(),
        "town": None,
        "fk": "hi" if lang == "hi" else loc,
    }


def _doc(comp, rng, ctx, pos, nlocal=0):
    lex = compose.LEX[ctx["lang"]]
    genre = rng.choice(sorted(lex))
    title, pos_s, neg_s = lex[genre]
    parts = [(rng.choice(title) + "\n\n", None)]
    body = []
    if pos:
        cand = [s for s in pos_s if compose.usable(s, ctx)]
        body += rng.sample(cand, min(len(cand), rng.randint(1, 3)))
    body += rng.sample(neg_s, min(len(neg_s), rng.randint(1, 2) if pos else rng.randint(2, 3)))
    rng.shuffle(body)
    if nlocal:
        ctx["town"] = rng.choice(nb.AREAS[ctx["nat"]])
        loc_t = compose.LOCAL_TXT[ctx["lang"]]
        cand = [t for t in loc_t if t.count("{L}") <= nlocal]
        want = [t for t in cand if t.count("{L}") == nlocal] or cand
        lt = rng.choice(want)
        body.insert(rng.randint(0, len(body)), lt)
    for i, s in enumerate(body):
        sep = "\n\n" if "\n" in s or (i and rng.random() < 0.3) else " "
        comp.fill(s if i == 0 else sep + s, ctx, parts)
    parts.append(("\n", None))
    if pos and not nlocal and rng.random() < 0.4:
        comp.contact_block(ctx, parts)
    text, spans, values = compose.assemble(parts)
    return genre, text, spans, values


def build():
    rng = random.Random(SEED)
    comp = compose.Composer(rng, SEED)
    docs, stats = [], {"doc_redraws": 0}

    def emit(locale, lang, pos, nlocal=0):
        for _ in range(50):
            ctx = _ctx(comp, rng, locale, lang)
            try:
                genre, text, spans, values = _doc(comp, rng, ctx, pos, nlocal)
            except negs.DirtyValue:
                stats["doc_redraws"] += 1
                continue
            if pos and not spans:
                continue
            if compose.screen_doc(text, spans, ctx["regions"]):
                break
            stats["doc_redraws"] += 1
        else:
            raise RuntimeError("document stays dirty")
        tag = ("hi-" if ctx["lang"] == "hi" else "") + genre
        rid = "%s-%s-%s-%d" % (ctx["locale"], "pos" if pos else "neg", tag, len(docs))
        docs.append(
            (
                {"id": rid, "locale": ctx["locale"], "text": text, "spans": spans},
                values,
                {"genre": genre, "lang": ctx["lang"], "negkinds": ctx["negkinds"]},
            )
        )
        return values

    for locale, lang, quota in LOCAL_QUOTA:
        left = quota
        while left:
            n = min(left, rng.choice([1, 1, 2]))
            vals = emit("hi" if lang == "hi" else locale, lang, True, n)
            left -= sum(1 for v in vals if v.get("mode") == "local-announced")
    locs = sorted(POS_WEIGHTS)
    w = [POS_WEIGHTS[x] for x in locs]
    for _ in range(N_POS_OTHER):
        loc = rng.choices(locs, w)[0]
        emit(loc, compose.LOCALES.get(loc, ("hi",))[0], True)
    for _ in range(N_NEG):
        loc = rng.choices(locs, w)[0]
        emit(loc, compose.LOCALES.get(loc, ("hi",))[0], False)
    corp = corpus.build(rng)
    for r in corp:
        docs.append((r, [], {"genre": None, "lang": None, "negkinds": set()}))
    rng.shuffle(docs)
    stats["value_redraws"] = comp.drawer.redraws
    stats["replaced"] = comp.drawer.replaced
    stats["kinds_used"] = len(comp.drawer.used)
    return docs, stats
