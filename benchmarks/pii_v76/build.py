"""The build: plan of documents, positives, negatives, corpus, shuffle."""

import random

from faker import Faker

from . import compose, corpus, negs
from .compose import LEX, LOCALES, Ctx
from .numbers import AREAS

SEED = 10076
# positive documents without local numbers, per locale ("hi" = Hindi documents with locale en_IN)
POS_WEIGHTS = {
    "en_US": 45,
    "en_GB": 45,
    "en_IN": 25,
    "en_AU": 22,
    "en_IE": 22,
    "hi": 25,
    "de_DE": 40,
    "de_AT": 16,
    "de_CH": 16,
    "fr_FR": 35,
    "fr_BE": 14,
    "fr_CH": 14,
    "es_ES": 38,
    "it_IT": 38,
    "nl_NL": 28,
    "nl_BE": 16,
    "pt_PT": 26,
    "pt_BR": 22,
}
NEG_WEIGHTS = {
    "en_US": 40,
    "en_GB": 40,
    "en_IN": 15,
    "en_AU": 10,
    "en_IE": 10,
    "hi": 20,
    "de_DE": 30,
    "de_AT": 8,
    "de_CH": 8,
    "fr_FR": 24,
    "fr_BE": 6,
    "fr_CH": 6,
    "es_ES": 18,
    "it_IT": 18,
    "nl_NL": 24,
    "nl_BE": 6,
    "pt_PT": 14,
    "pt_BR": 14,
}
# local numbers: (locale key, region, how many)
LOCAL_PLAN = [
    ("en_US", "US", 75),
    ("en_GB", "GB", 75),
    ("en_IN", "IN", 40),
    ("hi", "IN", 35),
    ("de_DE", "DE", 75),
    ("nl_NL", "NL", 75),
    ("pt_BR", "BR", 75),
]


def split(key):
    return ("en_IN", "hi") if key == "hi" else (key, LOCALES[key][0])


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        Faker.seed(seed)
        self.fakers = {}
        for loc in {v[3] for v in LOCALES.values()} | {"hi_IN", "en_US"}:
            f = Faker(loc)
            f.seed_instance(seed)
            self.fakers[loc] = f
        self.drawer = negs.Drawer(self.rng)
        self.local_region = None
        self.doc_redraws = 0
        self.n = 0

    def doc_id(self, locale, lang, kind, genre):
        self.n += 1
        g = ("hi-" + genre) if lang == "hi" else genre
        return "%s-%s-%s-%d" % (locale, kind, g, self.n)

    def _body(self, ctx, genre, local_tmpl):
        rng = self.rng
        lex = LEX[ctx.lang]
        ctx.add(rng.choice(lex["TITLES"][genre]) + "\n\n")
        pool = [t for t in lex["BODY"][genre] if ctx.usable(t)]
        k = (
            rng.randint(1, min(3, len(pool)))
            if local_tmpl
            else rng.randint(min(2, len(pool)), min(4, len(pool)))
        )
        sents = rng.sample(pool, k)
        if rng.random() < 0.6:
            sents.insert(rng.randint(0, len(sents)), rng.choice(lex["NEGS"][genre]))
        if local_tmpl:
            sents.insert(rng.randint(0, len(sents)), local_tmpl)
        cut = rng.randint(1, len(sents)) if len(sents) > 2 and rng.random() < 0.4 else len(sents)
        for i, s in enumerate(sents):
            if i:
                ctx.add("\n\n" if i == cut else " ")
            ctx.fill(s)
        if rng.random() < 0.35 and not local_tmpl or rng.random() < 0.1:
            ctx.contact_list()
        else:
            ctx.add("\n")

    def positive(self, key, town=None, area=None, local_tmpl=None):
        locale, lang = split(key)
        genre = self.rng.choice(LEX[lang]["GENRES"])
        for _ in range(50):
            ctx = Ctx(self, locale, lang, town, area)
            self._body(ctx, genre, local_tmpl)
            if not compose.dirty_doc(ctx.text(), ctx.spans, ctx.regions):
                break
            self.doc_redraws += 1
        else:
            raise RuntimeError("document stays dirty")
        rec = {
            "id": self.doc_id(locale, lang, "pos", genre),
            "locale": locale,
            "text": ctx.text(),
            "spans": ctx.spans,
        }
        return rec, ctx.values

    def negative(self, key):
        locale, lang = split(key)
        lex = LEX[lang]
        genre = self.rng.choice(lex["GENRES"])
        for _ in range(50):
            ctx = Ctx(self, locale, lang)
            ctx.add(self.rng.choice(lex["TITLES"][genre]) + "\n\n")
            pool = list(lex["NEGS"][genre])
            extra = [s for g in lex["GENRES"] if g != genre for s in lex["NEGS"][g]]
            sents = self.rng.sample(pool, min(len(pool), self.rng.randint(1, 3)))
            sents += self.rng.sample(extra, self.rng.randint(1, 2))
            for i, s in enumerate(sents):
                ctx.add(" " if i else "")
                ctx.fill(s)
            ctx.add("\n")
            if not compose.dirty_doc(ctx.text(), [], ctx.regions):
                break
            self.doc_redraws += 1
        else:
            raise RuntimeError("negative stays dirty")
        return {
            "id": self.doc_id(locale, lang, "neg", genre),
            "locale": locale,
            "text": ctx.text(),
            "spans": [],
        }, []

    def local_docs(self):
        out = []
        for key, region, want in LOCAL_PLAN:
            self.local_region = region
            lang = split(key)[1]
            left = want
            while left:
                tmpls = [t for t in LEX[lang]["LOCAL"] if left >= 2 or "{L2}" not in t]
                tmpl = self.rng.choice(tmpls)
                town, area = self.rng.choice(AREAS[region])
                out.append(self.positive(key, town, area, tmpl))
                left -= 2 if "{L2}" in tmpl else 1
        self.local_region = None
        return out


def expand(weights):
    return [k for k, w in weights.items() for _ in range(w)]


def build(seed=SEED):
    b = Builder(seed)
    docs = b.local_docs()
    for key in expand(POS_WEIGHTS):
        docs.append(b.positive(key))
    for key in expand(NEG_WEIGHTS):
        docs.append(b.negative(key))
    for rec in corpus.corpus_docs(b.rng):
        docs.append((rec, []))
    b.rng.shuffle(docs)
    info = {
        "doc_redraws": b.doc_redraws,
        "value_redraws": b.drawer.redraws,
        "replaced": b.drawer.replaced,
        "kinds_used": len(b.drawer.used),
        "kinds_unused": sorted(set(negs.KINDS) - b.drawer.used),
    }
    return docs, info
