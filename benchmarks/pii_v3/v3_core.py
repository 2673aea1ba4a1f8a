"""Core pieces of the v3 held-out set: the document builder and the non-phone value generators.

Every value is drawn at random from a seeded random.Random; the validity rules (Luhn, mod 97, SSA
rules for SSNs, the ipaddress module) live here so the generator and the self-check share them.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata

# ----------------------------------------------------------------------------------------------
# validity rules


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    """Append the Luhn check digit to `partial`."""
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError("unreachable")


def iban_mod97(compact: str) -> int:
    s = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in s.upper())) % 97


def ssn_ok(area: str, group: str, serial: str) -> bool:
    return (
        (len(area), len(group), len(serial)) == (3, 2, 4)
        and area != "000"
        and area != "666"
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
    )


def ip_ok(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")

# ----------------------------------------------------------------------------------------------
# document builder


class Doc:
    """Text assembled piece by piece; gold spans and registered negatives are recorded as we go."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []
        self.values: list[dict] = []
        self.negs: list[tuple[int, int, str]] = []
        self.literals: list[tuple[int, int]] = []

    def _add(self, text: str) -> tuple[int, int]:
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return start, self.size

    def lit(self, text: str) -> None:
        if text:
            self.literals.append(self._add(text))

    def word(self, text: str) -> None:
        """Filler from Faker (names, cities): neither literal template text nor a number."""
        self._add(text)

    def neg(self, category: str, text: str) -> None:
        start, end = self._add(text)
        self.negs.append((start, end, category))

    def gold(self, kind: str, text: str, meta: dict) -> None:
        start, end = self._add(text)
        self.spans.append({"kind": kind, "start": start, "end": end})
        self.values.append({"kind": kind, "text": text, **meta})

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ----------------------------------------------------------------------------------------------
# credit cards

CARD_SCHEMES = {
    # name: (prefixes, length, grouping)
    "visa": (["4"], 16, (4, 4, 4, 4)),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "2304", "2591", "2720"], 16, (4, 4, 4, 4)),
    "amex": (["34", "37"], 15, (4, 6, 5)),
    "discover": (["6011", "644", "65"], 16, (4, 4, 4, 4)),
    "diners": (["36", "38"], 14, (4, 6, 4)),
    "jcb": (["3528", "3541", "3566", "3589"], 16, (4, 4, 4, 4)),
    "maestro": (["6759", "5018", "6304"], 19, (4, 4, 4, 4, 3)),
    "unionpay": (["62"], 16, (4, 4, 4, 4)),
}
CARD_WEIGHTS = {
    "visa": 10,
    "mastercard": 8,
    "amex": 4,
    "discover": 2,
    "diners": 1,
    "jcb": 1,
    "maestro": 1,
    "unionpay": 1,
}


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(digits[i : i + n])
        i += n
    return sep.join(out)


def make_card(rng, scheme: str | None = None, sep: str | None = None) -> tuple[str, dict]:
    if scheme is None:
        names = list(CARD_WEIGHTS)
        scheme = rng.choices(names, weights=[CARD_WEIGHTS[n] for n in names])[0]
    prefixes, length, sizes = CARD_SCHEMES[scheme]
    digits = rng.choice(prefixes)
    while len(digits) < length - 1:
        digits += str(rng.randrange(10))
    digits = luhn_complete(digits)
    if sep is None:
        sep = rng.choices([" ", "-", ""], weights=[6, 2, 2])[0]
    text = group(digits, sizes, sep) if sep else digits
    return text, {"mode": "grouped" if sep else "compact", "scheme": scheme}


# ----------------------------------------------------------------------------------------------
# IBANs: BBAN layouts (n digits, a upper-case letters, c alphanumeric), after the ECBS registry

IBAN_LAYOUT = {
    "DE": "8n10n",
    "GB": "4a6n8n",
    "FR": "5n5n11c2n",
    "ES": "4n4n2n10n",
    "IT": "1a5n5n12c",
    "NL": "4a10n",
    "BE": "12n",
    "AT": "5n11n",
    "CH": "5n12c",
    "PT": "4n4n11n2n",
    "IE": "4a6n8n",
    "BR": "8n5n10n1a1c",
    "PL": "8n16n",
    "LU": "3n13c",
    "DK": "4n9n1n",
    "SE": "3n16n1n",
}
BANK_LETTERS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"],
    "IE": ["AIBK", "BOFI", "IPBS"],
}


def _bban(rng, country: str) -> str:
    out = []
    for count, kind in re.findall(r"(\d+)([nac])", IBAN_LAYOUT[country]):
        count = int(count)
        if kind == "a" and count == 4 and country in BANK_LETTERS:
            out.append(rng.choice(BANK_LETTERS[country]))
            continue
        for _ in range(count):
            if kind == "n" or (kind == "c" and rng.random() < 0.85):
                out.append(str(rng.randrange(10)))
            else:
                out.append(chr(65 + rng.randrange(26)))
    return "".join(out)


