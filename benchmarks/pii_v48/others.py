"""Cards, IBANs, IPs, US SSNs and e-mail addresses for v48."""

import ipaddress
import unicodedata

from faker import Faker
from stdnum import iban as stdiban

ROLE = [
    "reservations",
    "bookings",
    "orders",
    "kitchen",
    "hello",
    "catering",
    "events",
    "tastings",
    "info",
    "bestellung",
    "reservierung",
    "commandes",
    "reservas",
    "prenotazioni",
    "bestellen",
    "encomendas",
    "classes",
    "canteen",
]
DOMAINS = [
    "osteria-{t}.it",
    "brasserie-{t}.fr",
    "{t}-bakehouse.co.uk",
    "{t}kitchen.com",
    "metzgerei-{t}.de",
    "{t}-tapas.es",
    "eetcafe-{t}.nl",
    "padaria{t}.com.br",
    "{t}tiffins.in",
    "{t}-wines.com",
    "{t}-foodtruck.com",
    "kantine-{t}.de",
]
SLUGS = [
    "lanterna",
    "biscuit",
    "fennel",
    "zuurdesem",
    "sardinha",
    "tamarind",
    "olivo",
    "brezel",
    "crumb",
    "saffron",
    "limone",
    "harbour",
    "pimenta",
    "bramble",
    "kaneel",
]
FAKER_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "en_IN",
}
IBAN_LEN = {
    "DE": 22,
    "GB": 22,
    "NL": 18,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "PT": 25,
    "AT": 20,
    "CH": 21,
    "BE": 16,
    "IE": 22,
}
BANK_LETTERS = {"GB": 4, "NL": 4, "IE": 4, "IT": 1}


def _ascii(s):
    s = unicodedata.normalize("NFKD", s.lower().replace("ß", "ss"))
    return "".join(c for c in s if c.isascii() and c.isalnum())


def role_email(rng):
    dom = rng.choice(DOMAINS).format(t=rng.choice(SLUGS))
    return rng.choice(ROLE) + "@" + dom


def personal_email(rng, lang):
    fk = Faker(FAKER_LOCALE[lang])
    fk.seed_instance(rng.randrange(10**9))
    first, last = _ascii(fk.first_name()), _ascii(fk.last_name())
    sep = rng.choice([".", "_", ""])
    host = rng.choice(
        [
            "gmail.com",
            "outlook.com",
            "web.de",
            "orange.fr",
            "libero.it",
            "ziggo.nl",
            "uol.com.br",
            "rediffmail.com",
            "yahoo.es",
            "sapo.pt",
            "icloud.com",
        ]
    )
    tail = rng.choice(["", "", str(rng.randint(2, 99))])
    return f"{first}{sep}{last}{tail}@{host}"


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card(rng):
    """Return (text, mode)."""
    pre, length = rng.choice([("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15), ("6011", 16)])
    body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
    d = next(body + c for c in "0123456789" if luhn_ok(body + c))
    mode = rng.choice(["spaced", "dashed", "solid"])
    if length == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": d}[mode], mode


def iban(rng, country):
    """Return (text, mode); BBAN drawn until python-stdnum accepts the IBAN."""
    n = IBAN_LEN[country] - 4
    for _ in range(20000):
        letters = BANK_LETTERS.get(country, 0)
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
        bban += "".join(rng.choice("0123456789") for _ in range(n - letters))
        check = stdiban.calc_check_digits(country + "00" + bban)
        cand = country + check + bban
        if stdiban.is_valid(cand):
            if rng.random() < 0.75:
                return " ".join(cand[i : i + 4] for i in range(0, len(cand), 4)), "print"
            return cand, "electronic"
    raise RuntimeError("no IBAN for " + country)


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v4-private", "v6"])
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randrange(1 << 24, 223 << 24))
            if a.is_global:
                return str(a), mode
    if mode == "v4-private":
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}",
                f"10.{rng.randint(0, 40)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}",
            ]
        ), mode
    groups = ["2a02", "%x" % rng.randint(0x100, 0xFFF)] + ["%x" % rng.randint(0, 0xFFFF) for _ in range(2)]
    return str(ipaddress.IPv6Address(":".join(groups) + "::" + "%x" % rng.randint(1, 0xFFF))), mode


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    if rng.random() < 0.6:
        return f"{a:03d}-{g:02d}-{s:04d}", "dashed"
    return f"{a:03d} {g:02d} {s:04d}", "spaced"


def ssn_ok(t):
    d = t.replace("-", "").replace(" ", "")
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and s > 0
