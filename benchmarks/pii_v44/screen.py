"""Screens for hard negatives and whole documents (phonenumbers plus simple guards)."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
CARDISH = re.compile(r"\d(?:[ -]?\d){12,18}")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSNISH = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")


def guard_hits(text):
    hits = [m.group() for m in EMAIL.finditer(text)]
    hits += [m.group() for m in CARDISH.finditer(text) if luhn.is_valid(re.sub(r"\D", "", m.group()))]
    hits += [m.group() for m in IBANISH.finditer(text) if std_iban.is_valid(m.group())]
    for m in IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(m.group())
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        try:
            if m.group().count(":") >= 2 and len(m.group()) > 4:
                ipaddress.IPv6Address(m.group())
                hits.append(m.group())
        except ValueError:
            pass
    hits += [m.group() for m in SSNISH.finditer(text)]
    return hits


def phone_hits(text, regions):
    out = []
    for r in regions:
        out += [m.raw_string for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID)]
    return out


def value_ok(value, regions):
    if phone_hits(value, regions) or guard_hits(value):
        return False
    if not re.search(r"[^\W\d_]", value):
        for r in regions:
            try:
                if pn.is_valid_number(pn.parse(value, r)):
                    return False
            except pn.NumberParseException:
                pass
    return True


def masked(text, spans):
    chars = list(text)
    for s in spans:
        chars[s["start"] : s["end"]] = "x" * (s["end"] - s["start"])
    return "".join(chars)


def doc_ok(text, spans, regions):
    m = masked(text, spans)
    if phone_hits(m, regions) or guard_hits(m):
        return False
    for s in spans:
        for i in (s["start"] - 1, s["end"]):
            if 0 <= i < len(text) and text[i].isalnum():
                return False
    return True
