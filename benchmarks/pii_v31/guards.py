# ruff: noqa: E501
"""Guards on masked text: no '@', Luhn-valid 13-19 digit run, IBAN shape, SSN shape, dotted quad, IPv6."""

import re

from .values import luhn_ok

_GROUPS = re.compile(r"\d+(?:[ -]\d+)*")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
_SSN = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)")
_QUAD = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")
_V6 = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:])")


def _iban_ok(s):
    s = s.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def guard_hits(text):
    hits = []
    if "@" in text:
        hits.append("at")
    for m in _GROUPS.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                d = "".join(groups[i:j])
                if 13 <= len(d) <= 19 and luhn_ok(d):
                    hits.append("luhn")
    for m in _IBAN.finditer(text):
        if _iban_ok(m.group()):
            hits.append("iban")
    if _SSN.search(text):
        hits.append("ssn")
    if _QUAD.search(text):
        hits.append("quad")
    for m in _V6.finditer(text):
        if (
            m.group().count(":") >= 2
            and re.search(r"[0-9a-fA-F]", m.group())
            and "::" in m.group()
            or m.group().count(":") >= 5
        ):
            hits.append("ipv6")
    return hits
