"""Validity tests for labelled values, shared by the generator, the guards and the checks."""

import ipaddress
import re

import phonenumbers

SUBSCRIBER_REGIONS = frozenset({"US", "GB", "DE", "NL", "BR", "IN"})


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError("unreachable")


def iban_ok(text: str) -> bool:
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_check_digits(country: str, bban: str) -> str:
    moved = bban + country + "00"
    rest = int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{98 - rest:02d}"


def ssn_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
    if not m:
        return False
    area, group, serial = m.groups()
    if area in ("000", "666") or area >= "900":
        return False
    return group != "00" and serial != "0000"


def ipv4_ok(text: str) -> bool:
    parts = text.split(".")
    if len(parts) != 4:
        return False
    return all(p.isdigit() and len(p) <= 3 and int(p) <= 255 for p in parts)


def ipv6_ok(text: str) -> bool:
    if text.count(":") < 2:
        return False
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def email_ok(text: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", text) is not None


def full_number_ok(text: str, region: str, e164: str, international: bool = False) -> bool:
    """True when text parses, from how it is written, to the valid number e164 of region.

    International forms are read as a US writer would ("011 ...") or a European one ("00..."/"+...").
    """
    default = region
    if text.startswith("+"):
        default = None
    elif international and text.startswith("011"):
        default = "US"
    elif international and text.startswith("00"):
        default = "DE"
    elif international:
        return False
    try:
        num = phonenumbers.parse(text, default)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number_for_region(num, region):
        return False
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == e164


def subscriber_ok(text: str, region: str, e164: str, area_len: int) -> bool:
    """True for an area-code-less tail of the valid number e164 in a subscriber-only region."""
    if region not in SUBSCRIBER_REGIONS or area_len <= 0:
        return False
    num = phonenumbers.parse(e164, None)
    if not phonenumbers.is_valid_number_for_region(num, region):
        return False
    nsn = phonenumbers.national_significant_number(num)
    digits = re.sub(r"\D", "", text)
    if not re.fullmatch(r"[\d \-./]+", text) or digits[:1] in ("0", "1"):
        return False
    return digits == nsn[area_len:] and area_len == phonenumbers.length_of_geographical_area_code(num)
