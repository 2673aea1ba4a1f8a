"""Labelled values for the held-out PII set: phone numbers, e-mails, cards, IBANs, SSNs, IPs.

Every generator returns a `Value`: the exact text inserted into a document, its kind, and what the
self-check in make_heldout_set.py needs to re-verify it. See make_heldout_set.py for the conventions.
"""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata
from dataclasses import dataclass

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as Fmt
from phonenumbers import PhoneNumberType as Typ


@dataclass
class Value:
    text: str
    kind: str | None  # None: unlabelled filler or negative
    e164: str = ""  # PHONE: the full number this text stands for
    parse_region: str = ""  # PHONE: region to re-parse a text written without country code
    subscriber_only: bool = False  # PHONE: area code dropped (a local number cut from e164)
    local: bool = False  # PHONE: written without country code


# Leading digits (after the country code) drawn from each region's numbering plan; the rest of the
# number is random and kept only if phonenumbers says the whole number is valid.
PLANS: dict[str, dict[str, list[str]]] = {
    "US": {"fixed": "212 415 312 617 206 512 303 404 702 919 503 614 615 720 802 907 808".split()},
    "CA": {"fixed": "416 604 514 613 403 902".split()},
    "GB": {
        "fixed": "20 121 131 141 161 113 117 1223 1865 28 1392 1603".split(),
        "mobile": "74 75 77 78 79".split(),
    },
    "DE": {
        "fixed": "30 40 89 221 69 711 211 351 341 6221 6131 7071 3581 4621 5251 911 421 6123".split(),
        "mobile": "151 152 157 159 160 162 163 170 171 172 173 175 176 177 178 179".split(),
    },
    "FR": {"fixed": "1 2 3 4 5".split(), "mobile": "6 73 75 76 77 78".split()},
    "ES": {"fixed": "91 93 95 96 94 98 976 985".split(), "mobile": "6 71 72".split()},
    "IT": {
        "fixed": "06 02 011 051 055 081 010 041 0471 045 091".split(),
        "mobile": "320 328 333 338 340 347 348 349 366 380 389 392 393".split(),
    },
    "NL": {
        "fixed": "10 20 30 40 70 50 58 71 73 76 13 15 24 26 43".split(),
        "mobile": "61 62 63 64 65 68".split(),
    },
    "PT": {"fixed": "21 22 239 253 289 266".split(), "mobile": "91 92 93 96".split()},
    "IN": {
        "fixed": "11 22 33 44 80 40 20 79 120 141".split(),
        "mobile": "98 97 96 95 94 93 91 90 88 87 86 85 70 63".split(),
    },
    "BR": {
        "fixed": "112 113 213 314 413 513 612 713 813 854".split(),
        "mobile": "119 219 319 419 519 619 719 819 859 479".split(),
    },
    "JP": {"fixed": "3 6 52 45 92 11 75 78 22".split(), "mobile": "70 80 90".split()},
    "CN": {
        "fixed": "10 21 20 755 571 28 25 27".split(),
        "mobile": "138 139 135 136 150 158 186 187 177 199 131 189".split(),
    },
    "CH": {"fixed": "44 43 31 61 22 41".split(), "mobile": "79 78 76 77".split()},
    "AT": {"fixed": "1 662 512 316 732".split(), "mobile": "664 660 676 699 650".split()},
    "BE": {
        "fixed": "2 3 9 4".split(),
        "mobile": "470 471 472 475 476 477 478 479 485 486 494 495 496 497".split(),
    },
    "IE": {"fixed": "1 21 91 61".split(), "mobile": "83 85 86 87 89".split()},
    "AU": {"fixed": "2 3 7 8".split(), "mobile": "4".split()},
    "MX": {"fixed": "55 33 81".split()},
    "SG": {"fixed": "6".split(), "mobile": "8 9".split()},
}
LENGTHS = {
    ("DE", "fixed"): (9, 10, 11),
    ("IT", "fixed"): (9, 10),
    ("AT", "fixed"): (8, 9, 10),
    ("CN", "fixed"): (10, 11),
}
TRUNK_REGIONS = {"GB", "DE", "FR", "NL", "CH", "AT", "BE", "IE"}
# regions whose writers dial abroad with 00 (Brazil needs a carrier code, so it is not one of them)
IDD_00 = {"GB", "DE", "FR", "ES", "IT", "NL", "PT", "IN", "CN", "CH", "AT", "BE", "IE", "MX"}
OK_TYPES = {
    "fixed": {Typ.FIXED_LINE, Typ.FIXED_LINE_OR_MOBILE},
    "mobile": {Typ.MOBILE, Typ.FIXED_LINE_OR_MOBILE},
}


