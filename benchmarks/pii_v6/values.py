"""E-mail addresses, payment cards (Luhn), IBANs (mod 97), US SSNs (SSA rules) and IP addresses."""

from __future__ import annotations

import ipaddress

from .common import Value, ascii_fold, chance, digits, group, luhn_digit, pick, weighted

FREE_MAIL = {
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "proton.me"],
    "GB": ["btinternet.com", "gmail.com", "sky.com", "virginmedia.com", "hotmail.co.uk", "yahoo.co.uk"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "hotmail.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "freenet.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "tin.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hetnet.nl", "gmail.com", "planet.nl"],
    "BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "hotmail.com", "ig.com.br"],
    "AT": ["aon.at", "gmx.at", "chello.at", "gmail.com"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com"],
}
TLD = {
    "US": "org",
    "GB": "org.uk",
    "IN": "in",
    "DE": "de",
    "FR": "fr",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "BR": "org.br",
    "AT": "at",
    "AU": "org.au",
    "BE": "be",
    "CH": "ch",
    "IE": "ie",
}


def email_personal(rng, first: str, last: str, region: str) -> Value:
    f, ln = ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "")
    local = weighted(
        rng,
        [
            (f"{f}.{ln}", 5),
            (f"{f[0]}{ln}", 3),
            (f"{f}{ln}", 2),
            (f"{f}_{ln}", 1),
            (f"{f}.{ln}{rng.randint(1, 99)}", 2),
            (f"{ln}.{f}", 1),
            (f"{f}{rng.randint(60, 99)}", 1),
            (f"{f[0]}.{ln}", 2),
            (f"{ln}{f[0]}", 1),
        ],
    )
    return Value("EMAIL", f"{local}@{pick(rng, FREE_MAIL[region])}", {"mode": "personal"})


def email_role(rng, role: str, domain: str) -> Value:
    return Value("EMAIL", f"{role}@{domain}", {"mode": "role"})


def org_domain(rng, slug: str, town: str, region: str) -> str:
    t = ascii_fold(town).lower().replace(" ", "")[:12]
    return pick(rng, [f"{slug}-{t}", f"{slug}{t}", f"{t}-{slug}"]) + "." + TLD[region]


CARD_BRANDS = [
    ("visa", "4", 16, 6),
    ("mc", "5", 16, 3),
    ("mc2", "22", 16, 1),
    ("amex", "3", 15, 2),
    ("disc", "6011", 16, 1),
    ("rupay", "6522", 16, 1),
    ("elo", "6362", 16, 1),
]


def card_number(rng, brand: str | None = None) -> str:
    spec = (
        pick(rng, [b for b in CARD_BRANDS if b[0] == brand])
        if brand
        else weighted(rng, [(b, b[3]) for b in CARD_BRANDS])
    )
    name, prefix, length, _ = spec
    if name == "mc":
        prefix = pick(rng, ["51", "52", "53", "54", "55"])
    elif name == "mc2":
        prefix = str(rng.randint(2221, 2720))
    elif name == "amex":
        prefix = pick(rng, ["34", "37"])
    body = prefix + digits(rng, length - 1 - len(prefix))
    return body + luhn_digit(body)


def card(rng, brand: str | None = None) -> Value:
    num = card_number(rng, brand)
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    mode = weighted(rng, [("grouped", 5), ("dashed", 2), ("compact", 2)])
    text = {"grouped": group(num, sizes), "dashed": group(num, sizes, "-"), "compact": num}[mode]
    return Value("CREDIT_CARD", text, {"mode": mode})


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def _bban_fr(rng) -> str:
    bank, branch, acct = digits(rng, 5, "123456789"), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return f"{bank}{branch}{acct}{key:02d}"


def _es_dc(s: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * k for c, k in zip(s, w, strict=True)) % 11
    return str({10: 1, 11: 0}.get(d, d))


def _bban_es(rng) -> str:
    bank, branch, acct = digits(rng, 4, "0"), digits(rng, 4), digits(rng, 10)
    bank = pick(rng, ["2100", "0049", "0182", "2038", "0081", "1465", "0128"])
    return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct


