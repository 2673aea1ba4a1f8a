"""Puts v85 documents together from the lexicon, with labelled spans and sidecar values."""

import re

import phonenumbers as pn
from faker import Faker

from . import habits, negs, values
from . import numbers as nums
from .lexicon import LEX

# locale -> (own region, region used for national/list/service numbers)
LOCALES = {
    "en_US": ("US", "US"),
    "en_GB": ("GB", "GB"),
    "en_IE": ("IE", "GB"),
    "en_AU": ("AU", "GB"),
    "en_IN": ("IN", "IN"),
    "de_DE": ("DE", "DE"),
    "de_AT": ("AT", "DE"),
    "de_CH": ("CH", "DE"),
    "fr_FR": ("FR", "FR"),
    "fr_BE": ("BE", "FR"),
    "fr_CH": ("CH", "FR"),
    "es_ES": ("ES", "ES"),
    "it_IT": ("IT", "IT"),
    "nl_NL": ("NL", "NL"),
    "nl_BE": ("BE", "NL"),
    "pt_PT": ("PT", "PT"),
    "pt_BR": ("BR", "BR"),
}
LANG_LOCALES = {
    "en": {"en_US": 3, "en_GB": 3, "en_IE": 1, "en_AU": 1, "en_IN": 2},
    "de": {"de_DE": 3, "de_AT": 1, "de_CH": 1},
    "fr": {"fr_FR": 3, "fr_BE": 1, "fr_CH": 1},
    "es": {"es_ES": 1},
    "it": {"it_IT": 1},
    "nl": {"nl_NL": 3, "nl_BE": 1},
    "pt": {"pt_PT": 1, "pt_BR": 1},
    "hi": {"en_IN": 1},
}
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
    "BR": "BR",
}
INTL_POOL = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "CH", "AT", "BE", "IE", "AU"]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
_FAKERS = {}


def faker(locale, lang, seed):
    key = "hi_IN" if lang == "hi" else locale
    if key not in _FAKERS:
        _FAKERS[key] = Faker(key)
    f = _FAKERS[key]
    f.seed_instance(seed)
    return f


def regions_for(locale, lang):
    own, nat = LOCALES[locale]
    return tuple(dict.fromkeys((own, nat) + negs.HOME[lang]))


