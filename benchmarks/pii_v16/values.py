"""Cards, SSNs and IP addresses for v16."""

import ipaddress


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(rng, prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


CARD_PREFIXES = {
    "visa": (["4"], 16),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "2480", "2720", "2600"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "644", "649", "65"], 16),
    "rupay": (["6070", "6080", "6521", "6522", "8172"], 16),
    "elo": (["636368", "438935", "504175", "451416", "636297", "506699", "509048", "650031"], 16),
}


def card(rng, locale, mode):
    brands = ["visa", "visa", "mastercard", "mastercard"]
    if locale == "en_US":
        brands += ["amex", "discover"]
    elif locale == "en_IN":
        brands += ["rupay", "rupay"]
    elif locale == "pt_BR":
        brands += ["elo", "elo"]
    else:
        brands.append("amex")
    brand = rng.choice(brands)
    prefixes, length = CARD_PREFIXES[brand]
    num = _luhn_complete(rng, rng.choice(prefixes), length)
    groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    if mode == "grouped":
        return " ".join(groups)
    if mode == "dashed":
        return "-".join(groups)
    return num


def ssn_ok(area, group, serial):
    return 1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999


def ssn(rng, mode):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = "-" if mode == "dashed" else " "
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng, private):
    if private:
        kind = rng.randrange(3)
        if kind == 0:
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if kind == 1:
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return f"192.168.{rng.choice([0, 1, 2, 10, 178, 100])}.{rng.randint(2, 254)}"
    while True:
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not str(a).endswith((".0", ".255")):
            return str(a)


def ipv6(rng):
    while True:
        first = rng.choice([0x2001, 0x2A02, 0x2A01, 0x2600, 0x2804, 0x2409, 0x2405, 0x2A00, 0x2003, 0x2C0F])
        groups = [first, rng.randint(0x100, 0xFFFF), rng.randint(0, 0xFFFF)]
        tail = [rng.randint(0, 0xFFFF) for _ in range(rng.choice([1, 2, 3]))]
        zeros = 8 - len(groups) - len(tail)
        addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups + [0] * zeros + tail))
        if addr.is_global and "::" in addr.compressed:
            return addr.compressed
