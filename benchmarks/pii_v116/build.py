"""Builds v116's documents (positives, hard negatives) from compose.py."""

from . import compose, negs
from . import numbers as N
from .compose import LEX, LOCALES

LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
POS_WEIGHTS = {
    "en_US": 60,
    "en_GB": 50,
    "en_IN": 25,
    "en_IE": 15,
    "en_AU": 15,
    "de_DE": 45,
    "de_AT": 25,
    "de_CH": 25,
    "fr_FR": 40,
    "fr_CH": 15,
    "fr_BE": 10,
    "es_ES": 30,
    "it_IT": 30,
    "nl_NL": 30,
    "nl_BE": 12,
    "pt_PT": 20,
    "pt_BR": 25,
    "hi": 20,
}
N_POS, N_NEG = 450, 300


class Builder:
    def __init__(self, rng, seed):
        self.rng = rng
        self.c = compose.Composer(rng, seed)
        self.docs = []
        self.doc_redraws = 0

    def regions(self, loc):
        _, own, nat, home = LOCALES[loc]
        return sorted({own, nat, home})

    def _pick(self, loc, lang):
        if lang == "en" and loc == "en_US":
            genres = sorted(LEX[lang])
        else:
            genres = sorted(g for g in LEX[lang] if g != "staff")
        return self.rng.choice(genres)

    def _assemble(self, loc, lang, title, tpls, local=None, town=None, block=False):
        regs = self.regions(loc)
        text, spans = title + "\n\n", []
        body = []
        for t in tpls:
            s, sp = self.c.fill(t, loc, lang, regs, town, local)
            body.append((s, sp))
        joiner = " " if self.rng.random() < 0.6 else "\n"
        for i, (s, sp) in enumerate(body):
            if i:
                text += joiner
            spans += [(a + len(text), b + len(text), v) for a, b, v in sp]
            text += s
        text += "\n"
        if block:
            s, sp = self.c.contact_block(loc, lang)
            text += "\n"
            spans += [(a + len(text), b + len(text), v) for a, b, v in sp]
            text += s
        return text, spans

    def _clean(self, text, spans, loc):
        blank = list(text)
        for a, b, _ in spans:
            blank[a:b] = "#" * (b - a)
        return not negs.dirty("".join(blank), self.regions(loc))

    def add(self, loc, lang, kind, genre, make):
        for _ in range(50):
            text, spans = make()
            if self._clean(text, spans, loc):
                break
            self.doc_redraws += 1
        else:
            raise RuntimeError("document stays dirty")
        n = len(self.docs)
        gid = ("hi-" + genre) if lang == "hi" else genre
        self.docs.append(
            {
                "id": "%s-%s-%s-%d" % (loc, kind, gid, n),
                "locale": loc,
                "text": text,
                "spans": [{"kind": v["kind"], "start": a, "end": b} for a, b, v in spans],
                "values": [v for _, _, v in spans],
                "genre": genre,
                "lang": lang,
            }
        )

    def pos(self, loc, lang, local_region=None, n_local=0):
        r = self.rng
        genre = self._pick(loc, lang)
        titles, sents = LEX[lang][genre]
        k = r.randrange(2, 5)
        tpls = r.sample(sents, min(k, len(sents)))
        local, town = None, None
        if n_local:
            entry = r.choice(N.AREAS[local_region])
            town, local = entry[0], (local_region, entry)
            key = "IN-hi" if lang == "hi" else local_region
            opts = [t for t in compose.LOCAL[key] if t.count("{loc}") == n_local]
            tpls.insert(r.randrange(len(tpls) + 1), r.choice(opts))
        block = r.random() < 0.16
        if not n_local and not block and not any(compose.has_pii(t) for t in tpls):
            tpls.append(r.choice([t for t in sents if compose.has_pii(t)]))
        title = r.choice(titles)
        self.add(loc, lang, "pos", genre, lambda: self._assemble(loc, lang, title, tpls, local, town, block))

    def neg(self, loc, lang):
        r = self.rng
        genre = self._pick(loc, lang)
        titles, sents = LEX[lang][genre]
        clean = [t for t in sents if not compose.has_pii(t)]
        tpls = r.sample(clean, min(len(clean), r.randrange(2, 5)))
        title = r.choice(titles)
        self.add(loc, lang, "neg", genre, lambda: self._assemble(loc, lang, title, tpls))

    def run(self):
        r = self.rng
        for region, loc, lang, total in LOCAL_PLAN:
            left = total
            while left:
                n = 2 if left >= 2 and r.random() < 0.35 else 1
                self.pos(loc, lang, region, n)
                left -= n
        locs = sorted(POS_WEIGHTS)
        weights = [POS_WEIGHTS[x] for x in locs]
        for _ in range(N_POS):
            x = r.choices(locs, weights)[0]
            self.pos("en_IN" if x == "hi" else x, "hi" if x == "hi" else LOCALES[x][0])
        for _ in range(N_NEG):
            x = r.choices(locs, weights)[0]
            self.neg("en_IN" if x == "hi" else x, "hi" if x == "hi" else LOCALES[x][0])
        return self.docs
