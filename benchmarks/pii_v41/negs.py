"""Hard negatives of the v41 set (civic numbers that are not PII) and the screens they pass."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

from . import neg_kinds1, neg_kinds2, neg_kinds3
from .numbers import HOME, luhn_ok

KINDS = {f.__name__: f for m in (neg_kinds1, neg_kinds2, neg_kinds3) for f in m.ALL}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
RUN_RE = re.compile(r"\d(?:[ -]?\d){12,18}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IP4_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IP6_RE = re.compile(r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
SSN_RE = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if any(luhn_ok(d[i:j]) for i in range(len(d)) for j in range(i + 13, len(d) + 1)):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def screen_regions(region, lang):
    return list(dict.fromkeys([region] + HOME[lang]))


def phone_hits(text, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                return True
        except pn.NumberParseException:
            pass
        if any(True for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID)):
            return True
    return False


def dirty(text, regions):
    return bool(guard_hits(text)) or phone_hits(text, regions)


class Drawer:
    """Draws clean negative values; a kind still dirty after 200 draws is swapped for another kind."""

    def __init__(self, rng):
        self.rng = rng
        self.value_redraws = 0
        self.kind_swaps = 0
        self.used = {}
        self.swapped = {}

    def draw(self, kind, lang, regions):
        names = sorted(KINDS)
        for _ in range(50):
            for _ in range(200):
                v = KINDS[kind](self.rng, lang)
                if not dirty(v, regions):
                    self.used[kind] = self.used.get(kind, 0) + 1
                    return v
                self.value_redraws += 1
            self.kind_swaps += 1
            self.swapped[(kind, lang)] = self.swapped.get((kind, lang), 0) + 1
            kind = self.rng.choice(names)
        raise RuntimeError("no clean negative")
