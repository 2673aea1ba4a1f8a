"""Composes the written documents: positives, announced local numbers and hard negatives."""

import re

from faker import Faker

from . import numbers as N
from . import values as V
from .lex_en import EN
from .lex_eu import DE, FR, NL
from .lex_south import ES, HI, IT, PT
from .negs import Drawer, dirty

LEX = {"en": EN, "de": DE, "fr": FR, "nl": NL, "es": ES, "it": IT, "pt": PT, "hi": HI}
LANG_LOCALES = {
    "en": ["en_US", "en_US", "en_GB", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_FR", "fr_BE"],
    "nl": ["nl_NL", "nl_NL", "nl_BE"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "pt": ["pt_BR", "pt_BR", "pt_PT"],
    "hi": ["en_IN"],
}
FAKER_LOC = {"hi": "hi_IN"}
# (region, language, locale, count) for announced local numbers
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
]
POS_PLAN = {"en": 170, "de": 70, "fr": 50, "nl": 50, "es": 35, "it": 35, "pt": 45, "hi": 30}
NEG_PLAN = {"en": 100, "de": 45, "fr": 30, "nl": 35, "es": 20, "it": 20, "pt": 30, "hi": 20}
LAYOUTS = [
    "{label} – {phone}",
    "{phone} ({label})",
    "{label}, {phone}",
    "{label}\t{phone}",
    "• {label}: {phone}",
]
TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.values = []

    def add(self, s):
        self.text += s

    def value(self, s, kind, val):
        start = len(self.text)
        self.text += s
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.values.append(dict({"kind": kind}, **val))


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = Drawer(rng)
        self.fakers = {}
        self.doc_redraws = 0
        self.n = 0

    def fake(self, lang, locale):
        key = FAKER_LOC.get(lang, locale)
        if key not in self.fakers:
            f = Faker(key)
            f.seed_instance(self.rng.randint(0, 10**9))
            self.fakers[key] = f
        return self.fakers[key]

    def regions(self, lang, locale):
        _, own, nat = V.LOCALES[locale]
        return sorted({own, nat, V.LANG_HOME[lang]})

    def render(self, doc, tpl, lang, locale, ctx):
        pos = 0
        for m in TOKEN.finditer(tpl):
            doc.add(tpl[pos : m.start()])
            pos = m.end()
            key, arg = m.group(1), m.group(2)
            if key == "n":
                doc.add(self.drawer.draw(arg, self.regions(lang, locale)))
            elif key == "name":
                doc.add(self.fake(lang, locale).name())
            elif key == "town":
                doc.add(ctx["town"])
            elif key == "P":
                t, mode, reg, e = V.phone(self.rng, locale)
                doc.value(t, "PHONE", {"mode": mode, "text": t, "region": reg, "e164": e, "area_len": None})
            elif key == "L":
                reg, area = ctx["region"], ctx["area"]
                num = N.local_number(self.rng, reg, area)
                t = N.local_form(self.rng, num)
                doc.value(
                    t,
                    "PHONE",
                    {
                        "mode": "local-announced",
                        "text": t,
                        "region": reg,
                        "e164": N.e164(num),
                        "area_len": len(area),
                    },
                )
            elif key == "E":
                t, mode = V.email(self.rng, self.fake("en", "en_US"))
                doc.value(t, "EMAIL", {"mode": mode, "text": t})
            elif key == "C":
                t, mode = V.card(self.rng)
                doc.value(t, "CREDIT_CARD", {"mode": mode, "text": t})
            elif key == "I":
                t, mode = V.iban(self.rng, locale)
                doc.value(t, "IBAN", {"mode": mode, "text": t})
            elif key == "IP":
                t, mode = V.ip(self.rng)
                doc.value(t, "IP_ADDRESS", {"mode": mode, "text": t})
            elif key == "S":
                t, mode = V.ssn(self.rng)
                doc.value(t, "US_SSN", {"mode": mode, "text": t})
            else:
                raise KeyError(key)
        doc.add(tpl[pos:])

    def body(self, doc, sentences, lang, locale, ctx):
        for i, s in enumerate(sentences):
            if i:
                doc.add(" ")
            self.render(doc, s, lang, locale, ctx)

    def finish(self, doc, lang, locale, kind, genre):
        blank = list(doc.text)
        for sp in doc.spans:
            for i in range(sp["start"], sp["end"]):
                blank[i] = " "
        if dirty("".join(blank), self.regions(lang, locale)):
            self.doc_redraws += 1
            return None
        self.n += 1
        g = f"hi-{genre}" if lang == "hi" else genre
        rec = {"id": f"{locale}-{kind}-{g}-{self.n}", "locale": locale, "text": doc.text, "spans": doc.spans}
        return rec, {"values": doc.values}

    def contact_block(self, doc, lex, lang, locale):
        r = self.rng
        layout = r.choice(LAYOUTS)
        doc.add("\n\n" + r.choice(lex["heads"]) + "\n")
        for label in r.sample(lex["labels"], r.choice([2, 2, 3])):
            mode = "other" if r.random() < 0.1 else "national"
            t, _, reg, e = V.phone(r, locale, mode)
            before, after = layout.split("{phone}")
            doc.add(before.replace("{label}", label))
            doc.value(
                t, "PHONE", {"mode": "list-entry", "text": t, "region": reg, "e164": e, "area_len": None}
            )
            doc.add(after.replace("{label}", label) + "\n")

    def extras(self, lex, locale):
        r = self.rng
        out = []
        for key, p in (("E", 0.25), ("IP", 0.12), ("I", 0.08), ("C", 0.05), ("S", 0.06)):
            if key == "S" and locale != "en_US":
                continue
            if lex.get(key) and r.random() < p:
                out.append(r.choice(lex[key]))
        return out

    def positive(self, lang):
        r = self.rng
        lex = LEX[lang]
        locale = r.choice(LANG_LOCALES[lang])
        genre = r.choice(sorted(lex["pos"]))
        while True:
            doc = Doc()
            doc.add(r.choice(lex["titles"][genre]) + "\n\n")
            sents = r.sample(lex["neg"][genre], min(len(lex["neg"][genre]), r.choice([1, 1, 2])))
            pool = lex["pos"][genre]
            sents += r.sample(pool, 2 if r.random() < 0.25 and len(pool) > 1 else 1)
            sents += self.extras(lex, locale)
            r.shuffle(sents)
            self.body(doc, sents, lang, locale, {})
            if r.random() < 0.3:
                self.contact_block(doc, lex, lang, locale)
            else:
                doc.add("\n")
            out = self.finish(doc, lang, locale, "pos", genre)
            if out:
                return out

    def local(self, region, lang, locale, budget):
        r = self.rng
        lex = LEX[lang]
        town, area = r.choice(N.AREAS[region])
        genre = r.choice(sorted(lex["pos"]))
        while True:
            doc = Doc()
            doc.add(r.choice(lex["titles"][genre]) + "\n\n")
            fits = [s for s in lex["local"] if s.count("{L}") <= budget]
            sents = [r.choice(fits)]
            left = budget - sents[0].count("{L}")
            more = [s for s in fits if s.count("{L}") <= left and s != sents[0]]
            if left and more and r.random() < 0.3:
                sents.append(r.choice(more))
            sents += r.sample(lex["neg"][genre], 1)
            if r.random() < 0.3:
                sents += r.sample(lex["pos"][genre], 1)
            r.shuffle(sents)
            self.body(doc, sents, lang, locale, {"town": town, "region": region, "area": area})
            doc.add("\n")
            out = self.finish(doc, lang, locale, "pos", genre)
            if out:
                return out, sum(s.count("{L}") for s in sents)

    def negative(self, lang):
        r = self.rng
        lex = LEX[lang]
        locale = r.choice(LANG_LOCALES[lang])
        genre = r.choice(sorted(lex["neg"]))
        while True:
            doc = Doc()
            doc.add(r.choice(lex["titles"][genre]) + "\n\n")
            pool = lex["neg"][genre]
            sents = r.sample(pool, min(len(pool), r.choice([2, 2, 3])))
            if r.random() < 0.4:
                other = r.choice(sorted(lex["neg"]))
                sents.append(r.choice(lex["neg"][other]))
            self.body(doc, sents, lang, locale, {})
            doc.add("\n")
            out = self.finish(doc, lang, locale, "neg", genre)
            if out:
                return out

    def build(self):
        out = []
        for region, lang, locale, count in LOCAL_PLAN:
            left = count
            while left:
                rec, used = self.local(region, lang, locale, min(left, 2))
                out.append(rec)
                left -= used
        for lang, count in POS_PLAN.items():
            out += [self.positive(lang) for _ in range(count)]
        for lang, count in NEG_PLAN.items():
            out += [self.negative(lang) for _ in range(count)]
        return out
