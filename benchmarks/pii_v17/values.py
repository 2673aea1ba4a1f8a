"""Cards, SSNs, IP addresses and IBANs for the v17 set."""

import ipaddress

CARD_PREFIXES = {
    "visa": (["4"], 16),
    "mc": (["51", "52", "53", "54", "55", "2221", "2480", "2600", "2720"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "644", "65"], 16),
    "rupay": (["6070", "6080", "6521", "6522", "8172"], 16),
    "elo": (["636368", "438935", "504175", "451416", "636297"], 16),
}


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card(rng, locale):
    brands = ["visa", "visa", "mc", "mc", "amex"]
    if locale == "en_US":
        brands.append("discover")
    if locale == "en_IN":
        brands += ["rupay", "rupay"]
    if locale == "pt_BR":
        brands += ["elo", "elo"]
    brand = rng.choice(brands)
    prefixes, length = CARD_PREFIXES[brand]
    body = rng.choice(prefixes)
    body += "".join(rng.choice("0123456789") for _ in range(length - 1 - len(body)))
    for d in "0123456789":
        if luhn_ok(body + d):
            digits = body + d
            break
    mode = rng.choice(["grouped", "grouped", "dashed", "compact"])
    if mode == "compact":
        return digits, mode
    parts = (
        [digits[:4], digits[4:10], digits[10:]]
        if length == 15
        else [digits[i : i + 4] for i in range(0, 16, 4)]
    )
    return (" " if mode == "grouped" else "-").join(parts), mode


def ssn_ok(a, g, s):
    return 1 <= int(a) <= 899 and a != "666" and 1 <= int(g) <= 99 and 1 <= int(s) <= 9999


def ssn(rng):
    while True:
        a, g, s = "%03d" % rng.randint(1, 899), "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)
        if ssn_ok(a, g, s):
            break
    mode = "dashed" if rng.random() < 0.8 else "spaced"
    return (a + ("-" if mode == "dashed" else " ") + g + ("-" if mode == "dashed" else " ") + s), mode


def ipv4(rng):
    r = rng.random()
    if r < 0.2:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if r < 0.4:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    if r < 0.6:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    while True:
        a = "%d.%d.%d.%d" % (
            rng.randint(1, 223),
            rng.randint(0, 255),
            rng.randint(0, 255),
            rng.randint(1, 254),
        )
        if ipaddress.IPv4Address(a).is_global:
            return a


def ipv6(rng):
    while True:
        groups = ["%x" % rng.choice([0x2001, 0x2A00, 0x2A02, 0x2600, 0x2804, 0x2405])]
        groups += ["%x" % rng.randint(1, 0xFFFF) for _ in range(2)]
        zeros = rng.randint(2, 4)
        groups += ["0"] * zeros + ["%x" % rng.randint(1, 0xFFFF) for _ in range(5 - zeros)]
        a = ipaddress.IPv6Address(":".join(groups))
        if a.is_global and "::" in a.compressed:
            return a.compressed


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def mod97(s):
    return int(_num(s)) % 97


def iban_ok(iban):
    s = iban.replace(" ", "")
    return len(s) >= 15 and mod97(s[4:] + s[:4]) == 1


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _es_dc(ten):
    v = 11 - sum(int(c) * w for c, w in zip(ten, ES_W, strict=True)) % 11
    return {11: 0, 10: 1}.get(v, v)


def it_cin(s):
    total = 0
    for i, c in enumerate(s):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        total += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def nl_eleven(acct):
    return sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0


def bban(rng, country):
    if country == "DE":
        return _digits(rng, 18)
    if country == "AT":
        return _digits(rng, 16)
    if country == "CH":
        return _digits(rng, 17)
    if country in ("GB", "IE"):
        return _letters(rng, 4) + _digits(rng, 14)
    if country == "BR":
        return _digits(rng, 23) + rng.choice("CP") + rng.choice("1234567890")
    if country == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return bank + branch + acct + "%02d" % key
    if country == "ES":
        bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        return bank + branch + "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acct)) + acct
    if country == "IT":
        rest = _digits(rng, 10) + _digits(rng, 12)
        return it_cin(rest) + rest
    if country == "BE":
        ten = _digits(rng, 10)
        chk = int(ten) % 97 or 97
        return ten + "%02d" % chk
    if country == "NL":
        while True:
            acct = _digits(rng, 10)
            if nl_eleven(acct):
                return _letters(rng, 4) + acct
    raise ValueError(country)


def iban(rng, country):
    b = bban(rng, country)
    check = 98 - mod97(b + country + "00")
    s = "%s%02d%s" % (country, check, b)
    assert iban_ok(s)
    if rng.random() < 0.75:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)), "grouped"
    return s, "compact"
