"""Screens for v43: guards (e-mail, Luhn runs, IBANs, IPs, SSNs) and phone look-alikes."""

import ipaddress
import re

import phonenumbers as pn
from phonenumbers import Leniency, PhoneNumberMatcher

# ---- screens ----------------------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_RUN = re.compile(r"\d(?:[ \-.]?\d){12,18}")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
_V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_V6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def _luhn(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch) * (2 if i % 2 else 1)
        tot += k - 9 if k > 9 else k
    return tot % 10 == 0


def guard_hits(text):
    hits = []
    if _EMAIL.search(text):
        hits.append("email")
    for m in _RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for n in range(13, min(19, len(d)) + 1):
            if any(_luhn(d[i : i + n]) for i in range(len(d) - n + 1)):
                hits.append("luhn")
                break
    for m in _IBAN.finditer(text):
        s = m.group().replace(" ", "")
        for n in range(15, len(s) + 1):
            t = s[:n]
            if int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1:
                hits.append("iban")
                break
    for m in _V4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in _V6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group().strip(":") if "::" not in m.group() else m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    if _SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        try:
            num = pn.parse(text, r)
            if pn.is_valid_number(num):
                hits.append(("parse", r))
        except pn.NumberParseException:
            pass
        for m in PhoneNumberMatcher(text, r, leniency=Leniency.VALID):
            hits.append(("match", r, m.raw_string))
    return hits


def dirty(text, regions):
    return bool(guard_hits(text)) or bool(phone_hits(text, regions))


def doc_dirty(text, regions):
    """Whole-document screen; `text` has its labelled spans blanked already."""
    hits = guard_hits(text)
    for r in regions:
        for m in PhoneNumberMatcher(text, r, leniency=Leniency.VALID):
            hits.append(("match", r, m.raw_string))
    return hits
