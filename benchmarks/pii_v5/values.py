"""Non-phone personal values: e-mail addresses, cards, IBANs, SSNs and IP addresses."""

import ipaddress
import re
import unicodedata

MAIL_DOMAINS = {
    "en": [
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "proton.me",
        "icloud.com",
        "fastmail.com",
        "hotmail.co.uk",
        "btinternet.com",
        "aol.com",
        "hey.com",
    ],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in", "hotmail.com"],
    "au": ["bigpond.com", "optusnet.com.au", "gmail.com", "iinet.net.au"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.at", "mailbox.org", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "skynet.be"],
    "es": ["telefonica.net", "hotmail.es", "yahoo.es", "gmail.com", "movistar.es"],
    "it": ["libero.it", "tiscali.it", "virgilio.it", "alice.it", "fastwebnet.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hetnet.nl", "planet.nl", "home.nl"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "ig.com.br", "gmail.com", "yahoo.com.br"],
}
ROLE_LOCALS = [
    "info",
    "desk",
    "hello",
    "contact",
    "office",
    "bookings",
    "trials",
    "studio",
    "secretariat",
    "orders",
    "admin",
    "team",
    "crew",
    "clinic",
    "frontdesk",
]
TLD = {
    "en": ".org",
    "in": ".co.in",
    "au": ".org.au",
    "de": ".de",
    "fr": ".fr",
    "es": ".es",
    "it": ".it",
    "nl": ".nl",
    "pt": ".com.br",
}


def ascii_slug(text, keep="."):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9" + re.escape(keep) + "]+", "", text.replace(" ", keep[:1]))


def email(rng, dom_key, first, last, org=None, role=False):
    f, la = ascii_slug(first, ""), ascii_slug(last, "")
    if role and org:
        return f"{rng.choice(ROLE_LOCALS)}@{ascii_slug(org, '-').strip('-')[:24]}{TLD[dom_key]}"
    local = rng.choice(
        [
            f"{f}.{la}",
            f"{f[0]}{la}",
            f"{f}_{la}{rng.randint(1, 99)}",
            f"{la}.{f}",
            f"{f}{rng.randint(1960, 2005)}",
            f"{f}.{la}+{rng.choice(['news', 'shop', 'club'])}",
            f"{f[0]}.{la}",
            f"{la}{f[:3]}",
        ]
    )
    if org and rng.random() < 0.35:
        dom = ascii_slug(org, "-").strip("-")[:24] + TLD[dom_key]
    else:
        dom = rng.choice(MAIL_DOMAINS[dom_key])
    return f"{local}@{dom}"


def luhn_ok(digits):
    total, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
        alt = not alt
    return total % 10 == 0


def _luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


CARD_BRANDS = [
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
    ("3530", 16),
    ("3589", 16),
    ("36", 14),
    ("4", 19),
]


def card(rng):
    prefix, n = rng.choice(CARD_BRANDS)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    num = _luhn_complete(body)
    if n == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, n, 4)]
    roll = rng.random()
    if roll < 0.55:
        return " ".join(groups), "grouped"
    if roll < 0.8:
        return "-".join(groups), "dashed"
    return num, "compact"


IBAN_BBAN = {
    "DE": "18n",
    "GB": "4a14n",
    "FR": "23n",
    "ES": "20n",
    "IT": "1a22n",
    "NL": "4a10n",
    "BE": "12n",
    "AT": "16n",
    "BR": "23n1a1a",
    "PT": "21n",
    "IE": "4a14n",
    "LU": "16n",
    "CH": "17n",
    "PL": "24n",
    "DK": "14n",
}
BANK_CODES = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO"],
    "IE": ["AIBK", "BOFI"],
}


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(text):
    s = text.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(rng, country):
    spec, bban = IBAN_BBAN[country], ""
    for n, kind in re.findall(r"(\d+)([an])", spec):
        pool = "0123456789" if kind == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        bban += "".join(rng.choice(pool) for _ in range(int(n)))
    if country in BANK_CODES:
        bban = rng.choice(BANK_CODES[country]) + bban[4:]
    code = country + iban_check(country, bban) + bban
    if rng.random() < 0.7:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4)), "grouped"
    return code, "compact"


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " "])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}", "dashed" if sep == "-" else "spaced"


def ip4(rng):
    roll = rng.random()
    if roll < 0.25:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.4:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([n for n in range(1, 224) if n not in (10, 127)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6(rng):
    roll = rng.random()
    if roll < 0.3:
        words = [0x2001, 0xDB8] + [rng.choice([0, 0, rng.randint(0, 0xFFFF)]) for _ in range(6)]
    elif roll < 0.45:
        words = [0xFE80, 0, 0, 0] + [rng.randint(0, 0xFFFF) for _ in range(4)]
    else:
        words = (
            [rng.choice([0x2001, 0x2A02, 0x2600, 0x2406, 0x2804])]
            + [rng.randint(0, 0xFFFF) for _ in range(3)]
            + [rng.choice([0, rng.randint(0, 0xFFFF)]) for _ in range(4)]
        )
    addr = ipaddress.IPv6Address(":".join(f"{w:x}" for w in words))
    return addr.exploded if rng.random() < 0.15 else addr.compressed
