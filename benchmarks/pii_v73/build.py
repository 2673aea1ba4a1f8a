"""Build the documents: positives with announced local numbers, other positives, hard negatives, corpus."""

import collections
import random

from faker import Faker

from . import corpus, lex_en, negs
from . import numbers as N
from .compose import HOME, LEX, LOCAL, LOCALES, PII_SLOTS, SLOT, Composer, Doc

SEED = 10073
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
POS_PLAN = {
    "en_US": 50,
    "en_GB": 50,
    "en_IN": 25,
    "en_AU": 25,
    "en_IE": 20,
    "de_DE": 35,
    "de_AT": 15,
    "de_CH": 15,
    "fr_FR": 35,
    "fr_BE": 12,
    "fr_CH": 12,
    "es_ES": 30,
    "it_IT": 30,
    "nl_NL": 30,
    "nl_BE": 15,
    "pt_BR": 30,
    "pt_PT": 20,
    "hi": 25,
}
NEG_PLAN = {
    "en_US": 40,
    "en_GB": 40,
    "en_IN": 15,
    "en_AU": 10,
    "en_IE": 10,
    "de_DE": 25,
    "de_AT": 8,
    "de_CH": 8,
    "fr_FR": 20,
    "fr_BE": 6,
    "fr_CH": 6,
    "es_ES": 15,
    "it_IT": 15,
    "nl_NL": 20,
    "nl_BE": 8,
    "pt_BR": 20,
    "pt_PT": 10,
    "hi": 15,
}
FAKER_LOC = {"hi": "hi_IN", "fr_BE": "fr_FR", "nl_BE": "nl_BE"}
LAYOUTS = ["{lab}: {v}", "{lab} – {v}", "{v} ({lab})", "{lab}, tel. {v}"]


def _loc(key):
    if key == "hi":
        return "hi", "en_IN", "IN", "IN"
    lang, own, nat = LOCALES[key]
    return lang, key, own, nat


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.stats = collections.Counter()
        self.stats["neg kinds"] = set()
        self.fakers = {}
        self.comp = Composer(self.rng, self, self.stats)
        self.docs, self.vals, self.n = [], [], 0

    def __getitem__(self, loc):
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(SEED + len(self.fakers))
            self.fakers[loc] = f
        return self.fakers[loc]

    def ctx(self, key):
        lang, loc, own, nat = _loc(key)
        fk = self[FAKER_LOC.get(key, loc if key != "hi" else "hi_IN")]
        regs = sorted(set([own, nat] + HOME[lang]))
        return {
            "lang": lang,
            "loc": loc,
            "own": own,
            "nat": nat,
            "regions": regs,
            "name": fk.first_name() + " " + fk.last_name(),
            "town": "",
        }

    def body(self, lang, genre, ctx, pii):
        lex = LEX[lang]
        pool = list(lex["body"][genre])
        if lang == "en":
            extra = {"US": lex_en.US_ONLY, "GB": lex_en.GB_ONLY, "IN": lex_en.IN_ONLY}.get(ctx["own"], {})
            pool += extra.get(genre, [])
        has = [t for t in pool if any(m.group(1) in PII_SLOTS for m in SLOT.finditer(t))]
        clean = [t for t in pool if t not in has] + list(lex["neg"])
        if not pii:
            return self.rng.sample(clean, min(len(clean), self.rng.randint(2, 4)))
        picks = self.rng.sample(has, min(len(has), self.rng.randint(1, 3)))
        picks += self.rng.sample(clean, self.rng.randint(0, 2))
        self.rng.shuffle(picks)
        return picks

    def make(self, key, pos, local=None, want_local=0):
        lang = _loc(key)[0]
        for _ in range(50):
            ctx = self.ctx(key)
            genre = self.rng.choice(sorted(LEX[lang]["body"]))
            doc = Doc()
            doc.add(self.rng.choice(LEX[lang]["titles"][genre]) + "\n\n")
            sents = self.body(lang, genre, ctx, pos)
            if local:
                town, area, sublen = self.rng.choice(N.AREAS[local])
                ctx.update(town=town, lregion=local, area=area, sublen=sublen)
                tpls = [t for t in LOCAL[(local, lang)] if t.count("{L}") <= want_local]
                sents.insert(self.rng.randint(0, len(sents)), "\n" + self.rng.choice(tpls) + "\n")
            for i, t in enumerate(sents):
                if t.startswith("\n") and doc.text.endswith("\n"):
                    t = t[1:]
                self.comp.fill(doc, t, ctx)
                nxt = sents[i + 1] if i + 1 < len(sents) else "\n"
                doc.add("" if t.endswith("\n") or nxt.startswith("\n") else " ")
            if pos and not local and self.rng.random() < 0.35:
                self.block(doc, lang, ctx)
            if not doc.text.endswith("\n"):
                doc.add("\n")
            if self.clean(doc, ctx["regions"]):
                return doc, ctx, genre
            self.stats["document redraws"] += 1
        raise RuntimeError(key)

    def block(self, doc, lang, ctx):
        lex = LEX[lang]
        doc.add(("\n" if doc.text.endswith("\n") else "\n\n") + self.rng.choice(lex["heads"]) + "\n")
        layout = self.rng.choice(LAYOUTS)
        for lab in self.rng.sample(lex["labels"], self.rng.randint(2, 4)):
            pre, post = layout.split("{v}")
            doc.add(pre.replace("{lab}", lab))
            reg = (
                ctx["own"]
                if ctx["own"] in ("AT", "CH", "BE", "AU", "IE") and self.rng.random() < 0.3
                else ctx["nat"]
            )
            self.comp.phone(doc, reg, self.rng.choice(["fixed", "mobile"]), mode="list-entry")
            doc.add(post.replace("{lab}", lab) + "\n")

    def clean(self, doc, regions):
        if "\n\n\n" in doc.text:
            return False
        blank = list(doc.text)
        for sp in doc.spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        return not negs.dirty("".join(blank), regions)

    def emit(self, key, pos, doc, genre):
        lang, loc, _, _ = _loc(key)
        self.n += 1
        gid = ("hi-" if lang == "hi" else "") + genre
        self.docs.append(
            {
                "id": "%s-%s-%s-%d" % (loc, "pos" if pos else "neg", gid, self.n),
                "locale": loc,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
        self.vals.append({"values": doc.values})
        self.stats["genre:" + genre] += 1
        self.stats["lang:" + lang] += 1

    def run(self):
        for region, key, lang, total in LOCAL_PLAN:
            left = total
            while left:
                want = min(left, 2)
                doc, ctx, genre = self.make(key if lang != "hi" else "hi", True, region, want)
                left -= sum(1 for v in doc.values if v["mode"] == "local-announced")
                self.emit(key if lang != "hi" else "hi", True, doc, genre)
        for key, n in POS_PLAN.items():
            for _ in range(n):
                doc, ctx, genre = self.make(key, True)
                self.emit(key, True, doc, genre)
        for key, n in NEG_PLAN.items():
            for _ in range(n):
                doc, ctx, genre = self.make(key, False)
                self.emit(key, False, doc, genre)
        for d in corpus.pick(self.rng):
            self.docs.append(d)
            self.vals.append({"values": []})
        order = list(range(len(self.docs)))
        self.rng.shuffle(order)
        return [self.docs[i] for i in order], [self.vals[i] for i in order]
