"""Fills v53's cells: slots {P} {PM} {PI} {PO} {E} {EP} {C} {IB} {IP} {S} {N:kind} {L1} {L2} {name} {sur}
{cls} {town}; records spans and sidecar values."""

import re

from faker import Faker

from . import habits, negs, values
from . import numbers as nb
from .lex_de_nl import DE, NL
from .lex_en import CLASSES, HEADS, LABELS, LOCAL, NEG, POS, SIGN, TITLES
from .lex_hi import HI
from .lex_romance import ES, FR, IT, PT

EN = {
    "TITLES": TITLES,
    "POS": POS,
    "NEG": NEG,
    "LOCAL": LOCAL,
    "HEADS": HEADS,
    "LABELS": LABELS,
    "SIGN": SIGN,
    "CLASSES": CLASSES,
}
LEX = {"en": EN, "de": DE, "nl": NL, "fr": FR, "es": ES, "it": IT, "pt": PT, "hi": HI}

# locale -> (language, own region, region for national/list/service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_AU": ("en", "AU", "GB"),
    "en_IE": ("en", "IE", "GB"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "DE"),
    "de_CH": ("de", "CH", "DE"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR"),
    "fr_CH": ("fr", "CH", "FR"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
FAKER = {
    "en_US": "en_US",
    "en_GB": "en_GB",
    "en_IN": "en_IN",
    "en_AU": "en_AU",
    "en_IE": "en_IE",
    "de_DE": "de_DE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_FR": "fr_FR",
    "fr_BE": "fr_FR",
    "fr_CH": "fr_CH",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "pt_BR": "pt_BR",
    "pt_PT": "pt_PT",
    "hi": "hi_IN",
}
FOREIGN = ["GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "US", "AT", "CH", "BE", "IE", "AU"]
NO_IBAN = ("US", "IN", "BR")
SLOT = re.compile(r"\{([A-Za-z0-9]+)(?::([a-z]+))?\}")
LAYOUTS = [
    "{lab} \u2013 tel. {ph}",
    "{ph}  ({lab})",
    "{lab} \u2706 {ph}",
    "\u2022 {lab} / {ph}",
    "{lab} \u2014 {ph}",
    "{lab}, {ph}",
]


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.seed = seed

    def faker(self, key):
        if key not in self.fakers:
            f = Faker(FAKER[key])
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[key] = f
        return self.fakers[key]

    def start(self, locale, lang, local=None):
        """local: (region, town, area, sub_len, count) for a document with announced local numbers."""
        self.locale, self.lang = locale, lang
        _, self.own, self.nat = LOCALES[locale]
        self.fk = self.faker("hi" if lang == "hi" else locale)
        self.en = self.faker("en_US")
        self.domain = self.en.domain_name()
        self.local = local
        self.local_left = local[4] if local else 0
        self.regions = sorted({self.own, self.nat, *negs.LANG_HOME[lang]})
        self.text, self.spans, self.vals = "", [], []

    def phone(self, region, kind, mode):
        num, nsn = nb.draw(self.rng, region, kind)
        if mode == "international":
            t = habits.international(self.rng, num, nsn, region)
        else:
            t = habits.national(self.rng, num, nsn, region)
        return t, {
            "kind": "PHONE",
            "mode": mode,
            "text": t,
            "region": region,
            "e164": nb.e164(num),
            "area_len": None,
        }

    def value(self, slot, arg):
        r = self.rng
        if slot in ("P", "PM"):
            kind = "mobile" if slot == "PM" or r.random() < 0.45 else "fixed"
            return self.phone(self.nat, kind, "national")
        if slot == "PI":
            reg = (
                self.own
                if self.own != self.nat or r.random() < 0.3
                else r.choice([x for x in FOREIGN if x != self.own])
            )
            return self.phone(reg, r.choice(["fixed", "mobile"]), "international")
        if slot == "PO":
            return self.phone(self.nat, "free", "other")
        if slot in ("E", "EP"):
            t = values.email(r, self.en, self.lang, slot == "EP", self.domain)
            return t, {"kind": "EMAIL", "mode": "personal" if slot == "EP" else "role", "text": t}
        if slot == "C":
            t, m = values.card(r)
            return t, {"kind": "CREDIT_CARD", "mode": m, "text": t}
        if slot == "IB":
            t, m = values.iban(r, values.IBAN_FOR[self.own])
            return t, {"kind": "IBAN", "mode": m, "text": t}
        if slot == "IP":
            t, m = values.ip(r)
            return t, {"kind": "IP_ADDRESS", "mode": m, "text": t}
        if slot == "S":
            t, m = values.ssn(r)
            return t, {"kind": "US_SSN", "mode": m, "text": t}
        if slot in ("L1", "L2"):
            region, _, area, sub_len, _ = self.local
            num, sub = nb.draw_local(r, region, area, sub_len)
            t = habits.local(r, sub, region)
            self.local_left -= 1
            return t, {
                "kind": "PHONE",
                "mode": "local-announced",
                "text": t,
                "region": region,
                "e164": nb.e164(num),
                "area_len": len(area),
            }
        if slot == "N":
            return self.drawer.draw(arg, self.lang, self.regions), None
        if slot == "name":
            return self.fk.name(), None
        if slot == "sur":
            return self.fk.last_name(), None
        if slot == "cls":
            return r.choice(LEX[self.lang]["CLASSES"]), None
        if slot == "town":
            return self.local[1], None
        raise KeyError(slot)

    def usable(self, tpl):
        if "{S}" in tpl and self.locale != "en_US":
            return False
        if "{IB}" in tpl and self.own in NO_IBAN:
            return False
        if "{L2}" in tpl and self.local_left < 2:
            return False
        return True

    def add(self, tpl):
        pos = 0
        for m in SLOT.finditer(tpl):
            self.text += tpl[pos : m.start()]
            t, v = self.value(m.group(1), m.group(2))
            if v is not None:
                self.spans.append(
                    {"kind": v["kind"], "start": len(self.text), "end": len(self.text) + len(t)}
                )
                self.vals.append(v)
            self.text += t
            pos = m.end()
        self.text += tpl[pos:]

    def listblock(self):
        lx = LEX[self.lang]
        self.add("\n\n" + self.rng.choice(lx["HEADS"]))
        layout = self.rng.choice(LAYOUTS)
        labels = self.rng.sample(lx["LABELS"], self.rng.randint(2, min(3, len(lx["LABELS"]))))
        for lab in labels:
            if self.rng.random() < 0.3:
                lab = f"{lab} ({self.fk.first_name()})"
            t, v = self.phone(self.nat, self.rng.choice(["fixed", "mobile"]), "list-entry")
            pre, post = layout.split("{ph}")
            self.text += "\n" + pre.replace("{lab}", lab)
            self.spans.append({"kind": "PHONE", "start": len(self.text), "end": len(self.text) + len(t)})
            self.vals.append(v)
            self.text += t + post.replace("{lab}", lab)
        self.text += "\n"

    def document(self, genre, positive):
        lx, r = LEX[self.lang], self.rng
        self.add(r.choice(lx["TITLES"][genre]) + "\n\n")
        if positive:
            pool = [t for t in lx["POS"][genre] if self.usable(t)]
            body = r.sample(pool, min(len(pool), r.randint(1 if self.local else 2, 3)))
            if r.random() < 0.4:
                body.insert(r.randint(0, len(body)), r.choice(lx["NEG"][genre]))
        else:
            pool = list(lx["NEG"][genre])
            if r.random() < 0.3 and genre != "letter" and "letter" in lx["NEG"]:
                pool.append(r.choice(lx["NEG"]["letter"]))
            body = r.sample(pool, min(len(pool), r.randint(1, 3)))
        joined = body[0]
        for b in body[1:]:
            joined += ("\n" if joined.endswith("}") else " ") + b
        paras = [joined]
        if self.local:
            locs = [t for t in lx["LOCAL"] if self.usable(t)]
            paras.insert(r.randint(0, 1), r.choice(locs))
        for i, p in enumerate(paras):
            self.add(("\n\n" if i else "") + p)
        if r.random() < 0.5:
            self.add("\n\n" + r.choice(lx["SIGN"]))
        if positive and not self.local and r.random() < 0.35:
            self.listblock()
        elif not self.text.endswith("\n"):
            self.text += "\n"
        return self.text, self.spans, self.vals

    def dirty(self):
        chars = list(self.text)
        for s in self.spans:
            chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(chars)
        return bool(negs.phone_hits(blank, self.regions) or negs.guard_hits(blank))
