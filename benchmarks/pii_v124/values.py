"""Non-phone values for v124: e-mails, cards, IBANs, IPs and SSNs."""

import ipaddress
import unicodedata

from stdnum import iban as stdiban

from .negs import luhn_ok

ROLES = [
    "info",
    "shop",
    "club",
    "secretary",
    "bookings",
    "repairs",
    "hello",
    "fair",
    "kontakt",
    "contact",
    "ludoteca",
    "loja",
    "atelier",
    "winkel",
    "membership",
]
STEMS = ["toys", "models", "kites", "dolls", "rail", "hobbies", "bricks", "kitclub", "flyers", "ludo"]
TLD = {
    "US": "com",
    "GB": "co.uk",
    "IN": "in",
    "IE": "ie",
    "AU": "com.au",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PT": "pt",
    "BR": "com.br",
}


def _ascii(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def domain(rng, fake, region):
    return f"{_ascii(fake.last_name())}{rng.choice(STEMS)}.{TLD[region]}"


def email(rng, fake, region, mode):
    if mode == "role":
        return f"{rng.choice(ROLES)}@{domain(rng, fake, region)}"
    sep = rng.choice([".", "_", ""])
    return f"{_ascii(fake.first_name())}{sep}{_ascii(fake.last_name())}@{domain(rng, fake, region)}"


def card(rng):
    pre, length = rng.choice(
        [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("37", 15), ("34", 15), ("6011", 16), ("2221", 16)]
    )
    while True:
        body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
        for d in "0123456789":
            if luhn_ok(body + d):
                num = body + d
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        sizes = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
        parts, i = [], 0
        for n in sizes:
            parts.append(num[i : i + n])
            i += n
        text = {"spaced": " ".join(parts), "dashed": "-".join(parts), "solid": num}[mode]
        return mode, text


BBAN = {
    "DE": "n18",
    "NL": "a4n10",
    "GB": "a4n14",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "BE": "n12",
    "AT": "n16",
    "CH": "n17",
    "PT": "n21",
    "IE": "a4n14",
}


def _bban(rng, spec):
    out, i = "", 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1 : j])
        pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
        out += "".join(rng.choice(pool) for _ in range(n))
        i = j
    return out


def iban(rng, country):
    for _ in range(20000):
        bban = _bban(rng, BBAN[country])
        num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        cand = f"{country}{98 - num % 97:02d}{bban}"
        if stdiban.is_valid(cand):
            if rng.random() < 0.6:
                return "print", " ".join(cand[i : i + 4] for i in range(0, len(cand), 4))
            return "electronic", cand
    raise RuntimeError(country)


def ip(rng, mode):
    if mode == "v4-private":
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 99)}.{rng.randint(2, 250)}",
                f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
            ]
        )
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global:
                return str(a)
    groups = [f"{rng.choice(['2a02', '2a01', '2001', '2a0c', '2604'])}"] + [
        f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)
    ]
    addr = ipaddress.IPv6Address(":".join(groups))
    return addr.compressed if rng.random() < 0.5 else ":".join(groups)


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    if rng.random() < 0.5:
        return "dashed", f"{a:03d}-{g:02d}-{s:04d}"
    return "spaced", f"{a:03d} {g:02d} {s:04d}"
