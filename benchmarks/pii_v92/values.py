"""Non-phone values for v92: e-mails, cards (Luhn), IBANs (mod 97, python-stdnum), IPs, US SSNs."""

import ipaddress

from stdnum import iban as stdiban

from .negs import luhn

ROLES = [
    "markets",
    "stalls",
    "traders",
    "pitches",
    "crew",
    "volunteers",
    "bookings",
    "catering",
    "foodfest",
    "kermis",
    "markt",
    "marche",
    "feira",
    "mercado",
    "sagra",
    "mela",
]
IBAN_LEN = {
    "DE": 18,
    "AT": 16,
    "CH": 17,
    "FR": 23,
    "BE": 12,
    "ES": 20,
    "IT": 23,
    "NL": 14,
    "PT": 21,
    "GB": 18,
    "IE": 18,
}
BANKS = {
    "NL": ["RABO", "INGB", "ABNA", "TRIO", "SNSB"],
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}


def email(rng, fake, role):
    if role:
        return f"{rng.choice(ROLES)}@{fake.domain_name()}"
    user = fake.user_name().lower()
    return f"{user}@{fake.free_email_domain()}"


def card(rng, mode):
    while True:
        kind = rng.choice(["visa", "mc", "amex"])
        if kind == "visa":
            body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
        elif kind == "mc":
            body = str(rng.randint(51, 55)) + "".join(rng.choice("0123456789") for _ in range(13))
        else:
            body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        for d in "0123456789":
            if luhn(body + d):
                num = body + d
                break
        if kind == "amex":
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        return {"spaced": " ".join(groups), "solid": num, "dashed": "-".join(groups)}[mode]


def iban(rng, country, mode):
    for _ in range(50000):
        n = IBAN_LEN[country]
        if country in BANKS:
            bban = rng.choice(BANKS[country]) + "".join(rng.choice("0123456789") for _ in range(n - 4))
        elif country == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "".join(
                rng.choice("0123456789") for _ in range(n - 1)
            )
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(n))
        raw = bban + country + "00"
        num = int("".join(str(int(c, 36)) for c in raw))
        value = f"{country}{98 - num % 97:02d}{bban}"
        if stdiban.is_valid(value):
            if mode == "electronic":
                return value
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    raise RuntimeError(country)


def ip(rng, mode):
    while True:
        if mode == "v4-private":
            a = rng.choice([f"10.{rng.randint(0, 255)}", "192.168", f"172.{rng.randint(16, 31)}"])
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if mode == "v4":
            text = ".".join(str(rng.randint(1, 223) if i == 0 else rng.randint(0, 255)) for i in range(4))
            if ipaddress.ip_address(text).is_global:
                return text
        else:
            groups = [rng.choice(["2a02", "2a01", "2001", "2a00", "2604", "2800"])]
            groups += [f"{rng.randint(0, 65535):x}" for _ in range(3)]
            if rng.random() < 0.5:
                text = ":".join(groups) + "::" + f"{rng.randint(1, 4095):x}"
            else:
                text = ":".join(groups + [f"{rng.randint(0, 65535):x}" for _ in range(4)])
            if ipaddress.ip_address(text).is_global:
                return str(ipaddress.ip_address(text)) if "::" in text else text


def ssn(rng, mode):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = "-" if mode == "dashed" else " "
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"
