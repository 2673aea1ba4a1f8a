"""Screening with phonenumbers and the guards (e-mail, Luhn card, IBAN, IPv4/IPv6, ddd-dd-dddd)."""

import ipaddress
import re

import phonenumbers as pn
from phonenumbers import Leniency
from stdnum import iban as std_iban

from .values import luhn_ok

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DIGITS_RE = re.compile(r"\d(?:[ -]?\d)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            hits.append(m.raw_string)
    return hits


def value_is_phone(text, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(text, regions))


def guard_hits(text):
    hits = [m.group(0) for m in EMAIL_RE.finditer(text)]
    for m in DIGITS_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        for n in range(13, 20):
            for i in range(0, len(d) - n + 1):
                if luhn_ok(d[i : i + n]):
                    hits.append(m.group(0))
    for m in IBAN_RE.finditer(text):
        s = m.group(0).replace(" ", "")
        for k in range(15, len(s) + 1):
            if std_iban.is_valid(s[:k]):
                hits.append(m.group(0))
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group(0))
            hits.append(m.group(0))
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        if m.group(0).count(":") >= 2:
            try:
                ipaddress.ip_address(m.group(0).strip(":"))
                hits.append(m.group(0))
            except ValueError:
                pass
    hits += [m.group(0) for m in SSN_RE.finditer(text)]
    return hits


def masked(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            if chars[i] != "\n":
                chars[i] = "x"
    return "".join(chars)


def doc_ok(text, spans, regions):
    m = masked(text, spans)
    return not phone_hits(m, regions) and not guard_hits(m)


def neg_ok(value, regions):
    return not value_is_phone(value, regions) and not guard_hits(value)
