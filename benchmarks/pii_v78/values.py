"""Non-phone values for v78: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress
import unicodedata

from stdnum import iban as stdiban

from .negs import luhn

TLD = {
    "US": ".org",
    "GB": ".org.uk",
    "IN": ".in",
    "AU": ".org.au",
    "IE": ".ie",
    "DE": ".de",
    "AT": ".at",
    "CH": ".ch",
    "FR": ".fr",
    "BE": ".be",
    "ES": ".es",
    "IT": ".it",
    "NL": ".nl",
    "PT": ".pt",
    "BR": ".com.br",
}
ROLES = [
    "secretary",
    "plots",
    "swarms",
    "orders",
    "hello",
    "shows",
    "lettings",
    "accounts",
    "waitinglist",
    "info",
    "office",
    "bees",
    "tuin",
    "jardin",
    "garten",
    "horta",
]
DOMAIN_WORDS = [
    "greenacre",
    "hivecraft",
    "oakleaf",
    "mudandroots",
    "beeline",
    "rosehip",
    "willowbank",
    "sowandgrow",
    "orchardend",
    "thornfield",
    "moss-and-stone",
    "honeycomb-club",
    "seedshed",
]
IBAN_LAYOUT = {
    "DE": "d18",
    "AT": "d16",
    "CH": "d17",
    "NL": "a4d10",
    "BE": "d12",
    "FR": "d23",
    "ES": "d20",
    "IT": "a1d22",
    "PT": "d21",
    "GB": "a4d14",
    "IE": "a4d14",
}


def email(rng, fake, region):
    dom = rng.choice(DOMAIN_WORDS) + TLD.get(region, ".org")
    if rng.random() < 0.6:
        return rng.choice(ROLES) + "@" + dom, "role"
    first = fake.first_name().lower()
    last = fake.last_name().lower()
    user = first + rng.choice([".", "_", ""]) + last
    user = unicodedata.normalize("NFKD", user.replace("ß", "ss"))
    user = "".join(ch for ch in user if ch.isascii() and (ch.isalnum() or ch in "._"))
    return user + "@" + dom, "personal"


def card(rng):
    for _ in range(1000):
        if rng.random() < 0.15:
            d = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(13))
        else:
            d = rng.choice(["4", "51", "52", "53", "54", "55"])
            d += "".join(rng.choice("0123456789") for _ in range(16 - len(d)))
        if luhn(d):
            break
    mode = rng.choice(["spaced", "solid", "dashed"])
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i : i + 4] for i in range(0, 16, 4)]
    text = {"spaced": " ".join(groups), "solid": d, "dashed": "-".join(groups)}[mode]
    return text, mode


def iban(rng, region):
    lay = IBAN_LAYOUT.get(region, "d18")
    for _ in range(20000):
        bban = ""
        i = 0
        while i < len(lay):
            kind, n = lay[i], ""
            i += 1
            while i < len(lay) and lay[i].isdigit():
                n += lay[i]
                i += 1
            pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
            bban += "".join(rng.choice(pool) for _ in range(int(n)))
        check = stdiban.calc_check_digits(region + "00" + bban)
        num = region + check + bban
        if stdiban.is_valid(num):
            break
    else:
        raise RuntimeError(region)
    if rng.random() < 0.6:
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4)), "print"
    return num, "electronic"


def ip(rng):
    r = rng.random()
    if r < 0.35:
        a = rng.choice(
            [
                "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250)),
                "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 250)),
            ]
        )
        return a, "v4-private"
    if r < 0.7:
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global:
                return str(a), "v4"
    while True:
        a = ipaddress.IPv6Address(
            (rng.choice([0x2A02, 0x2A01, 0x2001, 0x2604, 0x2803]) << 112) | rng.getrandbits(112)
        )
        if a.is_global:
            return str(a), "v6"


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if rng.random() < 0.5:
        return "%03d-%02d-%04d" % (area, g, s), "dashed"
    return "%03d %02d %04d" % (area, g, s), "spaced"
