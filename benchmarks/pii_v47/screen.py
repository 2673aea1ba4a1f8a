"""Screens for hard negatives and whole documents: guards plus phonenumbers' matcher."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban
from stdnum import luhn

RE_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RE_DIGITS = re.compile(r"\d[\d \-]{11,30}\d")
RE_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
RE_IP4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
RE_IP6 = re.compile(r"\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\b")
RE_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    """Things that would look like an e-mail, card, IBAN, IP or SSN."""
    hits = []
    hits += RE_EMAIL.findall(text)
    for m in RE_DIGITS.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for n in range(13, 20):
            for i in range(0, len(d) - n + 1):
                if luhn.is_valid(d[i : i + n]) and d[i] in "3456":
                    hits.append(d[i : i + n])
    for m in RE_IBAN.finditer(text):
        if stdiban.is_valid(m.group()):
            hits.append(m.group())
    for m in RE_IP4.finditer(text):
        try:
            ipaddress.ip_address(m.group())
            hits.append(m.group())
        except ValueError:
            pass
    for m in RE_IP6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.ip_address(m.group())
                hits.append(m.group())
            except ValueError:
                pass
    hits += RE_SSN.findall(text)
    return hits


def phone_hits(text, regions):
    out = []
    for region in regions:
        for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
            out.append(m.raw_string)
    return out


def value_ok(text, regions):
    if guard_hits(text) or phone_hits(text, regions):
        return False
    if not re.search(r"[A-Za-z]", text):
        for region in regions:
            try:
                if pn.is_valid_number(pn.parse(text, region)):
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
    return not guard_hits(m) and not phone_hits(m, regions)
