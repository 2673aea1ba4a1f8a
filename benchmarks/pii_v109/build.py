"""Build order: local documents, positives, hard negatives, corpus negatives; then shuffle."""

import random

from . import compose, corpus

POS = {"en": 200, "de": 60, "fr": 45, "nl": 50, "es": 30, "it": 30, "pt": 45, "hi": 20}
NEG = {"en": 95, "de": 30, "fr": 25, "nl": 30, "es": 20, "it": 20, "pt": 30, "hi": 20}
LOCAL = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
]
LIST_SHARE = 0.18


def _record(d, kind, genre, n):
    gid = ("hi-" + genre) if d.lang == "hi" else genre
    return (
        {"id": "%s-%s-%s-%d" % (d.loc, kind, gid, n), "locale": d.loc, "text": d.text, "spans": d.spans},
        {"values": d.vals},
    )


def _draw(make, stats):
    for _ in range(200):
        try:
            d = make()
        except compose.Dirty:
            stats["document_redraws"] += 1
            continue
        if d.clean():
            return d
        stats["document_redraws"] += 1
    raise RuntimeError("no clean document")


def build(seed):
    rng = random.Random(seed)
    stats = {"document_redraws": 0, "value_redraws": 0, "neg_kinds": set(), "genres": {}, "languages": {}}
    pairs = []

    def keep(make, kind, genre):
        d = _draw(make, stats)
        stats["value_redraws"] += d.stats["value_redraws"]
        stats["neg_kinds"].update(d.negs)
        stats["genres"][genre] = stats["genres"].get(genre, 0) + 1
        stats["languages"][d.lang] = stats["languages"].get(d.lang, 0) + 1
        pairs.append(_record(d, kind, genre, len(pairs)))

    for region, lang, loc, target in LOCAL:
        left = target
        while left:
            box = {}

            def make(region=region, lang=lang, loc=loc, left=left, box=box):
                d, box["genre"] = compose.local_doc(rng, seed, region, lang, loc, left)
                return d

            d = _draw(make, stats)
            n_local = sum(1 for v in d.vals if v.get("mode") == "local-announced")
            left -= n_local
            stats["value_redraws"] += d.stats["value_redraws"]
            stats["neg_kinds"].update(d.negs)
            stats["genres"][box["genre"]] = stats["genres"].get(box["genre"], 0) + 1
            stats["languages"][lang] = stats["languages"].get(lang, 0) + 1
            pairs.append(_record(d, "pos", box["genre"], len(pairs)))
    for lang, n in POS.items():
        genres = sorted(compose.LEX[lang])
        for i in range(n):
            g = genres[i % len(genres)]
            lst = rng.random() < LIST_SHARE
            keep(lambda lang=lang, g=g, lst=lst: compose.positive(rng, seed, lang, g, lst), "pos", g)
    for lang, n in NEG.items():
        genres = sorted(compose.LEX[lang])
        for i in range(n):
            g = genres[i % len(genres)]
            keep(lambda lang=lang, g=g: compose.negative(rng, seed, lang, g), "neg", g)
    for rec in corpus.build(rng):
        pairs.append((rec, {"values": []}))
    rng.shuffle(pairs)
    stats["neg_kinds"] = sorted(stats["neg_kinds"])
    return pairs, stats
