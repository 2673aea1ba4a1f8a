"""Assembles v64 documents: text pieces with slots, spans and sidecar values."""

import re

import phonenumbers as pn

from . import lex_de_fr_es, lex_en, lex_it_nl_pt_hi, values
from . import numbers as N
from .negs import guard_hits, phone_hits

# locale -> (language, own region, region of national/list numbers, local region or None)
LOCALES = {
    "en_US": ("en", "US", "US", "US"),
    "en_GB": ("en", "GB", "GB", "GB"),
    "en_IN": ("en", "IN", "IN", "IN"),
    "en_AU": ("en", "AU", "GB", None),
    "en_IE": ("en", "IE", "GB", None),
    "de_DE": ("de", "DE", "DE", "DE"),
    "de_AT": ("de", "AT", "DE", None),
    "de_CH": ("de", "CH", "DE", None),
    "fr_FR": ("fr", "FR", "FR", None),
    "fr_BE": ("fr", "BE", "FR", None),
    "es_ES": ("es", "ES", "ES", None),
    "it_IT": ("it", "IT", "IT", None),
    "nl_NL": ("nl", "NL", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL", None),
    "pt_BR": ("pt", "BR", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT", None),
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
IBAN_COUNTRY = {
    "GB": "GB",
    "IE": "IE",
    "DE": "DE",
    "AT": "AT",
    "CH": "CH",
    "FR": "FR",
    "BE": "BE",
    "ES": "ES",
    "IT": "IT",
    "NL": "NL",
    "PT": "PT",
    "AU": "GB",
    "US": "GB",
    "IN": "GB",
    "BR": "PT",
}


def _en():
    return {
        "GENRES": lex_en.GENRES,
        "LOCAL": lex_en.LOCAL,
        "INTL": lex_en.INTL,
        "OTHER": lex_en.OTHER,
        "EMAIL": lex_en.EMAIL,
        "CARD": lex_en.CARD,
        "IBAN": lex_en.IBAN,
        "IP": lex_en.IP,
        "SSN": lex_en.SSN,
        "NEG": lex_en.NEG,
        "LIST_HEADS": lex_en.LIST_HEADS,
        "LABELS": lex_en.LABELS,
    }


LEX = {
    "en": _en(),
    "de": lex_de_fr_es.DE,
    "fr": lex_de_fr_es.FR,
    "es": lex_de_fr_es.ES,
    "it": lex_it_nl_pt_hi.IT,
    "nl": lex_it_nl_pt_hi.NL,
    "pt": lex_it_nl_pt_hi.PT,
    "hi": lex_it_nl_pt_hi.HI,
}

LAYOUTS = ["{l}\t{p}", "• {l}: {p}", "{l} ({p})", "{p} — {l}", "{l} ☎ {p}"]
SLOT = re.compile(r"\{(\w+)\}")


class Doc:
    """Text under construction; add() fills a template whose slots map to (text, value or None)."""

    def __init__(self):
        self.text = ""
        self.spans = []
        self.values = []

    def add(self, template, slots):
        pos = 0
        for m in SLOT.finditer(template):
            self.text += template[pos : m.start()]
            txt, val = slots[m.group(1)]
            if val is not None:
                self.spans.append(
                    {"kind": val["kind"], "start": len(self.text), "end": len(self.text) + len(txt)}
                )
                self.values.append(val)
            self.text += txt
            pos = m.end()
        self.text += template[pos:]


def phone_value(text, mode, n, area_len=None):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": pn.region_code_for_number(n),
        "e164": N.e164(n),
        "area_len": area_len,
    }


class Composer:
    def __init__(self, rng, fakers, drawer):
        self.rng, self.fakers, self.drawer = rng, fakers, drawer

    def name(self, lang, locale):
        return self.fakers["hi_IN" if lang == "hi" else locale].name()

    def phone(self, locale, mode):
        rng = self.rng
        lang, own, nat, _ = LOCALES[locale]
        if mode == "other":
            n = N.draw(rng, nat, "other")
            return N.other(rng, n), n
        if mode == "international":
            reg = (
                own
                if rng.random() < 0.6
                else rng.choice(
                    ["DE", "GB", "FR", "NL", "ES", "IT", "CH", "AT", "BE", "IE", "AU", "US", "BR", "IN", "PT"]
                )
            )
            n = N.draw(rng, reg, rng.choice(["fixed", "mobile"]))
            return N.international(rng, n), n
        if own != nat:  # AT/CH/BE/AU/IE: own numbers only internationally
            if mode == "list-entry" and rng.random() < 0.5:
                n = N.draw(rng, own, rng.choice(["fixed", "mobile"]))
                return N.international(rng, n), n
        n = N.draw(rng, nat, rng.choice(["fixed", "mobile"]))
        return N.national(rng, n), n

    def regions(self, locale, lang):
        return sorted({LOCALES[locale][1], LOCALES[locale][2], HOME[lang]})

    def neg_sentence(self, lang, locale, lex, used=()):
        while True:
            kind = self.rng.choice(sorted(set(lex["NEG"]) - set(used)))
            v = self.drawer.draw(self.rng, kind, self.regions(locale, lang))
            if v is not None:
                break
        return kind, self.rng.choice(lex["NEG"][kind]).replace("{v}", v)

    def build(self, locale, lang, genre, kind, local=None):
        """kind: 'pos' or 'neg'. local: (region, area, town, count) for local-announced documents."""
        rng = self.rng
        lex = LEX[lang]
        g = lex["GENRES"][genre]
        doc = Doc()
        doc.add(rng.choice(g["titles"]) + "\n\n", {})
        lines = rng.sample(g["lines"], rng.randint(1, 2))
        pieces = [(ln, {}) for ln in lines]
        negkinds = []
        if kind == "neg":
            for _ in range(rng.randint(2, 3)):
                k, s = self.neg_sentence(lang, locale, lex, negkinds)
                negkinds.append(k)
                pieces.insert(rng.randint(0, len(pieces)), (s, {}))
        else:
            if rng.random() < 0.5:
                k, s = self.neg_sentence(lang, locale, lex)
                negkinds.append(k)
                pieces.insert(rng.randint(0, len(pieces)), (s, {}))
            if local is not None:
                pieces.append(self.local_piece(locale, lang, lex, local))
                nphones = rng.choice([0, 0, 1])
            else:
                nphones = rng.choice([1, 1, 2, 2, 3])
            for _ in range(nphones):
                mode = rng.choices(["national", "international", "other"], [6, 2, 1.3])[0]
                txt, n = self.phone(locale, mode)
                foreign = mode == "international" and pn.region_code_for_number(n) != LOCALES[locale][1]
                tpl = rng.choice(lex["OTHER"] if mode == "other" else lex["INTL"] if foreign else g["phone"])
                pieces.insert(rng.randint(1, len(pieces)), (tpl, {"p": (txt, phone_value(txt, mode, n))}))
            self.extras(locale, lang, lex, pieces)
        for tpl, slots in pieces:
            slots.setdefault("name", (self.name(lang, locale), None))
            sep = "\n\n" if "\n" in tpl else " "
            if doc.text.endswith("\n\n"):
                sep = ""
            elif doc.text.endswith("\n"):
                sep = "\n"
            doc.add(sep + tpl + ("\n" if "\n" in tpl else ""), slots)
        if kind == "pos" and local is None and rng.random() < 0.35:
            self.list_block(doc, locale, lang, lex)
        if not doc.text.endswith("\n"):
            doc.text += "\n"
        doc.text = doc.text.replace("\n\n\n", "\n\n")
        return doc, negkinds

    def local_piece(self, locale, lang, lex, local):
        rng = self.rng
        region, area, town, count = local
        pool = lex["LOCAL"] if not (lang == "en" and region == "IN") else lex_en.LOCAL_IN
        pool = [t for t in pool if ("{b}" in t) == (count == 2)]
        tpl = rng.choice(pool)
        slots = {"town": (N.HI_TOWNS[town] if lang == "hi" else town, None)}
        for slot in ["a", "b"][:count]:
            sub, n = N.draw_local(rng, region, area, dict((a, s) for a, _, s in N.AREAS[region])[area])
            txt = N.local_form(rng, region, sub)
            assert N.e164(N.put_back(region, area, txt)) == N.e164(n)
            slots[slot] = (txt, phone_value(txt, "local-announced", n, len(area)))
        return tpl, slots

    def extras(self, locale, lang, lex, pieces):
        rng = self.rng
        fake = self.fakers["en_US"]
        r = rng.random()
        if r < 0.22 and lex["EMAIL"]:
            e, mode = values.email(rng, fake)
            pieces.append((rng.choice(lex["EMAIL"]), {"e": (e, {"kind": "EMAIL", "mode": mode, "text": e})}))
        elif r < 0.31 and lex["IP"]:
            v, mode = values.ip(rng)
            pieces.append(
                (rng.choice(lex["IP"]), {"ip": (v, {"kind": "IP_ADDRESS", "mode": mode, "text": v})})
            )
        elif r < 0.35 and lex["CARD"]:
            v, mode = values.card(rng)
            pieces.append(
                (rng.choice(lex["CARD"]), {"c": (v, {"kind": "CREDIT_CARD", "mode": mode, "text": v})})
            )
        elif r < 0.39 and lex["IBAN"]:
            v, mode = values.iban(rng, IBAN_COUNTRY[LOCALES[locale][1]])
            pieces.append((rng.choice(lex["IBAN"]), {"i": (v, {"kind": "IBAN", "mode": mode, "text": v})}))
        if locale == "en_US" and lang == "en" and rng.random() < 0.06:
            v, mode = values.ssn(rng)
            pieces.append((rng.choice(lex_en.SSN), {"s": (v, {"kind": "US_SSN", "mode": mode, "text": v})}))

    def list_block(self, doc, locale, lang, lex):
        rng = self.rng
        layout = rng.choice(LAYOUTS)
        doc.add(("\n" if doc.text.endswith("\n") else "\n\n") + rng.choice(lex["LIST_HEADS"]) + "\n", {})
        for label in rng.sample(lex["LABELS"], rng.randint(2, 3)):
            txt, n = self.phone(locale, "list-entry")
            doc.add(layout + "\n", {"l": (label, None), "p": (txt, phone_value(txt, "list-entry", n))})


def screen(text, spans, regions):
    """Whole document with its labelled spans blanked: nothing the guards or the matcher flag."""
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    blank = "".join(chars)
    return not guard_hits(blank) and not phone_hits(blank, regions)
