"""Guards for unlabelled text, written afresh for v13: a document that trips one is drawn again."""

from __future__ import annotations

import ipaddress
import re

from .iban import mod97_value
from .values import luhn_ok

GROUPS = re.compile(r"\d+(?:[ \t-]\d+)*")
IBAN_LIKE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
SSN_LIKE = re.compile(r"(?<!\d)(\d{3})([- ])(\d{2})\2(\d{4})(?!\d)")
DOTTED = re.compile(r"\d+(?:\.\d+){3,}")


def mask(text: str, spans) -> str:
    """Labelled values replaced by a character no guard looks at, so neighbours never join."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            chars[i] = "§"
    return "".join(chars)


def _luhn_runs(text: str) -> bool:
    for match in GROUPS.finditer(text):
        groups = re.findall(r"\d+", match.group())
        for i in range(len(groups)):
            joined = ""
            for j in range(i, len(groups)):
                joined += groups[j]
                if 13 <= len(joined) <= 19 and luhn_ok(joined):
                    return True
                if len(joined) > 19:
                    break
        for group in groups:
            for size in range(13, min(19, len(group)) + 1):
                if any(luhn_ok(group[k : k + size]) for k in range(len(group) - size + 1)):
                    return True
    return False


def _iban(text: str) -> bool:
    for match in IBAN_LIKE.finditer(text):
        compact = match.group().replace(" ", "")
        for length in range(15, min(34, len(compact)) + 1):
            cand = compact[:length]
            if mod97_value(cand[4:] + cand[:4]) == 1:
                return True
    return False


def _ssn(text: str) -> bool:
    for m in SSN_LIKE.finditer(text):
        area, group, serial = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 0 < area < 900 and area != 666 and group and serial:
            return True
    return False


def _dotted_quad(text: str) -> bool:
    for m in DOTTED.finditer(text):
        parts = m.group().split(".")
        for i in range(len(parts) - 3):
            if all(len(p) <= 3 and int(p) <= 255 for p in parts[i : i + 4]):
                return True
    return False


def _ipv6(text: str) -> bool:
    for token in re.split(r"[\s,;()\[\]<>\"'|]+", text):
        for cand in (token, token.rstrip(".,:;!?")):
            if cand.count(":") >= 2:
                try:
                    ipaddress.IPv6Address(cand)
                    return True
                except ValueError:
                    pass
    return False


def trips(text: str, spans=()) -> str | None:
    """The name of the first guard the unlabelled text trips, or None."""
    free = mask(text, spans)
    for name, test in (
        ("at-sign", lambda t: "@" in t),
        ("luhn", _luhn_runs),
        ("iban", _iban),
        ("ssn", _ssn),
        ("dotted-quad", _dotted_quad),
        ("ipv6", _ipv6),
    ):
        if test(free):
            return name
    return None
