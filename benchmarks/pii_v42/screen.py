"""Screens for v42: guards for non-phone kinds and phonenumbers checks for hard negatives."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban
from stdnum import luhn

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
CARD_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn.is_valid(d):
            hits.append("card")
    for m in IBAN_RE.finditer(text):
        cand = m.group().replace(" ", "")
        for end in range(len(cand), 14, -1):
            if stdiban.is_valid(cand[:end]):
                hits.append("iban")
                break
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


def phone_hits(text, regions):
    out = []
    for region in regions:
        for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
            out.append((region, m.raw_string))
    return out


def value_ok(value, regions):
    """A hard-negative value on its own: no phone for any region, no guard hit."""
    if guard_hits(value) or phone_hits(value, regions):
        return False
    if not re.search(r"[^\W\d_]", value):
        for region in regions:
            try:
                if pn.is_valid_number(pn.parse(value, region)):
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


def touches(text, s):
    before = text[s["start"] - 1] if s["start"] > 0 else " "
    after = text[s["end"]] if s["end"] < len(text) else " "
    return before.isalnum() or after.isalnum()
