"""Non-phone PII values: e-mails, cards, IBANs, IP addresses, US SSNs."""

import ipaddress

from faker import Faker
from stdnum import iban as std_iban

ROLE_USERS = [
    "events",
    "hello",
    "matches",
    "members",
    "concierge",
    "bookings",
    "walks",
    "supper",
    "safety",
    "introductions",
    "rsvp",
    "team",
    "contact",
    "agentur",
    "rencontres",
    "citas",
    "incontri",
    "aanmelden",
    "encontros",
    "singles",
]

_FAKER = Faker("en_US")


def seed_faker(seed):
    _FAKER.seed_instance(seed)


def email(rng, mode):
    domain = _FAKER.domain_name()
    if mode == "role":
        return "%s@%s" % (rng.choice(ROLE_USERS), domain)
    first, last = _FAKER.first_name().lower(), _FAKER.last_name().lower()
    user = rng.choice(
        [
            "%s.%s" % (first, last),
            "%s%s" % (first[0], last),
            "%s_%s%d" % (first, last[:3], rng.randrange(10, 99)),
            "%s.%s" % (last, first[0]),
        ]
    )
    return "%s@%s" % (user, domain)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(rng, mode):
    pre = rng.choice(["4", "51", "52", "53", "54", "55", "2221", "2720"])
    body = pre + "".join(str(rng.randrange(10)) for _ in range(15 - len(pre)))
    for d in "0123456789":
        if luhn_ok(body + d):
            full = body + d
            break
    groups = [full[i : i + 4] for i in range(0, 16, 4)]
    if mode == "spaced":
        return " ".join(groups)
    if mode == "dashed":
        return "-".join(groups)
    return full


BBAN = {
    "DE": "N18",
    "GB": "A4N14",
    "NL": "A4N10",
    "FR": "N23",
    "ES": "N20",
    "IT": "A1N22",
    "PT": "N21",
    "BE": "N12",
    "AT": "N16",
    "CH": "N17",
    "IE": "A4N14",
}
BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK"],
    "NL": ["INGB", "RABO", "ABNA", "TRIO"],
    "IE": ["AIBK", "BOFI"],
    "IT": ["X", "K", "Y"],
}


def _check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban(rng, country, mode):
    for _ in range(20000):
        spec = BBAN[country]
        if spec.startswith("A"):
            n_alpha, n_num = spec[1:].split("N")
            bban = rng.choice(BANKS[country])[: int(n_alpha)]
            bban += "".join(str(rng.randrange(10)) for _ in range(int(n_num)))
        else:
            bban = "".join(str(rng.randrange(10)) for _ in range(int(spec[1:])))
        value = country + _check(country, bban) + bban
        if std_iban.is_valid(value):
            break
    else:
        raise RuntimeError(country)
    if mode == "print":
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ip(rng, mode):
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randrange(1 << 24, 223 << 24))
            if a.is_global:
                return str(a)
    if mode == "v4-private":
        return rng.choice(
            [
                "192.168.%d.%d" % (rng.randrange(256), rng.randrange(2, 255)),
                "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(2, 255)),
                "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(256), rng.randrange(2, 255)),
            ]
        )
    groups = ["2a01", "%x" % rng.randrange(1, 0xFFFF)] + ["%x" % rng.randrange(0x10000) for _ in range(6)]
    addr = ipaddress.IPv6Address(":".join(groups))
    return str(addr) if rng.random() < 0.5 else ":".join(groups)


def ssn(rng, mode):
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
    sep = " " if mode == "spaced" else "-"
    return "%03d%s%02d%s%04d" % (area, sep, group, sep, serial)


def ssn_ok(text):
    d = "".join(ch for ch in text if ch.isdigit())
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0
