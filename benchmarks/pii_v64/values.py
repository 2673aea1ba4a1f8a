"""Non-phone values for v64: e-mails, cards (Luhn), IBANs (mod 97 via stdnum), IPs, US SSNs."""

import ipaddress

from stdnum import iban as std_iban

from .negs import luhn

ROLES = [
    "volunteers",
    "rota",
    "donate",
    "pantry",
    "adopt",
    "giving",
    "shelter",
    "blooddrive",
    "helfen",
    "benevoles",
]
DOMAINS = [
    "foodshare-north.org",
    "paws-rescue.org.uk",
    "nachbarn-helfen.de",
    "restos-solidaires.fr",
    "voedselbank-oost.nl",
    "redeapoio.org.br",
    "despensa-solidaria.es",
    "canile-amico.it",
    "sevasamiti.in",
]


def email(rng, fake):
    if rng.random() < 0.55:
        return f"{rng.choice(ROLES)}@{rng.choice(DOMAINS)}", "role"
    user = fake.user_name()
    return f"{user}@{fake.free_email_domain()}", "personal"


def card(rng):
    while True:
        kind = rng.choice(["visa", "mc", "amex"])
        if kind == "amex":
            d = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(13))
        else:
            d = rng.choice(["4"]) if kind == "visa" else str(rng.randint(51, 55))
            d += "".join(rng.choice("0123456789") for _ in range(16 - len(d)))
        if not luhn(d):
            continue
        mode = rng.choice(["spaced", "solid", "dashed"])
        if kind == "amex":
            g = [d[:4], d[4:10], d[10:]]
        else:
            g = [d[i : i + 4] for i in range(0, 16, 4)]
        return {"spaced": " ".join(g), "solid": d, "dashed": "-".join(g)}[mode], mode


BBAN = {
    "DE": lambda r: _dig(r, 18),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "SNSB"]) + _dig(r, 10),
    "FR": lambda r: _dig(r, 23),
    "ES": lambda r: _dig(r, 20),
    "IT": lambda r: r.choice("ABCDEFGHIJ") + _dig(r, 22),
    "PT": lambda r: _dig(r, 21),
    "BE": lambda r: _dig(r, 12),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD"]) + _dig(r, 14),
    "AT": lambda r: _dig(r, 16),
    "CH": lambda r: _dig(r, 17),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _dig(r, 14),
}


def _dig(r, k):
    return "".join(r.choice("0123456789") for _ in range(k))


def iban(rng, country):
    for _ in range(20000):
        bban = BBAN[country](rng)
        num = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(num) % 97
        s = f"{country}{check:02d}{bban}"
        if std_iban.is_valid(s):
            if rng.random() < 0.6:
                return " ".join(s[i : i + 4] for i in range(0, len(s), 4)), "print"
            return s, "electronic"
    raise RuntimeError(country)


def ip(rng):
    m = rng.random()
    if m < 0.4:
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global:
                return str(a), "v4"
    if m < 0.7:
        base = rng.choice(["10.{}.{}.{}", "192.168.{}.{}", "172.{}.{}.{}"])
        parts = [rng.randint(16, 31)] if base.startswith("172") else []
        parts += [rng.randint(0, 254) for _ in range(base.count("{}") - len(parts))]
        parts[-1] = max(parts[-1], 2)
        return base.format(*parts), "v4-private"
    groups = [rng.choice(["2a01", "2a02", "2001", "2604", "2a00"])] + [
        f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)
    ]
    if rng.random() < 0.4:
        return str(ipaddress.IPv6Address(":".join(groups[:4] + ["0", "0", "0", groups[7]]))), "v6"
    return ":".join(groups), "v6"


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", mode