def valid_number(rng: random.Random, region: str, kind: str) -> pn.PhoneNumber:
    """A random number in `region`'s plan that phonenumbers says is valid and of the right type."""
    plans = PLANS[region]
    kind = kind if kind in plans else "fixed"
    meta = pn.PhoneMetadata.metadata_for_region(region)
    desc = meta.fixed_line if kind == "fixed" else meta.mobile
    lengths = LENGTHS.get((region, kind), desc.possible_length)
    cc = str(meta.country_code)
    for _ in range(5000):
        prefix = rng.choice(plans[kind])
        size = rng.choice(lengths) - len(prefix)
        if size < 4:
            continue
        nsn = prefix + "".join(rng.choice(string.digits) for _ in range(size))
        num = pn.parse("+" + cc + nsn)
        if pn.is_valid_number(num) and pn.number_type(num) in OK_TYPES[kind]:
            return num
    raise RuntimeError(f"no valid {kind} number for {region}")


def _area_len(num: pn.PhoneNumber) -> int:
    return pn.length_of_geographical_area_code(num)


def local_number(rng: random.Random, region: str) -> pn.PhoneNumber:
    """A valid fixed-line number whose subscriber part could be dialled on its own (no leading 0 or 1)."""
    while True:
        num = valid_number(rng, region, "fixed")
        area = _area_len(num)
        if not area or pn.national_significant_number(num)[area] not in "01":
            return num


def _group_local(rng: random.Random, region: str, digits: str) -> str:
    """Write a subscriber number the way people in `region` write it."""
    n = len(digits)
    if region in ("US", "CA"):
        return digits[:3] + rng.choice("- ") + digits[3:]
    if region in ("BR", "JP"):
        return digits[: n - 4] + "-" + digits[n - 4 :]
    if region in ("GB", "IN", "CN", "NL", "AU", "IE"):
        if region == "CN" and rng.random() < 0.4:
            return digits
        return digits[: n - 4] + " " + digits[n - 4 :] if n >= 7 else digits[:3] + " " + digits[3:]
    style = rng.choice(["plain", "pairs", "halves"])
    if style == "plain" or n < 5:
        return digits
    if style == "pairs":
        head = 3 if n % 2 else 2
        return " ".join([digits[:head]] + [digits[i : i + 2] for i in range(head, n, 2)])
    return digits[: n // 2] + " " + digits[n // 2 :]


STYLE_REGIONS = {
    "slash": {"DE", "AT", "CH", "IT"},
    "dots": {"FR", "US", "CA", "BE", "CH", "ES", "PT", "IT", "NL"},
    "nozero": {"IN"},
    "noparen": {"BR", "AU", "IE"},
}


def _national_variant(nat: str, style: str, region: str) -> str:
    if style in STYLE_REGIONS and region not in STYLE_REGIONS[style]:
        return nat
    if style == "nat_dash":
        return nat.replace("(", "").replace(") ", "-").replace(" ", "-")
    if style == "dots":
        return nat.replace("(", "").replace(") ", ".").replace("-", ".").replace(" ", ".")
    if style == "plain":
        return "".join(c for c in nat if c.isdigit())
    if style == "slash":
        head, _, rest = nat.partition(" ")
        return f"{head}/{rest.replace(' ', '')}" if rest else nat
    if style == "nozero":
        return nat[1:] if nat.startswith("0") else nat
    if style == "noparen":
        return nat.replace("(", "").replace(")", "")
    if style == "paren" and not nat.startswith("("):
        sep = "-" if "-" in nat and " " not in nat else " "
        head, _, rest = nat.partition(sep)
        return f"({head}) {rest}" if rest else nat
    return nat


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or c in "-+" else c for c in text)


