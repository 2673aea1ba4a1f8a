"""Guards: unlabelled text may hold no '@', card, IBAN, SSN or IP address (phones are not screened)."""

import ipaddress
import re

from .values import luhn_ok, mod97_ok, ssn_ok

MASK = "\u25a0"
_GROUPS = re.compile(r"\d+(?:[ \t-]{1,3}\d+)*")
_IBAN_HEAD = re.compile(r"[A-Z]{2}\d{2}")
_SSN = re.compile(r"(?<!\d)(\d{3})([- ])(\d{2})\2(\d{4})(?!\d)")
_QUAD = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d)")
_HEXTOK = re.compile(r"[0-9A-Fa-f:.]+")


def mask(text, spans):
    out = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            out[i] = MASK
    return "".join(out)


def card_hits(text):
    hits = []
    for m in _GROUPS.finditer(text):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            tot = ""
            for j in range(i, len(groups)):
                tot += groups[j]
                if len(tot) > 19:
                    break
                if len(tot) >= 13 and luhn_ok(tot):
                    hits.append(tot)
        for g in groups:
            for ln in range(13, min(19, len(g)) + 1):
                for k in range(len(g) - ln + 1):
                    if luhn_ok(g[k : k + ln]):
                        hits.append(g[k : k + ln])
    return hits


def iban_hits(text):
    hits = []
    for m in _IBAN_HEAD.finditer(text):
        chars, i = [], m.start()
        while i < len(text) and len(chars) < 34:
            c = text[i]
            if c.isascii() and (c.isdigit() or c.isupper()):
                chars.append(c)
            elif c == " " and i + 1 < len(text) and text[i + 1] != " " and chars:
                pass
            else:
                break
            i += 1
        for ln in range(15, len(chars) + 1):
            cand = "".join(chars[:ln])
            if cand[2:4].isdigit() and mod97_ok(cand):
                hits.append(cand)
    return hits


def ssn_hits(text):
    return [m.group() for m in _SSN.finditer(text) if ssn_ok(int(m[1]), int(m[3]), int(m[4]))]


def ipv4_hits(text):
    return [m.group() for m in _QUAD.finditer(text) if all(int(p) <= 255 for p in m.groups())]


def ipv6_hits(text):
    hits = []
    for m in _HEXTOK.finditer(text):
        tok = m.group().strip(".")
        if tok.count(":") < 2 or not re.search(r"[0-9A-Fa-f]", tok):
            continue
        try:
            ipaddress.IPv6Address(tok)
            hits.append(tok)
        except ValueError:
            continue
    return hits


def trips(text, spans=()):
    """Names of the guards the unlabelled part of text trips."""
    t = mask(text, spans)
    out = []
    if "@" in t:
        out.append("at")
    for name, fn in (
        ("card", card_hits),
        ("iban", iban_hits),
        ("ssn", ssn_hits),
        ("ipv4", ipv4_hits),
        ("ipv6", ipv6_hits),
    ):
        if fn(t):
            out.append(name)
    return out
