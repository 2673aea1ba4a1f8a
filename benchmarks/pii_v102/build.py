"""Compose documents: genres, local announcements, contact blocks, hard negatives; the build plan."""

import re

from faker import Faker

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs
from . import numbers as N
from .pii import Values

EN = {
    "GENRES": lex_en.GENRES,
    "NEG_EXTRA": lex_en.NEG_EXTRA,
    "LIST_HEADS": lex_en.LIST_HEADS,
    "LIST_LABELS": lex_en.LIST_LABELS,
    "ROLES": lex_en.ROLES,
    "TEL": lex_en.TEL,
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
LOCAL_LEX = {
    ("US", "en"): lex_en.LOCAL["US"],
    ("GB", "en"): lex_en.LOCAL["GB"],
    ("IN", "en"): lex_en.LOCAL["IN"],
    ("DE", "de"): lex_de_fr.DE["LOCAL"],
    ("NL", "nl"): lex_nl_pt_hi.NL["LOCAL"],
    ("BR", "pt"): lex_nl_pt_hi.PT["LOCAL"],
    ("IN", "hi"): lex_nl_pt_hi.HI["LOCAL"],
}
# locale -> (language, home region, region for national/list/service numbers, faker locale)
LOCALES = {
    "en_US": ("en", "US", "US", "en_US"),
    "en_GB": ("en", "GB", "GB", "en_GB"),
    "en_IN": ("en", "IN", "IN", "en_IN"),
    "en_IE": ("en", "IE", "GB", "en_IE"),
    "en_AU": ("en", "AU", "GB", "en_AU"),
    "de_DE": ("de", "DE", "DE", "de_DE"),
    "de_AT": ("de", "AT", "DE", "de_AT"),
    "de_CH": ("de", "CH", "DE", "de_CH"),
    "fr_FR": ("fr", "FR", "FR", "fr_FR"),
    "fr_BE": ("fr", "BE", "FR", "fr_FR"),
    "fr_CH": ("fr", "CH", "FR", "fr_CH"),
    "es_ES": ("es", "ES", "ES", "es_ES"),
    "it_IT": ("it", "IT", "IT", "it_IT"),
    "nl_NL": ("nl", "NL", "NL", "nl_NL"),
    "nl_BE": ("nl", "BE", "NL", "nl_BE"),
    "pt_BR": ("pt", "BR", "BR", "pt_BR"),
    "pt_PT": ("pt", "PT", "PT", "pt_PT"),
    "hi": ("hi", "IN", "IN", "hi_IN"),
}
LANG_HOME = {
    "en": ["US", "GB", "IN"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
FOREIGN = sorted(N.PREFIX)
LAYOUTS = [
    "• {label} – {phone}",
    "{label} ☎ {phone}",
    "{phone} — {label}",
    "{label}:\t{phone}",
    "* {label}, {tel} {phone}",
]
SLOT = re.compile(r"\{([A-Z0-9]+)(?::([a-z_0-9]+))?\}")
PHONE_SLOTS = {"NAT", "MOB", "INTL", "FREE"}
PII_SLOTS = {"RMAIL", "PMAIL", "CARD", "IBAN", "IP", "SSN"}


def slots(sentence):
    return {m.group(1) for m in SLOT.finditer(sentence)}


class Builder:
    def __init__(self, rng, seed):
        self.rng = rng
        self.vals = Values(rng, seed)
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        for i, loc in enumerate(sorted({v[3] for v in LOCALES.values()})):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.fakers[loc] = fk
        self.neg_kinds_used = set()

    def regions(self, locale):
        lang, home, nat, _ = LOCALES[locale]
        return sorted({home, nat, *LANG_HOME[lang]})

    # --- phone values -------------------------------------------------------------------------
    def phone(self, locale, slot, mode=None):
        rng = self.rng
        lang, home, nat, _ = LOCALES[locale]
        own_intl = home != nat
        if slot == "INTL":
            reg = rng.choice([r for r in FOREIGN if r != home])
            num = N.draw(rng, reg, rng.choice(["fixed", "mobile"]))
            return N.international(rng, num), "international", num
        if slot == "FREE":
            num = N.draw(rng, nat, "other")
            return N.other(rng, num), "other", num
        kind = "mobile" if slot == "MOB" else "fixed"
        if mode == "list-entry":
            num = N.draw(rng, nat, rng.choice(["fixed", "fixed", "mobile"]))
            return N.national(rng, num), "list-entry", num
        if own_intl and rng.random() < 0.5:
            num = N.draw(rng, home, kind)
            return N.international(rng, num), "international", num
        num = N.draw(rng, nat, kind)
        if rng.random() < 0.12:
            return N.international(rng, num), "international", num
        return N.national(rng, num), "national", num

    # --- filling a template -------------------------------------------------------------------
    def fill(self, template, locale, parts, local=None):
        """Append TEMPLATE's text to PARTS (list of (text, value-or-None)); local = (region, area, town)."""
        lang, home, nat, fl = LOCALES[locale]
        lex = LEX[lang]
        pos = 0
        for m in SLOT.finditer(template):
            parts.append((template[pos : m.start()], None))
            pos = m.end()
            name, arg = m.group(1), m.group(2)
            if name == "N":
                self.neg_kinds_used.add(arg)
                kind = next((f"{arg}.{k}" for k in (home, lang) if f"{arg}.{k}" in negs.KINDS), arg)
                parts.append((self.drawer.value(kind, self.regions(locale)), None))
            elif name == "NAME":
                parts.append((self.fakers[fl].first_name() + " " + self.fakers[fl].last_name(), None))
            elif name == "TOWN":
                parts.append((local[2], None))
            elif name in ("L1", "L2"):
                reg, area = local[0], local[1]
                num = N.draw_local(self.rng, reg, area)
                text = N.local(self.rng, num, area)
                parts.append(
                    (
                        text,
                        {
                            "kind": "PHONE",
                            "mode": "local-announced",
                            "text": text,
                            "region": reg,
                            "e164": N.e164(num),
                            "area_len": len(area),
                        },
                    )
                )
            elif name in PHONE_SLOTS:
                text, mode, num = self.phone(locale, name)
                parts.append((text, self.phone_value(text, mode, num)))
            elif name in ("RMAIL", "PMAIL"):
                text, mode = self.vals.email(lex["ROLES"], name == "PMAIL")
                parts.append((text, {"kind": "EMAIL", "mode": mode, "text": text}))
            elif name == "CARD":
                text, mode = self.vals.card()
                parts.append((text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}))
            elif name == "IBAN":
                text, mode = self.vals.iban(home if home in ("AT", "CH", "BE", "IE") else nat)
                parts.append((text, {"kind": "IBAN", "mode": mode, "text": text}))
            elif name == "IP":
                text, mode = self.vals.ip()
                parts.append((text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}))
            elif name == "SSN":
                text, mode = self.vals.ssn()
                parts.append((text, {"kind": "US_SSN", "mode": mode, "text": text}))
            else:
                raise KeyError(name)
        parts.append((template[pos:], None))

    @staticmethod
    def phone_value(text, mode, num):
        return {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": N.pn.region_code_for_number(num),
            "e164": N.e164(num),
            "area_len": None,
        }

    # --- documents ----------------------------------------------------------------------------
    def sentences(self, locale, genre):
        lang = LOCALES[locale][0]
        out = LEX[lang]["GENRES"][genre]["s"]
        if locale != "en_US":
            out = [s for s in out if "SSN" not in slots(s)]
        return out

    def body(self, locale, genre, n_phone, n_pii, n_plain):
        rng = self.rng
        pool = self.sentences(locale, genre)
        ph = [i for i, s in enumerate(pool) if slots(s) & PHONE_SLOTS and not slots(s) & PII_SLOTS]
        pi = [i for i, s in enumerate(pool) if slots(s) & PII_SLOTS and not slots(s) & PHONE_SLOTS]
        pl = [i for i, s in enumerate(pool) if not slots(s) & (PHONE_SLOTS | PII_SLOTS)]
        pick = rng.sample(ph, min(n_phone, len(ph))) + rng.sample(pi, min(n_pii, len(pi)))
        pick += rng.sample(pl, min(n_plain, len(pl)))
        return [pool[i] for i in sorted(set(pick))]

    def contact_block(self, locale, parts, n):
        rng = self.rng
        lex = LEX[LOCALES[locale][0]]
        layout = rng.choice(LAYOUTS)
        parts.append(("\n" + rng.choice(lex["LIST_HEADS"]) + "\n", None))
        for label in rng.sample(lex["LIST_LABELS"], n):
            text, mode, num = self.phone(locale, "NAT", mode="list-entry")
            line = layout.replace("{label}", label).replace("{tel}", lex["TEL"])
            a, b = line.split("{phone}")
            parts.append((a, None))
            parts.append((text, self.phone_value(text, mode, num)))
            parts.append((b + "\n", None))

    def document(self, locale, genre, kind, local=None):
        """kind 'pos', 'local' or 'neg'; returns (text, values)."""
        rng = self.rng
        lang = LOCALES[locale][0]
        g = LEX[lang]["GENRES"][genre]
        parts = [(rng.choice(g["titles"]) + "\n\n", None)]
        if kind == "neg":
            tmpl = self.body(locale, genre, 0, 0, rng.randint(2, 4))
            if rng.random() < 0.5 or not any("{N:" in s for s in tmpl):
                tmpl.append(rng.choice(LEX[lang]["NEG_EXTRA"]))
            self.fill(" ".join(tmpl), locale, parts)
            parts.append(("\n", None))
        elif kind == "local":
            templ, _region = local[3], local[0]
            before = self.body(locale, genre, int(rng.random() < 0.3), 0, rng.randint(1, 2))
            self.fill(" ".join(before), locale, parts)
            parts.append(("\n\n", None))
            self.fill(templ, locale, parts, local)
            parts.append(("\n", None))
            if rng.random() < 0.08:
                self.contact_block(locale, parts, 2)
        else:
            n_phone = 1 if rng.random() < 0.85 else 0
            n_pii = 1 if rng.random() < (0.6 if n_phone else 1.0) else 0
            tmpl = self.body(locale, genre, n_phone, n_pii, rng.randint(1, 3))
            self.fill(" ".join(tmpl), locale, parts)
            parts.append(("\n", None))
            if rng.random() < 0.2:
                self.contact_block(locale, parts, rng.choice([2, 2, 3]))
        text, values, spans = "", [], []
        for t, v in parts:
            if v is not None:
                spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
                values.append(v)
            text += t
        return text, spans, values

    def clean_doc(self, locale, text, spans):
        """Whole-document screen with the labelled spans blanked."""
        chars = list(text)
        for s in spans:
            for i in range(s["start"], s["end"]):
                chars[i] = "\u25a0"
        return not negs.dirty("".join(chars), self.regions(locale))
