"""Screens for hard negatives and whole documents: phonenumbers plus simple guards for the other kinds."""

import ipaddress
import re

import phonenumbers as pn
from phonenumbers import Leniency
from stdnum import iban as std_iban
from stdnum import luhn

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
CARD_RE = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
            hits.append("card")
    for m in IBAN_RE.finditer(text):
        cand = m.group().replace(" ", "")
        for end in range(len(cand), 14, -1):
            if std_iban.is_valid(cand[:end]):
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
    """parse + is_valid_number for a value without letters; PhoneNumberMatcher (VALID) for every value."""
    for region in regions:
        if not any(c.isalpha() for c in text):
            try:
                if pn.is_valid_number(pn.parse(text, region)):
                    return True
            except pn.NumberParseException:
                pass
        if any(True for _ in pn.PhoneNumberMatcher(text, region, leniency=Leniency.VALID)):
            return True
    return False


def value_ok(text, regions):
    return not phone_hits(text, regions) and not guard_hits(text)


def mask(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "x"
    return "".join(chars)


def doc_ok(text, spans, regions):
    masked = mask(text, spans)
    for region in regions:
        if any(True for _ in pn.PhoneNumberMatcher(masked, region, leniency=Leniency.VALID)):
            return False
    return not guard_hits(masked)
