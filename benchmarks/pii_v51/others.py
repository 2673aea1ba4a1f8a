"""E-mails, cards, IBANs, IPs and US SSNs (cards as salon no-show deposits, IBANs on cleaners' invoices)."""

import ipaddress
import unicodedata

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn

_FAKE = Faker(["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR"])

DOMAINS = [
    "gmail.com",
    "outlook.com",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "ziggo.nl",
    "hotmail.com",
    "uol.com.br",
    "yahoo.co.in",
    "icloud.com",
    "proton.me",
]
BIZ = [
    "studio-lumen",
    "scissorhands",
    "nailbar-ruby",
    "naht-und-faden",
    "fotowerk",
    "pianoforte-les",
    "fitwithkai",
    "pawsandsuds",
    "groenvingers",
    "brilho-casa",
    "clean-clear",
    "salon-etoile",
    "barberia-tito",
    "sartoria-bianchi",
    "hondenuitlaat",
    "pet-spa",
    "tuinhulp",
    "kapsalon-noor",
]
ROLES = [
    "afspraak",
    "termine",
    "booking",
    "rdv",
    "citas",
    "info",
    "hello",
    "agenda",
    "contato",
    "hallo",
    "appointments",
    "prenotazioni",
]
TLDS = ["com", "de", "nl", "fr", "it", "es", "com.br", "co.uk", "in", "pt", "be", "at"]


def email(rng, role):
    if role:
        return "%s@%s.%s" % (rng.choice(ROLES), rng.choice(BIZ), rng.choice(TLDS)), "role"
    _FAKE.seed_instance(rng.randrange(10**9))
    first = _FAKE.first_name().lower()
    last = _FAKE.last_name().lower()
    first = unicodedata.normalize("NFKD", first).replace(" ", "-")
    last = unicodedata.normalize("NFKD", last).replace(" ", "-")
    first = "".join(c for c in first if c.isascii() and (c.isalnum() or c in ".-"))
    last = "".join(c for c in last if c.isascii() and (c.isalnum() or c in ".-"))
    sep = rng.choice([".", "_", "", "."])
    tail = rng.choice(["", "", str(rng.randint(70, 99)), str(rng.randint(1, 9))])
    return "%s%s%s%s@%s" % (first, sep, last, tail, rng.choice(DOMAINS)), "personal"


def card(rng):
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("2221", 16)])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    digits = body + luhn.calc_check_digit(body)
    style = rng.choice(["spaced", "dashed", "solid"])
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    text = {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": digits}[style]
    return text, style


IBAN_SHAPES = {
    "DE": "18n",
    "NL": "4a10n",
    "FR": "23n",
    "ES": "20n",
    "IT": "1a22n",
    "PT": "21n",
    "BE": "12n",
    "AT": "16n",
    "GB": "4a14n",
}


def iban(rng, country):
    for _ in range(1000):
        shape = IBAN_SHAPES[country]
        bban = ""
        for part in shape.replace("a", "a|").replace("n", "n|").split("|"):
            if not part:
                continue
            count, kind = int(part[:-1]), part[-1]
            pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
            bban += "".join(rng.choice(pool) for _ in range(count))
        check = std_iban.calc_check_digits(country + "00" + bban)
        value = country + check + bban
        if std_iban.is_valid(value):
            style = rng.choice(["print", "print", "electronic"])
            text = " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if style == "print" else value
            return text, style
    raise RuntimeError(country)


def ip(rng):
    style = rng.choice(["v4", "v4-private", "v4-private", "v6"])
    if style == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randrange(1 << 32))
            if a.is_global:
                return str(a), style
    if style == "v4-private":
        return rng.choice(["192.168.%d.%d", "10.0.%d.%d", "172.16.%d.%d"]) % (
            rng.randint(0, 40),
            rng.randint(2, 250),
        ), style
    parts = ["2001", "db8"] + ["%x" % rng.randrange(1, 65535) for _ in range(rng.choice([2, 3]))]
    return ":".join(parts) + "::" + "%x" % rng.randrange(1, 4095), style


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    style = rng.choice(["dashed", "spaced"])
    sep = "-" if style == "dashed" else " "
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s), style
