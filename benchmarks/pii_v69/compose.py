"""Documents for v69: positives, local-announced positives and hard negatives, with spans tracked."""

import re

from . import lex_de_fr_nl as L1
from . import lex_en as EN
from . import lex_es_it_pt_hi as L2
from . import numbers as N
from . import values as V

# locale -> (language, own region, region for national / list / 'other' numbers, foreign regions)
LOCALES = {
    "en_US": ("en", "US", "US", ["GB", "IE"]),
    "en_GB": ("en", "GB", "GB", ["IE", "FR", "US"]),
    "en_IN": ("en", "IN", "IN", ["GB", "US"]),
    "en_AU": ("en", "AU", "GB", ["US"]),
    "en_IE": ("en", "IE", "GB", ["US", "FR"]),
    "de_DE": ("de", "DE", "DE", ["AT", "CH"]),
    "de_AT": ("de", "AT", "DE", ["CH"]),
    "de_CH": ("de", "CH", "DE", ["AT"]),
    "fr_FR": ("fr", "FR", "FR", ["CH", "BE"]),
    "fr_BE": ("fr", "BE", "FR", ["CH"]),
    "es_ES": ("es", "ES", "ES", ["PT"]),
    "it_IT": ("it", "IT", "IT", ["CH"]),
    "nl_NL": ("nl", "NL", "NL", ["BE"]),
    "nl_BE": ("nl", "BE", "NL", ["NL"]),
    "pt_BR": ("pt", "BR", "BR", ["PT"]),
    "pt_PT": ("pt", "PT", "PT", ["BR"]),
}
INTL_ONLY = {"AT", "CH", "BE", "IE", "AU"}
IBAN_OF = {"US": "GB", "IN": "GB", "AU": "GB", "BR": "PT"}
CUR = {"en_US": "$", "en_GB": "£", "en_IN": "₹", "en_AU": "A$", "en_IE": "€"}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}


def lex(lang):
    if lang == "en":
        return {
            "titles": EN.TITLES,
            "pos": EN.POS,
            "neg": EN.NEG,
            "local": EN.LOCAL,
            "heads": EN.HEADS,
            "labels": EN.LABELS,
        }
    return {"de": L1.DE, "fr": L1.FR, "nl": L1.NL, "es": L2.ES, "it": L2.IT, "pt": L2.PT, "hi": L2.HI}[lang]


def regions_for(locale, lang):
    _, own, nat, _ = LOCALES[locale]
    return sorted({own, nat, HOME[lang]})


class Doc:
    def __init__(self):
        self.parts, self.spans, self.values, self.n = [], [], [], 0

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def span(self, kind, text, value):
        self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(text)})
        self.values.append(value)
        self.add(text)

    def text(self):
        return "".join(self.parts)


