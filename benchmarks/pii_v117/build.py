"""Build order of v117: announced-local documents, other positives, hard negatives, corpus negatives."""

from __future__ import annotations

import random

from . import corpus, lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs, values
from .compose import LAYOUTS, Doc, blanked, town_for

LEX = {
    "en": {"genres": lex_en.GENRES, "lists": lex_en.LISTS, "towns": lex_en.TOWNS},
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
LOCAL_CELLS = {
    "US": ("en_US", lex_en.LOCAL["US"]),
    "GB": ("en_GB", lex_en.LOCAL["GB"]),
    "IN": ("en_IN", lex_en.LOCAL["IN"]),
    "DE": ("de_DE", lex_de_fr.DE["local"]),
    "NL": ("nl_NL", lex_nl_pt_hi.NL["local"]),
    "BR": ("pt_BR", lex_nl_pt_hi.PT["local"]),
}
# the genre each announced-local phrasing belongs to, in the order of the lexicon's list
LOCAL_GENRES = {
    "US": ["relay", "taxi", "interpreter", "loan", "taxi", "advocacy"],
    "GB": ["mobility", "taxi", "interpreter", "advocacy", "loan", "taxi"],
    "IN": ["relay", "taxi", "advocacy", "interpreter"],
    "DE": ["taxi", "interpreter", "mobility", "advocacy", "taxi"],
    "NL": ["taxi", "interpreter", "mobility", "advocacy", "mobility"],
    "BR": ["taxi", "interpreter", "mobility", "advocacy", "taxi"],
    "hi": ["relay", "taxi", "interpreter", "advocacy"],
}
# locale weights for the other positive and the negative documents
WEIGHTS = {
    "en_US": 9,
    "en_GB": 8,
    "en_IN": 4,
    "en_AU": 3,
    "en_IE": 2,
    "de_DE": 7,
    "de_AT": 2,
    "de_CH": 2,
    "fr_FR": 6,
    "fr_BE": 2,
    "fr_CH": 1,
    "es_ES": 6,
    "it_IT": 6,
    "nl_NL": 6,
    "nl_BE": 2,
    "pt_BR": 5,
    "pt_PT": 3,
    "hi": 5,
}
N_POS, N_NEG = 490, 300
LOCAL_PER_REGION = 75
IN_ENGLISH = 40


class Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        values.seed(seed)
        self.drawer = negs.Drawer(self.rng)
        self.docs: list[dict] = []
        self.doc_redraws = 0

    def _lang(self, locale: str) -> str:
        return "hi" if locale == "hi" else locale[:2]

    def _sentences(self, cell: dict, key: str, n: int, locale: str) -> list[str]:
        pool = [s for s in cell[key] if "{S}" not in s or locale == "en_US"]
        return self.rng.sample(pool, min(n, len(pool)))

    def _finish(self, doc: Doc, kind: str, genre: str) -> bool:
        if negs.dirty(blanked(doc.text, doc.spans), doc.regions):
            self.doc_redraws += 1
            return False
        loc = "en_IN" if doc.locale == "hi" else doc.locale
        g = f"hi-{genre}" if doc.locale == "hi" else genre
        self.docs.append(
            {
                "id": f"{loc}-{kind}-{g}-{len(self.docs)}",
                "locale": loc,
                "text": doc.text,
                "spans": doc.spans,
                "_values": doc.vals,
                "_genre": genre,
                "_lang": doc.lang,
            }
        )
        return True

    def _list(self, doc: Doc, lex: dict) -> None:
        rng = self.rng
        labels = rng.sample(lex["lists"]["labels"], rng.randint(2, 3))
        doc.add_list(rng.choice(lex["lists"]["heads"]), labels, rng.choice(LAYOUTS))

    def local_docs(self) -> None:
        for region, (locale, phrasings) in LOCAL_CELLS.items():
            left = LOCAL_PER_REGION
            while left > 0:
                loc, cells = locale, list(zip(LOCAL_GENRES[region], phrasings, strict=True))
                if region == "IN" and left <= LOCAL_PER_REGION - IN_ENGLISH:
                    loc = "hi"
                    cells = list(zip(LOCAL_GENRES["hi"], lex_nl_pt_hi.HI["local"], strict=True))
                elif region == "IN" and left - 2 < LOCAL_PER_REGION - IN_ENGLISH:
                    cells = [c for c in cells if "{L2}" not in c[1]]
                if left == 1:
                    cells = [c for c in cells if "{L2}" not in c[1]]
                while True:
                    town, area = town_for(self.rng, region)
                    lang = self._lang(loc)
                    lex = LEX[lang]
                    genre, phrasing = self.rng.choice(cells)
                    cell = lex["genres"][genre]
                    doc = Doc(self.rng, loc, self.drawer, town, area)
                    doc.add(self.rng.choice(cell["titles"]) + "\n\n")
                    doc.add(phrasing)
                    for s in self._sentences(cell, "neg", self.rng.randint(1, 2), loc):
                        doc.add(" " + s)
                    if self.rng.random() < 0.25:
                        doc.add(" " + self._sentences(cell, "pos", 1, loc)[0])
                    doc.add("\n")
                    if self._finish(doc, "pos", genre):
                        left -= sum(v["mode"] == "local-announced" for v in doc.vals)
                        break

    def other_docs(self, n: int, kind: str) -> None:
        locales = sorted(WEIGHTS)
        weights = [WEIGHTS[x] for x in locales]
        made = 0
        while made < n:
            loc = self.rng.choices(locales, weights)[0]
            lex = LEX[self._lang(loc)]
            genre = self.rng.choice(sorted(lex["genres"]))
            cell = lex["genres"][genre]
            doc = Doc(self.rng, loc, self.drawer, self.rng.choice(lex["towns"]))
            doc.add(self.rng.choice(cell["titles"]) + "\n\n")
            if kind == "pos":
                parts = self._sentences(cell, "pos", self.rng.choice([1, 1, 2]), loc)
                parts += self._sentences(cell, "neg", self.rng.randint(1, 2), loc)
            else:
                parts = self._sentences(cell, "neg", self.rng.randint(2, 3), loc)
            self.rng.shuffle(parts)
            doc.add(" ".join(parts) + "\n")
            if kind == "pos" and self.rng.random() < 0.3:
                self._list(doc, lex)
            if self._finish(doc, kind, genre):
                made += 1

    def build(self) -> list[dict]:
        self.local_docs()
        self.other_docs(N_POS, "pos")
        self.other_docs(N_NEG, "neg")
        docs = self.docs + corpus.sample(self.rng)
        self.rng.shuffle(docs)
        return docs
