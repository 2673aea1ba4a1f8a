"""The build: positive, local, negative and corpus documents, screened, shuffled with the seed."""

import random

from faker import Faker

from . import compose as C
from . import corpus, negs

SEED = 10062
LOCAL_PLAN = [
    ("US", "en_US", 75),
    ("GB", "en_GB", 75),
    ("DE", "de_DE", 75),
    ("NL", "nl_NL", 75),
    ("BR", "pt_BR", 75),
    ("IN", "en_IN", 40),
    ("IN", "hi", 35),
]
N_POS = 470
N_NEG = 300


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.drawer = negs.Drawer(self.rng)
        self.fakers = {}
        self.records = []
        self.values = []
        self.doc_redraws = 0
        self.n = 0

    def faker(self, key):
        loc = C.FAKER_LOCALE.get(key, key)
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(SEED + len(self.fakers))
            self.fakers[loc] = f
        return self.fakers[loc]

    def ctx(self, key):
        return C.Ctx(self.rng, self.faker(key), self.drawer, key)

    def screened(self, ctx, doc):
        chars = list(doc.text)
        for s in doc.spans:
            for i in range(s["start"], s["end"]):
                chars[i] = " "
        blank = "".join(chars)
        return not negs.guard_hits(blank) and not negs.phone_hits(blank, ctx.regions)

    def emit(self, ctx, doc, kind, genre):
        self.n += 1
        gen = ("hi-" + genre) if ctx.lang == "hi" else genre
        self.records.append(
            {
                "id": "%s-%s-%s-%d" % (ctx.locale, kind, gen, self.n),
                "locale": ctx.locale,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
        self.values.append({"values": doc.values})

    def sentences(self, ctx, genre, part, k):
        pool = [t for t in (C.usable(x, ctx) for x in C.LEX[ctx.lang][genre][part]) if t]
        return self.rng.sample(pool, min(k, len(pool)))

    def positive(self, key, local=None):
        """local: (region, number of local values wanted: 1 or 2)."""
        while True:
            ctx = self.ctx(key)
            rng = self.rng
            genre = rng.choice(sorted(C.LEX[ctx.lang]))
            doc = C.Doc()
            doc.add(rng.choice(C.LEX[ctx.lang][genre]["title"]) + "\n\n")
            body = self.sentences(ctx, genre, "pos", rng.randint(1, 3))
            body += self.sentences(ctx, genre, "neg", rng.choice([0, 0, 1, 2]))
            rng.shuffle(body)
            if local:
                region, want = local
                ctx.local_region = region
                ctx.town, ctx.area = rng.choice(C.N.AREAS[region])
                pool = list(C.LOCAL[ctx.lang]) + (C.EXTRA_LOCAL.get(region, []) if ctx.lang == "en" else [])
                pool = [t for t in pool if ("{local2}" in t) == (want == 2)]
                body.insert(rng.randint(0, len(body)), rng.choice(pool))
            for i, t in enumerate(body):
                if i:
                    doc.add("\n\n" if ("\n" in t or rng.random() < 0.4) else " ")
                ctx.fill(doc, t)
            if rng.random() < 0.3:
                C.contact_block(doc, ctx)
            else:
                doc.add("\n")
            if self.screened(ctx, doc):
                self.emit(ctx, doc, "pos", genre)
                return
            self.doc_redraws += 1

    def negative(self, key):
        while True:
            ctx = self.ctx(key)
            rng = self.rng
            genre = rng.choice(sorted(C.LEX[ctx.lang]))
            doc = C.Doc()
            doc.add(rng.choice(C.LEX[ctx.lang][genre]["title"]) + "\n\n")
            body = self.sentences(ctx, genre, "neg", rng.randint(2, 4))
            for i, t in enumerate(body):
                if i:
                    doc.add("\n" if rng.random() < 0.3 else " ")
                ctx.fill(doc, t)
            doc.add("\n")
            if self.screened(ctx, doc):
                self.emit(ctx, doc, "neg", genre)
                return
            self.doc_redraws += 1

    def run(self):
        rng = self.rng
        for region, key, quota in LOCAL_PLAN:
            left = quota
            while left:
                want = 1 if left == 1 or rng.random() < 0.55 else 2
                self.positive(key, (region, want))
                left -= want
        keys = sorted(C.LOCALES)
        weights = [C.LOCALES[k][4] for k in keys]
        for _ in range(N_POS):
            self.positive(rng.choices(keys, weights)[0])
        for _ in range(N_NEG):
            self.negative(rng.choices(keys, weights)[0])
        # make sure every hard-negative kind is used at least once
        for kind in sorted(negs.KINDS):
            if kind in self.drawer.used:
                continue
            for key in keys:
                lang = C.LOCALES[key][1]
                hit = [g for g, cell in C.LEX[lang].items() if any("{n:%s}" % kind in t for t in cell["neg"])]
                if hit:
                    self.negative_with(key, hit[0], kind)
                    break
        crp = corpus.pick(rng)
        recs = self.records + crp
        vals = self.values + [{"values": []} for _ in crp]
        order = list(range(len(recs)))
        rng.shuffle(order)
        return [recs[i] for i in order], [vals[i] for i in order], len(crp)

    def negative_with(self, key, genre, kind):
        while True:
            ctx = self.ctx(key)
            doc = C.Doc()
            doc.add(self.rng.choice(C.LEX[ctx.lang][genre]["title"]) + "\n\n")
            pool = [t for t in (C.usable(x, ctx) for x in C.LEX[ctx.lang][genre]["neg"]) if t]
            ctx.fill(doc, next(t for t in pool if "{n:%s}" % kind in t))
            doc.add("\n")
            if self.screened(ctx, doc):
                self.emit(ctx, doc, "neg", genre)
                return
            self.doc_redraws += 1