def make_iban(rng, country: str, compact: bool | None = None) -> tuple[str, dict]:
    bban = _bban(rng, country)
    check = 98 - iban_mod97(country + "00" + bban)
    iban = f"{country}{check:02d}{bban}"
    assert iban_mod97(iban) == 1
    if compact is None:
        compact = rng.random() < 0.25
    text = iban if compact else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return text, {"mode": "compact" if compact else "grouped", "country": country}


# ----------------------------------------------------------------------------------------------
# US social security numbers


def make_ssn(rng, sep: str | None = None) -> tuple[str, dict]:
    while True:
        area = f"{rng.randrange(1, 900):03d}"
        group_ = f"{rng.randrange(1, 100):02d}"
        serial = f"{rng.randrange(1, 10000):04d}"
        if ssn_ok(area, group_, serial):
            break
    if sep is None:
        sep = rng.choices(["-", " ", ""], weights=[8, 1, 1])[0]
    return sep.join([area, group_, serial]), {"mode": {"-": "dashed", " ": "spaced", "": "compact"}[sep]}


# ----------------------------------------------------------------------------------------------
# IP addresses


def make_ipv4(rng) -> tuple[str, dict]:
    pick = rng.random()
    if pick < 0.3:
        text = f"192.168.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    elif pick < 0.45:
        text = f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    elif pick < 0.52:
        text = f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    else:
        first = rng.choice([n for n in range(1, 224) if n not in (10, 127, 172, 192)])
        text = f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    assert ip_ok(text)
    return text, {"mode": "ipv4"}


def make_ipv6(rng) -> tuple[str, dict]:
    pick = rng.random()
    if pick < 0.35:
        addr = ipaddress.IPv6Address((0x20010DB8 << 96) | rng.getrandbits(64))
    elif pick < 0.55:
        addr = ipaddress.IPv6Address((0xFE80 << 112) | rng.getrandbits(64))
    else:
        addr = ipaddress.IPv6Address((rng.randrange(0x2001, 0x2C00) << 112) | rng.getrandbits(80))
    style = rng.random()
    if style < 0.7:
        text = addr.compressed
    elif style < 0.85:
        text = addr.compressed.upper()
    else:
        text = addr.exploded
    assert ip_ok(text)
    return text, {"mode": "ipv6"}


# ----------------------------------------------------------------------------------------------
# e-mail addresses

FREE_MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"],
    "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "gmx.net"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it", "yahoo.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "planet.nl", "xs4all.nl"],
    "BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br", "hotmail.com", "yahoo.com.br"],
}
TLD = {
    "US": ["com", "net", "org", "us"],
    "GB": ["co.uk", "org.uk", "com", "uk"],
    "IN": ["in", "co.in", "com"],
    "DE": ["de", "com", "eu"],
    "FR": ["fr", "com", "eu"],
    "ES": ["es", "com", "cat"],
    "IT": ["it", "com", "eu"],
    "NL": ["nl", "com", "eu"],
    "BR": ["com.br", "net.br", "br"],
}


def ascii_slug(text: str, keep: str = "") -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm.lower() if c.isascii() and (c.isalnum() or c in keep))


def company_domain(rng, company: str, region: str) -> str:
    words = [ascii_slug(w) for w in re.split(r"[\s,&-]+", company)]
    words = [
        w
        for w in words
        if len(w) > 1
        and w
        not in {
            "and",
            "und",
            "et",
            "e",
            "y",
            "sa",
            "srl",
            "gmbh",
            "ltd",
            "plc",
            "inc",
            "llc",
            "bv",
            "nv",
            "ag",
            "kg",
            "sl",
            "spa",
            "ltda",
            "sas",
            "van",
            "de",
            "der",
            "del",
            "da",
            "group",
        }
    ]
    base = words[0] if words else "firma"
    if len(words) > 1 and rng.random() < 0.4:
        base += rng.choice(["", "-"]) + words[1]
    return f"{base}.{rng.choice(TLD.get(region, ['com', 'net', 'org']))}"


def person_email(rng, first: str, last: str, region: str, domain: str | None = None) -> str:
    f, la = ascii_slug(first), ascii_slug(last)
    pattern = rng.randrange(9)
    local = [
        f"{f}.{la}",
        f"{f[0]}.{la}",
        f"{f}{la}",
        f"{f}_{la}",
        f"{la}.{f}",
        f"{f}{rng.randrange(10, 99)}",
        f"{f}-{la}",
        f"{f[0]}{la}{rng.randrange(1, 9)}",
        f"{f}.{la}+{rng.choice(['news', 'shop', 'cv'])}",
    ][pattern]
    if domain is None:
        domain = rng.choice(FREE_MAIL.get(region, ["gmail.com", "outlook.com", "proton.me"]))
    address = f"{local}@{domain}"
    if rng.random() < 0.05:
        address = address.capitalize()
    assert EMAIL_RE.match(address), address
    return address
