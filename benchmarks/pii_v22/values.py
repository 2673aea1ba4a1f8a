"""Value generators for the non-phone kinds of the v22 held-out set, their validators, and the guards run on
masked text."""

import ipaddress
import re

from .phones import grp


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch)
        if i % 2:
            k = k * 2 - 9 if k > 4 else k * 2
        total += k
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(rng, mode):
    brand = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    pre, n = {
        "visa": (rng.choice(["4"]), 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
    }[brand]
    d = luhn_complete(pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1)))
    sizes = [4, 6] if n == 15 else [4, 4, 4]
    if mode == "compact":
        return d
    return grp(d, sizes, "-" if mode == "dashed" else " ")


IBAN_SPEC = {
    "DE": ("", 18),
    "AT": ("", 16),
    "CH": ("", 17),
    "FR": ("", 23),
    "ES": ("", 20),
    "BE": ("", 12),
    "NL": ("bank", 10),
    "GB": ("bank", 14),
    "IE": ("bank", 14),
    "IT": ("cin", 22),
    "BR": ("br", 23),
}
BANKS = {
    "NL": ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "KNAB", "ASNB"],
    "GB": ["NWBK", "BARC", "LOYD", "HBUK"],
    "IE": ["AIBK", "BOFI", "IPBS"],
}


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def iban(rng, country, mode):
    extra, n = IBAN_SPEC[country]
    digits = "".join(rng.choice("0123456789") for _ in range(n))
    if extra == "bank":
        bban = rng.choice(BANKS[country]) + digits
    elif extra == "cin":
        bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits
    elif extra == "br":
        bban = digits + "P" + rng.choice("1ABC")
    else:
        bban = digits
    full = country + iban_check(country, bban) + bban
    return full if mode == "compact" else grp(full, [4] * 9)


def ssn_ok(area, group, serial):
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ssn(rng, mode):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_ok(a, g, s):
            return "%03d%s%02d%s%04d" % (
                a,
                "-" if mode == "dashed" else " ",
                g,
                "-" if mode == "dashed" else " ",
                s,
            )


PUBLIC_V4 = (
    31,
    37,
    46,
    62,
    77,
    78,
    79,
    80,
    81,
    82,
    84,
    85,
    86,
    87,
    88,
    89,
    91,
    93,
    94,
    95,
    109,
    176,
    178,
    185,
    188,
    193,
    194,
    195,
    212,
    213,
    217,
)
V6_PREFIX = (
    "2a02:810",
    "2001:16b8",
    "2a01:c2",
    "2003:e5",
    "2600:1700",
    "2406:7400",
    "2804:14c",
    "2a02:a45",
    "2a01:e0a",
    "2a0c:5a80",
    "2605:a601",
)


def ipv4(rng, private):
    if private:
        k = rng.random()
        if k < 0.5:
            return "192.168.%d.%d" % (rng.choice([0, 1, 1, 2, 10, 178]), rng.randint(2, 254))
        if k < 0.8:
            return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    while True:
        a = "%d.%d.%d.%d" % (
            rng.choice(PUBLIC_V4),
            rng.randint(0, 255),
            rng.randint(0, 255),
            rng.randint(1, 254),
        )
        if ipaddress.IPv4Address(a).is_global:
            return a


def ipv6(rng):
    while True:
        pre = rng.choice(V6_PREFIX)
        groups = pre.split(":")
        groups[-1] = groups[-1] + "".join(rng.choice("0123456789abcdef") for _ in range(4 - len(groups[-1])))
        while len(groups) < 4:
            groups.append("%x" % rng.randint(0, 0xFFFF))
        tail = ["0"] * rng.randint(1, 3)
        tail += ["%x" % rng.randint(1, 0xFFFF) for _ in range(4 - len(tail))]
        addr = ipaddress.IPv6Address(":".join(groups + tail))
        if addr.is_global:
            return addr.compressed


GUARD_LUHN = re.compile(r"\d(?:[ -]?\d)*")
GUARD_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
GUARD_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
GUARD_QUAD = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
GUARD_V6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]*(?::[0-9A-Fa-f]*){2,}(?![\w:])")


def guard_hits(text):
    """What a masked text must not hold: '@', a Luhn-valid run of 13-19 digits (single spaces or hyphens
    allowed between digits), a mod-97 IBAN, an SSN-shaped group, a dotted quad, or a parseable IPv6."""
    hits = []
    if "@" in text:
        hits.append("at")
    for m in GUARD_LUHN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append("luhn:" + m.group())
    for m in GUARD_IBAN.finditer(text):
        c = m.group().replace(" ", "")
        if any(mod97_ok(c[:k]) for k in range(15, len(c) + 1)):
            hits.append("iban:" + m.group())
    hits += ["ssn:" + m.group() for m in GUARD_SSN.finditer(text)]
    hits += ["quad:" + m.group() for m in GUARD_QUAD.finditer(text)]
    for m in GUARD_V6.finditer(text):
        tok = m.group()
        if re.search(r"[0-9A-Fa-f]", tok):
            try:
                ipaddress.IPv6Address(tok)
            except ValueError:
                continue
            hits.append("v6:" + tok)
    return hits
