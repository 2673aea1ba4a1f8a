"""Guards for v19: unlabelled text may hold no e-mail, card, IBAN, SSN or IP address shape."""

import ipaddress
import re

from .values import iban_ok, luhn_ok, ssn_ok

_GROUPS = re.compile(r"\d+(?:[ \t-]{1,3}\d+)*")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
_SSN = re.compile(r"(?<!\d)(\d{3})([- ])(\d{2})\2(\d{4})(?!\d)")
_V4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})")
_V6 = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")


def mask(text, spans):
    out = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            out[i] = "X"
    return "".join(out)


def _card_hits(text):
    for m in _GROUPS.finditer(text):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            joined = ""
            for g in groups[i:]:
                joined += g
                if 13 <= len(joined) <= 19 and luhn_ok(joined):
                    return joined
                if len(joined) > 19:
                    break
        for g in groups:
            for n in range(13, 20):
                for j in range(0, len(g) - n + 1):
                    if luhn_ok(g[j : j + n]):
                        return g[j : j + n]
    return None


def _iban_hits(text):
    for m in re.finditer(r"[A-Z]{2}\d{2}", text):
        tail = text[m.start() :]
        compact, k = "", 0
        while k < len(tail) and len(compact) < 34:
            c = tail[k]
            if c == " " and k + 1 < len(tail) and tail[k + 1] != " " and compact:
                k += 1
                continue
            if not (c.isascii() and c.isalnum()):
                break
            compact += c.upper() if c.isalpha() else c
            k += 1
            if 15 <= len(compact) and iban_ok(compact):
                return compact
    return None


def _ipv4_hits(text):
    for m in re.finditer(r"\d+(?:\.\d+)+", text):
        parts = m.group().split(".")
        for i in range(len(parts) - 3):
            if all(len(p) <= 3 and int(p) <= 255 for p in parts[i : i + 4]):
                return ".".join(parts[i : i + 4])
    return None


def _ipv6_hits(text):
    for m in _V6.finditer(text):
        tok = m.group().strip(".:")
        for cand in (m.group(), tok):
            if cand.count(":") >= 2 and any(c not in ":." for c in cand):
                try:
                    ipaddress.IPv6Address(cand)
                    return cand
                except ValueError:
                    pass
    return None


def _ssn_hits(text):
    for m in _SSN.finditer(text):
        if ssn_ok(int(m.group(1)), int(m.group(3)), int(m.group(4))):
            return m.group()
    return None


def problems(text, spans=()):
    """Names of the guards the unlabelled part of `text` trips (empty list when clean)."""
    t = mask(text, spans)
    found = []
    if "@" in t:
        found.append("email")
    for name, fn in (
        ("card", _card_hits),
        ("iban", _iban_hits),
        ("ssn", _ssn_hits),
        ("ipv4", _ipv4_hits),
        ("ipv6", _ipv6_hits),
    ):
        if fn(t):
            found.append(name)
    return found
