"""Builds v48's documents: fills a language's lines with numbers, PII and hard negatives, tracking spans."""

import re

from . import forms as fm
from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi
from . import numbers as nb
from . import others as ot
from .screens import LANG_REGIONS, guard_hits, phone_hits

EN = {
    "G": lex_en.G,
    "CONTACT": lex_en.CONTACT,
    "LOCAL": lex_en.LOCAL,
    "PII": lex_en.PII,
    "LIST_HEAD": lex_en.LIST_HEAD,
    "LIST_LABELS": lex_en.LIST_LABELS,
    "CLOSE": lex_en.CLOSE,
    "NEGCLOSE": lex_en.NEGCLOSE,
}
LEX = {
    "en": EN,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
LOCALES = {
    "en_US": ("en", "US"),
    "en_GB": ("en", "GB"),
    "en_IN": ("en", "IN"),
    "en_AU": ("en", "AU"),
    "en_IE": ("en", "IE"),
    "de_DE": ("de", "DE"),
    "de_AT": ("de", "AT"),
    "de_CH": ("de", "CH"),
    "fr_FR": ("fr", "FR"),
    "fr_BE": ("fr", "BE"),
    "fr_CH": ("fr", "CH"),
    "es_ES": ("es", "ES"),
    "it_IT": ("it", "IT"),
    "nl_NL": ("nl", "NL"),
    "nl_BE": ("nl", "BE"),
    "pt_BR": ("pt", "BR"),
    "pt_PT": ("pt", "PT"),
    "hi": ("hi", "IN"),
}
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
CURRENCY = {"US": "$", "IN": "₹", "AU": "A$", "IE": "€", "PT": "€"}
TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}")
LIST_STYLES = ["{lab}: {ph}", "{lab} ........ {ph}", "{ph} ({lab})", "{lab} | {ph}"]


class Doc:
    def __init__(self, rng, drawer, locale, genre, area=None, town=None):
        self.rng, self.drawer, self.locale = rng, drawer, locale
        self.lang, self.region = LOCALES[locale]
        self.genre, self.area, self.town = genre, area, town
        self.lex = LEX[self.lang]
        self.text, self.spans, self.values = "", [], []
        self.regions = sorted(set([self.region] + LANG_REGIONS[self.lang]))

    def _span(self, kind, value):
        start = len(self.text)
        self.text += value["text"]
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.values.append(dict(kind=kind, **value))

    def _phone(self, mode, nsn, text, area_len=None):
        self._span(
            "PHONE",
            {
                "mode": mode,
                "text": text,
                "region": self.region,
                "e164": nb.e164(nsn, self.region),
                "area_len": area_len,
            },
        )

    def phone(self, want, mode=None):
        r, reg = self.rng, self.region
        is_mob = want == "M" or (want == "P" and r.random() < 0.2)
        if reg in INTL_ONLY or r.random() < 0.15:
            nsn = nb.draw_mobile(r, reg) if is_mob else nb.draw_fixed(r, reg)[0]
            area = "" if is_mob else self._area_of(nsn)
            return self._phone(mode or "international", nsn, fm.international(r, reg, nsn, area, is_mob))
        if is_mob:
            nsn = nb.draw_mobile(r, reg)
            return self._phone(mode or "national", nsn, fm.mobile(r, reg, nsn))
        nsn, area = nb.draw_fixed(r, reg, self.area)
        self._phone(mode or "national", nsn, fm.national(r, reg, nsn, area))

    def _area_of(self, nsn):
        num = nb.pn.parse("+%d%s" % (nb.pn.country_code_for_region(self.region), nsn), self.region)
        return nsn[: nb.pn.length_of_geographical_area_code(num)]

    def fill(self, line):
        pos = 0
        for m in TOKEN.finditer(line):
            self.text += line[pos : m.start()]
            pos = m.end()
            tok, arg = m.group(1), m.group(2)
            r = self.rng
            if tok == "n":
                v = self.drawer.draw(r, arg, self.lang, self.regions)
                if self.region in CURRENCY:
                    v = v.replace("£", CURRENCY[self.region]).replace("R$ ", CURRENCY[self.region])
                if v.endswith(".") and line[pos : pos + 1] == ".":
                    pos += 1
                self.text += v
            elif tok in ("P", "M"):
                self.phone(tok)
            elif tok == "S":
                nsn = nb.draw_service(r, self.region)
                text, nsn = fm.service(r, self.region, nsn)
                self._phone("other", nsn, text)
            elif tok in ("L", "L2"):
                nsn, area = nb.draw_fixed(r, self.region, self.area)
                sub = nsn[len(area) :]
                self._phone("local-announced", nsn, fm.local(r, self.region, sub), len(area))
            elif tok == "T":
                self.text += nb.HI_TOWNS[self.town] if self.lang == "hi" else self.town
            elif tok == "E":
                self._span("EMAIL", {"mode": "role", "text": ot.role_email(r)})
            elif tok == "EP":
                self._span("EMAIL", {"mode": "personal", "text": ot.personal_email(r, self.lang)})
            elif tok == "C":
                t, mode = ot.card(r)
                self._span("CREDIT_CARD", {"mode": mode, "text": t})
            elif tok == "I":
                t, mode = ot.iban(r, self.region)
                self._span("IBAN", {"mode": mode, "text": t})
            elif tok == "IP":
                t, mode = ot.ip(r)
                self._span("IP_ADDRESS", {"mode": mode, "text": t})
            elif tok == "SSN":
                t, mode = ot.ssn(r)
                self._span("US_SSN", {"mode": mode, "text": t})
            else:
                raise KeyError(tok)
        self.text += line[pos:] + "\n"

    def list_block(self, n):
        r = self.rng
        self.text += "\n" + r.choice(self.lex["LIST_HEAD"]) + "\n"
        style = r.choice(LIST_STYLES)
        for lab in r.sample(self.lex["LIST_LABELS"], n):
            before, after = style.split("{ph}")
            self.text += before.format(lab=lab)
            self.phone(r.choice("PM"), "list-entry")
            self.text += after.format(lab=lab) + "\n"

    def clean(self):
        blank = list(self.text)
        for s in self.spans:
            blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(blank)
        return not phone_hits(blank, self.regions) and not guard_hits(blank)


