"""Screens for hard negatives and corpus rows: phonenumbers' matcher plus the guards of v48."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

LANG_REGIONS = {
    "en": ["US", "GB", "IN", "AU", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IPV6 = re.compile(r"[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if _EMAIL.search(text):
        hits.append("email")
    for m in _RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn.is_valid(d):
            hits.append("luhn")
    for m in _IBAN.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in _IPV6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    if _SSN.search(text):
        hits.append("ssn")
    return hits


def regions_for(lang, region=None):
    out = list(LANG_REGIONS[lang])
    if region and region not in out:
        out.append(region)
    return out


def phone_hits(text, regions):
    hits = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append((r, m.raw_string))
    return hits


def value_dirty(text, regions):
    if guard_hits(text):
        return True
    for r in regions:
        try:
            n = pn.parse(text, r)
            if pn.is_valid_number(n):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(text, regions))


def blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    return "".join(chars)


def doc_dirty(text, spans, regions):
    b = blank(text, spans)
    return bool(guard_hits(b)) or bool(phone_hits(b, regions))
