"""Fill the sentence templates of v94 with values and record their spans.

Placeholders: {N} national phone (fixed or mobile), {M} national mobile, {I} international phone, {O}
toll-free or shared-cost number, {L}/{L2} local (subscriber-only) numbers of the document's area, {E}
e-mail, {C} card, {B} IBAN, {IP} IP address, {S} US SSN, {x:kind} hard negative, {name}, {pet}, {town}.
"""

from __future__ import annotations

import ipaddress
import re

from faker import Faker
from stdnum import iban as std_iban

from . import lex_de_fr, lex_en, lex_more, negs, numbers

PH = re.compile(r"\{(\w+)(?::(\w+))?\}")

# locale -> (language, national region, own region written internationally, local region)
LOCALES = {
    "en_US": ("en", "US", "US", "US"),
    "en_GB": ("en", "GB", "GB", "GB"),
    "en_IN": ("en", "IN", "IN", "IN"),
    "hi": ("hi", "IN", "IN", "IN"),
    "en_AU": ("en", "GB", "AU", None),
    "en_IE": ("en", "GB", "IE", None),
    "de_DE": ("de", "DE", "DE", "DE"),
    "de_AT": ("de", "DE", "AT", None),
    "de_CH": ("de", "DE", "CH", None),
    "fr_FR": ("fr", "FR", "FR", None),
    "fr_BE": ("fr", "FR", "BE", None),
    "fr_CH": ("fr", "FR", "CH", None),
    "es_ES": ("es", "ES", "ES", None),
    "it_IT": ("it", "IT", "IT", None),
    "nl_NL": ("nl", "NL", "NL", "NL"),
    "nl_BE": ("nl", "NL", "BE", None),
    "pt_BR": ("pt", "BR", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT", None),
}
FAKER_LOC = {
    "hi": "hi_IN",
    "en_AU": "en_AU",
    "en_IE": "en_IE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_BE": "fr_FR",
    "fr_CH": "fr_CH",
    "nl_BE": "nl_BE",
}
IBAN_CC = {
    "en_GB": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
    "pt_PT": "PT",
}
BBAN = {
    "GB": "AAAA" + "9" * 14,
    "IE": "AAAA" + "9" * 14,
    "DE": "9" * 18,
    "AT": "9" * 16,
    "CH": "9" * 17,
    "FR": "9" * 23,
    "BE": "9" * 12,
    "ES": "9" * 20,
    "IT": "A" + "9" * 22,
    "NL": "AAAA" + "9" * 10,
    "PT": "9" * 21,
    "BR": "9" * 23 + "A1",
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "CH", "AT", "BE", "IE", "AU"]

GENRES = {
    "en": lex_en.GENRES,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_more.ES,
    "it": lex_more.IT,
    "nl": lex_more.NL,
    "pt": lex_more.PT,
    "hi": lex_more.HI,
}
LOCAL = {
    "US": lex_en.LOCAL["US"],
    "GB": lex_en.LOCAL["GB"],
    "IN": lex_en.LOCAL["IN"],
    "DE": lex_de_fr.LOCAL_DE,
    "NL": lex_more.LOCAL_NL,
    "BR": lex_more.LOCAL_PT,
}
HEADS = {"en": lex_en.HEADS, "de": lex_de_fr.HEADS_DE, "fr": lex_de_fr.HEADS_FR, **lex_more.HEADS}
LABELS = {"en": lex_en.LABELS, "de": lex_de_fr.LABELS_DE, "fr": lex_de_fr.LABELS_FR, **lex_more.LABELS}
LAYOUTS = ["{lab} \u2014 {ph}", "{ph} ({lab})", "\u260e {lab}: {ph}", "{lab} \u00bb {ph}", "{lab}\t{ph}"]
PETS = [
    "Biscuit",
    "Mabel",
    "Otto",
    "Luna",
    "Pepper",
    "Juno",
    "Rocco",
    "Tilly",
    "Bruno",
    "Nala",
    "Ziggy",
    "Maya",
    "Fido",
    "Kira",
    "Balu",
    "Pixel",
    "Toffee",
    "Sami",
    "Mia",
    "Hugo",
]


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.values = []

    def add(self, s):
        self.text += s

    def put(self, kind, text, value):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        rest = {k: v for k, v in value.items() if k != "mode"}
        self.values.append({"kind": kind, "mode": value["mode"], "text": text, **rest})


class Composer:
    def __init__(self, rng, drawer):
        self.rng = rng
        self.drawer = drawer
        self.fakers = {}
        Faker.seed(rng.randint(0, 10**9))
        self.mail = Faker("en_US")

    def faker(self, locale):
        loc = FAKER_LOC.get(locale, locale)
        if loc not in self.fakers:
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(self.rng.randint(0, 10**9))
        return self.fakers[loc]

    # ---- values -------------------------------------------------------------------------------------
    def phone(self, doc, mode, region, nsn, forms, area_len=None):
        text = self.rng.choice(forms)
        e = numbers.e164(region, nsn)
        assert numbers.parses_to(text, region, e), (text, e)
        doc.put("PHONE", text, {"mode": mode, "region": region, "e164": e, "area_len": area_len})

    def national(self, doc, ctx, kind, mode="national"):
        reg = ctx["nat"]
        nsn = numbers.draw(self.rng, reg, kind)
        self.phone(doc, mode, reg, nsn, numbers.national_forms(reg, nsn, kind))

    def intl(self, doc, ctx):
        own = ctx["own"]
        reg = own if own != ctx["nat"] or self.rng.random() < 0.4 else self.rng.choice(FOREIGN)
        nsn = numbers.draw(self.rng, reg, self.rng.choice(["fixed", "mobile"]))
        self.phone(doc, "international", reg, nsn, numbers.intl_forms(reg, nsn))

    def local(self, doc, ctx):
        reg, area = ctx["loc"], ctx["area"]
        sub, nsn = numbers.draw_local(self.rng, reg, area)
        text = self.rng.choice(numbers.local_forms(reg, sub))
        e = numbers.e164(reg, nsn)
        assert numbers.parses_to(numbers.put_back(reg, area[1], text), reg, e)
        doc.put(
            "PHONE", text, {"mode": "local-announced", "region": reg, "e164": e, "area_len": len(area[1])}
        )

    def email(self, doc, ctx):
        dom = self.mail.domain_name()
        if self.rng.random() < 0.6:
            user = self.rng.choice(
                [
                    "reception",
                    "claims",
                    "bookings",
                    "frontdesk",
                    "nurses",
                    "hello",
                    "adopt",
                    "accounts",
                    "kennels",
                    "yard",
                ]
            )
            doc.put("EMAIL", f"{user}@{dom}", {"mode": "role"})
        else:
            user = self.mail.user_name()
            doc.put("EMAIL", f"{user}@{dom}", {"mode": "personal"})

    def card(self, doc):
        r = self.rng
        body = r.choice(["4", "51", "52", "53", "54", "55", "2221"])
        body += "".join(r.choice("0123456789") for _ in range(15 - len(body)))
        for c in "0123456789":
            if negs.luhn(body + c):
                num = body + c
                break
        mode = r.choice(["spaced", "solid", "dashed"])
        text = {
            "spaced": " ".join(num[i : i + 4] for i in range(0, 16, 4)),
            "solid": num,
            "dashed": "-".join(num[i : i + 4] for i in range(0, 16, 4)),
        }[mode]
        doc.put("CREDIT_CARD", text, {"mode": mode})

    def iban(self, doc, cc):
        r = self.rng
        for _ in range(100000):
            bban = "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if ch == "A" else r.choice("0123456789")
                for ch in BBAN[cc]
            )
            check = std_iban.calc_check_digits(cc + "00" + bban)
            num = cc + check + bban
            if std_iban.is_valid(num):
                break
        else:
            raise RuntimeError(cc)
        if r.random() < 0.6:
            doc.put("IBAN", " ".join(num[i : i + 4] for i in range(0, len(num), 4)), {"mode": "print"})
        else:
            doc.put("IBAN", num, {"mode": "electronic"})

    def ip(self, doc):
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v6"])
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
                ok = a.is_global
            elif mode == "v4-private":
                a = ipaddress.IPv4Address(r.choice([0x0A000000, 0xC0A80000]) + r.randint(1, 0xFFFE))
                ok = a.is_private
            else:
                a = ipaddress.IPv6Address((0x2A0 + r.randint(0, 15) << 116) | r.getrandbits(112))
                ok = True
            if ok:
                break
        doc.put("IP_ADDRESS", str(a), {"mode": mode})

    def ssn(self, doc):
        r = self.rng
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        mode = r.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        doc.put("US_SSN", f"{a:03d}{sep}{g:02d}{sep}{s:04d}", {"mode": mode})

    # ---- sentences ----------------------------------------------------------------------------------
    def usable(self, tpl, ctx):
        if "{S}" in tpl and ctx["locale"] != "en_US":
            return False
        if "{B}" in tpl and ctx["locale"] not in IBAN_CC:
            return False
        return True

    def fill(self, doc, tpl, ctx):
        pos = 0
        for m in PH.finditer(tpl):
            doc.add(tpl[pos : m.start()])
            pos = m.end()
            key, arg = m.group(1), m.group(2)
            if key == "x":
                doc.add(self.drawer.draw(arg, ctx["locale"], ctx["lang"]))
            elif key == "name":
                doc.add(ctx["name"])
            elif key == "pet":
                doc.add(ctx["pet"])
            elif key == "town":
                doc.add(ctx["area"][0])
            elif key == "N":
                self.national(doc, ctx, self.rng.choice(["fixed", "mobile"]))
            elif key == "M":
                self.national(doc, ctx, "mobile")
            elif key == "O":
                self.national(doc, ctx, "other", mode="other")
            elif key == "I":
                self.intl(doc, ctx)
            elif key in ("L", "L2"):
                self.local(doc, ctx)
            elif key == "E":
                self.email(doc, ctx)
            elif key == "C":
                self.card(doc)
            elif key == "B":
                self.iban(doc, IBAN_CC[ctx["locale"]])
            elif key == "IP":
                self.ip(doc)
            elif key == "S":
                self.ssn(doc)
            else:
                raise KeyError(key)
        doc.add(tpl[pos:])

    def context(self, locale, genre):
        lang, nat, own, loc = LOCALES[locale]
        fk = self.faker(locale)
        ctx = {
            "locale": locale,
            "lang": lang,
            "nat": nat,
            "own": own,
            "loc": loc,
            "genre": genre,
            "name": fk.name(),
            "pet": self.rng.choice(PETS),
            "area": None,
        }
        if loc:
            ctx["area"] = self.rng.choice(numbers.AREAS[loc])
        return ctx

    def positive(self, locale, genre, n_local):
        ctx = self.context(locale, genre)
        g = GENRES[ctx["lang"]][genre]
        doc = Doc()
        self.fill(doc, self.rng.choice(g["t"]), ctx)
        doc.add("\n\n")
        pos = [t for t in g["p"] if self.usable(t, ctx)]
        body = self.rng.sample(pos, min(len(pos), self.rng.choice([1, 2, 2, 3])))
        body += self.rng.sample(g["n"], self.rng.choice([1, 1, 2]))
        self.rng.shuffle(body)
        if n_local:
            pool = lex_more.LOCAL_HI if ctx["lang"] == "hi" else LOCAL[ctx["loc"]]
            pool = [t for t in pool if ("{L2}" in t) == (n_local == 2)]
            body.insert(self.rng.randint(0, len(body)), self.rng.choice(pool))
        for i, tpl in enumerate(body):
            self.fill(doc, tpl, ctx)
            doc.add("\n" if "\n" in tpl or i == len(body) - 1 else " ")
        if self.rng.random() < 0.27:
            doc.add("\n" + self.rng.choice(HEADS[ctx["lang"]]) + "\n")
            lay = self.rng.choice(LAYOUTS)
            labels = self.rng.sample(LABELS[ctx["lang"]], self.rng.choice([1, 2, 2, 3]))
            for lab in labels:
                a, b = lay.split("{ph}")
                doc.add(a.replace("{lab}", lab))
                self.national(doc, ctx, self.rng.choice(["fixed", "mobile", "fixed"]), mode="list-entry")
                doc.add(b.replace("{lab}", lab) + "\n")
        return doc

    def negative(self, locale, genre):
        ctx = self.context(locale, genre)
        g = GENRES[ctx["lang"]][genre]
        doc = Doc()
        self.fill(doc, self.rng.choice(g["t"]), ctx)
        doc.add("\n\n")
        body = self.rng.sample(g["n"], min(len(g["n"]), self.rng.choice([2, 3, 3, 4])))
        for i, tpl in enumerate(body):
            self.fill(doc, tpl, ctx)
            doc.add("\n" if i == len(body) - 1 else " ")
        return doc
