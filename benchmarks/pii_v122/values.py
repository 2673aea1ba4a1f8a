"""Non-phone values for v122: e-mails, cards, IBANs, IPs, US SSNs."""

import ipaddress

from stdnum import iban as std_iban

from . import negs

ROLES = ["hello", "frontdesk", "community", "events", "billing", "pitch", "mailroom", "apply", "hosts"]


def email(rng, fake):
    if rng.random() < 0.5:
        return "role", "%s@%s" % (rng.choice(ROLES), fake.domain_name())
    return "personal", "%s@%s" % (fake.user_name(), fake.free_email_domain())


def card(rng):
    while True:
        pre, n = rng.choice([("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15)])
        body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if negs.luhn(body + c):
                d = body + c
                break
        if n == 15:
            groups = [d[:4], d[4:10], d[10:]]
        else:
            groups = [d[i : i + 4] for i in range(0, 16, 4)]
        mode = rng.choice(["spaced", "solid", "dashed"])
        return mode, {"spaced": " ".join(groups), "solid": d, "dashed": "-".join(groups)}[mode]


BBAN = {"DE": "n18", "GB": "a4n14", "NL": "a4n10", "AT": "n16", "BE": "n12", "IT": "a1n22", "PT": "n21"}


def _bban(rng, spec):
    out, i = "", 0
    while i < len(spec):
        kind, j = spec[i], i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1 : j])
        pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
        out += "".join(rng.choice(pool) for _ in range(n))
        i = j
    return out


def iban(rng, country):
    country = country if country in BBAN else "DE"
    while True:
        bban = _bban(rng, BBAN[country])
        raw = bban + country + "00"
        num = int("".join(str(int(ch, 36)) for ch in raw))
        code = country + "%02d" % (98 - num % 97) + bban
        if std_iban.is_valid(code):
            if rng.random() < 0.6:
                return "print", " ".join(code[i : i + 4] for i in range(0, len(code), 4))
            return "electronic", code


def ip(rng):
    r = rng.random()
    if r < 0.4:
        while True:
            a = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
            if a.is_global:
                return "v4", str(a)
    if r < 0.7:
        return "v4-private", rng.choice(
            [
                "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)),
                "192.168.%d.%d" % (rng.randrange(256), rng.randrange(2, 255)),
                "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(256), rng.randrange(1, 255)),
            ]
        )
    words = ["2a0%x" % rng.randrange(1, 16)] + ["%x" % rng.randrange(1, 65536) for _ in range(7)]
    return "v6", str(ipaddress.IPv6Address(":".join(words)))


def ssn(rng):
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return mode, "%03d%s%02d%s%04d" % (area, sep, g, sep, s)
