"""Screens for hard negatives and negative documents: nothing unlabelled may look like a labelled kind."""

import ipaddress
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban as stdiban

from .others import luhn_ok

LANG_REGIONS = {
    "en": ["US", "GB", "AU", "IE", "IN"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")
RUN_RE = re.compile(r"\d(?:[ \-.]?\d){12,18}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    """Names of the guards a text trips (e-mail, Luhn run, IBAN, IP, SSN shapes)."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for n in range(13, min(19, len(d)) + 1):
            if any(luhn_ok(d[i : i + n]) for i in range(0, len(d) - n + 1)):
                hits.append("luhn")
                break
    for m in IBAN_RE.finditer(text):
        cand = m.group().replace(" ", "")
        for n in range(15, len(cand) + 1):
            if stdiban.is_valid(cand[:n]):
                hits.append("iban")
                break
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    """Regions in which the text parses as a valid number or holds a match at Leniency.VALID."""
    out = []
    for r in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, r)):
                out.append(r)
                continue
        except phonenumbers.NumberParseException:
            pass
        if any(True for _ in PhoneNumberMatcher(text, r, leniency=Leniency.VALID)):
            out.append(r)
    return out


def value_dirty(text, regions):
    return bool(phone_hits(text, regions) or guard_hits(text))


def doc_dirty(text, spans, regions):
    """Whole document with its labelled spans blanked: any phone match or guard hit left over."""
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    blank = "".join(chars)
    for r in regions:
        if any(True for _ in PhoneNumberMatcher(blank, r, leniency=Leniency.VALID)):
            return "phone:" + r
    hits = guard_hits(blank)
    return "guard:" + hits[0] if hits else ""