def format_phone(rng: random.Random, num: pn.PhoneNumber, style: str) -> Value:
    """Write `num` in `style`; the Value remembers how to re-verify it."""
    region = pn.region_code_for_number(num)
    e164 = pn.format_number(num, Fmt.E164)
    intl = pn.format_number(num, Fmt.INTERNATIONAL)
    nat = pn.format_number(num, Fmt.NATIONAL)
    cc = str(num.country_code)
    if style == "local":
        area = _area_len(num)
        if area and region not in ("FR", "ES", "IT", "PT", "BE", "CH", "MX"):
            nsn = pn.national_significant_number(num)
            text = _group_local(rng, region, nsn[area:])
            return Value(text, "PHONE", e164, region, subscriber_only=True, local=True)
        style = "nat"
    if style == "trunk" and region not in TRUNK_REGIONS:
        style = "intl"
    if style == "us1" and region not in ("US", "CA"):
        style = "nat"
    rest = intl[len(cc) + 2 :]
    texts = {
        "intl": intl,
        "intl_dash": "+" + cc + "-" + rest.replace(" ", "-"),
        "e164": e164,
        "intl00": "00" + intl[1:],
        "trunk": f"+{cc} (0){rest}",
        "us1": "1-" + _national_variant(nat, "nat_dash", region),
        "wide": _fullwidth(nat),
    }
    text = texts.get(style) or _national_variant(nat, style, region)
    local = not text.startswith(("+", "00", "＋"))
    parse_region = "DE" if text.startswith("00") else region  # Germany dials abroad with 00
    return Value(text, "PHONE", e164, parse_region, local=local)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


