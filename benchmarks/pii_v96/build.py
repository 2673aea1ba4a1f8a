"""Building the documents: announced local numbers, other positives, hard negatives."""

import random

from . import corpus
from .compose import (
    HEADS,
    LABELS,
    LANG_LOCALES,
    LAYOUTS,
    LEX,
    LOCAL_LEX,
    SLOT,
    Composer,
    regions_for,
    screen_doc,
)
from .numbers import AREAS

SEED = 10096
N_POS = 500
N_NEG = 300
LANG_W = {"en": 40, "de": 12, "fr": 10, "es": 8, "it": 8, "nl": 9, "pt": 9, "hi": 4}
LOCAL_QUOTA = {
    ("US", "en_US", "en"): 75,
    ("GB", "en_GB", "en"): 75,
    ("DE", "de_DE", "de"): 75,
    ("NL", "nl_NL", "nl"): 75,
    ("BR", "pt_BR", "pt"): 75,
    ("IN", "en_IN", "en"): 40,
    ("IN", "en_IN", "hi"): 35,
}
POSITIVE = {"nat", "intl", "oth", "loc", "email", "card", "iban", "ip", "ssn", "list"}
# frames for extra hard negatives in negative documents
NEG_FRAMES = {
    "en": [
        "For the record: {neg}.",
        "Noted on the sheet – {neg}.",
        "{neg}, as agreed last week.",
        "Also on the board: {neg}.",
    ],
    "de": ["Zur Info: {neg}.", "Notiert: {neg}.", "Außerdem: {neg}."],
    "fr": ["Pour mémoire : {neg}.", "À noter : {neg}."],
    "es": ["Para que conste: {neg}.", "Apuntado: {neg}."],
    "it": ["Per memoria: {neg}.", "Annotato: {neg}."],
    "nl": ["Ter info: {neg}.", "Genoteerd: {neg}."],
    "pt": ["Para registro: {neg}.", "Anotado: {neg}."],
    "hi": ["नोट: {neg}।", "जानकारी के लिए: {neg}।"],
}


def slots(t: str) -> set[str]:
    return set(SLOT.findall(t))


class Builder:
    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.c = Composer(self.rng, seed)
        self.n = 0
        self.doc_redraws = 0

    def _new(self, locale: str, lang: str, genre: str, pos: bool) -> dict:
        self.n += 1
        hi = "hi-" if lang == "hi" else ""
        return {
            "id": f"{locale}-{'pos' if pos else 'neg'}-{hi}{genre}-{self.n}",
            "locale": locale,
            "text": "",
            "spans": [],
            "values": [],
            "genre": genre,
            "lang": lang,
        }

    def _plain(self, lang: str, genre: str, locale: str, allow_pos: bool) -> list[str]:
        out = []
        for t in LEX[lang][genre]["plain"]:
            s = slots(t)
            if "ssn" in s and locale != "en_US":
                continue
            if not allow_pos and s & POSITIVE:
                continue
            out.append(t)
        return out

    def local_doc(self, region: str, locale: str, lang: str, left: int) -> dict:
        rng = self.rng
        town, area = rng.choice(AREAS[region])
        genre = rng.choice(sorted(LEX[lang]))
        lex = LOCAL_LEX["hi" if lang == "hi" else region]
        ctx = {
            "genre": genre,
            "region": region,
            "area": area,
            "town": town,
            "regions": regions_for(locale, lang, region),
        }
        while True:
            d = self._new(locale, lang, genre, True)
            self.c.fill(rng.choice(LEX[lang][genre]["head"]) + "\n\n", locale, lang, ctx, d)
            used = 0
            for t in rng.sample(lex, len(lex)):
                k = t.count("{loc}")
                if used + k <= min(left, rng.choice([1, 2, 2, 3])):
                    self.c.fill(t + " ", locale, lang, ctx, d)
                    used += k
                if used >= 1 and rng.random() < 0.5:
                    break
            plain = self._plain(lang, genre, locale, True)
            if plain and rng.random() < 0.6:
                self.c.fill(rng.choice(plain) + " ", locale, lang, ctx, d)
            d["text"] = d["text"].rstrip() + "\n"
            if used and screen_doc(d, ctx["regions"]):
                return d
            self.doc_redraws += 1

    def pos_doc(self, lang: str) -> dict:
        rng = self.rng
        locale = rng.choice(LANG_LOCALES[lang])
        genre = rng.choice(sorted(LEX[lang]))
        ctx = {"genre": genre, "regions": regions_for(locale, lang), "town": ""}
        lex = LEX[lang][genre]
        while True:
            d = self._new(locale, lang, genre, True)
            self.c.fill(rng.choice(lex["head"]) + "\n\n", locale, lang, ctx, d)
            body = rng.sample(lex["ph"], rng.choice([1, 1, 2]))
            plain = self._plain(lang, genre, locale, True)
            body += rng.sample(plain, min(len(plain), rng.choice([0, 1, 2])))
            rng.shuffle(body)
            for t in body:
                self.c.fill(t + " ", locale, lang, ctx, d)
            d["text"] = d["text"].rstrip() + "\n"
            if rng.random() < 0.4:
                d["text"] += "\n" + rng.choice(HEADS[lang]) + "\n"
                layout = rng.choice(LAYOUTS)
                for lab in rng.sample(LABELS[lang], rng.randint(1, 3)):
                    self.c.fill(layout.format(l=lab, p="{list}") + "\n", locale, lang, ctx, d)
            if screen_doc(d, ctx["regions"]):
                return d
            self.doc_redraws += 1

    def neg_doc(self, lang: str) -> dict:
        rng = self.rng
        locale = rng.choice(LANG_LOCALES[lang])
        genre = rng.choice(sorted(LEX[lang]))
        ctx = {"genre": genre, "regions": regions_for(locale, lang), "town": ""}
        while True:
            d = self._new(locale, lang, genre, False)
            self.c.fill(rng.choice(LEX[lang][genre]["head"]) + "\n\n", locale, lang, ctx, d)
            plain = self._plain(lang, genre, locale, False)
            body = rng.sample(plain, min(len(plain), rng.choice([1, 2, 3])))
            body += rng.sample(NEG_FRAMES[lang], rng.choice([1, 1, 2]))
            rng.shuffle(body)
            for t in body:
                self.c.fill(t + " ", locale, lang, ctx, d)
            d["text"] = d["text"].rstrip() + "\n"
            if screen_doc(d, ctx["regions"]):
                return d
            self.doc_redraws += 1

    def build(self) -> list[dict]:
        rng = self.rng
        docs = []
        left = dict(LOCAL_QUOTA)
        while any(left.values()):
            key = rng.choice(sorted(k for k, v in left.items() if v))
            d = self.local_doc(key[0], key[1], key[2], left[key])
            left[key] -= sum(1 for v in d["values"] if v.get("mode") == "local-announced")
            docs.append(d)
        langs = sorted(LANG_W)
        weights = [LANG_W[x] for x in langs]
        for _ in range(N_POS):
            docs.append(self.pos_doc(rng.choices(langs, weights)[0]))
        for _ in range(N_NEG):
            docs.append(self.neg_doc(rng.choices(langs, weights)[0]))
        docs += corpus.load(rng)
        rng.shuffle(docs)
        return docs