def _contact_ok(doc, line):
    if "{S}" in line and doc.region in INTL_ONLY:
        return False
    return True


def positive(rng, drawer, locale, genre, local_need=0, area=None, town=None):
    """local_need: 0 = no local numbers, 1 or 2 = that many local-announced numbers."""
    doc = Doc(rng, drawer, locale, genre, area, town)
    g, lx = doc.lex["G"][genre], doc.lex
    doc.fill(rng.choice(g["title"]))
    doc.text += "\n"
    for line in rng.sample(g["body"], rng.choice([1, 1, 2])):
        doc.fill(line)
    if local_need:
        pool = [x for x in lx["LOCAL"] if ("{L2}" in x) == (local_need == 2)]
        doc.fill(rng.choice(pool))
        if rng.random() < 0.4:
            doc.fill(rng.choice([c for c in lx["CONTACT"] if _contact_ok(doc, c)]))
    else:
        pool = [c for c in lx["CONTACT"] if _contact_ok(doc, c)]
        for line in rng.sample(pool, rng.choice([1, 1, 2])):
            doc.fill(line)
    pii = lx["PII"]
    if rng.random() < 0.16:
        opts = [k for k in pii if k != "iban" or doc.region in ot.IBAN_LEN]
        opts = [k for k in opts if k != "ssn" or doc.region == "US"]
        if opts:
            doc.fill(rng.choice(pii[rng.choice(opts)]))
    if rng.random() < 0.3 and not local_need:
        doc.list_block(rng.choice([2, 3, 4]))
    doc.text += "\n"
    doc.fill(rng.choice(lx["CLOSE"]))
    return doc


def negative(rng, drawer, locale, genre):
    doc = Doc(rng, drawer, locale, genre)
    g = doc.lex["G"][genre]
    doc.fill(rng.choice(g["title"]))
    doc.text += "\n"
    for line in rng.sample(g["body"], min(len(g["body"]), rng.choice([2, 3, 3]))):
        doc.fill(line)
    doc.text += "\n"
    doc.fill(rng.choice(doc.lex["NEGCLOSE"]))
    return doc
