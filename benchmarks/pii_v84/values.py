"""Non-phone values (e-mails, cards, IBANs, IPs, SSNs) and names for v84."""

import ipaddress
import re
import unicodedata

from stdnum import iban as std_iban

from .negs import luhn

ROLES = {
    "en": ["frontdesk", "members", "bookings", "coaching", "swimschool", "raceoffice", "hello"],
    "de": ["empfang", "mitglieder", "kurse", "verein", "kontakt"],
    "fr": ["accueil", "adherents", "inscriptions", "club"],
    "es": ["recepcion", "socios", "reservas", "club"],
    "it": ["reception", "soci", "segreteria", "iscrizioni"],
    "nl": ["balie", "leden", "inschrijving", "info"],
    "pt": ["recepcao", "alunos", "secretaria", "contato"],
    "hi": ["frontdesk", "members", "support", "yogashala"],
}
BRANDS = [
    "ironworks",
    "lotusloft",
    "koyo-karate",
    "riverside-pool",
    "verticalden",
    "striders",
    "kraftwerk-fit",
    "souffle-yoga",
    "lanave-gym",
    "officina-fit",
    "deloods",
    "galpao-fit",
    "ironhouse",
    "greep-boulder",
    "tora-judo",
    "prana-studio",
    "onda-bjj",
    "airone-karate",
    "presa-climb",
    "ademruimte",
]
TLD = {
    "US": "com",
    "GB": "co.uk",
    "IN": "in",
    "AU": "com.au",
    "IE": "ie",
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


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s.lower())


def role_email(rng, lang, region):
    return "%s@%s.%s" % (rng.choice(ROLES[lang]), rng.choice(BRANDS), TLD[region])


def personal_email(rng, fake):
    first, last = ascii_slug(fake.first_name()), ascii_slug(fake.last_name())
    user = rng.choice(["%s.%s", "%s%s", "%s_%s"]) % (first or "kim", last or "lee")
    if rng.random() < 0.3:
        user += str(rng.randint(2, 99))
    return "%s@%s" % (user, fake.free_email_domain())


CARD_PREFIXES = [
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
]


def card(rng, mode):
    pre, n = rng.choice(CARD_PREFIXES)
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    d = next(str(c) for c in range(10) if luhn(body + str(c)))
    num = body + d
    groups = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(groups), "solid": num, "dashed": "-".join(groups)}[mode]


BBAN = {
    "DE": "n18",
    "AT": "n16",
    "CH": "n17",
    "FR": "n23",
    "GB": "b4n14",
    "IE": "b4n14",
    "BE": "n12",
    "ES": "n20",
    "IT": "a1n22",
    "NL": "b4n10",
    "PT": "n21",
}
BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO"],
}


def _bban(rng, country):
    spec, out = BBAN[country], ""
    for m in re.finditer(r"([abn])(\d+)", spec):
        t, k = m.group(1), int(m.group(2))
        if t == "b":
            out += rng.choice(BANKS[country])
        elif t == "a":
            out += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))
        else:
            out += "".join(rng.choice("0123456789") for _ in range(k))
    return out


def iban(rng, country, mode):
    for _ in range(20000):
        b = _bban(rng, country)
        x = b + country + "00"
        check = 98 - int("".join(str(int(c, 36)) for c in x)) % 97
        s = "%s%02d%s" % (country, check, b)
        if std_iban.is_valid(s):
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s
    raise RuntimeError(country)


def ip(rng, mode):
    if mode == "v4-private":
        return _private(rng)
    if mode == "v6":
        a = ipaddress.IPv6Address(
            "2a0%d:%x:%x:%x::%x"
            % (
                rng.randint(0, 9),
                rng.randint(1, 0xFFFF),
                rng.randint(0, 0xFFFF),
                rng.randint(0, 0xFFFF),
                rng.randint(1, 0xFFFF),
            )
        )
        return str(a) if rng.random() < 0.6 else a.exploded
    while True:
        a = ipaddress.IPv4Address(
            "%d.%d.%d.%d"
            % (
                rng.choice((62, 77, 81, 85, 91, 93, 145, 185, 193, 212)),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(1, 254),
            )
        )
        if a.is_global:
            return str(a)


def _private(rng):
    k = rng.randint(0, 2)
    if k == 0:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    if k == 1:
        return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
    return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))


def ssn(rng, mode):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            sep = "-" if mode == "dashed" else " "
            return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)
