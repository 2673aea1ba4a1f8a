"""Screens shared by the builder and checks: phone-likeness of negatives and guards on masked text."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

from .values import luhn_ok

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
CARD_RE = re.compile(r"\d(?:[ -]?\d){12,18}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def phone_like(text, regions, alone=True):
    """True if phonenumbers takes text (alone, or a number inside it) for a valid number of a region."""
    for reg in regions:
        try:
            if not alone:
                raise pn.NumberParseException(0, "skip")
            if pn.is_valid_number(pn.parse(text, reg)):
                return True
        except pn.NumberParseException:
            pass
        for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            return True
    return False


def guard_hits(text):
    """Names of guards that fire on text (already masked): e-mail, card, IBAN, IP, SSN look-alikes."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append("card")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ip4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ip6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def mask(text, spans):
    out = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            if out[i] != "\n":
                out[i] = "x"
    return "".join(out)


def doc_clean(text, spans, regions):
    m = mask(text, spans)
    return not guard_hits(m) and not phone_like(m, regions, alone=False)
