"""Document composition for v89: picks a genre's sentences, fills placeholders and records spans."""

import re

from faker import Faker

from . import numbers as N
from . import values
from .lex_en import EN, EN_LIST, EN_LOCAL, HI, HI_LIST, HI_LOCAL
from .lex_eu import (
    DE,
    DE_LIST,
    DE_LOCAL,
    ES,
    ES_LIST,
    FR,
    FR_LIST,
    IT,
    IT_LIST,
    NL,
    NL_LIST,
    NL_LOCAL,
    PT,
    PT_LIST,
    PT_LOCAL,
)

# locale -> (language, home region, region for national / list / service numbers)
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
LEX = {
    "en": (EN, EN_LIST),
    "hi": (HI, HI_LIST),
    "de": (DE, DE_LIST),
    "fr": (FR, FR_LIST),
    "es": (ES, ES_LIST),
    "it": (IT, IT_LIST),
    "nl": (NL, NL_LIST),
    "pt": (PT, PT_LIST),
}
LANG_HOME = {
    "en": ["US", "GB"],
    "hi": ["IN"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
}
FAKER_LOC = {
    "en": "en_US",
    "hi": "hi_IN",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
}
LOCAL_LEX = {
    ("US", "en"): EN_LOCAL["US"],
    ("GB", "en"): EN_LOCAL["GB"],
    ("IN", "en"): EN_LOCAL["IN"],
    ("IN", "hi"): HI_LOCAL,
    ("DE", "de"): DE_LOCAL,
    ("NL", "nl"): NL_LOCAL,
    ("BR", "pt"): PT_LOCAL,
}
INTL = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AU", "IE", "AT", "CH", "BE"]
LAYOUTS = ["{label}: {p}", "{label} — {p}", "{p} ({label})", "• {label}, {p}", "{label}\t{p}"]
PH = re.compile(r"\{(\w+)\}")

_FAKERS = {}


def name(lang, rng):
    if lang not in _FAKERS:
        _FAKERS[lang] = Faker(FAKER_LOC[lang])
        _FAKERS[lang].seed_instance(10089)
    return _FAKERS[lang].name()


class Doc:
    def __init__(self, locale, lang, rng, drawer):
        self.locale, self.lang, self.rng, self.drawer = locale, lang, rng, drawer
        _, self.home, self.nat = LOCALES[locale]
        self.text, self.spans, self.vals = "", [], []
        self.regions = list(dict.fromkeys([self.home, self.nat] + LANG_HOME[lang]))
        self.town = self.area = self.local_region = None

    def add(self, s):
        self.text += s

    def value(self, kind, text, **meta):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.vals.append({"kind": kind, "mode": meta.pop("mode"), "text": text, **meta})

    def phone(self, mode, region, kind, form, area_len=None, text=None, e164=None):
        if text is None:
            text, e164 = N.make(region, kind, form, self.rng)
        self.value("PHONE", text, mode=mode, region=region, e164=e164, area_len=area_len)

    def fill(self, template, local=None):
        pos = 0
        for m in PH.finditer(template):
            self.add(template[pos : m.start()])
            pos = m.end()
            self.slot(m.group(1), local)
        self.add(template[pos:])

    def slot(self, key, local):
        rng = self.rng
        if key == "NAME":
            self.add(name(self.lang, rng))
        elif key == "TOWN":
            self.add(self.town)
        elif key in ("L1", "L2"):
            text, e = N.make_local(self.local_region, self.area, local[0], local[1], rng)
            self.phone("local-announced", self.local_region, "fixed", "local", len(self.area), text, e)
        elif key == "NAT":
            kind = rng.choice(["fixed", "mobile"])
            if self.home != self.nat and rng.random() < 0.5:
                self.phone("international", self.home, kind, "international")
            else:
                self.phone("national", self.nat, kind, "national")
        elif key == "INT":
            reg = rng.choice([r for r in INTL if r != self.home])
            self.phone("international", reg, rng.choice(["fixed", "mobile"]), "international")
        elif key == "OTH":
            self.phone("other", self.nat, "other", "national")
        elif key in ("MAIL", "ROLE"):
            self.value(
                "EMAIL", values.email(rng, key == "ROLE"), mode="role" if key == "ROLE" else "personal"
            )
        elif key == "CARD":
            t, mode = values.card(rng)
            self.value("CREDIT_CARD", t, mode=mode)
        elif key == "IBAN":
            t, mode = values.iban(rng)
            self.value("IBAN", t, mode=mode)
        elif key in ("IP", "IPP", "IP6"):
            mode = {"IP": "v4", "IPP": "v4-private", "IP6": "v6"}[key]
            self.value("IP_ADDRESS", values.ip(rng, mode), mode=mode)
        elif key == "SSN":
            t, mode = values.ssn(rng)
            self.value("US_SSN", t, mode=mode)
        elif key.startswith("n_"):
            self.add(self.drawer.draw(key[2:], self.regions))
        else:
            raise KeyError(key)

    def contact_list(self, lst):
        rng = self.rng
        self.add("\n\n" + rng.choice(lst["heads"]) + "\n")
        layout = rng.choice(LAYOUTS)
        for label in rng.sample(lst["labels"], rng.randint(2, 3)):
            pre, post = layout.split("{p}")
            self.add(pre.format(label=label))
            kind = rng.choice(["fixed", "mobile"])
            if self.home != self.nat and rng.random() < 0.5:
                self.phone("list-entry", self.home, kind, "international")
            else:
                self.phone("list-entry", self.nat, kind, "national")
            self.add(post.format(label=label) + "\n")


def _usable(sentence, locale):
    return "{SSN}" not in sentence or locale == "en_US"


def compose(locale, lang, genre, kind, rng, drawer, local=None):
    """kind 'pos' or 'neg'. local = (region, town, area, n, first, room) for local-announced docs, room =
    how many local numbers may still be placed (a template with more is not picked)."""
    lex, lst = LEX[lang]
    g = lex[genre]
    d = Doc(locale, lang, rng, drawer)
    d.add(rng.choice(g["title"]) + "\n\n")
    if kind == "neg":
        sents = rng.sample(g["neg"], min(len(g["neg"]), rng.randint(2, 3)))
        for i, s in enumerate(sents):
            d.fill(("" if i == 0 else " ") + s)
        d.add("\n")
        return d
    body = [s for s in g["body"] if _usable(s, locale)]
    parts = rng.sample(body, min(len(body), rng.randint(1, 2) if local else rng.randint(2, 3)))
    parts.insert(rng.randint(0, len(parts)), rng.choice(g["neg"]))
    if local:
        region, d.town, d.area, n, first, room = local
        d.local_region = region
        cands = [s for s in LOCAL_LEX[(region, lang)] if s.count("{L") <= room]
        parts.insert(rng.randint(0, len(parts)), "\n" + rng.choice(cands) + "\n")
    for i, s in enumerate(parts):
        if s.startswith("\n") and d.text.endswith("\n\n"):
            s = s[1:]
        d.fill(
            ("" if i == 0 or s.startswith("\n") or d.text.endswith("\n") else " ") + s,
            (local[3], local[4]) if local else None,
        )
    if not local and rng.random() < 0.35:
        d.contact_list(lst)
    d.add("\n")
    return d
