"""E-mails, cards (Luhn), IBANs (mod-97 and national checks), US SSNs and IP addresses."""

import ipaddress
import unicodedata


# ---------------------------------------------------------------- e-mail
def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-")).lower()


def personal_email(rng, first, last, domains):
    f, la = fold(first), fold(last.split()[-1])
    habit = rng.choice(["first-last", "first.l", "firstlast", "last+year", "f-last"])
    local = {
        "first-last": f"{f}-{la}",
        "first.l": f"{f}.{la[0]}",
        "firstlast": f"{f}{la}",
        "last+year": f"{la}{rng.randrange(1958, 2006)}",
        "f-last": f"{f[0]}-{la}",
    }[habit]
    return f"{local}@{rng.choice(domains)}"


def role_email(rng, roles, club_domains):
    return f"{rng.choice(roles)}@{rng.choice(club_domains)}"


# ---------------------------------------------------------------- cards
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch)
        if i % 2:
            k = k * 2 - 9 if k > 4 else k * 2
        tot += k
    return tot % 10 == 0


def _luhn_complete(rng, prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_PREFIXES = {
    "any": [
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


def card(rng, locale):
    pool = CARD_PREFIXES["any"] + CARD_PREFIXES.get(locale, []) * 2
    prefix, length = rng.choice(pool)
    d = _luhn_complete(rng, prefix, length)
    mode = rng.choices(["grouped", "dashed", "compact"], [2, 1, 1])[0]
    if length == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i : i + 4] for i in range(0, 16, 4)]
    if mode == "compact":
        return mode, d
    return mode, (" " if mode == "grouped" else "-").join(parts)


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {
    "DE": 22,
    "AT": 20,
    "CH": 21,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "BE": 16,
    "GB": 22,
    "IE": 22,
    "BR": 29,
}


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int(_num(s)) % 97 == 1


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(ten, w, strict=True)) % 11
    return {11: 0, 10: 1}.get(r, r)


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s):
    tot = 0
    for i, c in enumerate(s):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        tot += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def nl_eleven(acc):
    return sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0


def bban(rng, cc):
    if cc == "FR":
        b, g, a = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97
        return f"{b}{g}{a}{key:02d}"
    if cc == "ES":
        b, o, a = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        return f"{b}{o}{_es_dc('00' + b + o)}{_es_dc(a)}{a}"
    if cc == "IT":
        rest = _digits(rng, 22)
        return it_cin(rest) + rest
    if cc == "BE":
        ten = _digits(rng, 10)
        c = int(ten) % 97 or 97
        return f"{ten}{c:02d}"
    if cc == "NL":
        while True:
            acc = _digits(rng, 10)
            if acc[0] != "0" and nl_eleven(acc):
                return rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB"]) + acc
    if cc in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
        return bank + _digits(rng, 14)
    if cc == "BR":
        return _digits(rng, 23) + "C" + rng.choice("12")
    return _digits(rng, IBAN_LEN[cc] - 4)


def iban(rng, cc):
    b = bban(rng, cc)
    check = 98 - int(_num(b + cc + "00")) % 97
    s = f"{cc}{check:02d}{b}"
    assert len(s) == IBAN_LEN[cc] and mod97_ok(s)
    if rng.random() < 0.2:
        return "compact", s
    return "grouped", " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- SSN
def ssn_ok(a, g, s):
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= s <= 9999


def ssn(rng):
    while True:
        a, g, s = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        if ssn_ok(a, g, s):
            break
    if rng.random() < 0.85:
        return "dashed", f"{a:03d}-{g:02d}-{s:04d}"
    return "spaced", f"{a:03d} {g:02d} {s:04d}"


# ---------------------------------------------------------------- IP
def ipv4(rng):
    while True:
        if rng.random() < 0.6:
            net = rng.choice(["10.", "172.", "192.168."])
            if net == "10.":
                s = f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            elif net == "172.":
                s = f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            else:
                s = f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            return s
        s = ".".join(str(rng.randrange(1, 224)) for _ in range(3)) + f".{rng.randrange(1, 255)}"
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6(rng):
    while True:
        groups = [f"{rng.randrange(0x2000, 0x3FFF):x}"] + [f"{rng.randrange(1, 0x10000):x}" for _ in range(7)]
        z = rng.choice([2, 3])
        at = rng.randrange(1, 8 - z)
        for i in range(at, at + z):
            groups[i] = "0"
        s = ":".join(groups[:at]) + "::" + ":".join(groups[at + z :])
        a = ipaddress.ip_address(s)
        if a.is_global and str(a) == s:
            return s
