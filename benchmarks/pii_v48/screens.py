"""Screens for v48's hard negatives and documents: phonenumbers at Leniency.VALID and the guards."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban

from .others import luhn_ok

LANG_REGIONS = {
    "en": ["US", "GB", "IN", "AU", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT", "CH"],
    "nl": ["NL", "BE"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_DIGRUN = re.compile(r"\d[\d \-./]{11,}\d")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_IP4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IP6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if _EMAIL.search(text):
        hits.append("email")
    for m in _DIGRUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn_ok(d[i:j]):
                    hits.append("luhn")
    for m in _IBAN.finditer(text):
        if stdiban.is_valid(m.group()):
            hits.append("iban")
    for m in _IP4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in _IP6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if _SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((reg, m.raw_string))
    return hits


def value_dirty(value, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(value, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))
