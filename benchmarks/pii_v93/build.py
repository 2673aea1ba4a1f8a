"""Build order: local-number documents, other positives, hard negatives, corpus; then shuffle."""

import json
import random

from . import compose, numbers
from .corpus import corpus

SEED = 10093
QUOTA = 75
# weights of non-local positive documents and of hard-negative documents per (locale, language)
WEIGHTS = [
    ("en_US", "en", 34),
    ("en_GB", "en", 34),
    ("en_IN", "en", 20),
    ("en_AU", "en", 16),
    ("en_IE", "en", 16),
    ("de_DE", "de", 34),
    ("de_AT", "de", 16),
    ("de_CH", "de", 16),
    ("fr_FR", "fr", 32),
    ("fr_BE", "fr", 18),
    ("es_ES", "es", 28),
    ("it_IT", "it", 28),
    ("nl_NL", "nl", 30),
    ("nl_BE", "nl", 18),
    ("pt_PT", "pt", 24),
    ("pt_BR", "pt", 26),
    ("en_IN", "hi", 20),
]
LOCAL_HOSTS = [
    ("US", "en_US", "en", "US", QUOTA),
    ("GB", "en_GB", "en", "GB", QUOTA),
    ("DE", "de_DE", "de", "DE", QUOTA),
    ("NL", "nl_NL", "nl", "NL", QUOTA),
    ("BR", "pt_BR", "pt", "BR", QUOTA),
    ("IN", "en_IN", "en", "IN", 40),
    ("IN", "en_IN", "hi", "IN-hi", 35),
]
N_POS = 400
N_NEG = 300


def _id(locale, lang, pos, genre, n):
    mid = ("hi-" if lang == "hi" else "") + genre
    return "%s-%s-%s-%d" % (locale, "pos" if pos else "neg", mid, n)


def build(seed=SEED):
    rng = random.Random(seed)
    comp = compose.Composer(rng, seed)
    docs = []

    def add(locale, lang, genre, pos, local=None):
        text, spans = comp.document(locale, lang, genre, pos, local)
        docs.append(
            {"id": _id(locale, lang, pos, genre, len(docs)), "locale": locale, "text": text, "spans": spans}
        )

    for region, locale, lang, key, quota in LOCAL_HOSTS:
        for tpl, n in compose.local_doc_plan(rng, region, quota, key):
            town, area = rng.choice(numbers.AREAS[region])
            vals = comp.local_values(region, area, n)
            local = {"town": town, "template": tpl, "L1": vals[0], "L2": vals[-1]}
            genre = rng.choice(sorted(compose.GENRES[lang]))
            add(locale, lang, genre, True, local)
    pool = [(loc, lang) for loc, lang, w in WEIGHTS for _ in range(w)]
    for pos, count in ((True, N_POS), (False, N_NEG)):
        for _ in range(count):
            locale, lang = rng.choice(pool)
            add(locale, lang, rng.choice(sorted(compose.GENRES[lang])), pos)
    for did, locale, text in corpus(rng):
        docs.append({"id": did, "locale": locale, "text": text, "spans": []})
    rng.shuffle(docs)
    stats = {
        "doc_redraws": comp.doc_redraws,
        "value_redraws": comp.drawer.redraws,
        "replaced": comp.drawer.replaced,
    }
    return docs, stats


def serialise(docs):
    recs, vals = [], []
    for d in docs:
        spans = [{"kind": v["kind"], "start": s, "end": e} for s, e, v in d["spans"]]
        recs.append(
            json.dumps(
                {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": spans}, ensure_ascii=False
            )
        )
        vals.append(json.dumps({"values": [v for _s, _e, v in d["spans"]]}, ensure_ascii=False))
    return "\n".join(recs) + "\n", "\n".join(vals) + "\n"
