"""Non-phone values for v101: cards (Luhn), IBANs (python-stdnum), e-mails, IPs, US SSNs."""

import ipaddress
import unicodedata

from stdnum import iban as std_iban
from stdnum import luhn

D = "0123456789"
IBAN_BBAN = {
    "DE": lambda r: _digits(r, 18),
    "AT": lambda r: _digits(r, 16),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + _digits(r, 10),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(r, 14),
    "PT": lambda r: _digits(r, 21),
    "IT": lambda r: r.choice("ABCDEFGHKLMNPRSTUVXZ") + _digits(r, 22),
    "ES": lambda r: _digits(r, 20),
    "FR": lambda r: _digits(r, 23),
    "BE": lambda r: _digits(r, 12),
}
IBAN_COUNTRY = {
    "de": ["DE", "AT"],
    "en": ["GB"],
    "nl": ["NL", "BE"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
    "hi": ["GB"],
}


def _digits(rng, n):
    return "".join(rng.choice(D) for _ in range(n))


def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + _digits(rng, 12)
    elif kind == "mc":
        body = str(rng.randrange(51, 56)) + _digits(rng, 13)
    else:
        body = "4" + _digits(rng, 14)
    num = body + luhn.calc_check_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    groups = [num[:4], num[4:10], num[10:]] if len(num) == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    text = {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": num}[mode]
    return text, mode


def iban(rng, lang):
    country = rng.choice(IBAN_COUNTRY[lang])
    for _ in range(5000):
        bban = IBAN_BBAN[country](rng)
        num = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(num):
            break
    else:
        raise RuntimeError(country)
    if rng.random() < 0.6:
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4)), "print"
    return num, "electronic"


def _ascii(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -")).lower()


DOMAINS = [
    "fastmail.com",
    "gmx.net",
    "outlook.com",
    "proton.me",
    "web.de",
    "yahoo.co.uk",
    "icloud.com",
    "kpnmail.nl",
    "libero.it",
    "sapo.pt",
    "uol.com.br",
    "orange.fr",
    "rediffmail.com",
    "hotmail.es",
]
ROLES = [
    "support",
    "helpdesk",
    "werkplaats",
    "atelier",
    "lab",
    "recovery",
    "service",
    "repairs",
    "servicedesk",
    "loja",
    "tienda",
    "assistenza",
    "backoffice",
    "install",
]


def email(rng, fake_en, first, last):
    f, la = _ascii(first).split(" ")[0] or "kim", _ascii(last).replace(" ", "") or "lee"
    if not f.isascii() or not f:
        f = _ascii(fake_en.first_name())
    if not la:
        la = _ascii(fake_en.last_name())
    user = rng.choice(
        [f"{f}.{la}", f"{f[0]}{la}", f"{f}{rng.randrange(70, 99)}", f"{la}.{f[0]}", f"{f}_{la}"]
    )
    return user + "@" + rng.choice(DOMAINS), "personal"


def role_email(rng, fake_en):
    dom = fake_en.domain_name()
    return f"{rng.choice(ROLES)}@{dom}", "role"


def ip(rng, kind):
    if kind == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
            if a.is_global:
                return str(a), "v4"
    if kind == "v4-private":
        return rng.choice(
            [
                f"192.168.{rng.randrange(0, 200)}.{rng.randrange(1, 255)}",
                f"10.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}",
            ]
        ), "v4-private"
    groups = [rng.choice(["2a02", "2a01", "2001", "2003", "2a00"])] + [
        f"{rng.randrange(1, 65536):x}" for _ in range(7)
    ]
    if rng.random() < 0.4:
        return ":".join(groups[:4]) + "::" + groups[7], "v6"
    return ":".join(groups), "v6"


def ssn(rng):
    area = rng.choice([x for x in range(1, 900) if x != 666])
    text = f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
    if rng.random() < 0.4:
        return text.replace("-", " "), "spaced"
    return text, "dashed"
