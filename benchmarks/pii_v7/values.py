"""Non-phone values: e-mail addresses, IBANs, payment cards, US SSNs, IP addresses."""

from __future__ import annotations

import ipaddress

from benchmarks.pii_v7 import names
from benchmarks.pii_v7.validity import iban_mod97, luhn_check_digit

MAIL_DOMAINS = {
    "en_US": "gmail.com|outlook.com|yahoo.com|icloud.com|aol.com",
    "en_GB": "btinternet.com|gmail.com|sky.com",
    "en_IN": "gmail.com|rediffmail.com|yahoo.co.in",
    "en_AU": "bigpond.com|gmail.com|optusnet.com.au",
    "en_IE": "eircom.net|gmail.com",
    "de_DE": "gmx.de|web.de|t-online.de|posteo.de",
    "de_AT": "gmx.at|aon.at",
    "de_CH": "bluewin.ch|gmx.ch",
    "fr_FR": "orange.fr|free.fr|laposte.net",
    "fr_BE": "skynet.be|telenet.be",
    "fr_CH": "bluewin.ch|romandie.com",
    "es_ES": "gmail.com|telefonica.net",
    "it_IT": "libero.it|alice.it|virgilio.it",
    "nl_NL": "ziggo.nl|kpnmail.nl|xs4all.nl",
    "nl_BE": "telenet.be|proximus.be",
    "pt_BR": "uol.com.br|bol.com.br|terra.com.br|gmail.com",
}
ROLE_PARTS = "info|office|contact|bookings|admin|desk|hello|team|secretary|rota|planning|enquiries".split("|")
TLD = {
    "en_US": "org",
    "en_GB": "org.uk",
    "en_IN": "in",
    "en_AU": "org.au",
    "en_IE": "ie",
    "de_DE": "de",
    "de_AT": "at",
    "de_CH": "ch",
    "fr_FR": "fr",
    "fr_BE": "be",
    "fr_CH": "ch",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "nl_BE": "be",
    "pt_BR": "org.br",
}


def email_personal(rng, locale: str) -> dict:
    f, s = names.ascii_slug(names.first(rng, locale)), names.ascii_slug(names.last(rng, locale))
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{f[0]}{s}",
            f"{f}_{s}",
            f"{f}{rng.randint(60, 99)}",
            f"{s}.{f[0]}",
            f"{f}.{s}{rng.randint(1, 9)}",
        ]
    )
    domain = rng.choice(MAIL_DOMAINS[locale].split("|"))
    return {"kind": "EMAIL", "mode": "personal", "text": f"{local}@{domain}"}


def email_role(rng, locale: str, org: str) -> dict:
    slug = "-".join(filter(None, (names.ascii_slug(w) for w in org.split())))[:28].strip("-")
    text = f"{rng.choice(ROLE_PARTS)}@{slug}.{TLD[locale]}"
    return {"kind": "EMAIL", "mode": "role", "text": text}


def _digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _es_dc(ten: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(d, d))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(bban: str) -> str:
    total = 0
    for i, ch in enumerate(bban):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26)


def _bban(rng, cc: str) -> str:
    if cc == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "ES":
        bank, acct = _digits(rng, 8), _digits(rng, 10)
        return bank + _es_dc("00" + bank) + _es_dc(acct) + acct
    if cc == "BE":
        ten = rng.choice(["001", "068", "310", "363", "734", "735", "096", "143", "630", "750"]) + _digits(
            rng, 7
        )
        chk = int(ten) % 97 or 97
        return f"{ten}{chk:02d}"
    if cc == "IT":
        rest = _digits(rng, 10) + _digits(rng, 12)
        return _it_cin(rest) + rest
    bank = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB"]) if cc == "NL" else ""
    if cc in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
    length = {"DE": 18, "NL": 10, "AT": 16, "CH": 17, "GB": 14, "IE": 14, "PT": 21, "LU": 16}[cc]
    return bank + _digits(rng, length)


def iban(rng, cc: str) -> dict:
    bban = _bban(rng, cc)
    check = 98 - iban_mod97(f"{cc}00{bban}")
    compact = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.72:
        return {
            "kind": "IBAN",
            "mode": "grouped",
            "text": " ".join(compact[i : i + 4] for i in range(0, 40, 4)).strip(),
        }
    return {"kind": "IBAN", "mode": "compact", "text": compact}


CARD_PREFIXES = [
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("6521", 16),
    ("508", 16),
    ("636368", 16),
    ("504175", 16),
]


def card(rng) -> dict:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + _digits(rng, length - len(prefix) - 1)
    d = body + luhn_check_digit(body)
    mode = rng.choice(["grouped", "grouped", "dashed", "compact"])
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, i = [], 0
    for s in sizes:
        parts.append(d[i : i + s])
        i += s
    text = {"grouped": " ".join(parts), "dashed": "-".join(parts), "compact": d}[mode]
    return {"kind": "CREDIT_CARD", "mode": mode, "text": text}


def ssn(rng) -> dict:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    if rng.random() < 0.85:
        return {"kind": "US_SSN", "mode": "dashed", "text": f"{a}-{g}-{s}"}
    return {"kind": "US_SSN", "mode": "spaced", "text": f"{a} {g} {s}"}


def ipv4(rng) -> dict:
    a = rng.choice(["10", "192.168", "172", "203.0.113", "198.51.100", "81", "62", "145"])
    parts = a.split(".")
    if a == "172":
        parts.append(str(rng.randint(16, 31)))
    while len(parts) < 4:
        parts.append(str(rng.randint(1, 254)))
    return {"kind": "IP_ADDRESS", "mode": "v4", "text": ".".join(parts)}


def ipv6(rng) -> dict:
    head = rng.choice(["2001:db8", "fd12:3456", "fe80:0", "2a02:810", "2001:db8"])
    tail = [
        f"{rng.randint(0, 0xFFFF):x}" if rng.random() < 0.7 else "0" for _ in range(8 - len(head.split(":")))
    ]
    addr = ipaddress.IPv6Address(":".join(head.split(":") + tail))
    return {"kind": "IP_ADDRESS", "mode": "v6", "text": str(addr)}