CARD_BRANDS = {
    "visa": (["4"], 16),
    "mc": (["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "644", "65"], 16),
    "jcb": (["3528", "3540", "3566", "3589"], 16),
    "unionpay": (["621", "622", "623", "625"], 16),
    "diners": (["36", "38"], 14),
}
CARD_GROUPS = {16: (4, 4, 4, 4), 15: (4, 6, 5), 14: (4, 6, 4)}


def card_digits(rng: random.Random, brand: str, valid: bool = True) -> str:
    prefixes, length = CARD_BRANDS[brand]
    body = rng.choice(prefixes)
    body += "".join(rng.choice(string.digits) for _ in range(length - 1 - len(body)))
    check = luhn_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    return body + check


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    return sep.join(out)


def card(rng: random.Random, brand: str, sep: str | None = None, valid: bool = True) -> Value:
    digits = card_digits(rng, brand, valid)
    sep = rng.choice([" ", " ", "-", ""]) if sep is None else sep
    return Value(group(digits, CARD_GROUPS[len(digits)], sep), "CREDIT_CARD" if valid else None)


# BBAN layouts: n digits, a upper-case letters, c alphanumerics; some banks fixed to real codes.
IBAN_LAYOUT = {
    "DE": "8n10n",
    "GB": "4a6n8n",
    "FR": "5n5n11n2n",
    "ES": "4n4n2n10n",
    "IT": "1a5n5n12n",
    "NL": "4a10n",
    "PT": "4n4n11n2n",
    "BE": "3n7n2n",
    "AT": "5n11n",
    "CH": "5n12n",
    "BR": "8n5n10n1a1c",
    "IE": "4a6n8n",
    "PL": "8n16n",
    "LU": "3n13n",
}
BANK_CODES = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "NL": ["ABNA", "INGB", "RABO", "KNAB", "TRIO", "SNSB"],
    "IE": ["AIBK", "BOFI"],
}


def _alnum_value(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    return len(compact) > 4 and _alnum_value(compact[4:] + compact[:4]) % 97 == 1


def iban(rng: random.Random, country: str, printed: bool | None = None) -> Value:
    bban = ""
    layout = IBAN_LAYOUT[country]
    pos = 0
    while pos < len(layout):
        j = pos
        while layout[j].isdigit():
            j += 1
        size, cls = int(layout[pos:j]), layout[j]
        alphabet = {
            "n": string.digits,
            "a": string.ascii_uppercase,
            "c": string.ascii_uppercase + string.digits,
        }
        if cls == "a" and size == 4 and country in BANK_CODES and not bban:
            bban += rng.choice(BANK_CODES[country])
        else:
            bban += "".join(rng.choice(alphabet[cls]) for _ in range(size))
        pos = j + 1
    check = 98 - _alnum_value(bban + country + "00") % 97
    compact = f"{country}{check:02d}{bban}"
    printed = rng.random() < 0.7 if printed is None else printed
    text = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if printed else compact
    return Value(text, "IBAN")


def ssn_ok(digits: str) -> bool:
    area, grp, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and grp != "00" and serial != "0000"


def ssn(rng: random.Random, sep: str = "-", valid: bool = True) -> Value:
    while True:
        digits = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if not valid:
            digits = _break_ssn(rng, digits)
        if ssn_ok(digits) == valid:
            return Value(group(digits, (3, 2, 4), sep), "US_SSN" if valid else None)


def _break_ssn(rng: random.Random, digits: str) -> str:
    how = rng.choice(["000", "666", "9xx", "group", "serial"])
    if how == "000" or how == "666":
        return how + digits[3:]
    if how == "9xx":
        return f"9{rng.randint(0, 99):02d}" + digits[3:]
    if how == "group":
        return digits[:3] + "00" + digits[5:]
    return digits[:5] + "0000"


def ipv4(rng: random.Random, scope: str | None = None) -> Value:
    scope = scope or rng.choice(["public", "public", "private", "doc"])
    if scope == "private":
        net = rng.choice(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"])
    elif scope == "doc":
        net = rng.choice(["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"])
    else:
        while True:
            addr = ipaddress.IPv4Address(rng.getrandbits(32))
            if addr.is_global:
                return Value(str(addr), "IP_ADDRESS")
    network = ipaddress.IPv4Network(net)
    addr = network[rng.randint(1, network.num_addresses - 2)]
    return Value(str(addr), "IP_ADDRESS")


def ipv6(rng: random.Random) -> Value:
    base = rng.choice(["2001:db8::", "2a02:8108::", "2a01:4f8::", "fe80::", "2600:1700::", "240e:3b0::"])
    net = ipaddress.IPv6Network(base + "/32" if not base.startswith("fe80") else base + "/64")
    host = rng.getrandbits(64) if rng.random() < 0.6 else rng.randint(1, 0xFFFF)
    return Value(str(net[host]), "IP_ADDRESS")


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in " -")


def email(rng: random.Random, first: str, last: str, domain: str) -> Value:
    f, la = ascii_fold(first).replace(" ", ""), ascii_fold(last).replace(" ", "").replace("-", "")
    f = f or "info"
    styles = [
        f"{f}.{la}",
        f"{f[0]}{la}",
        f"{f}_{la}",
        f"{f}{la}{rng.randint(1, 99)}",
        f"{la}.{f[0]}",
        f"{f}.{la}+{rng.choice(['news', 'shop', 'work', 'spam'])}",
        f"{f}{rng.randint(1970, 2005)}",
        f"{f[0]}.{la}",
        f"{la}-{f}",
    ]
    local = rng.choice(styles).strip(".-_") or f
    return Value(f"{local}@{domain}", "EMAIL")
