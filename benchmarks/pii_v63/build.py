"""Build the v63 records and sidecar values."""

import random

from faker import Faker

from . import compose as C
from .corpus import pick
from .negs import KINDS, dirty

SEED = 10063
LOCAL_TARGET = {
    "US": [("en", 75)],
    "GB": [("en", 75)],
    "DE": [("de", 75)],
    "NL": [("nl", 75)],
    "BR": [("pt", 75)],
    "IN": [("en", 40), ("hi", 35)],
}
EXTRA = {
    "en_US": 40,
    "en_GB": 40,
    "en_IN": 25,
    "en_AU": 25,
    "en_IE": 20,
    "de_DE": 30,
    "de_AT": 15,
    "de_CH": 15,
    "nl_NL": 25,
    "nl_BE": 15,
    "pt_BR": 25,
    "pt_PT": 20,
    "fr_FR": 30,
    "fr_BE": 12,
    "fr_CH": 12,
    "es_ES": 30,
    "it_IT": 30,
    "hi": 20,
}
NEG = {"en": 90, "de": 40, "nl": 30, "pt": 30, "fr": 30, "es": 25, "it": 25, "hi": 20}


def loc_for(locale_or_lang, lang=None):
    for loc in C.LOCALES:
        if locale_or_lang == "hi" and loc[1] == "hi":
            return loc
        if loc[0] == locale_or_lang and loc[1] != "hi":
            return loc
        if lang and loc[1] == lang and loc[4] == locale_or_lang:
            return loc
    raise KeyError(locale_or_lang)


def build(seed=SEED):
    rng = random.Random(seed)
    fakers = {}
    for i, loc in enumerate(sorted(set(C.FAKER.values()) | {"en_US"})):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed + i)
    mk = C.Maker(rng, fakers)
    docs, stats = [], {"doc_redraws": 0}

    def add(loc, genre, kind, n_local=0):
        list_n = rng.choice([0, 0, 0, 0, 0, 0, 0, 2, 3]) if kind == "pos" else 0
        for _ in range(100):
            text, spans, values, nk = C.build_doc(mk, loc, genre, kind, n_local, list_n)
            if not dirty(C.blank(text, spans), C.screen_regions(loc)):
                break
            stats["doc_redraws"] += 1
        else:
            raise RuntimeError("dirty document")
        tag = ("hi-" if loc[1] == "hi" else "") + genre
        docs.append(
            {
                "id": f"{loc[0]}-{kind}-{tag}-{len(docs)}",
                "locale": loc[0],
                "text": text,
                "spans": spans,
                "_values": values,
                "_genre": genre,
                "_lang": loc[1],
                "_kind": kind,
                "_neg": sorted(nk),
            }
        )

    for region, parts in LOCAL_TARGET.items():
        for lang, target in parts:
            loc = loc_for(region, lang)
            genres = sorted(C.LANG[lang][0])
            left = target
            while left:
                n = 2 if left >= 2 and rng.random() < 0.35 else 1
                add(loc, rng.choice(genres), "pos", n)
                left -= n
    for key, n in EXTRA.items():
        loc = loc_for(key)
        genres = sorted(C.LANG[loc[1]][0])
        for _ in range(n):
            add(loc, rng.choice(genres), "pos")
    locs_by_lang = {}
    for loc in C.LOCALES:
        locs_by_lang.setdefault(loc[1], []).append(loc)
    for lang, n in NEG.items():
        genres = sorted(C.LANG[lang][0])
        for _ in range(n):
            add(rng.choice(locs_by_lang[lang]), rng.choice(genres), "neg")
    docs += pick(rng)
    rng.shuffle(docs)
    stats["value_redraws"] = mk.negs.redraws
    stats["replaced"] = mk.negs.replaced
    used = set()
    for d in docs:
        used.update(d.get("_neg", []))
    stats["neg_kinds_used"] = len(used)
    stats["neg_kinds_total"] = len(KINDS)
    return docs, stats
