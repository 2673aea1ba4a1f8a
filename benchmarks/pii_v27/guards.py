"""Guards: nothing outside the labelled spans may look like a card, IBAN, SSN, IP or e-mail."""

import ipaddress
import re

from .values import iban_check, luhn_ok

_GROUPS = re.compile(r"\d+(?:[ -]\d+)*")
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}")
_SSN = re.compile(r"(?<!\d)\d{3}([ -])\d{2}\1\d{4}(?!\d)")
_QUAD = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d])")
_V6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*")


def _luhn_hit(text):
    for m in _GROUPS.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if 13 <= len(s) <= 19 and luhn_ok(s):
                    return True
                if len(s) > 19:
                    break
    return False


def _iban_hit(text):
    for m in _IBAN.finditer(text):
        s = m.group().replace(" ", "")
        for n in range(15, min(34, len(s)) + 1):
            if s[:n].isalnum() and iban_check(s[:n]):
                return True
    return False


def _v6_hit(text):
    for m in _V6.finditer(text):
        tok = m.group().strip(":")
        for cand in (m.group(), tok):
            try:
                ipaddress.IPv6Address(cand)
                return True
            except ValueError:
                pass
    return False


def guard_hits(text):
    hits = []
    if "@" in text:
        hits.append("at")
    if _luhn_hit(text):
        hits.append("luhn")
    if _iban_hit(text):
        hits.append("iban")
    if _SSN.search(text):
        hits.append("ssn")
    if _QUAD.search(text):
        hits.append("quad")
    if _v6_hit(text):
        hits.append("v6")
    return hits


def masked(text, spans):
    out, last = [], 0
    for s in spans:
        out.append(text[last : s["start"]])
        out.append("■" * (s["end"] - s["start"]))
        last = s["end"]
    out.append(text[last:])
    return "".join(out)
