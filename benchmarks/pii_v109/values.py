"""Non-phone values: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress
import re

from stdnum import iban as std_iban

ROLES = [
    "shotfiring",
    "marine.ops",
    "crewchange",
    "rescue.station",
    "weighbridge",
    "depot.sales",
    "permits",
    "heliport",
    "env.monitoring",
    "logistik",
    "planning",
    "centrale",
]
_ASCII = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$")


def email(rng, fake):
    for _ in range(100):
        dom = fake.domain_name().lower()
        if _ASCII.match(dom):
            break
    else:
        dom = "quarry-ops.example.com"
    if rng.random() < 0.55:
        return "role", "%s@%s" % (rng.choice(ROLES), dom)
    for _ in range(100):
        user = fake.user_name().lower()
        if re.match(r"^[a-z][a-z0-9._]*[a-z0-9]$", user):
            return "personal", "%s@%s" % (user, dom)
    return "personal", "crew.member@%s" % dom


def _luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(rng):
    if rng.random() < 0.2:
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        num = body + _luhn_digit(body)
        groups = [num[:4], num[4:10], num[10:]]
    else:
        body = rng.choice(["4", "51", "53", "55", "2221"]) + ""
        body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
        num = body + _luhn_digit(body)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    mode = rng.choice(["spaced", "solid", "dashed"])
    return mode, {"spaced": " ".join(groups), "solid": num, "dashed": "-".join(groups)}[mode]


def iban(rng, fake_iban):
    for _ in range(100):
        val = fake_iban()
        if std_iban.is_valid(val):
            break
    else:
        raise RuntimeError("no IBAN")
    if rng.random() < 0.6:
        return "print", std_iban.format(val)
    return "electronic", std_iban.compact(val)


def ip(rng):
    r = rng.random()
    if r < 0.4:
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDFFFFFFF))
            if a.is_global:
                return "v4", str(a)
    if r < 0.75:
        pick = rng.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.%d.%d.%d"])
        if pick.startswith("172"):
            s = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
        elif pick.startswith("10"):
            s = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        else:
            s = "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
        return "v4-private", s
    words = [rng.choice(["2a02", "2a01", "2001", "2a0c", "2600"])] + [
        "%x" % rng.randint(0, 0xFFFF) for _ in range(7)
    ]
    return "v6", str(ipaddress.IPv6Address(":".join(words)))


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return mode, "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def ssn_ok(text):
    d = re.sub(r"[- ]", "", text)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0
