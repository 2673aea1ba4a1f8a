"""The build plan of v49: which documents, in which locales, in which order."""

import random

from . import compose as C
from . import corpus

SEED = 10049
# non-local positive and negative documents per locale
POS = {
    "en_US": 30,
    "en_GB": 30,
    "en_IN": 25,
    "en_AU": 24,
    "en_IE": 22,
    "de_DE": 30,
    "de_AT": 20,
    "de_CH": 18,
    "fr_FR": 34,
    "fr_BE": 20,
    "fr_CH": 14,
    "es_ES": 40,
    "it_IT": 40,
    "nl_NL": 24,
    "nl_BE": 18,
    "pt_BR": 22,
    "pt_PT": 32,
    "hi": 22,
}
NEG = {
    "en_US": 30,
    "en_GB": 30,
    "en_IN": 20,
    "en_AU": 12,
    "en_IE": 12,
    "de_DE": 22,
    "de_AT": 10,
    "de_CH": 10,
    "fr_FR": 20,
    "fr_BE": 10,
    "fr_CH": 8,
    "es_ES": 22,
    "it_IT": 22,
    "nl_NL": 20,
    "nl_BE": 10,
    "pt_BR": 20,
    "pt_PT": 16,
    "hi": 22,
}
# local-announced: region -> [(locale, count)]
LOCAL = {
    "US": [("en_US", 75)],
    "GB": [("en_GB", 75)],
    "IN": [("en_IN", 40), ("hi", 35)],
    "DE": [("de_DE", 75)],
    "NL": [("nl_NL", 75)],
    "BR": [("pt_BR", 75)],
}


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.c = C.Composer(self.rng)
        self.docs, self.vals = [], []
        self.doc_redraws = 0

    def _emit(self, locale, kind, genre, segs):
        text, spans, values = C.join(segs)
        n = len(self.docs)
        loc = "en_IN" if locale == "hi" else locale
        gid = f"hi-{genre}" if locale == "hi" else genre
        self.docs.append({"id": f"{loc}-{kind}-{gid}-{n}", "locale": loc, "text": text, "spans": spans})
        self.vals.append({"values": values})

    def _doc(self, locale, kind, local=None):
        r, c = self.rng, self.c
        lex = C.LEX[C.LOCALES[locale][0]]
        for _ in range(50):
            genre = r.choice(sorted(lex["genres"]))
            gen = lex["genres"][genre]
            segs = [r.choice(gen["title"]) + "\n\n"]
            body = []
            if kind == "neg":
                body = r.sample(gen["neg"], k=min(len(gen["neg"]), r.randint(2, 3)))
            else:
                body = r.sample(gen["pos"], k=1 if local or r.random() < 0.7 else min(2, len(gen["pos"])))
                if r.random() < 0.5:
                    body.insert(r.randrange(len(body) + 1), r.choice(gen["neg"]))
                if local:
                    body.insert(r.randrange(len(body) + 1), local["tmpl"])
                if r.random() < 0.2:
                    body.append(r.choice(lex["email"]))
                if lex["iban"] and genre in ("claim", "storm", "evac", "outage") and r.random() < 0.12:
                    body.append(r.choice(lex["iban"]))
                if genre in ("tow", "claim") and r.random() < 0.2:
                    body.append(r.choice(lex["card"]))
                if genre in ("incident", "watch", "storm", "outage", "firecard") and r.random() < 0.15:
                    body.append(r.choice(lex["ip"]))
                if locale == "en_US" and genre in ("claim", "storm", "evac") and r.random() < 0.3:
                    body.append(r.choice(lex["ssn"]))
            for i, s in enumerate(body):
                if i:
                    segs.append(" ")
                c.fill(s, locale, segs, local or {})
            if kind == "pos" and not local and r.random() < 0.2:
                c.contact_block(locale, segs)
            else:
                segs.append("\n")
            text, spans, values = C.join(segs)
            if (kind == "pos" and not values) or not C.doc_clean(text, spans, locale):
                self.doc_redraws += 1
                continue
            return genre, segs
        raise RuntimeError(locale)

    def run(self):
        r = self.rng
        for region, plan in LOCAL.items():
            for locale, want in plan:
                lex = C.LEX[C.LOCALES[locale][0]]
                got = 0
                while got < want:
                    town, area = r.choice(C.N.AREAS[region])
                    choices = [t for t in lex["local"] if "{L2}" not in t or want - got >= 2]
                    tmpl = r.choice(choices)
                    genre, segs = self._doc(
                        locale, "pos", {"tmpl": tmpl, "town": town, "area": area, "region": region}
                    )
                    got += sum(1 for s in segs if isinstance(s, dict) and s["mode"] == "local-announced")
                    self._emit(locale, "pos", genre, segs)
        for table, kind in ((POS, "pos"), (NEG, "neg")):
            for locale, n in table.items():
                for _ in range(n):
                    genre, segs = self._doc(locale, kind)
                    self._emit(locale, kind, genre, segs)
        for d in corpus.build(r):
            self.docs.append(d)
            self.vals.append({"values": []})
        order = list(range(len(self.docs)))
        r.shuffle(order)
        return [self.docs[i] for i in order], [self.vals[i] for i in order]