PH = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Composer:
    def __init__(self, rng, fakers, drawer):
        self.rng, self.fk, self.drawer = rng, fakers, drawer

    def phone(self, locale, slot, mode=None):
        r = self.rng
        _, own, nat, foreign = LOCALES[locale]
        kind = {"M": "mobile", "T": "other"}.get(slot, r.choice(["fixed", "mobile"]))
        if slot == "X":
            region = r.choice(foreign)
            nsn = N.draw(r, region, kind)
            text, m = N.international(r, region, nsn, kind), "international"
        elif slot == "T":
            region = nat
            nsn = N.draw(r, region, "other")
            text, m = N.national(r, region, nsn, "other"), "other"
        elif own in INTL_ONLY or r.random() < 0.2:
            region = own if own in INTL_ONLY and r.random() < 0.6 else nat
            if region == own or r.random() < 0.5:
                nsn = N.draw(r, region, kind)
                text, m = N.international(r, region, nsn, kind), "international"
            else:
                nsn = N.draw(r, region, kind)
                text, m = N.national(r, region, nsn, kind), "national"
        else:
            region = own
            nsn = N.draw(r, region, kind)
            text, m = N.national(r, region, nsn, kind), "national"
        want = N.e164(region, nsn)
        assert N.parses_to(text, region, want), (text, region, want)
        return text, {
            "kind": "PHONE",
            "mode": mode or m,
            "text": text,
            "region": region,
            "e164": want,
            "area_len": None,
        }

    def fill(self, doc, sent, locale, lang, ctx):
        r = self.rng
        pos = 0
        regs = regions_for(locale, lang)
        for m in PH.finditer(sent):
            doc.add(sent[pos : m.start()])
            pos = m.end()
            key, arg = m.group(1), m.group(2)
            if key in ("P", "M", "T", "X"):
                t, v = self.phone(locale, key)
                doc.span("PHONE", t, v)
            elif key == "L":
                area, region = ctx["area"], ctx["region"]
                nsn = N.draw(r, region, "fixed", area)
                sub = nsn[len(area) :]
                t = N.local(r, region, sub)
                want = N.e164(region, nsn)
                assert N.parses_to(N.put_back(region, area, t), region, want)
                doc.span(
                    "PHONE",
                    t,
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": t,
                        "region": region,
                        "e164": want,
                        "area_len": len(area),
                    },
                )
                ctx["locals"] = ctx.get("locals", 0) + 1
            elif key in ("E", "R"):
                t = V.email(r, self.fk["en"], key == "R")
                doc.span(
                    "EMAIL", t, {"kind": "EMAIL", "mode": "role" if key == "R" else "personal", "text": t}
                )
            elif key == "C":
                t, mode = V.card(r)
                doc.span("CREDIT_CARD", t, {"kind": "CREDIT_CARD", "mode": mode, "text": t})
            elif key == "I":
                own = LOCALES[locale][1]
                t, mode = V.iban(r, IBAN_OF.get(own, own))
                doc.span("IBAN", t, {"kind": "IBAN", "mode": mode, "text": t})
            elif key == "IP":
                t, mode = V.ip(r)
                doc.span("IP_ADDRESS", t, {"kind": "IP_ADDRESS", "mode": mode, "text": t})
            elif key == "S":
                t, mode = V.ssn(r)
                doc.span("US_SSN", t, {"kind": "US_SSN", "mode": mode, "text": t})
            elif key == "n":
                doc.add(self.drawer.draw(arg, regs))
            elif key == "name":
                doc.add(self.fk[lang].name())
            elif key == "town":
                doc.add(ctx["town"])
            elif key == "cw":
                doc.add(ctx["cw"])
            elif key == "cur":
                doc.add(CUR.get(locale, "€"))
            else:
                raise KeyError(key)
        doc.add(sent[pos:])

    def usable(self, sents, locale):
        ok = []
        for s in sents:
            if "{S}" in s and locale != "en_US":
                continue
            if "{IP}" in s and self.rng.random() < 0.3:
                continue
            if ("{C}" in s or "{I}" in s) and self.rng.random() < 0.75:
                continue
            ok.append(s)
        return ok

    def contacts(self, doc, locale, lang, lx):
        r = self.rng
        layout = r.randrange(5)
        doc.add("\n\n" + r.choice(lx["heads"]) + "\n")
        for label in r.sample(lx["labels"], r.randint(2, 3)):
            t, v = self.phone(locale, r.choice(["P", "M"]), mode="list-entry")
            if layout == 0:
                doc.add(f"• {label}: ")
                doc.span("PHONE", t, v)
            elif layout == 1:
                doc.span("PHONE", t, v)
                doc.add(f" ({label})")
            elif layout == 2:
                doc.add(f"{label} — ")
                doc.span("PHONE", t, v)
            elif layout == 3:
                doc.add(f"{label} » ")
                doc.span("PHONE", t, v)
            else:
                doc.add(f"{label}\t")
                doc.span("PHONE", t, v)
            doc.add("\n")

    def document(self, kind, locale, lang, genre, ctx=None):
        r = self.rng
        lx = lex(lang)
        ctx = ctx or {}
        doc = Doc()
        doc.add(r.choice(lx["titles"][genre]) + "\n\n")
        doc.add(r.choice(["", "", f"{self.fk[lang].first_name()},\n\n"]))
        sents = []
        negs_ = list(lx["neg"][genre])
        if kind == "neg":
            sents = r.sample(negs_, min(len(negs_), r.randint(2, 4)))
        else:
            sents = r.sample(negs_, r.randint(1, 2))
            if kind == "pos":
                pool = self.usable(lx["pos"][genre], locale)
                sents += r.sample(pool, min(len(pool), r.randint(1, 3)))
            else:
                if r.random() < 0.3:
                    pool = [s for s in self.usable(lx["pos"][genre], locale) if "{P}" not in s]
                    sents.append(r.choice(pool))
            r.shuffle(sents)
            if kind == "local":
                for i, s in enumerate(ctx["local_sents"]):
                    sents.insert(min(len(sents), r.randint(0, len(sents)) if i == 0 else len(sents)), s)
        paras, cur = [], []
        for s in sents:
            cur.append(s)
            if "\n" in s or r.random() < 0.35:
                paras.append(cur)
                cur = []
        if cur:
            paras.append(cur)
        for i, p in enumerate(paras):
            for j, s in enumerate(p):
                self.fill(doc, s, locale, lang, ctx)
                if j < len(p) - 1:
                    doc.add(" ")
            if i < len(paras) - 1:
                doc.add("\n\n")
        doc.add("\n")
        if kind == "pos" and r.random() < 0.25:
            self.contacts(doc, locale, lang, lx)
        doc.add("\n" + r.choice(["", "— ", ""]) + self.fk[lang].name() + "\n")
        return doc
