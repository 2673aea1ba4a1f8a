"""Build plan for v78: local, positive and negative documents per locale, then corpus negatives."""

import random

from faker import Faker

from . import compose, corpus
from .compose import GENRES, LISTS, LOCAL, LOCALES

SEED = 10078
FAKER_LOC = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "en_IN",
}
POS = {
    "en_US": 55,
    "en_GB": 55,
    "en_IN": 30,
    "en_AU": 18,
    "en_IE": 18,
    "de_DE": 45,
    "de_AT": 14,
    "de_CH": 14,
    "fr_FR": 35,
    "fr_BE": 12,
    "fr_CH": 10,
    "es_ES": 38,
    "it_IT": 38,
    "nl_NL": 40,
    "nl_BE": 14,
    "pt_BR": 35,
    "pt_PT": 24,
    "hi": 25,
}
NEG = {
    "en_US": 28,
    "en_GB": 32,
    "en_IN": 14,
    "en_AU": 14,
    "en_IE": 14,
    "de_DE": 30,
    "de_AT": 8,
    "de_CH": 8,
    "fr_FR": 22,
    "fr_BE": 8,
    "es_ES": 20,
    "it_IT": 20,
    "nl_NL": 26,
    "nl_BE": 8,
    "pt_BR": 16,
    "pt_PT": 10,
    "hi": 16,
}
# (region, language, locale, number of local values)
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
]


def ctx_for(key):
    if key == "hi":
        lang, own, nat, locale = "hi", "IN", "IN", "en_IN"
    else:
        (lang, own, nat), locale = LOCALES[key], key
    regions = tuple(dict.fromkeys([own, nat, compose.HOME[lang]]))
    return {"lrn": (lang, own, nat), "locale": locale, "regions": regions}


def _tag(key, genre):
    return ("hi-" if key == "hi" else "") + genre


def pos_plan(rng, key, genre):
    lang, own = ctx_for(key)["lrn"][:2]
    g = GENRES[lang][genre]
    pos = [s for s in g["pos"] if compose.usable(s, own)]
    sents = rng.sample(pos, min(len(pos), rng.choice([1, 2, 2, 3, 3])))
    sents += rng.sample(g["neg"], min(len(g["neg"]), rng.choice([0, 1, 1, 2])))
    rng.shuffle(sents)
    plan = [("title", rng.choice(g["titles"]))] + [("sent", s) for s in sents]
    if rng.random() < 0.22:
        lst = LISTS[lang]
        plan.append(
            (
                "list",
                (rng.choice(lst["heads"]), rng.sample(lst["labels"], rng.choice([2, 2, 3])), compose.LAYOUTS),
            )
        )
    return plan


def neg_plan(rng, key, genre):
    lang = ctx_for(key)["lrn"][0]
    g = GENRES[lang][genre]
    sents = rng.sample(g["neg"], min(len(g["neg"]), rng.choice([2, 3, 3, 4])))
    plan = [("title", rng.choice(g["titles"]))]
    for i, s in enumerate(sents):
        plan.append(("sent", s))
        if i == 1 and rng.random() < 0.4:
            plan.append(("break", None))
    return plan


def build():
    rng = random.Random(SEED)
    fakers = {}
    for lang, loc in FAKER_LOC.items():
        fakers[lang] = Faker(loc)
        fakers[lang].seed_instance(SEED)
    comp = compose.Composer(rng, fakers)
    docs = []

    def emit(key, polarity, genre, plan, extra=None):
        ctx = ctx_for(key)
        if extra:
            ctx.update(extra)
        d = comp.compose(ctx, plan)
        rid = "%s-%s-%s-%d" % (ctx["locale"], polarity, _tag(key, genre), len(docs))
        docs.append(({"id": rid, "locale": ctx["locale"], "text": d.text, "spans": d.spans}, d.vals, genre))

    for region, lang, locale, total in LOCAL_PLAN:
        key = "hi" if lang == "hi" else locale
        phrases = LOCAL[(region, lang)]
        left = total
        while left:
            town, area = rng.choice(compose.nb.AREAS[region])
            phrase = rng.choice([p for p in phrases if p.count("{L}") <= left])
            genre = rng.choice(sorted(GENRES[lang]))
            g = GENRES[lang][genre]
            extra_s = rng.sample(g["neg"], min(len(g["neg"]), rng.choice([0, 1, 1, 2])))
            plan = [("title", rng.choice(g["titles"]))]
            if extra_s and rng.random() < 0.5:
                plan.append(("sent", extra_s.pop()))
            plan.append(("sent", phrase))
            plan += [("sent", s) for s in extra_s]
            emit(key, "pos", genre, plan, {"local": (region, town, area)})
            left -= phrase.count("{L}")
    for key, n in POS.items():
        lang = ctx_for(key)["lrn"][0]
        for _ in range(n):
            genre = rng.choice(sorted(GENRES[lang]))
            emit(key, "pos", genre, pos_plan(rng, key, genre))
    for key, n in NEG.items():
        lang = ctx_for(key)["lrn"][0]
        for _ in range(n):
            genre = rng.choice(sorted(GENRES[lang]))
            emit(key, "neg", genre, neg_plan(rng, key, genre))
    for rec in corpus.corpus(rng):
        docs.append((rec, [], None))
    rng.shuffle(docs)
    info = {
        "doc_redraws": comp.doc_redraws,
        "value_redraws": comp.drawer.redraws,
        "replaced": comp.drawer.replaced,
        "kinds_used": len(comp.drawer.used),
    }
    return docs, info
