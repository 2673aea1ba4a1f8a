"""Validity rules for labelled values: Luhn, IBAN mod-97, SSA SSN rules, IP addresses."""

from __future__ import annotations

import ipaddress
import re

IBAN_LENGTHS = {
    "AT": 20,
    "BE": 16,
    "CH": 21,
    "DE": 22,
    "ES": 24,
    "FR": 27,
    "GB": 22,
    "IE": 22,
    "IT": 27,
    "NL": 18,
    "PT": 25,
    "LU": 20,
    "BR": 29,
}


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(digits: str) -> bool:
    if not digits or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise ValueError(partial)


def iban_mod97(compact: str) -> int:
    moved = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in moved)
    return int(numeric) % 97


def iban_ok(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    want = IBAN_LENGTHS.get(compact[:2])
    if want is not None and len(compact) != want:
        return False
    return iban_mod97(compact) == 1


def ssn_parts_ok(area: str, group: str, serial: str) -> bool:
    if area in ("000", "666") or area.startswith("9"):
        return False
    if group == "00" or serial == "0000":
        return False
    return f"{area}{group}{serial}" not in ("078051120", "219099999")


def ssn_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
    return bool(m) and ssn_parts_ok(*m.groups())


def ipv4_ok(text: str) -> bool:
    parts = text.split(".")
    if len(parts) != 4 or not all(p.isdigit() and len(p) <= 3 for p in parts):
        return False
    return all(int(p) <= 255 for p in parts)


def ipv6_ok(text: str) -> bool:
    if ":" not in text:
        return False
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True
