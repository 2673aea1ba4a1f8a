"""Guards for v18: unlabelled text may hold no e-mail, card, IBAN, SSN or IP address (never phones)."""

import ipaddress
import re

from .values import luhn_ok, mod97_ok, ssn_ok

_GROUPS = re.compile(r"\d+(?:[ \t-]{1,3}\d+)*")
_IBAN_START = re.compile(r"[A-Z]{2}\d{2}")
_SSN = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
_DOTTED = re.compile(r"\d+(?:\.\d+)+")
_V6 = re.compile(r"[0-9A-Fa-f:.]+")


def mask(text, spans):
    out = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            out[i] = "§"
    return "".join(out)


def _card_hit(text):
    for m in _GROUPS.finditer(text):
        groups = re.findall(r"\d+", m.group())
        for g in groups:
            for n in range(13, 20):
                for i in range(0, len(g) - n + 1):
                    if luhn_ok(g[i : i + n]):
                        return g[i : i + n]
        for i in range(len(groups)):
            joined = ""
            for j in range(i, len(groups)):
                joined += groups[j]
                if len(joined) > 19:
                    break
                if j > i and len(joined) >= 13 and luhn_ok(joined):
                    return joined
    return None


def _iban_hit(text):
    for m in _IBAN_START.finditer(text):
        chars, i = [], m.start()
        while i < len(text) and len(chars) < 34:
            c = text[i]
            if c.isascii() and c.isalnum() and (c.isdigit() or c.isupper()):
                chars.append(c)
            elif c == " " and i + 1 < len(text) and text[i + 1] != " " and chars:
                pass
            else:
                break
            i += 1
        for n in range(15, len(chars) + 1):
            cand = "".join(chars[:n])
            if mod97_ok(cand):
                return cand
    return None


def _ssn_hit(text):
    for m in _SSN.finditer(text):
        if ssn_ok(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            return m.group()
    return None


def _ipv4_hit(text):
    for m in _DOTTED.finditer(text):
        parts = m.group().split(".")
        for i in range(len(parts) - 3):
            if all(len(p) <= 3 and int(p) <= 255 for p in parts[i : i + 4]):
                return ".".join(parts[i : i + 4])
    return None


def _ipv6_hit(text):
    for m in _V6.finditer(text):
        tok = m.group().strip(".")
        if ":" not in tok:
            continue
        try:
            ipaddress.IPv6Address(tok)
        except ValueError:
            continue
        return tok
    return None


def problems(text):
    """What the guards flag in (already masked) text; empty if clean."""
    found = []
    if "@" in text:
        found.append("email")
    for name, fn in (
        ("card", _card_hit),
        ("iban", _iban_hit),
        ("ssn", _ssn_hit),
        ("ipv4", _ipv4_hit),
        ("ipv6", _ipv6_hit),
    ):
        hit = fn(text)
        if hit:
            found.append("%s:%s" % (name, hit))
    return found


def clean(text):
    return not problems(text)
