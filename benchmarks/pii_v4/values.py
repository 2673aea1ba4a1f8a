"""Random PII values other than telephone numbers, and the validity rules the self-check applies."""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

EMAIL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def ascii_word(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


def email(rng: random.Random, first: str, last: str, domain: str) -> tuple[str, str]:
    """(address, mode): modes are name (built from a person's name), role and tagged."""
    f, la = ascii_word(first) or "info", ascii_word(last) or "mail"
    domain = domain.lower()
    r = rng.random()
    if r < 0.18:
        user, mode = (
            rng.choice(["office", "secretary", "bookings", "parish.office", "claims", "lettings"]),
            "role",
        )
        user = rng.choice([user, user, "hr-team", "noreply.desk", "front-desk", "admin"])
    elif r < 0.28:
        user, mode = f"{f}.{la}+{rng.choice(['news', 'club', 'rent', 'form', 'tax', '2024'])}", "tagged"
    else:
        mode = "name"
        user = rng.choice(
            [f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la}", f"{la}.{f[0]}", f"{f}{rng.randint(2, 99)}", f"{f}-{la}"]
        )
    text = f"{user}@{domain}"
    if rng.random() < 0.08:
        text = f"{user.capitalize()}@{domain.capitalize()}"
    return text, mode


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_BRANDS = [("4", 16, "visa"), ("51", 16, "mc"), ("55", 16, "mc"), ("2221", 16, "mc"), ("34", 15, "amex")]
CARD_BRANDS += [("37", 15, "amex"), ("6011", 16, "discover"), ("36", 14, "diners"), ("35", 16, "jcb")]


def card(rng: random.Random) -> tuple[str, str]:
    prefix, length, brand = rng.choice(CARD_BRANDS)
    if brand == "visa" and rng.random() < 0.1:
        length = 13
    num = _luhn_complete(rng, prefix, length)
    sep = rng.choice([" ", " ", "-", "", "\u00a0"])
    if length == 15:
        sizes = [4, 6, 5]
    elif length == 14:
        sizes = [4, 6, 4]
    elif length == 13:
        sizes = [13]
    else:
        sizes = [4, 4, 4, 4]
    out, i = [], 0
    for s in sizes:
        out.append(num[i : i + s])
        i += s
    return sep.join(out), brand if sep else brand + "-compact"


IBAN_LAYOUT = {
    "DE": "n18",
    "GB": "a4n14",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "NL": "a4n10",
    "BE": "n12",
    "AT": "n16",
    "CH": "n17",
    "PT": "n21",
    "IE": "a4n14",
    "LU": "n16",
}
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "RBOS"]
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"]


def iban_check(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(conv) % 97:02d}"


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "").replace("\u00a0", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    conv = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(conv) % 97 == 1


def iban(rng: random.Random, country: str) -> tuple[str, str]:
    layout = IBAN_LAYOUT[country]
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", layout):
        if kind == "a" and n == "4":
            bban += rng.choice(NL_BANKS if country == "NL" else GB_BANKS)
        elif kind == "a":
            bban += rng.choice("ABCDEFGHLMNPRSTUVXZ")
        else:
            bban += "".join(rng.choice("0123456789") for _ in range(int(n)))
    compact = country + iban_check(country, bban) + bban
    if rng.random() < 0.3:
        return compact, "compact"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)), "grouped"


def ssn_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", text)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def ssn(rng: random.Random) -> tuple[str, str]:
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    sep = rng.choice(["-", "-", "-", " "])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", "dashed" if sep == "-" else "spaced"


def ipv4(rng: random.Random) -> tuple[str, str]:
    r = rng.random()
    if r < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ipv4-private"
    if r < 0.4:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ipv4-private"
    first = rng.choice([23, 31, 45, 62, 77, 81, 93, 109, 141, 151, 176, 185, 203, 212, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ipv4"


def ipv6(rng: random.Random) -> tuple[str, str]:
    words = [rng.randint(0, 0xFFFF) for _ in range(4)]
    prefix = rng.choice([[0x2001, 0x0DB8], [0x2A02, rng.randint(0, 0xFFF)], [0xFE80, 0], [0x2600, 0x1F18]])
    mid = [rng.randint(0, 0xFFFF), 0] if rng.random() < 0.5 else [0, 0]
    addr = ipaddress.IPv6Address(":".join(f"{w:x}" for w in prefix + mid + words))
    text = addr.compressed if rng.random() < 0.8 else addr.exploded
    if rng.random() < 0.2:
        text = text.upper()
    return text, "ipv6"


def ip_ok(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
