"""Cards, SSNs, IP addresses, IBANs and e-mail addresses for v18 (all drawn fresh)."""

import ipaddress
import unicodedata

# ---------------------------------------------------------------- cards


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(rng, prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, locale):
    brands = ["visa", "visa", "mc", "mc2", "amex"]
    if locale == "en_US":
        brands.append("discover")
    if locale == "en_IN":
        brands += ["rupay", "rupay"]
    if locale == "pt_BR":
        brands += ["elo", "elo"]
    brand = rng.choice(brands)
    if brand == "visa":
        num = _luhn_complete(rng, "4", 16)
    elif brand == "mc":
        num = _luhn_complete(rng, str(rng.randint(51, 55)), 16)
    elif brand == "mc2":
        num = _luhn_complete(rng, str(rng.choice([2221, 2480, 2600, 2720])), 16)
    elif brand == "amex":
        num = _luhn_complete(rng, rng.choice(["34", "37"]), 15)
    elif brand == "discover":
        num = _luhn_complete(rng, "6011", 16)
    elif brand == "rupay":
        num = _luhn_complete(rng, rng.choice(["6070", "6080", "6521", "6522", "8172"]), 16)
    else:
        num = _luhn_complete(rng, rng.choice(["636368", "438935", "504175", "451416", "636297", "5067"]), 16)
    groups = [num[:4], num[4:10], num[10:]] if len(num) == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    mode = rng.choice(["grouped", "grouped", "grouped", "dashed", "compact"])
    text = {"grouped": " ".join(groups), "dashed": "-".join(groups), "compact": num}[mode]
    return {"kind": "CREDIT_CARD", "mode": mode, "text": text}


# ---------------------------------------------------------------- SSN


def ssn_ok(area, group, serial):
    return 1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999


def ssn(rng):
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    mode = "dashed" if rng.random() < 0.75 else "spaced"
    sep = "-" if mode == "dashed" else " "
    return {"kind": "US_SSN", "mode": mode, "text": "%03d%s%02d%s%04d" % (area, sep, group, sep, serial)}


# ---------------------------------------------------------------- IP


def ipv4(rng):
    if rng.random() < 0.6:
        net = rng.choice(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"])
    else:
        net = None
    while True:
        if net:
            n = ipaddress.ip_network(net)
            addr = n[rng.randint(1, n.num_addresses - 2)]
        else:
            addr = ipaddress.IPv4Address(rng.randint(1 << 24, (223 << 24) - 1))
            if not addr.is_global:
                continue
        if str(addr).endswith((".0", ".255")):
            continue
        return {"kind": "IP_ADDRESS", "mode": "v4", "text": str(addr)}


def ipv6(rng):
    while True:
        groups = [rng.randint(0x2000, 0x3FFF)] + [rng.randint(0, 0xFFFF) for _ in range(7)]
        zstart = rng.randint(2, 5)
        for i in range(zstart, zstart + rng.randint(2, 3)):
            groups[i] = 0
        addr = ipaddress.IPv6Address(":".join("%x" % g for g in groups))
        if addr.is_global and "::" in addr.compressed:
            return {"kind": "IP_ADDRESS", "mode": "v6", "text": addr.compressed}


# ---------------------------------------------------------------- IBAN

IBAN_LAYOUT = {  # country: (bank letters, digits after them)
    "DE": (0, 18),
    "AT": (0, 16),
    "CH": (0, 17),
    "GB": (4, 14),
    "IE": (4, 14),
    "BR": (0, 23),
}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def mod97_ok(iban):
    s = iban.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1


def _with_check(cc, bban):
    check = 98 - int(_num(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, check, bban)


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def fr_rib_key(bank, branch, account):
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97


def es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(digits10, w, strict=True)) % 11
    return {11: 0, 10: 1}.get(d, d)


def it_cin(bban22):
    total = 0
    for i, ch in enumerate(bban22):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def nl_eleven_ok(account):
    return sum(int(c) * (10 - i) for i, c in enumerate(account)) % 11 == 0


def iban(rng, country):
    if country == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        bban = bank + branch + acct + "%02d" % fr_rib_key(bank, branch, acct)
    elif country == "ES":
        ent, off, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        bban = ent + off + "%d%d" % (es_dc("00" + ent + off), es_dc(acct)) + acct
    elif country == "IT":
        rest = _digits(rng, 22)
        bban = it_cin(rest) + rest
    elif country == "BE":
        first = _digits(rng, 10)
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    elif country == "NL":
        while True:
            acct = _digits(rng, 10)
            if nl_eleven_ok(acct) and acct[0] != "0":
                break
        bban = rng.choice(NL_BANKS) + acct
    else:
        letters, n = IBAN_LAYOUT[country]
        bank = rng.choice(GB_BANKS if country == "GB" else IE_BANKS) if letters else ""
        bban = bank + _digits(rng, n)
        if country == "BR":
            bban = bban + rng.choice("CP") + rng.choice("123")
    compact = _with_check(country, bban)
    mode = "grouped" if rng.random() < 0.8 else "compact"
    text = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if mode == "grouped" else compact
    return {"kind": "IBAN", "mode": mode, "text": text}


# ---------------------------------------------------------------- e-mail


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")


def personal_email(rng, first, last, domains):
    f, la = fold(first), fold(last)
    local = rng.choice([f + "." + la, f[0] + la, f + "%02d" % rng.randint(1, 99), la + "." + f, f + "_" + la])
    return {"kind": "EMAIL", "mode": "personal", "text": local + "@" + rng.choice(domains)}


def role_email(rng, locals_, domains):
    return {"kind": "EMAIL", "mode": "role", "text": rng.choice(locals_) + "@" + rng.choice(domains)}
