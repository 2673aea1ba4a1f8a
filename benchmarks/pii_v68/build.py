"""Build plan: which documents, in which languages, locales and genres; screening and shuffling."""

import random

from faker import Faker

from . import numbers as N
from .compose import LANGS, Composer, screen_regions
from .corpus import corpus_docs
from .negs import Drawer, dirty
from .values import Values

SEED = 10068
LANG_LOCALES = {
    "en": ["en_US", "en_US", "en_GB", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_DE", "de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_NL", "nl_BE"],
    "pt": ["pt_PT", "pt_BR", "pt_BR"],
    "hi": ["en_IN"],
}
FAKER_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
POS = {"en": 170, "de": 70, "fr": 45, "es": 35, "it": 30, "nl": 50, "pt": 45, "hi": 25}
NEG = {"en": 90, "de": 40, "fr": 30, "es": 25, "it": 25, "nl": 35, "pt": 35, "hi": 20}
# local region -> [(language, locale, how many announced numbers)]
LOCAL = {
    "US": [("en", "en_US", 75)],
    "GB": [("en", "en_GB", 75)],
    "DE": [("de", "de_DE", 75)],
    "NL": [("nl", "nl_NL", 75)],
    "BR": [("pt", "pt_BR", 75)],
    "IN": [("en", "en_IN", 40), ("hi", "en_IN", 35)],
}


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        fakers = {}
        for i, (lang, loc) in enumerate(sorted(FAKER_LOCALE.items())):
            f = Faker(loc)
            f.seed_instance(seed + 100 + i)
            fakers[lang] = f
        self.drawer = Drawer(self.rng)
        self.comp = Composer(self.rng, Values(self.rng, seed), self.drawer, fakers)
        self.records, self.sidecar = [], []
        self.doc_redraws = 0
        self.n = 0

    def _clean(self, doc, locale, lang):
        chars = list(doc.text)
        for s in doc.spans:
            chars[s["start"] : s["end"]] = "#" * (s["end"] - s["start"])
        return not dirty("".join(chars), screen_regions(locale, lang))

    def _emit(self, lang, locale, genre, polarity, local=None):
        while True:
            doc = self.comp.compose(lang, locale, genre, polarity, local)
            if self._clean(doc, locale, lang):
                break
            self.doc_redraws += 1
        tag = f"hi-{genre}" if lang == "hi" else genre
        self.records.append(
            {
                "id": f"{locale}-{polarity}-{tag}-{self.n}",
                "locale": locale,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
        self.sidecar.append({"values": doc.values})
        self.n += 1

    def build(self):
        rng = self.rng
        for region, plans in LOCAL.items():
            for lang, locale, target in plans:
                left = target
                while left:
                    k = 2 if left >= 2 and rng.random() < 0.4 else 1
                    town, area = rng.choice(N.AREAS[region])
                    genre = rng.choice(sorted(LANGS[lang][0]))
                    self._emit(lang, locale, genre, "pos", (region, town, area, k))
                    left -= k
        for table, polarity in ((POS, "pos"), (NEG, "neg")):
            for lang, count in table.items():
                genres = sorted(LANGS[lang][0])
                for i in range(count):
                    locale = rng.choice(LANG_LOCALES[lang])
                    self._emit(lang, locale, genres[i % len(genres)], polarity)
        for rec in corpus_docs(rng):
            self.records.append(rec)
            self.sidecar.append({"values": []})
        order = list(range(len(self.records)))
        rng.shuffle(order)
        return [self.records[i] for i in order], [self.sidecar[i] for i in order]
