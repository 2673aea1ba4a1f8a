"""Screens for hard negatives and unlabelled text: phonenumbers (parse + is_valid_number, and
PhoneNumberMatcher at Leniency.VALID) for the document's region and its language's home regions, and guards
for the other kinds (e-mail shape, Luhn-valid 13-19 digit runs, mod-97 IBANs, IPv4/IPv6, SSN shapes)."""

import ipaddress
import re

import phonenumbers as pn

HOME = {
    "en": ["US", "GB"],
    "hi": ["IN"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RUN_RE = re.compile(r"\d(?:[ \-.]?\d)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
CORPUS_RUN_RE = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    except ValueError:
        return False


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d)):
            for n in range(13, 20):
                if i + n <= len(d) and (i == 0 or n == len(d) - i) and luhn(d[i : i + n]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()):
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


def phone_hits(text, regions):
    found = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            found.append((r, m.raw_string))
    return found


def value_dirty(value, regions):
    for r in regions:
        try:
            num = pn.parse(value, r)
            if pn.is_valid_number(num):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions)) or bool(guard_hits(value))


def mask(text, spans):
    out = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            out[i] = "X"
    return "".join(out)


def doc_dirty(text, spans, regions):
    masked = mask(text, spans)
    return bool(phone_hits(masked, regions)) or bool(guard_hits(masked))


def corpus_ok(text, regions):
    if len(text) > 1500 or "@" in text or "http" in text or "www." in text:
        return False
    if CORPUS_RUN_RE.search(text):
        return False
    return not phone_hits(text, regions) and not guard_hits(text)
