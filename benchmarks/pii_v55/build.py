"""Assembling documents: positives (with announced local numbers and contact blocks) and hard negatives."""

import random

from . import corpus, negs
from . import numbers as N
from .compose import LANG_LOCALES, LANG_REGIONS, LOCALES, Composer, lexicon
from .lex_en import CLUBS

SEED = 10055
POS = {"en": 185, "de": 65, "nl": 65, "pt": 60, "fr": 45, "es": 35, "it": 35, "hi": 15}
NEG = {"en": 100, "de": 40, "nl": 35, "pt": 35, "fr": 30, "es": 20, "it": 20, "hi": 20}
# local region -> [(language, locale, how many local numbers)]
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
        self.comp = Composer(self.rng)
        self.records, self.values = [], []
        self.doc_redraws = 0
        self.n = 0

    def ctx(self, lang, locale):
        _, home, nat = LOCALES[locale]
        club, club2 = self.rng.sample(CLUBS, 2)
        return {"lang": lang, "home": home, "nat": nat, "club": club, "club2": club2, "locale": locale}

    def sentences(self, lex, genre, key, n, ctx):
        pool = [s for s in lex["genres"][genre][key] if "{S}" not in s or ctx["locale"] == "en_US"]
        return self.rng.sample(pool, min(n, len(pool)))

    def emit(self, ctx, genre, kind, paragraphs):
        """paragraphs: templates or (text, spans) blocks; False (redraw) if the screen fails."""
        text, spans = "", []
        for para in paragraphs:
            if isinstance(para, tuple):
                t, sp = para
            else:
                t, sp = self.comp.fill(para, ctx)
            spans += [(a + len(text), b + len(text), v) for a, b, v in sp]
            text += t
        blank = list(text)
        for a, b, _ in spans:
            blank[a:b] = " " * (b - a)
        blank = "".join(blank)
        regions = sorted({ctx["home"], ctx["nat"], *LANG_REGIONS[ctx["lang"]]})
        if negs.doc_phone_hits(blank, regions) or negs.guard_hits(blank):
            return False
        self.n += 1
        tag = ("hi-" if ctx["lang"] == "hi" else "") + genre
        self.records.append(
            {
                "id": f"{ctx['locale']}-{kind}-{tag}-{self.n}",
                "locale": ctx["locale"],
                "text": text,
                "spans": [{"kind": v["kind"], "start": a, "end": b} for a, b, v in spans],
            }
        )
        self.values.append({"values": [v for _, _, v in spans]})
        return True

    def pos_doc(self, lang, locale, local=None):
        """local: (region, town, area, [local values]) or None."""
        lex = lexicon(lang)
        r = self.rng
        for _ in range(50):
            ctx = self.ctx(lang, locale)
            genre = r.choice(sorted(lex["genres"]))
            paras = [r.choice(lex["genres"][genre]["titles"]) + "\n\n"]
            body = self.sentences(
                lex, genre, "pos", r.randint(1, 3) if local is None else r.randint(1, 2), ctx
            )
            body += self.sentences(lex, genre, "neg", r.randint(0, 2), ctx)
            r.shuffle(body)
            paras.append(" ".join(body) + "\n")
            if local is not None:
                region, town, area, locs = local
                ctx["town"] = town
                ctx["locals"] = list(locs)
                pool = [p for p in lex["local"] if ("{L2}" in p) == (len(locs) == 2)]
                para = "\n" + r.choice(pool) + "\n"
                if r.random() < 0.5:
                    paras.insert(1, para.lstrip("\n") + "\n")
                else:
                    paras.append(para)
            if r.random() < 0.17 and "heads" in lex:
                paras.append(("\n", []))
                paras.append(self.comp.list_block(lex, ctx, r.randint(2, 4)))
            if self.emit(ctx, genre, "pos", paras):
                return
            self.doc_redraws += 1
        raise RuntimeError("document kept failing")

    def neg_doc(self, lang, locale):
        lex = lexicon(lang)
        r = self.rng
        for _ in range(50):
            ctx = self.ctx(lang, locale)
            genre = r.choice(sorted(lex["genres"]))
            body = self.sentences(lex, genre, "neg", r.randint(2, 4), ctx)
            paras = [r.choice(lex["genres"][genre]["titles"]) + "\n\n", " ".join(body) + "\n"]
            if self.emit(ctx, genre, "neg", paras):
                return
            self.doc_redraws += 1
        raise RuntimeError("negative kept failing")

    def local_values(self, region, area, k):
        out = []
        for _ in range(k):
            text, e164, alen = N.local_number(self.rng, region, area)
            out.append(
                (
                    text,
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": text,
                        "region": region,
                        "e164": e164,
                        "area_len": alen,
                    },
                )
            )
        return out

    def run(self):
        r = self.rng
        for region, plan in LOCAL.items():
            for lang, locale, total in plan:
                left = total
                while left:
                    k = 1 if left == 1 else r.choice([1, 2, 2])
                    town, area = r.choice(N.AREAS[region])
                    self.pos_doc(lang, locale, (region, town, area, self.local_values(region, area, k)))
                    left -= k
        for lang, n in POS.items():
            for _ in range(n):
                self.pos_doc(lang, r.choice(LANG_LOCALES[lang]))
        for lang, n in NEG.items():
            for _ in range(n):
                self.neg_doc(lang, r.choice(LANG_LOCALES[lang]))
        recs = list(zip(self.records, self.values, strict=True))
        for rec in corpus.records(r):
            recs.append((rec, {"values": []}))
        r.shuffle(recs)
        return recs
