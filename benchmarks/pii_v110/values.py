"""Non-phone values for v110: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress

from stdnum import iban as std_iban

from .negs import luhn

ROLE = [
    "bookings",
    "dome",
    "outreach",
    "stargazing",
    "planetarium",
    "secretary",
    "observing",
    "visits",
    "skywatch",
]


def email(rng, fake, mode):
    dom = fake.domain_name()
    if mode == "role":
        return rng.choice(ROLE) + "@" + dom
    return fake.user_name() + "@" + dom


def card(rng, mode):
    for _ in range(1000):
        pre = rng.choice(["4", "51", "53", "55", "2221", "37"])
        n = 15 if pre == "37" else 16
        body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn(body + c):
                num = body + c
                break
        if n == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        sep = {"spaced": " ", "solid": "", "dashed": "-"}[mode]
        return sep.join(groups)
    raise RuntimeError("card")


BBAN = {
    "DE": (18, ""),
    "NL": (14, "ABNA"),
    "AT": (16, ""),
    "FR": (23, ""),
    "ES": (20, ""),
    "IT": (23, "X"),
    "BE": (12, ""),
    "PT": (21, ""),
}


def iban(rng, country, mode):
    n, lead = BBAN[country]
    for _ in range(20000):
        if country == "NL":
            lead = rng.choice(["ABNA", "INGB", "RABO", "TRIO"])
        if country == "IT":
            lead = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
        bban = lead + "".join(rng.choice("0123456789") for _ in range(n - len(lead)))
        raw = bban + country + "00"
        num = int("".join(str(int(ch, 36)) for ch in raw))
        check = "%02d" % (98 - num % 97)
        value = country + check + bban
        if std_iban.is_valid(value):
            if mode == "print":
                return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
            return value
    raise RuntimeError("iban " + country)


def ip(rng, mode):
    while True:
        if mode == "v4-private":
            a = rng.choice([(10, rng.randrange(256)), (192, 168), (172, rng.randrange(16, 32))])
            v = "%d.%d.%d.%d" % (a[0], a[1], rng.randrange(256), rng.randrange(1, 255))
        elif mode == "v4":
            v = "%d.%d.%d.%d" % (
                rng.randrange(1, 224),
                rng.randrange(256),
                rng.randrange(256),
                rng.randrange(1, 255),
            )
        else:
            groups = ["2a0%x" % rng.randrange(16)] + ["%x" % rng.randrange(65536) for _ in range(7)]
            v = ":".join(groups)
            if rng.random() < 0.4:
                v = ":".join(groups[:4]) + "::" + groups[7]
        addr = ipaddress.ip_address(v)
        if mode == "v4" and (addr.is_private or addr.is_reserved or addr.is_loopback or addr.is_multicast):
            continue
        return str(addr) if mode == "v6" else v


def ssn(rng, mode):
    while True:
        a = rng.randrange(1, 900)
        if a == 666:
            continue
        v = (a, rng.randrange(1, 100), rng.randrange(1, 10000))
        sep = "-" if mode == "dashed" else " "
        return "%03d%s%02d%s%04d" % (v[0], sep, v[1], sep, v[2])
