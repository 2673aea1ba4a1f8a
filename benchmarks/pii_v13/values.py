"""Values other than phones: e-mail, IP addresses, card numbers and SSNs, plus their generators."""

from __future__ import annotations

from . import iban as iban_mod
from .locales import personal_email, role_email


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(rng, prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


CARD_PREFIXES = [
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2680", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("6521", 16),
    ("508", 16),
    ("4389 35", 16),
    ("5067", 16),
    ("636368", 16),
]


def credit_card(rng, mode: str) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    digits = _luhn_complete(rng, prefix.replace(" ", ""), length)
    if mode == "compact":
        return digits
    sizes = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    parts, i = [], 0
    for size in sizes:
        parts.append(digits[i : i + size])
        i += size
    return ("-" if mode == "dashed" else " ").join(parts)


def ssn(rng, mode: str) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = "-" if mode == "dashed" else " "
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng) -> str:
    if rng.random() < 0.3:
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                f"10.0.{rng.randint(0, 9)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    first = rng.choice([31, 46, 62, 77, 81, 84, 88, 91, 94, 109, 151, 176, 178, 185, 188, 193, 212, 213, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    head = rng.choice(["2a02:810d", "2001:16b8", "2a01:cb00", "2003:e6", "2a00:23c5", "2804:14c", "2405:201"])
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 3, 4]))]
    if rng.random() < 0.5:
        return head + "::" + ":".join(groups)
    fill = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(head.split(":")) - len(groups))]
    return ":".join([head] + fill + groups)


def email(rng, locale: str, slug: str, mode: str) -> str:
    if mode == "personal":
        return personal_email(rng, locale)
    role = rng.choice(
        [
            "info",
            "kontakt" if locale.startswith("de") else "contact",
            "bookings",
            "secretary",
            "kasse" if locale.startswith("de") else "treasurer",
            "helpers",
            "hello",
        ]
    )
    return role_email(rng, locale, slug, role)


def iban(rng, country: str, mode: str) -> str:
    return iban_mod.make(rng, country, mode == "grouped")
