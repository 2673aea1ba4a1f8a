"""Non-phone values for v89: e-mails (Faker), cards (Luhn), IBANs (python-stdnum), IPs, US SSNs."""

import ipaddress

from faker import Faker
from stdnum import iban as std_iban

_FAKE = Faker("en_US")
ROLES = [
    "bookings",
    "enrol",
    "interpreting",
    "office",
    "admissions",
    "projects",
    "exams",
    "hostfamilies",
    "translations",
    "scheduling",
]


def seed(n):
    Faker.seed(n)


def email(rng, role):
    dom = _FAKE.domain_name()
    if role:
        return f"{rng.choice(ROLES)}@{dom}"
    return f"{_FAKE.first_name().lower()}.{_FAKE.last_name().lower()}@{dom}"


def _luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return str((10 - tot % 10) % 10)


def card(rng):
    pre, n = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15)])
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    num = body + _luhn_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    if mode == "solid":
        return num, mode
    sep = " " if mode == "spaced" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]]), mode
    return sep.join(num[i : i + 4] for i in range(0, 16, 4)), mode


_BBAN = {
    "DE": "n18",
    "NL": "a4n10",
    "AT": "n16",
    "BE": "n12",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "PT": "n21",
}


def _draw_bban(rng, spec):
    out = ""
    i = 0
    while i < len(spec):
        t = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1 : j])
        pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if t == "a" else "0123456789"
        out += "".join(rng.choice(pool) for _ in range(n))
        i = j
    return out


def iban(rng, country=None):
    cc = country or rng.choice(sorted(_BBAN))
    for _ in range(20000):
        bban = _draw_bban(rng, _BBAN[cc])
        if cc == "IT":
            bban = bban[0] + bban[1:]
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        chk = f"{98 - num % 97:02d}"
        s = cc + chk + bban
        if std_iban.is_valid(s):
            mode = rng.choice(["print", "electronic"])
            return (" ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s), mode
    raise RuntimeError(cc)


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a)
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                ]
            )
        else:
            groups = [rng.choice(["2a01", "2a02", "2001", "2a00", "2600", "2804"])]
            groups += [f"{rng.getrandbits(16):x}" for _ in range(3)]
            if rng.random() < 0.5:
                return ":".join(groups) + "::" + f"{rng.getrandbits(16):x}"
            groups += [f"{rng.getrandbits(16):x}" for _ in range(4)]
            a = ipaddress.IPv6Address(":".join(groups))
            if a.is_global:
                return ":".join(groups)


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", mode