def _bban_be(rng) -> str:
    first = digits(rng, 10, "0123456789")
    chk = int(first) % 97 or 97
    return f"{first}{chk:02d}"


def _letters(rng, n):
    return "".join(pick(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


BBAN = {
    "DE": lambda r: digits(r, 8, "123456789") + digits(r, 10),
    "FR": _bban_fr,
    "ES": _bban_es,
    "BE": _bban_be,
    "IT": lambda r: (
        _letters(r, 1) + pick(r, ["03069", "02008", "05034", "03111", "01030"]) + digits(r, 5) + digits(r, 12)
    ),
    "NL": lambda r: pick(r, ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + digits(r, 10),
    "GB": lambda r: pick(r, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(r, 6) + digits(r, 8),
    "AT": lambda r: digits(r, 5, "123456789") + digits(r, 11),
    "CH": lambda r: pick(r, ["00762", "00230", "80808", "00700"]) + digits(r, 12),
    "IE": lambda r: pick(r, ["AIBK", "BOFI", "IPBS"]) + digits(r, 6) + digits(r, 8),
    "BR": lambda r: digits(r, 8) + digits(r, 5) + digits(r, 10) + pick(r, "CP") + pick(r, "123456789"),
    "PT": lambda r: pick(r, ["0035", "0033", "0010", "0007"]) + digits(r, 17),
    "LU": lambda r: digits(r, 3) + digits(r, 13),
}


def iban_compact(rng, cc: str) -> str:
    bban = BBAN[cc](rng)
    return cc + _iban_check(cc, bban) + bban


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(rng, cc: str) -> Value:
    raw = iban_compact(rng, cc)
    mode = weighted(rng, [("grouped", 7), ("compact", 3)])
    text = group(raw, [4] * 8) if mode == "grouped" else raw
    return Value("IBAN", text, {"mode": mode})


def ssn_digits(rng) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        return f"{area:03d}{g:02d}{s:04d}"


def ssn(rng) -> Value:
    d = ssn_digits(rng)
    mode = weighted(rng, [("dashed", 8), ("spaced", 2)])
    sep = "-" if mode == "dashed" else " "
    return Value("US_SSN", f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}", {"mode": mode})


def ipv4(rng) -> Value:
    kind = weighted(rng, [("lan", 4), ("ten", 2), ("doc", 2), ("pub", 3), ("cgnat", 1)])
    if kind == "lan":
        a = f"192.168.{pick(rng, [0, 1, 1, 2, 10, 178, 50])}.{rng.randint(2, 254)}"
    elif kind == "ten":
        a = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    elif kind == "doc":
        a = f"{pick(rng, ['203.0.113', '198.51.100', '192.0.2'])}.{rng.randint(1, 254)}"
    elif kind == "cgnat":
        a = f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    else:
        first = pick(rng, [31, 45, 62, 77, 81, 84, 91, 95, 104, 141, 151, 176, 185, 188, 193, 212, 217])
        a = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return Value("IP_ADDRESS", a, {"mode": "v4"})


def ipv6(rng) -> Value:
    kind = weighted(rng, [("global", 4), ("doc", 2), ("ll", 2), ("ula", 2)])
    hexes = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    if kind == "global":
        hexes[0], hexes[1] = (
            pick(rng, ["2a02", "2a01", "2001", "2a00", "2604", "2806"]),
            f"{rng.randint(0x100, 0xFFFF):x}",
        )
    elif kind == "doc":
        hexes[0], hexes[1] = "2001", "db8"
        hexes[3:7] = ["0", "0", "0", "0"] if chance(rng, 0.6) else hexes[3:7]
    elif kind == "ll":
        hexes[:4] = ["fe80", "0", "0", "0"]
    else:
        hexes[0] = f"fd{rng.randint(0, 255):02x}"
        hexes[4:7] = ["0", "0", "0"] if chance(rng, 0.5) else hexes[4:7]
    addr = ipaddress.IPv6Address(":".join(hexes))
    text = addr.exploded if chance(rng, 0.08) else str(addr)
    return Value("IP_ADDRESS", text, {"mode": "v6"})
