"""Filling sentence templates into documents with spans and sidecar values."""

import re

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi
from . import numbers as nb
from .negs import guard_hits, phone_hits

GENRES = {
    "en": lex_en.GENRES,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
LISTS = {
    "en": lex_en.LISTS,
    "de": lex_de_fr.LISTS_DE,
    "fr": lex_de_fr.LISTS_FR,
    "es": lex_es_it.LISTS_ES,
    "it": lex_es_it.LISTS_IT,
    "nl": lex_nl_pt_hi.LISTS_NL,
    "pt": lex_nl_pt_hi.LISTS_PT,
    "hi": lex_nl_pt_hi.LISTS_HI,
}
# local group -> (language, locale, announce templates)
LOCAL = {
    "US": ("en", "en_US", lex_en.LOCAL["US"]),
    "GB": ("en", "en_GB", lex_en.LOCAL["GB"]),
    "IN": ("en", "en_IN", lex_en.LOCAL["IN"]),
    "IN-hi": ("hi", "en_IN", lex_nl_pt_hi.LOCAL_HI),
    "DE": ("de", "de_DE", lex_de_fr.LOCAL_DE),
    "NL": ("nl", "nl_NL", lex_nl_pt_hi.LOCAL_NL),
    "BR": ("pt", "pt_BR", lex_nl_pt_hi.LOCAL_PT),
}
LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_BR", "pt_PT"],
    "hi": ["en_IN"],
}
NAT = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "en_AU": "GB",
    "en_IE": "GB",
    "de_DE": "DE",
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_FR": "FR",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "NL",
    "pt_BR": "BR",
    "pt_PT": "PT",
}
HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
IBAN_OF = {
    "en_GB": "GB",
    "en_IE": "GB",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "DE",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_PT": "PT",
    "pt_BR": "PT",
}
FOREIGN = ["FR", "IT", "ES", "PT", "DE", "GB", "US", "AU", "AT", "CH", "BR", "NL", "BE", "IE"]
DOMAINS = [
    "weingut-beispiel.de",
    "cellar-door.example.com",
    "taproom.example.org",
    "vinhos.example.com.br",
    "cave-du-domaine.example.fr",
    "stokerij.example.nl",
    "distillery.example.co.uk",
]
ROLES = ["cellar", "bookings", "club", "tasting", "orders", "visits", "info", "trade"]
TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}")


def own_region(locale):
    return locale.split("_")[1]


def screen_regions(locale, lang):
    return sorted({own_region(locale), NAT[locale], *HOME[lang]})


class Doc:
    def __init__(self, ctx, locale, lang):
        self.ctx, self.locale, self.lang = ctx, locale, lang
        self.text, self.spans, self.values = "", [], []
        self.nat = NAT[locale]

    def add(self, s):
        self.text += s

    def value(self, kind, text, mode, **extra):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.values.append({"kind": kind, "mode": mode, "text": text, **extra})

    def phone(self, region, nsn, text, mode, area_len=None):
        self.value("PHONE", text, mode, region=region, e164=nb.e164(region, nsn), area_len=area_len)

    def fill(self, template, town=None, locals_=None):
        rng = self.ctx.rng
        pos = 0
        for m in TOKEN.finditer(template):
            self.add(template[pos : m.start()])
            pos = m.end()
            tok, arg = m.group(1), m.group(2)
            if tok in ("N", "M"):
                nsn = nb.draw_nsn(rng, self.nat, "fixed" if tok == "N" else "mobile")
                self.phone(self.nat, nsn, nb.national_form(rng, self.nat, nsn, tok), "national")
            elif tok == "T":
                nsn = nb.draw_nsn(rng, self.nat, "other")
                self.phone(self.nat, nsn, nb.national_form(rng, self.nat, nsn, "other"), "other")
            elif tok == "I":
                own = own_region(self.locale)
                reg = own if own != self.nat else rng.choice([r for r in FOREIGN if r != own])
                nsn = nb.draw_nsn(rng, reg, rng.choice(["fixed", "fixed", "mobile"]))
                self.phone(reg, nsn, nb.international_form(rng, reg, nsn), "international")
            elif tok == "L":
                region, area, sub_text, nsn = locals_.pop(0)
                self.phone(region, nsn, sub_text, "local-announced", area_len=len(area))
            elif tok == "E":
                fk = self.ctx.faker["en"]
                if rng.random() < 0.5:
                    user, mode = rng.choice(ROLES), "role"
                else:
                    user, mode = "%s.%s" % (fk.first_name().lower(), fk.last_name().lower()), "personal"
                user = re.sub(r"[^a-z.]", "", user)
                self.value("EMAIL", "%s@%s" % (user, rng.choice(DOMAINS)), mode)
            elif tok == "C":
                self.value("CREDIT_CARD", *nb.card(rng))
            elif tok == "B":
                self.value("IBAN", *nb.iban(rng, IBAN_OF.get(self.locale, "DE")))
            elif tok == "P":
                self.value("IP_ADDRESS", *nb.ip(rng))
            elif tok == "S":
                self.value("US_SSN", *nb.ssn(rng))
            elif tok == "X":
                self.add(self.ctx.drawer.draw(arg, self.lang, screen_regions(self.locale, self.lang)))
            elif tok == "name":
                self.add(self.ctx.faker[self.lang].name())
            elif tok == "town":
                self.add(town)
            else:
                raise KeyError(tok)
        self.add(template[pos:])

    def list_block(self, n):
        rng = self.ctx.rng
        lists = LISTS[self.lang]
        self.add("\n\n" + rng.choice(lists["heads"]) + "\n")
        layout = self.ctx.list_layout
        for label in rng.sample(lists["labels"], n):
            nsn = nb.draw_nsn(rng, self.nat, rng.choice(["fixed", "mobile"]))
            text = nb.national_form(rng, self.nat, nsn, "fixed")
            before, after = {
                0: ("• %s — " % label, ""),
                1: ("- %s: " % label, ""),
                2: ("%s\t" % label, ""),
                3: ("", " (%s)" % label),
                4: ("%s / tel. " % label, ""),
            }[layout]
            self.add(before)
            self.phone(self.nat, nsn, text, "list-entry")
            self.add(after + "\n")

    def clean(self):
        """Whole-document screen with the labelled spans blanked."""
        t = list(self.text)
        for s in self.spans:
            for i in range(s["start"], s["end"]):
                t[i] = "•"
        blank = "".join(t)
        return not phone_hits(blank, screen_regions(self.locale, self.lang)) and not guard_hits(blank)
