"""Screens for pii_v50: hard negatives and documents must hold nothing that looks like a labelled value."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

RUN = re.compile(r"\d(?:[ \-]?\d)+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
IBANRE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])")
SSN = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")


def guards(text):
    """True when text holds an e-mail, card, IBAN, IP or SSN look-alike."""
    if EMAIL.search(text) or SSN.search(text):
        return True
    for m in RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d)):
            for n in range(13, 20):
                c = d[i : i + n]
                if len(c) == n and c[0] in "3456" and luhn.is_valid(c):
                    return True
    for m in IBANRE.finditer(text):
        if std_iban.is_valid(m.group()):
            return True
    for m in IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            return True
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            return True
        except ValueError:
            pass
    return False


def phone_like(text, regions):
    for r in regions:
        if any(True for _ in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID)):
            return True
    return False


def value_ok(value, regions):
    if guards(value) or phone_like(value, regions):
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
        for i in range(s["start"], s["end"]):
            chars[i] = "x"
    return "".join(chars)


def doc_ok(text, spans, regions):
    m = masked(text, spans)
    return not guards(m) and not phone_like(m, regions)
