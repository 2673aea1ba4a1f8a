"""Guards for v15: unlabelled text may hold no e-mail sign, card, IBAN, SSN or IP address.

Written fresh to the rules v14's docstring states. Labelled spans are masked first; phone-like text is never
screened (hard negatives are phone-shaped on purpose).
"""

from __future__ import annotations

import ipaddress
import re

from .iban import mod97
from .values import luhn_ok, ssn_ok

_RUN = re.compile(r"\d+(?:[ \t-]+\d+)*")
_SSN = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
_V4 = re.compile(r"(?=(?<![\d])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d))")
_V6 = re.compile(r"[0-9A-Fa-f:.%]*:[0-9A-Fa-f:.%]*:[0-9A-Fa-f:.%]*")
_IBAN_START = re.compile(r"(?=[A-Z]{2}\d{2})")


def mask(text: str, spans: list[dict]) -> str:
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "#"
    return "".join(chars)


def luhn_hits(text: str) -> list[str]:
    hits = []
    for m in _RUN.finditer(text):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            total = ""
            for g in groups[i:]:
                total += g
                if len(total) > 19:
                    break
                if len(total) >= 13 and luhn_ok(total):
                    hits.append(total)
        for g in groups:
            for n in range(13, min(19, len(g)) + 1):
                for k in range(len(g) - n + 1):
                    if luhn_ok(g[k : k + n]):
                        hits.append(g[k : k + n])
    return hits


def iban_hits(text: str) -> list[str]:
    hits = []
    for m in _IBAN_START.finditer(text):
        tail = re.match(r"[A-Z0-9 ]{0,46}", text[m.start() :]).group().replace(" ", "")
        for n in range(15, min(34, len(tail)) + 1):
            if mod97(tail[:n]) == 1:
                hits.append(tail[:n])
    return hits


def ssn_hits(text: str) -> list[str]:
    return [m.group() for m in _SSN.finditer(text) if ssn_ok(int(m[1]), int(m[2]), int(m[3]))]


def ipv4_hits(text: str) -> list[str]:
    return [".".join(m.groups()) for m in _V4.finditer(text) if all(int(p) <= 255 for p in m.groups())]


def ipv6_hits(text: str) -> list[str]:
    hits = []
    for m in _V6.finditer(text):
        tok = m.group()
        for cand in dict.fromkeys((tok, tok.strip(".:"), tok.rstrip("."))):
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            hits.append(cand)
            break
    return hits


def problems(text: str, spans: list[dict] | None = None) -> list[str]:
    """Everything in the unlabelled text that looks like PII of a non-phone kind."""
    t = mask(text, spans or [])
    out = ["@"] if "@" in t else []
    out += ["card " + h for h in luhn_hits(t)]
    out += ["iban " + h for h in iban_hits(t)]
    out += ["ssn " + h for h in ssn_hits(t)]
    out += ["ipv4 " + h for h in ipv4_hits(t)]
    out += ["ipv6 " + h for h in ipv6_hits(t)]
    return out


_LONG = re.compile(r"\d(?:[ \t\-./()]*\d){6,}")


def corpus_ok(text: str) -> bool:
    """Corpus screen: short, has a digit, no link or e-mail sign, no long digit run, no guard hit."""
    if len(text) > 1500 or not re.search(r"\d", text):
        return False
    if "@" in text or "http" in text or "www." in text or _LONG.search(text):
        return False
    return not problems(text)
