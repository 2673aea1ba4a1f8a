"""Phone numbers for v117: drawn at random from prefixes, kept when phonenumbers calls them valid and of the
wanted type, written in the habits below and parsed back before use."""

from __future__ import annotations

import random

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}
CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "NL": "31",
    "PT": "351",
    "BR": "55",
    "IN": "91",
    "AT": "43",
    "CH": "41",
    "BE": "32",
    "AU": "61",
    "IE": "353",
}
TRUNK = {"US": "", "ES": "", "IT": "", "PT": ""}  # others: "0"

# towns with their area codes (national significant digits), for announced local numbers
AREAS = {
    "US": [
        ("Albuquerque", "505"),
        ("Omaha", "402"),
        ("Des Moines", "515"),
        ("Sacramento", "916"),
        ("Tulsa", "918"),
        ("Richmond", "804"),
        ("Savannah", "912"),
        ("Lansing", "517"),
        ("Fresno", "559"),
        ("Rochester", "585"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Reading", "118"),
        ("Cardiff", "29"),
        ("Norwich", "1603"),
        ("Exeter", "1392"),
        ("York", "1904"),
        ("Aberdeen", "1224"),
    ],
    "DE": [
        ("Kassel", "561"),
        ("Bremen", "421"),
        ("Dresden", "351"),
        ("Leipzig", "341"),
        ("Hannover", "511"),
        ("Kiel", "431"),
        ("Augsburg", "821"),
        ("Würzburg", "931"),
        ("Bonn", "228"),
        ("Regensburg", "941"),
    ],
    "NL": [
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Maastricht", "43"),
        ("Haarlem", "23"),
        ("Nijmegen", "24"),
        ("Eindhoven", "40"),
        ("Tilburg", "13"),
        ("Amersfoort", "33"),
        ("Delft", "15"),
        ("Deventer", "570"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Goiânia", "62"),
        ("Manaus", "92"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Natal", "84"),
        ("Vitória", "27"),
        ("São Luís", "98"),
        ("Londrina", "43"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Ahmedabad", "79"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Chandigarh", "172"),
        ("Bhubaneswar", "674"),
        ("Coimbatore", "422"),
    ],
}
NSN_LEN = {"US": 10, "FR": 9, "ES": 9, "PT": 9, "IN": 10, "BR": 10}

# prefixes of national significant numbers, with total length, per type
PREFIXES = {
    ("US", "fixed"): [(a, 10) for _, a in AREAS["US"]] + [("206", 10), ("614", 10), ("720", 10)],
    ("US", "mobile"): [("347", 10), ("704", 10), ("971", 10), ("385", 10)],
    ("US", "other"): [("800", 10), ("888", 10), ("877", 10), ("866", 10), ("855", 10)],
    ("GB", "fixed"): [
        ("113", 10),
        ("114", 10),
        ("117", 10),
        ("29", 10),
        ("1603", 10),
        ("1392", 10),
        ("1904", 10),
        ("161", 10),
        ("131", 10),
    ],
    ("GB", "mobile"): [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    ("GB", "other"): [("800", 10), ("808", 10), ("345", 10)],
    ("DE", "fixed"): [
        ("561", 10),
        ("421", 10),
        ("351", 10),
        ("341", 10),
        ("511", 10),
        ("30", 10),
        ("89", 10),
        ("221", 10),
        ("69", 10),
    ],
    ("DE", "mobile"): [("151", 11), ("152", 11), ("160", 10), ("170", 10), ("172", 11), ("176", 11)],
    ("DE", "other"): [("800", 10), ("800", 11)],
    ("FR", "fixed"): [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    ("FR", "mobile"): [("6", 9), ("7", 9)],
    ("FR", "other"): [("800", 9), ("805", 9)],
    ("ES", "fixed"): [("91", 9), ("93", 9), ("954", 9), ("96", 9), ("976", 9)],
    ("ES", "mobile"): [("6", 9), ("71", 9)],
    ("ES", "other"): [("900", 9), ("800", 9)],
    ("IT", "fixed"): [("06", 10), ("02", 10), ("011", 10), ("055", 10), ("081", 10)],
    ("IT", "mobile"): [("33", 10), ("34", 10), ("32", 10), ("39", 10)],
    ("IT", "other"): [("800", 9), ("803", 9)],
    ("NL", "fixed"): [(a, 9) for _, a in AREAS["NL"]] + [("20", 9), ("10", 9), ("50", 9)],
    ("NL", "mobile"): [("6", 9)],
    ("NL", "other"): [("800", 10), ("800", 11)],
    ("PT", "fixed"): [("21", 9), ("22", 9), ("239", 9), ("253", 9)],
    ("PT", "mobile"): [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
    ("PT", "other"): [("800", 9), ("808", 9)],
    ("BR", "fixed"): [(a + d, 10) for _, a in AREAS["BR"] for d in "234"],
    ("BR", "mobile"): [(a + "9", 11) for _, a in AREAS["BR"]] + [("119", 11), ("219", 11)],
    ("BR", "other"): [("800", 10)],
    ("IN", "fixed"): [
        ("20", 10),
        ("33", 10),
        ("40", 10),
        ("79", 10),
        ("141", 10),
        ("522", 10),
        ("11", 10),
        ("22", 10),
    ],
    ("IN", "mobile"): [("98", 10), ("97", 10), ("91", 10), ("88", 10), ("70", 10), ("63", 10)],
    ("IN", "other"): [("1800", 11), ("1800", 10)],
    ("AT", "fixed"): [("1", 10), ("316", 10), ("512", 10), ("662", 10)],
    ("AT", "mobile"): [("664", 10), ("676", 10), ("699", 11)],
    ("CH", "fixed"): [("44", 9), ("31", 9), ("61", 9), ("22", 9), ("21", 9)],
    ("CH", "mobile"): [("79", 9), ("78", 9), ("76", 9)],
    ("BE", "fixed"): [("2", 8), ("3", 8), ("9", 8), ("4", 8)],
    ("BE", "mobile"): [("47", 9), ("48", 9), ("49", 9)],
    ("AU", "fixed"): [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    ("AU", "mobile"): [("4", 9)],
    ("IE", "fixed"): [("1", 8), ("21", 9), ("91", 9), ("61", 9)],
    ("IE", "mobile"): [("83", 9), ("85", 9), ("86", 9), ("87", 9)],
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def draw_nsn(rng: random.Random, region: str, kind: str, prefix: str | None = None, length: int = 0) -> str:
    """A valid national significant number of the wanted type."""
    for _ in range(500):
        if prefix is None:
            pre, total = rng.choice(PREFIXES[(region, kind)])
        else:
            pre, total = prefix, length
        rest = "".join(rng.choice("0123456789") for _ in range(total - len(pre)))
        if kind != "other" and rest and rest[0] in "01" and region in ("US", "BR", "GB", "DE", "IN", "NL"):
            continue
        nsn = pre + rest
        num = pn.parse("+" + CC[region] + nsn)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in TYPES[kind]
            and pn.region_code_for_number(num) == region
        ):
            return nsn
    raise RuntimeError(f"no {kind} number for {region} {prefix}")


def area_len(region: str, nsn: str) -> int:
    return pn.length_of_geographical_area_code(pn.parse("+" + CC[region] + nsn))


def e164(region: str, nsn: str) -> str:
    return "+" + CC[region] + nsn


def grp(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def pairs(s: str, sep: str = " ") -> str:
    """Digits in pairs from the left, a lone leading digit when the length is odd."""
    head = s[: len(s) % 2]
    body = [s[i : i + 2] for i in range(len(head), len(s), 2)]
    return sep.join(([head] if head else []) + body)


def split_area(region: str, nsn: str) -> tuple[str, str]:
    """Area code (or mobile/service prefix) and the rest, as people group them."""
    n = area_len(region, nsn)
    if n:
        return nsn[:n], nsn[n:]
    guess = {
        "US": 3,
        "GB": 4,
        "DE": 3,
        "NL": 1,
        "BR": 2,
        "IN": 5,
        "IT": 3,
        "ES": 3,
        "PT": 3,
        "FR": 1,
        "AT": 3,
        "CH": 2,
        "BE": 3,
        "AU": 1,
        "IE": 2,
    }[region]
    if region == "DE" and nsn.startswith("800"):
        guess = 3
    if region in ("GB", "NL") and nsn.startswith("8"):
        guess = 3
    if region == "IN" and nsn.startswith("1800"):
        guess = 4
    if region == "BR" and nsn.startswith("800"):
        guess = 3
    return nsn[:guess], nsn[guess:]


def draw_local(rng: random.Random, region: str, area: str) -> str:
    """A fixed line in the town's area whose geographical area code is exactly `area`."""
    total = 9 if region == "NL" else 10
    for _ in range(200):
        nsn = draw_nsn(rng, region, "fixed", area, total)
        if area_len(region, nsn) == len(area):
            return nsn
    raise RuntimeError(f"no local number for {region} {area}")
