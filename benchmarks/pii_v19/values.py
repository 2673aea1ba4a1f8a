"""Cards, SSNs, IP addresses, IBANs and e-mail addresses for the v19 set."""

import ipaddress
import unicodedata


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


CARD_PREFIXES = {
    "base": [
        ("4", 16),
        ("51", 16),
        ("52", 16),
        ("53", 16),
        ("54", 16),
        ("55", 16),
        ("2221", 16),
        ("2480", 16),
        ("2600", 16),
        ("2720", 16),
    ],
    "en_US": [("34", 15), ("37", 15), ("6011", 16)],
    "en_IN": [("6070", 16), ("6080", 16), ("6521", 16), ("6522", 16), ("8172", 16)],
    "pt_BR": [("636368", 16), ("438935", 16), ("504175", 16), ("451416", 16), ("636297", 16)],
}


def card(rng, locale, mode):
    pool = CARD_PREFIXES["base"] + CARD_PREFIXES.get(locale, []) * 2
    prefix, length = rng.choice(pool)
    digits = _luhn_complete(rng, prefix, length)
    if mode == "compact":
        return digits
    sep = " " if mode == "grouped" else "-"
    if length == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


def ssn_ok(area, group, serial):
    return 1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999


def ssn(rng, mode):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_ok(a, g, s):
            sep = "-" if mode == "dashed" else " "
            return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ipv4(rng):
    while True:
        if rng.random() < 0.6:
            net = rng.choice(("10.", "172.", "192.168."))
            if net == "10.":
                parts = [10, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
            elif net == "172.":
                parts = [172, rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)]
            else:
                parts = [192, 168, rng.randint(0, 255), rng.randint(1, 254)]
            return ".".join(map(str, parts))
        parts = [rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
        s = ".".join(map(str, parts))
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6(rng):
    while True:
        zeros = rng.choice((2, 3))
        groups = [f"{rng.randint(0x2000, 0x3FFF):x}"] + [
            f"{rng.randint(1, 0xFFFF):x}" for _ in range(7 - zeros)
        ]
        at = rng.randint(1, len(groups) - 1)
        s = ":".join(groups[:at]) + "::" + ":".join(groups[at:])
        addr = ipaddress.IPv6Address(s)
        if addr.is_global and str(addr) == s:
            return s


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(country, bban):
    return f"{98 - _num(bban + country + '00') % 97:02d}"


def iban_ok(iban):
    s = iban.replace(" ", "")
    return len(s) >= 15 and _num(s[4:] + s[:4]) % 97 == 1


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _rib_key(bank, branch, account):
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_dc(ten):
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    d = 11 - sum(int(c) * x for c, x in zip(ten, w, strict=True)) % 11
    return {11: 0, 10: 1}.get(d, d)


_CIN_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21)


def _it_cin(abi, cab, acc):
    s = abi + cab + acc
    total = sum(_CIN_ODD[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(s))
    return chr(65 + total % 26)


def _nl_account(rng):
    while True:
        acc = _d(rng, 10)
        if acc[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0:
            return acc


IBAN_COUNTRY = {
    "en_GB": "GB",
    "en_AU": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "it_CH": "CH",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
}


def bban(rng, country):
    if country == "FR":
        bank, branch, acc = _d(rng, 5), _d(rng, 5), _d(rng, 11)
        return bank + branch + acc + _rib_key(bank, branch, acc)
    if country == "ES":
        bank, branch, acc = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        return bank + branch + f"{_es_dc('00' + bank + branch)}{_es_dc(acc)}" + acc
    if country == "IT":
        abi, cab, acc = _d(rng, 5), _d(rng, 5), _d(rng, 12)
        return _it_cin(abi, cab, acc) + abi + cab + acc
    if country == "BE":
        ten = str(rng.randint(10**9, 10**10 - 1))
        chk = int(ten) % 97 or 97
        return ten + f"{chk:02d}"
    if country == "NL":
        return rng.choice(("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB")) + _nl_account(rng)
    if country == "DE":
        return _d(rng, 18)
    if country == "AT":
        return _d(rng, 16)
    if country == "CH":
        return _d(rng, 17)
    if country in ("GB", "IE"):
        banks = ("BARC", "LOYD", "NWBK", "HBUK", "MIDL") if country == "GB" else ("AIBK", "BOFI", "IPBS")
        return rng.choice(banks) + _d(rng, 14)
    if country == "BR":
        return _d(rng, 23) + rng.choice("CP") + rng.choice("123")
    raise KeyError(country)


def iban(rng, country, mode):
    b = bban(rng, country)
    s = country + iban_check(country, b) + b
    if mode == "compact":
        return s
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")


def personal_email(rng, first, last, domain):
    f, la = fold(first), fold(last)
    shape = rng.randrange(5)
    local = [f"{f}.{la}", f"{f[0]}{la}", f"{f}{rng.randint(10, 99)}", f"{la}.{f}", f"{f}_{la}"][shape]
    return f"{local}@{domain}"
