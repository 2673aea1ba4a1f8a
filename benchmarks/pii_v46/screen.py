"""Screens for v46: guards (e-mail, SSN, Luhn runs, IBANs, IPs) and phonenumbers checks."""

import ipaddress
import re

import phonenumbers as pn

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
RUN_RE = re.compile(r"\d(?:[ \-]?\d){12,18}")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15:
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1 if t.isalnum() else False


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        if luhn_ok(re.sub(r"\D", "", m.group())):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group())
            hits.append("ip4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.ip_address(m.group())
                hits.append("ip6")
            except ValueError:
                pass
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((reg, m.raw_string))
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                hits.append((reg, "whole"))
        except pn.NumberParseException:
            pass
    return hits


def clean(text, regions):
    return not guard_hits(text) and not phone_hits(text, regions)
