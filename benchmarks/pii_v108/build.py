"""Building the whole set: local-number documents, other positives, hard negatives, corpus negatives."""

import random

from . import compose, corpus, negs, values
from . import numbers as nb

SEED = 10108
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "en", "en_IN", 40),
    ("IN-hi", "hi", "en_IN", 35),
]
LANG_WEIGHTS = [("en", 40), ("de", 13), ("nl", 10), ("pt", 10), ("fr", 9), ("es", 6), ("it", 6), ("hi", 6)]
N_POS_OTHER, N_NEG = 470, 310
LIST_P = 0.26


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        values.seed_faker(seed)
        self.comp = compose.Composer(self.rng, seed)
        self.records, self.sidecar, self.meta = [], [], []
        self.doc_redraws = 0

    def _lang(self):
        return self.rng.choices([w[0] for w in LANG_WEIGHTS], [w[1] for w in LANG_WEIGHTS])[0]

    def _body(self, ctx, genre, k, need_pii):
        lex = compose.LEX[ctx.lang]
        pool = [t for t in lex["body"][genre] if compose.slots_ok(t, ctx)]
        pii = [t for t in pool if compose.has_pii(t)]
        chosen = self.rng.sample(pool, min(k, len(pool)))
        if need_pii and not any(compose.has_pii(t) for t in chosen):
            chosen[0] = self.rng.choice(pii)
        return chosen

    def _emit(self, ctx, kind, genre, make):
        """Compose with make(parts) until the blanked document is clean; record it."""
        for _ in range(60):
            parts = []
            make(parts)
            text, spans, vals = compose.assemble(parts)
            if not negs.doc_dirty(text, spans, ctx.regions):
                break
            self.doc_redraws += 1
        else:
            raise RuntimeError("document stays dirty")
        lang_tag = "hi-" if ctx.lang == "hi" else ""
        rid = "%s-%s-%s%s-%d" % (ctx.locale, kind, lang_tag, genre, len(self.records))
        self.records.append({"id": rid, "locale": ctx.locale, "text": text, "spans": spans})
        self.sidecar.append({"values": vals})
        self.meta.append({"genre": genre, "lang": ctx.lang, "kind": kind})
        return vals

    def local_docs(self):
        for key, lang, locale, quota in LOCAL_PLAN:
            region = key.split("-")[0]
            phrases = compose.LOCAL[key][1]
            left = quota
            while left:
                town, area = self.rng.choice(nb.AREAS[region])
                ctx = compose.Ctx(lang, locale, town=town, area=area, local_region=region)
                fits = [p for p in phrases if p.count("{L}") <= left]
                phrase = self.rng.choice(fits)
                genre = self.rng.choice(sorted(compose.LEX[lang]["body"]))
                title = self.rng.choice(compose.LEX[lang]["titles"][genre])
                extra = self._body(ctx, genre, self.rng.choice([0, 1, 1, 2]), False)
                before = self.rng.random() < 0.4

                def make(parts, ctx=ctx, title=title, extra=extra, phrase=phrase, before=before):
                    parts.append((title + "\n\n", None))
                    sents = ([phrase] + extra) if not before else (extra + [phrase])
                    for i, s in enumerate(sents):
                        self.comp.fill(ctx, s + (" " if i < len(sents) - 1 else "\n"), parts)

                self._emit(ctx, "pos", genre, make)
                left -= phrase.count("{L}")

    def pos_docs(self):
        for _ in range(N_POS_OTHER):
            lang = self._lang()
            locale = self.rng.choice(compose.LOCALES[lang])
            region = locale.split("_")[1]
            town = self.rng.choice(nb.AREAS[region])[0] if region in nb.AREAS else None
            ctx = compose.Ctx(lang, locale, town=town)
            genre = self.rng.choice(sorted(compose.LEX[lang]["body"]))
            title = self.rng.choice(compose.LEX[lang]["titles"][genre])
            sents = self._body(ctx, genre, self.rng.choice([2, 3, 3, 4]), True)
            n_list = self.rng.choice([2, 3]) if self.rng.random() < LIST_P else 0
            paras = self.rng.random() < 0.35

            def make(parts, ctx=ctx, title=title, sents=sents, n_list=n_list, paras=paras):
                parts.append((title + "\n\n", None))
                for i, s in enumerate(sents):
                    sep = "\n" if i == len(sents) - 1 else ("\n\n" if paras and i == 0 else " ")
                    self.comp.fill(ctx, s + sep, parts)
                if n_list:
                    parts[-1] = (parts[-1][0].rstrip("\n"), None)
                    compose.list_block(self.comp, ctx, parts, n_list)

            self._emit(ctx, "pos", genre, make)

    def neg_docs(self):
        for _ in range(N_NEG):
            lang = self._lang()
            locale = self.rng.choice(compose.LOCALES[lang])
            ctx = compose.Ctx(lang, locale)
            lex = compose.LEX[lang]
            genre = self.rng.choice(sorted(lex["neg"]))
            title = self.rng.choice(lex["titles"][genre])
            pool = lex["neg"][genre]
            sents = self.rng.sample(pool, min(len(pool), self.rng.choice([1, 2, 3])))
            other = [t for t in lex["body"][genre] if not compose.has_pii(t) and "{town}" not in t]
            if other and self.rng.random() < 0.6:
                sents.append(self.rng.choice(other))
            self.rng.shuffle(sents)

            def make(parts, ctx=ctx, title=title, sents=sents):
                parts.append((title + "\n\n", None))
                for s in sents:
                    self.comp.fill(ctx, s + "\n", parts)

            self._emit(ctx, "neg", genre, make)

    def build(self):
        self.local_docs()
        self.pos_docs()
        self.neg_docs()
        for doc in corpus.corpus_docs(self.rng):
            self.records.append(doc)
            self.sidecar.append({"values": []})
            self.meta.append({"genre": None, "lang": None, "kind": "corpus"})
        order = list(range(len(self.records)))
        self.rng.shuffle(order)
        return (
            [self.records[i] for i in order],
            [self.sidecar[i] for i in order],
            [self.meta[i] for i in order],
        )
