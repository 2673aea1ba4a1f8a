"""Cards, IBANs, SSNs and IPs for the v24 held-out set."""

import ipaddress
import re

from .values import _regroup


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch)
        if i % 2:
            k = k * 2 - 9 if k > 4 else k * 2
        total += k
    return total % 10 == 0


def _luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, mode):
    brand = rng.choice(("visa", "visa", "mc", "mc2", "amex", "discover"))
    if brand == "visa":
        d = _luhn_complete("4", 16, rng)
    elif brand == "mc":
        d = _luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif brand == "mc2":
        d = _luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif brand == "amex":
        d = _luhn_complete(rng.choice(("34", "37")), 15, rng)
    else:
        d = _luhn_complete(rng.choice(("6011", "65")), 16, rng)
    sizes = (4, 6, 5) if len(d) == 15 else (4, 4, 4, 4)
    if mode == "grouped":
        return _regroup(d, sizes, " ")
    if mode == "dashed":
        return _regroup(d, sizes, "-")
    return d


IBAN_BBAN = {
    "DE": "n18",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "NL": "a4n10",
    "GB": "a4n14",
    "BE": "n12",
    "AT": "n16",
    "CH": "n17",
    "PT": "n21",
    "BR": "n23a1c1",
    "IE": "a4n14",
}
BANK_LETTERS = {
    "NL": ("INGB", "RABO", "ABNA", "SNSB", "TRIO"),
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL"),
    "IE": ("AIBK", "BOFI", "IPBS"),
}


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(text):
    s = text.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def iban(rng, country, mode):
    spec = IBAN_BBAN[country]
    parts = re.findall(r"([nac])(\d+)", spec)
    bban = ""
    for kind, n in parts:
        n = int(n)
        if kind == "n":
            bban += "".join(rng.choice("0123456789") for _ in range(n))
        elif kind == "a" and n == 4:
            bban += rng.choice(BANK_LETTERS[country])
        elif kind == "a":
            bban += "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(n))
        else:
            bban += rng.choice("12")
    s = country + iban_check(country, bban) + bban
    if mode == "compact":
        return s
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def ssn(rng, mode):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = "-" if mode == "dashed" else " "
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def ssn_valid(text):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def ipv4(rng, private):
    while True:
        if private:
            kind = rng.choice((10, 172, 192))
            if kind == 10:
                t = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
            elif kind == 172:
                t = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
            else:
                t = "192.168.%d.%d" % (rng.choice((0, 1, 1, 2, 8, 10, 178)), rng.randint(2, 254))
        else:
            t = "%d.%d.%d.%d" % (
                rng.randint(1, 223),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(1, 254),
            )
        ip = ipaddress.IPv4Address(t)
        if ip.is_private == private and (private or ip.is_global):
            return t


def ipv6(rng):
    while True:
        groups = [rng.choice((0x2001, 0x2A00, 0x2A02, 0x2600, 0x2804, 0x2405, 0x2A01))]
        groups += [rng.randint(0, 0xFFFF) for _ in range(3)]
        zeros = rng.randint(1, 3)
        groups += [0] * zeros + [rng.randint(1, 0xFFFF) for _ in range(4 - zeros)]
        ip = ipaddress.IPv6Address(":".join("%x" % g for g in groups))
        if ip.is_global and "::" in ip.compressed:
            return ip.compressed
