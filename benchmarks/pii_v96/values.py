"""Non-phone values: e-mails, cards (Luhn), IBANs (mod 97 + national checks), IPs, US SSNs."""

import ipaddress
import random

from faker import Faker
from stdnum import iban as std_iban

_FAKE = Faker("en_US")

ROLE = ["bookings", "tournaments", "secretary", "crew", "shop", "arbiter", "club", "teammanager", "events"]
IBAN_SPEC = {  # country -> bban pattern: d digit, A upper letter, X alnum
    "DE": "d" * 18,
    "NL": "AAAA" + "d" * 10,
    "GB": "AAAA" + "d" * 14,
    "AT": "d" * 16,
    "BE": "d" * 12,
    "FR": "d" * 10 + "X" * 11 + "dd",
    "ES": "d" * 20,
    "IT": "A" + "d" * 10 + "X" * 12,
    "PT": "d" * 21,
}
LANG_IBAN = {
    "de": ["DE", "AT"],
    "nl": ["NL", "BE"],
    "en": ["GB", "DE"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
    "hi": ["GB"],
}


def seed(n: int) -> None:
    _FAKE.seed_instance(n)


def email(rng: random.Random) -> tuple[str, str]:
    dom = _FAKE.domain_name()
    if rng.random() < 0.5:
        return f"{rng.choice(ROLE)}@{dom}", "role"
    return f"{_FAKE.user_name()}@{dom}", "personal"


def _luhn_digit(body: str) -> str:
    t = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        t += d
    return str((10 - t % 10) % 10)


def card(rng: random.Random) -> tuple[str, str]:
    pre = rng.choice(["4", "51", "53", "55", "2221", "37", "6011"])
    n = 15 if pre == "37" else 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(pre)))
    num = body + _luhn_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    if mode == "solid":
        return num, mode
    sep = " " if mode == "spaced" else "-"
    parts = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(parts), mode


def iban(rng: random.Random, lang: str) -> tuple[str, str]:
    cc = rng.choice(LANG_IBAN[lang])
    for _ in range(20000):
        bban = "".join(
            rng.choice(
                {
                    "d": "0123456789",
                    "A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "X": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                }[c]
            )
            for c in IBAN_SPEC[cc]
        )
        raw = bban + cc + "00"
        num = int("".join(str(int(ch, 36)) for ch in raw))
        code = f"{cc}{98 - num % 97:02d}{bban}"
        if std_iban.is_valid(code):
            if rng.random() < 0.6:
                return " ".join(code[i : i + 4] for i in range(0, len(code), 4)), "print"
            return code, "electronic"
    raise RuntimeError(cc)


def ip(rng: random.Random) -> tuple[str, str]:
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global:
                return str(a), mode
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                ]
            ), mode
        else:
            a = ipaddress.IPv6Address((0x2A0 << 116) | rng.getrandbits(116))
            if a.is_global:
                return str(a), mode


def ssn(rng: random.Random) -> tuple[str, str]:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    mode = rng.choice(["spaced", "dashed"])
    return (" " if mode == "spaced" else "-").join(s), mode
