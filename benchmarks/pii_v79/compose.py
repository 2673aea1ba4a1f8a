"""Filling templates: slots become text, labelled spans and sidecar values."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as std_iban

from . import lex_de_nl, lex_en, lex_hi, lex_romance, negs
from . import numbers as N

# locale -> (language, own region, region of national / list / service numbers, Faker locale)
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
    "es_ES": ("es", "ES", "ES", "es_ES"),
    "it_IT": ("it", "IT", "IT", "it_IT"),
    "nl_NL": ("nl", "NL", "NL", "nl_NL"),
    "nl_BE": ("nl", "BE", "NL", "nl_BE"),
    "pt_BR": ("pt", "BR", "BR", "pt_BR"),
    "pt_PT": ("pt", "PT", "PT", "pt_PT"),
    "hi": ("hi", "IN", "IN", "hi_IN"),
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
LEX = {
    "en": {
        "TITLES": lex_en.TITLES,
        "BODY": lex_en.BODY,
        "CONTACT": lex_en.CONTACT,
        "LIST_HEADS": lex_en.LIST_HEADS,
        "LIST_LABELS": lex_en.LIST_LABELS,
    },
    "de": lex_de_nl.DE,
    "nl": lex_de_nl.NL,
    "fr": lex_romance.FR,
    "es": lex_romance.ES,
    "it": lex_romance.IT,
    "pt": lex_romance.PT,
    "hi": lex_hi.HI,
}
LOCAL_LEX = {
    ("en", "US"): lex_en.LOCAL["US"],
    ("en", "GB"): lex_en.LOCAL["GB"],
    ("en", "IN"): lex_en.LOCAL["IN"],
    ("de", "DE"): lex_de_nl.DE["LOCAL"],
    ("nl", "NL"): lex_de_nl.NL["LOCAL"],
    ("pt", "BR"): lex_romance.PT["LOCAL"],
    ("hi", "IN"): lex_hi.HI["LOCAL"],
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
IBAN_LEN = {
    "DE": 22,
    "NL": 18,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "PT": 25,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "GB": 22,
    "IE": 22,
    "BR": 29,
}
ROLES = [
    "bookings",
    "choir",
    "office",
    "studio",
    "workshop",
    "tickets",
    "library",
    "hello",
    "music",
    "concerts",
    "lessons",
    "tour",
]
LAYOUTS = ["{lab}: {ph}", "\u2022 {lab} \u2014 {ph}", "{ph} ({lab})", "{lab}\t{ph}", "- {lab}, {ph}"]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
PII_SLOTS = {"P", "M", "I", "X", "O", "E", "R", "C", "B", "A", "Ap", "A6", "S", "L", "L2"}
_FAKERS = {}


def faker(loc, seed):
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
        _FAKERS[loc].seed_instance(seed)
    return _FAKERS[loc]


def has_pii(template):
    return any(m.group(1) in PII_SLOTS for m in SLOT.finditer(template))


def luhn_digit(body):
    for d in "0123456789":
        if negs.luhn(body + d):
            return d
    raise AssertionError


def card(rng):
    kind = rng.choice(["visa", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    else:
        pre = "4" if kind == "visa" else str(rng.randint(51, 55))
        body = pre + "".join(rng.choice("0123456789") for _ in range(15 - len(pre)))
    digits = body + luhn_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    if mode == "solid":
        return digits, mode
    sep = " " if mode == "spaced" else "-"
    if len(digits) == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]]), mode
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4)), mode


def iban(rng, country):
    n = IBAN_LEN[country] - 4
    for _ in range(20000):
        if country in ("GB", "IE", "NL"):
            bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(
                rng.choice("0123456789") for _ in range(n - 4)
            )
        elif country == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(
                rng.choice("0123456789") for _ in range(n - 1)
            )
        elif country == "BR":
            bban = "".join(rng.choice("0123456789") for _ in range(n - 2)) + "C1"
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(n))
        raw = country + "00" + bban
        check = 98 - int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97
        value = country + "%02d" % check + bban
        if std_iban.is_valid(value):
            mode = rng.choice(["print", "electronic"])
            if mode == "print":
                return " ".join(value[i : i + 4] for i in range(0, len(value), 4)), mode
            return value, mode
    raise RuntimeError(country)


def ip(rng, kind):
    while True:
        if kind == "v4":
            addr = ipaddress.IPv4Address(rng.getrandbits(32))
            if addr.is_global and not addr.is_multicast and str(addr).split(".")[0] not in ("0", "100"):
                return str(addr)
        elif kind == "v4-private":
            return rng.choice(
                [
                    "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250)),
                    "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 250)),
                    "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 250)),
                ]
            )
        else:
            head = rng.choice(["2a02", "2a01", "2001", "2600", "2804", "2409", "2a00"])
            groups = [head, "%x" % rng.randint(0x100, 0xFFFF)] + [
                "%x" % rng.randint(0, 0xFFFF) for _ in range(6)
            ]
            addr = ipaddress.IPv6Address(":".join(groups))
            if addr.is_global:
                return str(addr)


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return sep.join(["%03d" % area, "%02d" % group, "%04d" % serial]), mode


class Doc:
    """Accumulates text, spans and values for one document."""

    def __init__(self, rng, locale, drawer, seed):
        self.rng, self.locale, self.drawer = rng, locale, drawer
        self.lang, self.own, self.nat, floc = LOCALES[locale]
        self.fake = faker(floc, seed)
        self.mail = faker("en_US", seed + 1)
        self.text, self.spans, self.values = "", [], []
        self.regions = sorted({self.own, self.nat, *HOME[self.lang]})
        self.town = self.area = self.local_region = None

    def add(self, s):
        self.text += s

    def span(self, kind, text, **value):
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.values.append(
            {"kind": kind, **value, "text": text}
            if kind != "PHONE"
            else {
                "kind": kind,
                "mode": value["mode"],
                "text": text,
                "region": value["region"],
                "e164": value["e164"],
                "area_len": value.get("area_len"),
            }
        )

    def phone(self, mode, text, region, e164, area_len=None):
        self.span("PHONE", text, mode=mode, region=region, e164=e164, area_len=area_len)

    def slot(self, name, arg):
        rng = self.rng
        if name == "N":
            self.add(self.drawer.draw(arg, self.lang, self.regions))
        elif name == "NAME":
            self.add(self.fake.name())
        elif name == "T":
            self.add(self.town)
        elif name in ("P", "M"):
            kind = "fixed" if name == "P" else "mobile"
            text, e = N.national(rng, self.nat, kind)
            self.phone("national", text, self.nat, e)
        elif name == "I":
            text, e = N.international(rng, self.own, rng.choice(["fixed", "mobile"]))
            self.phone("international", text, self.own, e)
        elif name == "X":
            region = rng.choice([r for r in FOREIGN if r not in (self.own, self.nat)])
            text, e = N.international(rng, region, rng.choice(["fixed", "mobile"]))
            self.phone("international", text, region, e)
        elif name == "O":
            text, e = N.national(rng, self.nat, "other")
            self.phone("other", text, self.nat, e)
        elif name in ("L", "L2"):
            text, e = N.local(rng, self.local_region, self.area)
            self.phone("local-announced", text, self.local_region, e, len(self.area))
        elif name == "E":
            self.span("EMAIL", self.mail.user_name() + "@" + self.mail.free_email_domain(), mode="personal")
        elif name == "R":
            self.span("EMAIL", rng.choice(ROLES) + "@" + self.mail.domain_name(), mode="role")
        elif name == "C":
            text, mode = card(rng)
            self.span("CREDIT_CARD", text, mode=mode)
        elif name == "B":
            text, mode = iban(rng, self.own if self.own in IBAN_LEN else self.nat)
            self.span("IBAN", text, mode=mode)
        elif name in ("A", "Ap", "A6"):
            mode = {"A": "v4", "Ap": "v4-private", "A6": "v6"}[name]
            self.span("IP_ADDRESS", ip(rng, mode), mode=mode)
        elif name == "S":
            text, mode = ssn(rng)
            self.span("US_SSN", text, mode=mode)
        else:
            raise KeyError(name)

    def fill(self, template):
        pos = 0
        for m in SLOT.finditer(template):
            self.add(template[pos : m.start()])
            self.slot(m.group(1), m.group(2))
            pos = m.end()
        self.add(template[pos:])

    def contact_list(self):
        lex = LEX[self.lang]
        self.add("\n\n" + self.rng.choice(lex["LIST_HEADS"]) + "\n")
        layout = self.rng.choice(LAYOUTS)
        for lab in self.rng.sample(lex["LIST_LABELS"], self.rng.randint(2, 4)):
            text, e = N.national(self.rng, self.nat, self.rng.choice(["fixed", "mobile", "fixed"]))
            before, after = layout.split("{ph}")
            self.add(before.format(lab=lab))
            self.phone("list-entry", text, self.nat, e)
            self.add(after.format(lab=lab) + "\n")
