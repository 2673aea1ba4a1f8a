"""Values other than phones: e-mail addresses, IBANs, payment cards, SSNs and IP addresses.

IBANs carry the national check digits of their country where there is one (FR RIB key, ES control
digits, IT CIN, BE mod 97, NL eleven-test) and always the mod-97 IBAN check digits.
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata

IBAN_LEN = {
    "DE": 22,
    "AT": 20,
    "CH": 21,
    "GB": 22,
    "IE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "BE": 16,
    "BR": 29,
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mod97(s: str) -> int:
    """Remainder of an alphanumeric string read as IBAN digits (A=10 ... Z=35)."""
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_valid(compact: str) -> bool:
    return len(compact) > 4 and compact[:2].isalpha() and mod97(compact[4:] + compact[:4]) == 1


def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_dc(digits: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    d = 11 - sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
    return str({10: 1, 11: 0}.get(d, d))


_CIN_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)


def _it_cin(bban: str) -> str:
    total = 0
    for i, c in enumerate(bban):
        idx = int(c) if c.isdigit() else ord(c) - 65
        total += _CIN_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26)


def _nl_account(rng: random.Random) -> str:
    while True:
        acc = "0" + _digits(rng, 9)
        if sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0:
            return acc


def bban(rng: random.Random, country: str) -> str:
    if country == "FR":
        bank, branch, acc = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        return bank + branch + acc + _rib_key(bank, branch, acc)
    if country == "ES":
        bank, branch, acc = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acc) + acc
    if country == "IT":
        rest = rng.choice(("03069", "02008", "05034", "03111")) + _digits(rng, 5) + _digits(rng, 12)
        return _it_cin(rest) + rest
    if country == "BE":
        first = _digits(rng, 10)
        check = int(first) % 97 or 97
        return f"{first}{check:02d}"
    if country == "NL":
        return rng.choice(("ABNA", "RABO", "TRIO", "SNSB", "ASNB")) + _nl_account(rng)
    if country in ("GB", "IE"):
        bank = (
            rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL"))
            if country == "GB"
            else rng.choice(("AIBK", "BOFI", "IPBS"))
        )
        return bank + _digits(rng, 14)
    if country == "BR":
        return _digits(rng, 23) + rng.choice("CP") + "1"
    return _digits(rng, {"DE": 18, "AT": 16, "CH": 17}[country])


def iban(rng: random.Random, country: str) -> tuple[str, str]:
    """(text, mode) of a valid IBAN, grouped in fours or compact."""
    body = bban(rng, country)
    check = 98 - mod97(body + country + "00")
    compact = f"{country}{check:02d}{body}"
    assert iban_valid(compact) and len(compact) == IBAN_LEN[country]
    if rng.random() < 0.15:
        return compact, "compact"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)), "grouped"


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


CARD_PREFIXES = (
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2510", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("6521", 16),
    ("508", 16),
    ("4011 78", 16),
    ("5067", 16),
    ("636368", 16),
)


def card(rng: random.Random, prefixes: tuple = CARD_PREFIXES) -> tuple[str, str]:
    prefix, length = rng.choice(prefixes)
    prefix = prefix.replace(" ", "")
    body = prefix + _digits(rng, length - len(prefix) - 1)
    digits = next(body + c for c in "0123456789" if luhn_ok(body + c))
    style = rng.choice(("grouped", "grouped", "dashed", "compact"))
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i : i + g])
        i += g
    if style == "compact":
        return digits, style
    return (" " if style == "grouped" else "-").join(parts), style


def ssn_valid(area: int, group: int, serial: int) -> bool:
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ssn(rng: random.Random) -> tuple[str, str]:
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_valid(a, g, s) and (a, g, s) not in ((78, 5, 1120), (219, 9, 9999)):
            break
    if rng.random() < 0.3:
        return f"{a:03d} {g:02d} {s:04d}", "spaced"
    return f"{a:03d}-{g:02d}-{s:04d}", "dashed"


def ipv4(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"192.168.{rng.choice((0, 1, 2, 10, 178))}.{rng.randint(2, 254)}"
    if r < 0.4:
        return f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice((37, 46, 62, 77, 84, 89, 93, 109, 151, 176, 185, 188, 203, 213, 217))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(
        ("2a02:8108", "2001:16b8", "2a01:4f8", "2003:e8", "2604:a880", "2a0a:a541", "2001:4860")
    )
    groups = head.split(":") + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.65:
        k = rng.randint(2, 4)
        groups[3 : 3 + k] = ["0"] * k
    return ipaddress.IPv6Address(":".join(groups)).compressed


def ip(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.25:
        return ipv6(rng), "v6"
    return ipv4(rng), "v4"


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


def personal_email(rng: random.Random, first: str, last: str, domains: tuple[str, ...]) -> str:
    f, la = ascii_fold(first), ascii_fold(last)
    local = rng.choice(
        (
            f"{f}.{la}",
            f"{f[0]}{la}",
            f"{f}{la[0]}",
            f"{f}_{la}",
            f"{f}{rng.randint(2, 99)}",
            f"{la}.{f}",
            f"{f}.{la}{rng.randint(60, 99)}",
        )
    )
    return f"{local}@{rng.choice(domains)}"


def role_email(rng: random.Random, roles: tuple[str, ...], org: str, tld: str) -> str:
    return f"{rng.choice(roles)}@{org}.{tld}"
