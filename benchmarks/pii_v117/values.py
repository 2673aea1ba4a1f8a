"""Non-phone positives of v117: e-mail addresses, cards, IBANs, IP addresses, US SSNs."""

from __future__ import annotations

import ipaddress
import random

from faker import Faker
from stdnum import iban as std_iban

DOMAINS = [
    "relaylink.org",
    "signbridge.net",
    "accessride.co",
    "mobilityhub.info",
    "deafconnect.org",
    "wheelfree.net",
    "easyaccess.eu",
    "interpretnow.com",
    "equalvoice.org",
    "able-loan.org",
]
ROLES = [
    "bookings",
    "relay",
    "interpreters",
    "dispatch",
    "access",
    "advocacy",
    "loans",
    "repairs",
    "vrs-support",
    "info",
    "intake",
    "coordinator",
]
_FAKE = Faker("en_US")


def seed(n: int) -> None:
    _FAKE.seed_instance(n)


def email(rng: random.Random) -> tuple[str, str]:
    dom = rng.choice(DOMAINS)
    if rng.random() < 0.55:
        return f"{rng.choice(ROLES)}@{dom}", "role"
    user = _FAKE.user_name()
    if rng.random() < 0.5:
        return f"{user}@{_FAKE.free_email_domain()}", "personal"
    return f"{user}@{dom}", "personal"


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(rng: random.Random) -> tuple[str, str]:
    pre, n = rng.choice(
        [("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)]
    )
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    digits = next(body + c for c in "0123456789" if luhn_ok(body + c))
    mode = rng.choice(["spaced", "solid", "dashed"])
    if mode == "solid":
        return digits, mode
    sizes = (4, 6, 5) if n == 15 else (4, 4, 4, 4)
    parts, i = [], 0
    for s in sizes:
        parts.append(digits[i : i + s])
        i += s
    return (" " if mode == "spaced" else "-").join(parts), mode


BBAN = {
    "DE": "8n10n",
    "NL": "4a10n",
    "FR": "10n11n2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "PT": "21n",
    "BE": "12n",
    "AT": "16n",
    "CH": "5n12c",
    "GB": "4a14n",
    "IE": "4a14n",
}
BANKS = {
    "NL": ["INGB", "RABO", "ABNA", "TRIO"],
    "GB": ["NWBK", "BARC", "LOYD", "HBUK"],
    "IE": ["AIBK", "BOFI"],
}


def iban(rng: random.Random, country: str) -> tuple[str, str]:
    for _ in range(500):
        if country == "DE":
            bban = "".join(rng.choice("0123456789") for _ in range(18))
        elif country in ("NL", "GB", "IE"):
            n = 10 if country == "NL" else 14
            bban = rng.choice(BANKS[country]) + "".join(rng.choice("0123456789") for _ in range(n))
        elif country == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "".join(
                rng.choice("0123456789") for _ in range(22)
            )
        else:
            n = {"FR": 23, "ES": 20, "PT": 21, "BE": 12, "AT": 16, "CH": 17}[country]
            bban = "".join(rng.choice("0123456789") for _ in range(n))
        raw = country + "00" + bban
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        raw = f"{country}{check:02d}{bban}"
        if std_iban.is_valid(raw):
            if rng.random() < 0.6:
                return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)), "print"
            return raw, "electronic"
    raise RuntimeError(country)


def ip(rng: random.Random) -> tuple[str, str]:
    mode = rng.choice(["v4", "v4-private", "v6"])
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a), mode
    if mode == "v4-private":
        net = rng.choice(["10.", "192.168.", "172.20."])
        need = 4 - net.count(".")
        tail = ".".join(str(rng.randint(1, 254)) for _ in range(need + 0))
        return net + tail, mode
    pre = rng.choice(["2001:db8:", "2a01:4f8:", "2a02:810d:", "2600:1700:", "fd12:3456:"])
    groups = [format(rng.getrandbits(16), "x") for _ in range(8 - pre.count(":"))]
    return str(ipaddress.IPv6Address(pre + ":".join(groups))), mode


def ssn(rng: random.Random) -> tuple[str, str]:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}", mode
