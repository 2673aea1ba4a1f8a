"""Screening for v33: guards for the non-phone kinds and phonenumbers checks for hard negatives."""

import ipaddress
import re

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn

from . import negs

CARD_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])")
SSN = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def _card_like(d):
    n = len(d)
    if n == 16 and (
        d[0] == "4"
        or d[:2] in ("51", "52", "53", "54", "55", "65", "35")
        or d[:4] == "6011"
        or 2221 <= int(d[:4]) <= 2720
    ):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    return n in (13, 19) and d[0] == "4"


def guard_hits(text):
    hits = []
    for m in CARD_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if _card_like(d) and luhn.is_valid(d):
            hits.append(("card", m.group()))
    for m in IBAN_RUN.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append(("iban", m.group()))
    for m in IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(("ip", m.group()))
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append(("ip6", m.group()))
        except ValueError:
            pass
    for m in SSN.finditer(text):
        a, g, s = m.groups()
        if a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000":
            hits.append(("ssn", m.group()))
    hits += [("email", m.group()) for m in EMAIL.finditer(text)]
    return hits


def phone_hits(text, regions):
    out = []
    for r in regions:
        for m in phonenumbers.PhoneNumberMatcher(text, r, leniency=phonenumbers.Leniency.VALID):
            out.append((r, m.raw_string))
    return out


def value_dirty(v, regions):
    for r in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return bool(phone_hits(v, regions)) or bool(guard_hits(v))


STATS = {"dropped": 0, "redraws": 0}


def clean_value(rng, kind, region, home):
    regions = sorted({region, home})
    for _ in range(200):
        v = negs.make(rng, kind, region)
        if not value_dirty(v, regions):
            return v
        STATS["redraws"] += 1
    STATS["dropped"] += 1
    return None


def masked(text, spans):
    out = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)
