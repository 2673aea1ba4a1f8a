"""Screens for hard negatives and whole documents (phonenumbers + guards)."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
CARD_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")


def guard_hits(text: str) -> list[str]:
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn.is_valid(d):
            hits.append("card")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
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


def phone_hits(text: str, regions) -> bool:
    for r in regions:
        try:
            x = pn.parse(text, r)
            if pn.is_valid_number(x):
                return True
        except pn.NumberParseException:
            pass
        for _ in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            return True
    return False


def value_ok(value: str, regions) -> bool:
    return not phone_hits(value, regions) and not guard_hits(value)


def doc_ok(text: str, spans, regions) -> bool:
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "x"
    masked = "".join(chars)
    for r in regions:
        for _ in pn.PhoneNumberMatcher(masked, r, leniency=pn.Leniency.VALID):
            return False
    return not guard_hits(masked)
