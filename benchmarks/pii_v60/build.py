"""The v60 build: local-number documents, other positives, hard negatives, corpus negatives."""

import random

from . import compose, corpus, negs

SEED = 10060
LOCAL_PLAN = [
    ("US", "en", 75),
    ("GB", "en", 75),
    ("DE", "de", 75),
    ("NL", "nl", 75),
    ("BR", "pt", 75),
    ("IN", "en", 40),
    ("IN", "hi", 35),
]
POS = {"en": 230, "de": 60, "fr": 70, "es": 45, "it": 40, "nl": 55, "pt": 55, "hi": 20}
NEG = {"en": 110, "de": 35, "fr": 30, "es": 20, "it": 20, "nl": 30, "pt": 25, "hi": 15}


def build():
    rng = random.Random(SEED)
    drawer = negs.Drawer(rng)
    docs, stats = [], {"doc_redraws": 0}

    def make(lang, kind, local_region=None, n_local=0):
        genres = sorted(compose.LEX[lang]["TITLES"])
        while True:
            genre = rng.choice(genres)
            d = compose.build_doc(rng, lang, genre, kind, drawer, local_region, n_local)
            if d is not None:
                break
            stats["doc_redraws"] += 1
        g = ("hi-" if lang == "hi" else "") + genre
        docs.append(
            {
                "id": "%s-%s-%s-%d" % (d.locale, kind, g, len(docs)),
                "locale": d.locale,
                "text": d.text,
                "spans": d.spans,
                "values": d.values,
                "lang": lang,
                "genre": genre,
            }
        )

    for region, lang, total in LOCAL_PLAN:
        left = total
        while left:
            n = min(left, rng.choice([1, 1, 2, 2, 3]))
            make(lang, "pos", region, n)
            left -= n
    for lang, count in POS.items():
        for _ in range(count):
            make(lang, "pos")
    for lang, count in NEG.items():
        for _ in range(count):
            make(lang, "neg")
    docs += corpus.build(rng)
    rng.shuffle(docs)
    stats.update(value_redraws=drawer.redraws, replaced=drawer.replaced, kinds_used=len(drawer.used))
    return docs, stats
