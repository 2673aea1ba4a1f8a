"""E-mail addresses, cards, IBANs, IPs and SSNs for v83."""

import ipaddress
import re
import unicodedata

from stdnum import iban as std_iban

from .negs import luhn_ok

ROLES = [
    "housekeeping",
    "nightaudit",
    "frontoffice",
    "dispatch",
    "bookings",
    "accounts",
    "service",
    "rota",
    "linen",
    "collections",
    "office",
    "callouts",
]


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", s)


def email(rng, fake_en, mode):
    domain = fake_en.domain_name()
    if mode == "role":
        return f"{rng.choice(ROLES)}@{domain}"
    first, last = ascii_slug(fake_en.first_name()), ascii_slug(fake_en.last_name())
    return (
        rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}"])
        + "@"
        + domain
    )


def _luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card(rng, mode):
    brand = rng.choice(["visa", "mc", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        n = _luhn_complete(body)
        sep = {"spaced": " ", "dashed": "-", "solid": ""}[mode]
        return sep.join([n[:4], n[4:10], n[10:]])
    first = "4" if brand == "visa" else rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    body = first + "".join(rng.choice("0123456789") for _ in range(15 - len(first)))
    n = _luhn_complete(body)
    sep = {"spaced": " ", "dashed": "-", "solid": ""}[mode]
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


BBAN = {
    "GB": "AAAA" + "9" * 14,
    "IE": "AAAA" + "9" * 14,
    "DE": "9" * 18,
    "FR": "9" * 23,
    "ES": "9" * 20,
    "IT": "A" + "9" * 22,
    "NL": "AAAA" + "9" * 10,
    "PT": "9" * 21,
    "BE": "9" * 12,
    "AT": "9" * 16,
    "CH": "9" * 17,
}


def iban(rng, country, mode):
    for _ in range(20000):
        bban = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "A" else rng.choice("0123456789")
            for c in BBAN[country]
        )
        if country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + bban[4:]
        if country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + bban[4:]
        if country == "IE":
            bban = rng.choice(["AIBK", "BOFI"]) + bban[4:]
        num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        s = country + f"{98 - num % 97:02d}" + bban
        if std_iban.is_valid(s):
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s
    raise RuntimeError(country)


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast and str(a).split(".")[0] not in ("0", "255"):
                return str(a)
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                ]
            )
        else:
            head = rng.choice([0x2A00, 0x2A01, 0x2A02, 0x2001, 0x2600, 0x2804, 0x2405, 0x2C0F])
            bits = (head << 112) | rng.getrandbits(96) << (16 if rng.random() < 0.5 else 0)
            a = ipaddress.IPv6Address(bits)
            if a.is_global:
                return a.compressed if rng.random() < 0.6 else a.exploded.replace(":0000", ":0")


def ssn(rng, mode):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if s in ("078051120", "219099999"):
            continue
        sep = "-" if mode == "dashed" else " "
        return sep.join([s[:3], s[3:5], s[5:]])
