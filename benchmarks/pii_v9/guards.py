"""Screens for unlabelled text: a document whose unlabelled text trips one is drawn again.

No '@' at all; no Luhn-valid 13-19 digit run (every run of whole space/dash-separated groups, and every
13-19 digit slice of one long group); no mod-97-valid IBAN; no SSA-valid 3-2-4 SSN shape; no dotted quad
with all parts 0-255; no token that ipaddress parses as IPv6. Phone-shaped numbers are never screened.
"""

import ipaddress
import re

from .values import luhn_ok, mod97_ok, ssn_ok

_RUN = re.compile(r"\d+(?:[ -]\d+)*")
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9 ]{11,44}")
_SSN = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
_QUAD = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d)")
_V6 = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")


def _luhn_trip(text):
    for m in _RUN.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            acc = ""
            for g in groups[i:]:
                acc += g
                if len(acc) > 19:
                    break
                if len(acc) >= 13 and luhn_ok(acc):
                    return True
        for g in groups:
            for size in range(13, min(19, len(g)) + 1):
                for k in range(len(g) - size + 1):
                    if luhn_ok(g[k : k + size]):
                        return True
    return False


def _iban_trip(text):
    for m in _IBAN.finditer(text):
        s = m.group().replace(" ", "")
        for size in range(15, min(34, len(s)) + 1):
            if mod97_ok(s[:size]):
                return True
    return False


def _v6_trip(text):
    for m in _V6.finditer(text):
        tok = m.group().strip(".")
        if not any(c in "0123456789abcdefABCDEF" for c in tok):
            continue
        for cand in {tok, tok.strip(":")}:
            try:
                ipaddress.IPv6Address(cand)
                return True
            except ValueError:
                pass
    return False


def trips(text):
    """The name of the first screen the text trips, or None."""
    if "@" in text:
        return "at-sign"
    if _luhn_trip(text):
        return "luhn"
    if _iban_trip(text):
        return "iban"
    for m in _SSN.finditer(text):
        if ssn_ok(*m.groups()):
            return "ssn"
    for m in _QUAD.finditer(text):
        if all(int(p) <= 255 for p in m.groups()):
            return "ipv4"
    if _v6_trip(text):
        return "ipv6"
    return None


def unlabelled(text, spans):
    """The text with every labelled span replaced by a line break."""
    out, pos = [], 0
    for sp in spans:
        out.append(text[pos : sp["start"]])
        out.append("\n")
        pos = sp["end"]
    out.append(text[pos:])
    return "".join(out)