class Doc:
    def __init__(self, rng, locale, lang, drawer, seed):
        self.rng, self.locale, self.lang, self.drawer = rng, locale, lang, drawer
        self.own, self.nat = LOCALES[locale]
        self.text, self.spans, self.values = "", [], []
        self.fk = faker(locale, lang, seed)
        self.lex = LEX[lang]
        self.town, self.area, self.local_region = None, None, None

    def add(self, s):
        self.text += s

    def span(self, kind, text, value):
        self.spans.append({"kind": kind, "start": len(self.text), "end": len(self.text) + len(text)})
        self.text += text
        v = {"kind": kind, "mode": value["mode"], "text": text}
        v.update((k, value[k]) for k in ("region", "e164", "area_len") if k in value)
        self.values.append(v)

    def phone(self, mode):
        rng = self.rng
        if mode == "other":
            region = self.nat
            nsn, x = nums.draw_other(rng, region)
            text = habits.national(region, nsn, nums.lead_len(region, "other", nsn, x), "other", rng)
        else:
            kind = rng.choice(["fixed", "mobile"])
            if self.own != self.nat:
                intl = rng.random() < 0.5
                region = self.own if intl else self.nat
            else:
                intl = rng.random() < 0.35
                region = self.own if not intl or rng.random() < 0.75 else rng.choice(INTL_POOL)
            nsn, x = (
                nums.draw_mobile(rng, region) if kind == "mobile" else nums.draw_national_fixed(rng, region)
            )
            a = nums.lead_len(region, kind, nsn, x)
            if intl:
                text = habits.international(region, nsn, a, kind, rng, nums.CC[region])
            else:
                text = habits.national(region, nsn, a, kind, rng)
            if mode == "auto":
                mode = "international" if intl else "national"
        return text, {"mode": mode, "region": region, "e164": nums.e164(x), "area_len": None}

    def local(self):
        nsn, x = nums.draw_fixed(self.rng, self.local_region, self.area)
        assert nums.area_len(x) == len(self.area)
        text = habits.local(self.local_region, nsn[len(self.area) :], self.rng)
        return text, {
            "mode": "local-announced",
            "region": self.local_region,
            "e164": nums.e164(x),
            "area_len": len(self.area),
        }

    def fill(self, template, locals_left=None):
        pos = 0
        for m in SLOT.finditer(template):
            self.add(template[pos : m.start()])
            pos = m.end()
            name, arg = m.group(1), m.group(2)
            if name == "N":
                self.add(self.drawer.draw(arg, self.lang, regions_for(self.locale, self.lang)))
            elif name == "name":
                self.add(self.fk.name())
            elif name == "town":
                self.add(self.town)
            elif name in ("L1", "L2"):
                t, v = self.local()
                self.span("PHONE", t, v)
            elif name == "P":
                t, v = self.phone("auto")
                self.span("PHONE", t, v)
            elif name == "F":
                t, v = self.phone("other")
                self.span("PHONE", t, v)
            elif name == "E":
                role = self.rng.choice(self.lex["roles"]["roles"])
                self.span(
                    "EMAIL",
                    values.role_email(self.rng, self.lang, self.own, role, self.town),
                    {"mode": "role"},
                )
            elif name == "M":
                t = values.personal_email(self.rng, self.own, self.fk.first_name(), self.fk.last_name())
                self.span("EMAIL", t, {"mode": "personal"})
            elif name == "C":
                t, mode = values.card(self.rng)
                self.span("CREDIT_CARD", t, {"mode": mode})
            elif name == "I":
                t, mode = values.iban(self.rng, IBAN_COUNTRY[self.own])
                self.span("IBAN", t, {"mode": mode})
            elif name == "A":
                t, mode = values.ip(self.rng)
                self.span("IP_ADDRESS", t, {"mode": mode})
            elif name == "S":
                t, mode = values.ssn(self.rng)
                self.span("US_SSN", t, {"mode": mode})
            else:
                raise KeyError(name)
        self.add(template[pos:])

    def list_block(self, n):
        lex, rng = self.lex, self.rng
        self.add("\n\n" + rng.choice(lex["heads"]["heads"]) + "\n")
        layout = rng.randrange(5)
        tel = lex["tel"]["tel"][0]
        for label in rng.sample(lex["labels"]["labels"], n):
            t, v = self.phone("list-entry")
            if layout == 0:
                self.add(f"{label}: ")
                self.span("PHONE", t, v)
            elif layout == 1:
                self.span("PHONE", t, v)
                self.add(f" – {label}")
            elif layout == 2:
                self.add(f"• {label}, ")
                self.span("PHONE", t, v)
            elif layout == 3:
                self.span("PHONE", t, v)
                self.add(f" ({label})")
            else:
                self.add(f"{label} – {tel} ")
                self.span("PHONE", t, v)
            self.add("\n")


def usable(sentence, locale):
    own = LOCALES[locale][0]
    if "{S}" in sentence and locale != "en_US":
        return False
    if "{I}" in sentence and own not in IBAN_COUNTRY:
        return False
    return True


def build_doc(rng, drawer, locale, lang, genre, polarity, seed, local=None):
    """local = (region, town, area, n_locals) for local-announced documents."""
    d = Doc(rng, locale, lang, drawer, seed)
    cell = d.lex["genre"][genre]
    d.add(rng.choice(cell["titles"]) + "\n\n")
    negs_ = rng.sample(
        cell["neg"], min(len(cell["neg"]), rng.randint(1, 2) if polarity == "pos" else rng.randint(3, 4))
    )
    body = [("n", s) for s in negs_]
    if polarity == "pos":
        pos = [s for s in cell["pos"] if usable(s, locale)]
        k = rng.randint(0, 1) if local else rng.randint(2, 3)
        body += [("p", s) for s in rng.sample(pos, min(k, len(pos)))]
    rng.shuffle(body)
    if local:
        d.local_region, d.town, d.area, n = local
        lines = [s for s in d.lex["local"][local[0]]["lines"] if s.count("{L") == n]
        body.insert(rng.randrange(len(body) + 1), ("l", rng.choice(lines)))
    for i, (_, s) in enumerate(body):
        if i:
            d.add("\n\n" if "\n" in s or "\n" in body[i - 1][1] or rng.random() < 0.3 else " ")
        d.fill(s)
    if polarity == "pos" and rng.random() < (0.12 if local else 0.25):
        d.list_block(rng.randint(2, 3))
    d.add("\n")
    return d


def screen_doc(d):
    """Hits in the document with its labelled spans blanked (must be empty)."""
    chars = list(d.text)
    for s in d.spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "_"
    return negs.dirty("".join(chars), regions_for(d.locale, d.lang))


def check_phone_value(v):
    x = pn.parse(v["e164"])
    return pn.is_valid_number(x)
