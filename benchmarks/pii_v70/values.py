"""Non-phone values for the v70 set: e-mails, cards, IBANs, IPs, US SSNs."""

import ipaddress
import unicodedata

from stdnum import iban as std_iban

from .negs import luhn_ok

ROLES = {
    "en": [
        "lettings",
        "repairs",
        "residents",
        "accommodation",
        "lodge",
        "association",
        "estates",
        "coop.office",
    ],
    "de": ["vermietung", "hausverwaltung", "mieterbeirat", "wohnheim", "technik"],
    "fr": ["location", "syndic", "amicale", "residence", "astreinte"],
    "es": ["alquileres", "administracion", "asociacion", "fincas"],
    "it": ["locazioni", "amministrazione", "residenza", "condominio"],
    "nl": ["verhuur", "beheer", "bewoners", "huurders"],
    "pt": ["locacao", "administracao", "moradia", "condominio"],
    "hi": ["society.office", "rwa", "maintenance", "rentals"],
}

IBAN_FMT = {
    "GB": "AAAA" + "9" * 14,
    "IE": "AAAA" + "9" * 14,
    "DE": "9" * 18,
    "AT": "9" * 16,
    "CH": "9" * 17,
    "FR": "9" * 23,
    "BE": "9" * 12,
    "ES": "9" * 20,
    "IT": "A" + "9" * 22,
    "NL": "AAAA" + "9" * 10,
    "PT": "9" * 21,
}


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-")).lower()


def email(rng, fake_en, lang, name, role):
    domain = fake_en.domain_name()
    if role:
        return rng.choice(ROLES[lang]) + "@" + domain
    parts = [ascii_fold(p) for p in name.split() if ascii_fold(p)]
    if len(parts) < 2:
        parts = [ascii_fold(fake_en.first_name()), ascii_fold(fake_en.last_name())]
    user = rng.choice([f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}", f"{parts[0]}_{parts[-1]}"])
    return user.strip(".-") + "@" + domain


def card(rng, mode):
    while True:
        body = rng.choice(["4", "51", "52", "53", "54", "55"])
        body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
        for c in "0123456789":
            if luhn_ok(body + c):
                d = body + c
                break
        groups = [d[i : i + 4] for i in range(0, 16, 4)]
        return {"spaced": " ".join(groups), "solid": d, "dashed": "-".join(groups)}[mode]


def _check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban(rng, cc, mode):
    fmt = IBAN_FMT[cc]
    for _ in range(5000):
        b = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "A" else rng.choice("0123456789") for c in fmt
        )
        v = _check(cc, b)
        if std_iban.is_valid(v):
            if mode == "print":
                return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
            return v
    raise RuntimeError(cc)


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a)
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                ]
            )
        else:
            words = [f"{rng.getrandbits(16):x}" for _ in range(8)]
            words[0] = rng.choice(["2a01", "2a02", "2001", "2605", "2c0f"])
            a = ipaddress.IPv6Address(":".join(words))
            if rng.random() < 0.4:
                return a.compressed
            return ":".join(words)


def ssn(rng, mode):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        sep = "-" if mode == "dashed" else " "
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"
