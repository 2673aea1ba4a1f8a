"""Filling sentences with values and tracking spans (v95)."""

import re

import phonenumbers

from . import habits, values
from . import numbers as nb
from .lex_de_fr import DE, DE_HEADS, DE_LABELS, DE_LOCAL, FR, FR_HEADS, FR_LABELS
from .lex_en import GENRES as EN
from .lex_en import IN_EXTRA, LABELS, LIST_HEADS, LOCAL, US_EXTRA
from .lex_es_it import ES, ES_HEADS, ES_LABELS, IT, IT_HEADS, IT_LABELS
from .lex_nl_pt_hi import (
    HI,
    HI_HEADS,
    HI_LABELS,
    HI_LOCAL,
    NL,
    NL_HEADS,
    NL_LABELS,
    NL_LOCAL,
    PT,
    PT_HEADS,
    PT_LABELS,
    PT_LOCAL,
)

# locale -> (language, own region, region of national/list/other numbers, Faker locale)
LOCALES = {
    "en_US": ("en", "US", "US", "en_US"),
    "en_GB": ("en", "GB", "GB", "en_GB"),
    "en_IN": ("en", "IN", "IN", "en_IN"),
    "en_AU": ("en", "AU", "GB", "en_AU"),
    "en_IE": ("en", "IE", "GB", "en_IE"),
    "de_DE": ("de", "DE", "DE", "de_DE"),
    "de_AT": ("de", "AT", "DE", "de_AT"),
    "de_CH": ("de", "CH", "DE", "de_CH"),
    "fr_FR": ("fr", "FR", "FR", "fr_FR"),
    "fr_BE": ("fr", "BE", "FR", "fr_BE"),
    "fr_CH": ("fr", "CH", "FR", "fr_CH"),
    "es_ES": ("es", "ES", "ES", "es_ES"),
    "it_IT": ("it", "IT", "IT", "it_IT"),
    "nl_NL": ("nl", "NL", "NL", "nl_NL"),
    "nl_BE": ("nl", "BE", "NL", "nl_BE"),
    "pt_BR": ("pt", "BR", "BR", "pt_BR"),
}
HOME = {
    "en": ["GB", "US"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR"],
    "hi": ["IN"],
}
LEX = {
    "en": (EN, LIST_HEADS, LABELS),
    "de": (DE, DE_HEADS, DE_LABELS),
    "fr": (FR, FR_HEADS, FR_LABELS),
    "es": (ES, ES_HEADS, ES_LABELS),
    "it": (IT, IT_HEADS, IT_LABELS),
    "nl": (NL, NL_HEADS, NL_LABELS),
    "pt": (PT, PT_HEADS, PT_LABELS),
    "hi": (HI, HI_HEADS, HI_LABELS),
}
LOCAL_LEX = {"en": LOCAL, "de": DE_LOCAL, "nl": NL_LOCAL, "pt": PT_LOCAL, "hi": HI_LOCAL}
FOREIGN = ["DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "US", "GB", "AT", "CH", "BE", "IE", "AU"]
LAYOUTS = [
    "{label}: {phone}",
    "{label} – {phone}",
    "{phone} ({label})",
    "- {label}, {phone}",
    "{label}\t{phone}",
]
TOKEN = re.compile(r"\{(\w+(?::\w+)?)\}")


def screen_regions(locale, lang):
    _, own, nat, _ = LOCALES[locale]
    return sorted({own, nat, *HOME[lang]})


class Doc:
    """Text with spans and values, built piece by piece."""

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
        self.values.append(dict(value, kind=kind, text=text) if "kind" not in value else value)


class Filler:
    def __init__(self, rng, fakers, drawer):
        self.rng = rng
        self.fakers = fakers
        self.drawer = drawer

    def phone(self, region, kind, mode, intl=False):
        nsn = nb.draw_nsn(self.rng, region, kind)
        f = habits.forms(region, nsn)
        text = self.rng.choice(f["intl"] if intl or not f["nat"] else f["nat"])
        num = phonenumbers.parse(text, region)
        assert phonenumbers.format_number(num, 0) == nb.e164(region, nsn), (text, nsn)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": nb.e164(region, nsn),
            "area_len": None,
        }

    def fill(self, doc, template, ctx):
        rng = self.rng
        _, own, nat, _ = LOCALES[ctx["locale"]]
        pos = 0
        for m in TOKEN.finditer(template):
            doc.add(template[pos : m.start()])
            pos = m.end()
            tok = m.group(1)
            if tok == "NAME":
                doc.add(ctx["name"])
            elif tok == "TOWN":
                doc.add(ctx["town"])
            elif tok in ("L", "L2"):
                region, area = ctx["region"], ctx["area"]
                nsn, sub = nb.draw_local(rng, region, area)
                text = rng.choice(habits.local_forms(region, sub))
                code = area if region in ("US", "BR") else area.lstrip("0")
                doc.put(
                    "PHONE",
                    text,
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": text,
                        "region": region,
                        "e164": nb.e164(region, nsn),
                        "area_len": len(code),
                    },
                )
            elif tok in ("P", "M"):
                kind = "mobile" if tok == "M" or rng.random() < 0.25 else "fixed"
                if own != nat and rng.random() < 0.5:
                    text, v = self.phone(own, kind, "international", intl=True)
                else:
                    text, v = self.phone(nat, kind, "national")
                doc.put("PHONE", text, v)
            elif tok == "X":
                region = own if rng.random() < 0.4 else rng.choice([r for r in FOREIGN if r != own])
                text, v = self.phone(region, rng.choice(["fixed", "mobile"]), "international", intl=True)
                doc.put("PHONE", text, v)
            elif tok == "O":
                text, v = self.phone(nat, "other", "other")
                t = phonenumbers.number_type(phonenumbers.parse(text, nat))
                assert t in nb.OTHER, text
                doc.put("PHONE", text, v)
            elif tok == "E":
                text, mode = values.email(rng, self.fakers["en_US"], ctx["name"])
                doc.put("EMAIL", text, {"kind": "EMAIL", "mode": mode, "text": text})
            elif tok == "C":
                text, mode = values.card(rng)
                doc.put("CREDIT_CARD", text, {"kind": "CREDIT_CARD", "mode": mode, "text": text})
            elif tok == "I":
                cc = own if own in values.IBAN_SPEC else nat if nat in values.IBAN_SPEC else "GB"
                text, mode = values.iban(rng, cc)
                doc.put("IBAN", text, {"kind": "IBAN", "mode": mode, "text": text})
            elif tok == "IP":
                text, mode = values.ip(rng)
                doc.put("IP_ADDRESS", text, {"kind": "IP_ADDRESS", "mode": mode, "text": text})
            elif tok == "S":
                text, mode = values.ssn(rng)
                doc.put("US_SSN", text, {"kind": "US_SSN", "mode": mode, "text": text})
            elif tok.startswith("n:"):
                doc.add(self.drawer.draw(tok[2:], ctx["regions"]))
            else:
                raise KeyError(tok)
        doc.add(template[pos:])

    def list_block(self, doc, ctx, heads, labels):
        _, own, nat, _ = LOCALES[ctx["locale"]]
        doc.add("\n" + self.rng.choice(heads) + "\n")
        layout = self.rng.choice(LAYOUTS)
        for label in self.rng.sample(labels, self.rng.randint(2, 3)):
            kind = self.rng.choice(["fixed", "fixed", "mobile"])
            if own != nat:
                text, v = self.phone(own, kind, "list-entry", intl=True)
            else:
                text, v = self.phone(nat, kind, "list-entry")
            before, after = layout.split("{phone}")
            doc.add(before.format(label=label))
            doc.put("PHONE", text, v)
            doc.add(after.format(label=label) + "\n")


def tables(lang, locale):
    genres, heads, labels = LEX[lang]
    extra = US_EXTRA if locale == "en_US" else IN_EXTRA if locale == "en_IN" and lang == "en" else {}
    return genres, heads, labels, extra
