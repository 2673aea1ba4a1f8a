"""E-mail addresses, payment cards, IBANs, IP addresses and US SSNs for v45."""

import ipaddress
import unicodedata

from faker import Faker
from stdnum import iban as stdiban

_FAKE = {}
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
ROLE_LOCAL = [
    "info",
    "service",
    "termine",
    "office",
    "lettings",
    "werkstatt",
    "contact",
    "notdienst",
    "verhuur",
    "orcamentos",
    "preventivi",
    "presupuestos",
    "devis",
    "bookings",
    "kundendienst",
    "jobs",
    "rentals",
    "pecas",
    "ricambi",
    "desatascos",
]
DOMAIN_STEM = [
    "kesslerhaustechnik",
    "brightsparks-elec",
    "oakfieldlettings",
    "garage-moreau",
    "fontaneria-rius",
    "autofficinabruni",
    "klusbedrijfdekker",
    "mudancasfaria",
    "sharmaelectricals",
    "tidyhome-cleaning",
    "schluesseldienst-vogt",
    "immo-lambert",
    "bouwbedrijfvink",
    "reparosjardim",
    "carrozzeriagalli",
    "swiftremovals",
    "dachdecker-brandt",
    "plomberie-girard",
    "pintoresgarcia",
    "huurpuntzuid",
]
TLD = {
    "en": [".co.uk", ".com", ".com.au", ".ie", ".in"],
    "de": [".de", ".at", ".ch"],
    "fr": [".fr", ".be"],
    "es": [".es"],
    "it": [".it"],
    "nl": [".nl", ".be"],
    "pt": [".pt", ".com.br"],
    "hi": [".in", ".co.in"],
}
FREE = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.com",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "ziggo.nl",
    "sapo.pt",
    "uol.com.br",
    "rediffmail.com",
    "icloud.com",
    "proton.me",
]


def _ascii(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


def email(rng, lang, personal):
    if personal:
        fk = _FAKE.setdefault(lang, Faker(FAKER_LOCALE[lang]))
        fk.seed_instance(rng.randrange(10**9))
        first, last = _ascii(fk.first_name()), _ascii(fk.last_name())
        pat = rng.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{l}.{f}", "{f}_{l}{n}", "{f}{n}"])
        local = pat.format(f=first, l=last, f0=first[:1], n=rng.randrange(2, 99))
        return local + "@" + rng.choice(FREE)
    local, stem = rng.choice(ROLE_BY_LANG[lang]), rng.choice(STEM_BY_LANG[lang])
    return local + "@" + stem + rng.choice(TLD[lang])


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(rng, mode):
    kind = rng.choice(["visa", "mc", "mc", "amex", "visa"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + "".join(rng.choice("0123456789") for _ in range(13))
    else:
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    for d in "0123456789":
        if luhn_ok(body + d):
            num = body + d
            break
    groups = (4, 6, 5) if len(num) == 15 else (4, 4, 4, 4)
    parts, i = [], 0
    for n in groups:
        parts.append(num[i : i + n])
        i += n
    if mode == "solid":
        return num
    return (" " if mode == "spaced" else "-").join(parts)


IBAN_SHAPE = {
    "DE": "18n",
    "AT": "16n",
    "CH": "5n12c",
    "FR": "10n11c2n",
    "BE": "12n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "PT": "21n",
    "GB": "4a14n",
    "IE": "4a14n",
    "BR": "23n1a1c",
}
IBAN_BANK = {
    "NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO"],
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}


def _fill(rng, country, shape):
    out, i = "", 0
    while i < len(shape):
        j = i
        while shape[j].isdigit():
            j += 1
        n, t = int(shape[i:j]), shape[j]
        if t == "a" and country in IBAN_BANK and not out:
            out += rng.choice(IBAN_BANK[country])
        else:
            pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789"}[t]
            out += "".join(rng.choice(pool) for _ in range(n))
        i = j + 1
    return out


def iban(rng, country, mode):
    for _ in range(20000):
        bban = _fill(rng, country, IBAN_SHAPE[country])
        raw = country + "00" + bban
        raw = country + stdiban.calc_check_digits(raw) + bban
        if stdiban.is_valid(raw):
            break
    else:
        raise RuntimeError("no IBAN for " + country)
    if mode == "electronic":
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a)
        elif mode == "v4-private":
            return rng.choice(
                [
                    "192.168.%d.%d" % (rng.choice([0, 1, 2, 178, 10]), rng.randint(2, 254)),
                    "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254)),
                    "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
                ]
            )
        else:
            words = ["2001", "db8" if rng.random() < 0.3 else "%x" % rng.randint(0x4000, 0xFFFF)]
            words += ["%x" % rng.randint(0, 0xFFFF) for _ in range(rng.choice([2, 6]))]
            text = (
                ":".join(words) if len(words) == 8 else ":".join(words) + "::" + "%x" % rng.randint(1, 0xFFF)
            )
            ipaddress.IPv6Address(text)
            return text


def ssn(rng, mode):
    while True:
        a, b, c = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    sep = "-" if mode == "dashed" else " "
    return "%03d%s%02d%s%04d" % (a, sep, b, sep, c)


def ssn_ok(text):
    d = [p for p in text.replace("-", " ").split(" ")]
    if len(d) != 3 or [len(x) for x in d] != [3, 2, 4]:
        return False
    a, b, c = int(d[0]), int(d[1]), int(d[2])
    return 0 < a < 900 and a != 666 and b > 0 and c > 0


ROLE_BY_LANG = {
    "en": ["info", "office", "lettings", "bookings", "jobs", "rentals", "service"],
    "de": ["info", "termine", "werkstatt", "notdienst", "kundendienst", "buero"],
    "fr": ["contact", "devis", "agence", "depannage"],
    "es": ["presupuestos", "info", "taller"],
    "it": ["preventivi", "ricambi", "info", "officina"],
    "nl": ["verhuur", "info", "planning"],
    "pt": ["orcamentos", "pecas", "geral", "contato"],
    "hi": ["info", "service", "care"],
}
STEM_BY_LANG = {
    "en": [
        "brightsparks-elec",
        "oakfieldlettings",
        "swiftremovals",
        "tidyhome-cleaning",
        "barkerandson-heating",
        "riversidemotors",
    ],
    "de": ["kesslerhaustechnik", "schluesseldienst-vogt", "dachdecker-brandt", "kfz-hartmann"],
    "fr": ["garage-moreau", "immo-lambert", "plomberie-girard", "demenagements-roux"],
    "es": ["fontaneria-rius", "pintoresgarcia", "talleresnavarro"],
    "it": ["autofficinabruni", "carrozzeriagalli", "immobiliaregalli"],
    "nl": ["klusbedrijfdekker", "bouwbedrijfvink", "huurpuntzuid"],
    "pt": ["mudancasfaria", "reparosjardim", "oficinapinto"],
    "hi": ["sharmaelectricals", "guptaplumbing", "verma-properties"],
}
