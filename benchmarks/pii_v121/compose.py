"""Documents for v121: fills the sentence slots of the lexicons and records spans and values."""

import re

from . import numbers as N
from . import values as V
from .lex_de_nl import DE, LOCAL_DE, LOCAL_NL, NL
from .lex_en import EN, LOCAL_EN
from .lex_rom_hi import ES, FR, HI, IT, LOCAL_HI, LOCAL_PT, PT
from .negs import guard_hits, phone_hits

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
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
    "hi": ("hi", "IN", "IN"),
}
LEX = {"en": EN, "de": DE, "nl": NL, "fr": FR, "es": ES, "it": IT, "pt": PT, "hi": HI}
LOCAL_T = {"US": LOCAL_EN, "GB": LOCAL_EN, "IN": LOCAL_EN, "DE": LOCAL_DE, "NL": LOCAL_NL, "BR": LOCAL_PT}
LANG_HOME = {
    "en": ["GB", "US"],
    "de": ["DE"],
    "nl": ["NL"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
NO_IBAN = {"US", "IN", "BR", "AU"}

HEADS = {
    "en": ["Numbers for the season", "Yard and office", "Who picks up", "Crew and depot lines"],
    "de": ["Telefonliste", "So erreichen Sie uns", "Ansprechpartner im Revier"],
    "nl": ["Telefoonlijst", "Zo bereikt u ons", "Contact werf en kantoor"],
    "fr": ["Pour nous joindre", "Téléphones du chantier"],
    "es": ["Teléfonos de contacto", "Cómo localizarnos"],
    "it": ["Recapiti", "Contatti del piazzale"],
    "pt": ["Contatos", "Telefones do pátio"],
    "hi": ["संपर्क नंबर", "डिपो और दफ़्तर"],
}
LABELS = {
    "en": ["Weighbridge", "Saw doctor", "Haulage desk", "Nursery shed", "Forester", "Accounts"],
    "de": ["Waage", "Revierleitung", "Disposition", "Sägewerk", "Baumschule", "Buchhaltung"],
    "nl": ["Weegbrug", "Boswachter", "Planning", "Kwekerij", "Administratie"],
    "fr": ["Bascule", "Technicien forestier", "Transport", "Comptabilité"],
    "es": ["Báscula", "Capataz", "Transporte", "Administración"],
    "it": ["Pesa", "Capo squadra", "Trasporti", "Amministrazione"],
    "pt": ["Balança", "Encarregado", "Transporte", "Financeiro"],
    "hi": ["तौल कांटा", "वन अधिकारी", "ट्रांसपोर्ट", "हिसाब"],
}
LAYOUTS = ["{l}: {p}", "{p} ({l})", "{l} — {p}", "{l}\t{p}", "- {l}, {p}"]

SLOT = re.compile(r"\{([A-Z0-9]+)(?::([a-z_0-9]+))?\}")


class Composer:
    def __init__(self, rng, fakes, drawer):
        self.rng = rng
        self.fakes = fakes
        self.drawer = drawer
        self.local_left = {r: 75 for r in LOCAL_T}
        self.redraws = 0

    # ---- phones
    def phone(self, loc, kind, mode=None):
        rng = self.rng
        lang, own, nat = LOCALES[loc]
        if kind == "other":
            nsn = N.other(rng, nat)
            text, reg = N.write_national(rng, nat, nsn, "other"), nat
            mode = "other"
        else:
            kind = kind or rng.choice(["fixed", "mobile"])
            if own != nat:
                reg = own if rng.random() < 0.5 and mode != "list-entry" else nat
            else:
                reg = own
            nsn = N.fixed(rng, reg) if kind == "fixed" else N.mobile(rng, reg)
            intl = reg != nat or rng.random() < 0.25
            text = N.write_intl(rng, reg, nsn, kind) if intl else N.write_national(rng, reg, nsn, kind)
            mode = mode or ("international" if intl else "national")
        e = "+" + N.CC[reg][0] + nsn
        return text, {"kind": "PHONE", "mode": mode, "text": text, "region": reg, "e164": e, "area_len": None}

    def local(self, region, area):
        sub = N.local(self.rng, region, area)
        text = N.write_local(self.rng, region, sub)
        e = "+" + N.CC[region][0] + area + sub
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": region,
            "e164": e,
            "area_len": len(area),
        }

    # ---- slot filling
    def fill(self, tmpl, loc, segs, regions):
        lang, own, nat = LOCALES[loc]
        fake = self.fakes[lang]
        pos = 0
        for m in SLOT.finditer(tmpl):
            segs.append((tmpl[pos : m.start()], None))
            pos = m.end()
            slot, arg = m.group(1), m.group(2)
            if slot == "X":
                segs.append((self.drawer.draw(arg, lang if lang != "hi" else "en", regions), None))
            elif slot == "NM":
                segs.append((fake.name(), None))
            elif slot in ("P", "M", "O"):
                kind = {"P": None, "M": "mobile", "O": "other"}[slot]
                t, v = self.phone(loc, kind)
                segs.append((t, v))
            elif slot in ("E", "EP"):
                t = V.email(self.rng, self.fakes["en"], lang, slot == "EP")
                segs.append((t, {"kind": "EMAIL", "mode": "personal" if slot == "EP" else "role", "text": t}))
            elif slot == "C":
                t, md = V.card(self.rng)
                segs.append((t, {"kind": "CREDIT_CARD", "mode": md, "text": t}))
            elif slot == "I":
                country = own if own in V.IBAN_LEN else nat
                t, md = V.iban(self.rng, country)
                segs.append((t, {"kind": "IBAN", "mode": md, "text": t}))
            elif slot == "IP":
                t, md = V.ip(self.rng)
                segs.append((t, {"kind": "IP_ADDRESS", "mode": md, "text": t}))
            elif slot == "S":
                t, md = V.ssn(self.rng)
                segs.append((t, {"kind": "US_SSN", "mode": md, "text": t}))
            else:
                raise KeyError(slot)
        segs.append((tmpl[pos:], None))

    def usable(self, tmpl, loc):
        own = LOCALES[loc][1]
        if "{I}" in tmpl and own in NO_IBAN:
            return False
        if "{S}" in tmpl and loc != "en_US":
            return False
        return True

    def document(self, loc, genre, positive):
        for _ in range(50):
            segs = self._document(loc, genre, positive)
            text, spans, vals = assemble(segs)
            if screen(text, spans, loc):
                return text, spans, vals
            self.redraws += 1
        raise RuntimeError("document keeps failing the screen")

    def _document(self, loc, genre, positive):
        rng = self.rng
        lang, own, nat = LOCALES[loc]
        cell = LEX[lang][genre]
        regions = sorted({own, nat, *LANG_HOME[lang]})
        segs = [(rng.choice(cell["t"]) + "\n\n", None)]
        if positive:
            ps = [t for t in cell["p"] if self.usable(t, loc)]
            body = rng.sample(ps, 1 if rng.random() < 0.7 else 2) + rng.sample(cell["n"], rng.randint(0, 2))
        else:
            body = rng.sample(cell["n"], min(len(cell["n"]), rng.randint(2, 4)))
        rng.shuffle(body)
        for i, t in enumerate(body):
            self.fill(t, loc, segs, regions)
            segs.append(("\n\n" if i % 2 and i < len(body) - 1 else " ", None))
        segs[-1] = ("\n", None)
        if positive and own in LOCAL_T and self.local_left[own] > 0 and rng.random() < 0.9:
            town, area = rng.choice(N.AREAS[own])
            tmpl = rng.choice(LOCAL_HI if lang == "hi" else LOCAL_T[own])
            if "{L2}" in tmpl and self.local_left[own] < 2:
                tmpl = rng.choice(
                    [t for t in (LOCAL_HI if lang == "hi" else LOCAL_T[own]) if "{L2}" not in t]
                )
            segs.append(("\n", None))
            pos = 0
            for m in re.finditer(r"\{(T|L1|L2)\}", tmpl):
                segs.append((tmpl[pos : m.start()], None))
                pos = m.end()
                if m.group(1) == "T":
                    segs.append((town, None))
                else:
                    segs.append(self.local(own, area))
                    self.local_left[own] -= 1
            segs.append((tmpl[pos:] + "\n", None))
        if positive and rng.random() < 0.12:
            segs.append(("\n" + rng.choice(HEADS[lang]) + "\n", None))
            lay = rng.choice(LAYOUTS)
            for lab in rng.sample(LABELS[lang], rng.randint(2, 3)):
                t, v = self.phone(loc, rng.choice(["fixed", "mobile"]), "list-entry")
                a, b = lay.split("{p}")
                segs.append((a.replace("{l}", lab), None))
                segs.append((t, v))
                segs.append((b.replace("{l}", lab) + "\n", None))
        return segs


def assemble(segs):
    text, spans, vals = "", [], []
    for t, v in segs:
        if v is not None:
            spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
            vals.append(v)
        text += t
    return text, spans, vals


def blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    return "".join(chars)


def screen(text, spans, loc):
    lang, own, nat = LOCALES[loc]
    regions = sorted({own, nat, *LANG_HOME[lang]})
    for s in spans:
        if s["start"] > 0 and text[s["start"] - 1].isalnum():
            return False
        if s["end"] < len(text) and text[s["end"]].isalnum():
            return False
    b = blank(text, spans)
    return not phone_hits(b, regions) and not guard_hits(b)
