"""Screens for hard negatives and masked documents: phonenumbers' matcher and parser plus five guards."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
CARD = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    for m in CARD.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn.is_valid(d):
            hits.append("card")
    for m in IBAN.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    for r in regions:
        for _ in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            return True
    return False


def value_ok(value, regions):
    if guard_hits(value) or phone_hits(value, regions):
        return False
    if not re.search(r"[^\W\d_]", value):
        for r in regions:
            try:
                if pn.is_valid_number(pn.parse(value, r)):
                    return False
            except pn.NumberParseException:
                pass
    return True


def mask(text, spans):
    out = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            out[i] = "x"
    return "".join(out)


def doc_ok(text, spans, regions):
    m = mask(text, spans)
    return not guard_hits(m) and not phone_hits(m, regions)
