"""Phone numbers for v91: drawn at random from prefixes, kept when valid and of the wanted type."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# local regions: town, national area code (without trunk prefix), subscriber digits
AREAS = {
    "US": [
        ("Omaha", "402", 7),
        ("Raleigh", "919", 7),
        ("Tulsa", "918", 7),
        ("Dayton", "937", 7),
        ("Fresno", "559", 7),
        ("Albany", "518", 7),
        ("Lansing", "517", 7),
        ("Savannah", "912", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Sheffield", "114", 7),
        ("Nottingham", "115", 7),
        ("Leicester", "116", 7),
        ("Edinburgh", "131", 7),
        ("Glasgow", "141", 7),
        ("Cardiff", "29", 8),
        ("Norwich", "1603", 6),
    ],
    "DE": [
        ("Kassel", "561", 6),
        ("Würzburg", "931", 6),
        ("Regensburg", "941", 6),
        ("Bielefeld", "521", 6),
        ("Erfurt", "361", 6),
        ("Lübeck", "451", 6),
        ("Potsdam", "331", 6),
        ("Heidelberg", "6221", 6),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Zwolle", "38", 7),
        ("Arnhem", "26", 7),
        ("Maastricht", "43", 7),
        ("Nijmegen", "24", 7),
        ("Haarlem", "23", 7),
        ("Delft", "15", 7),
        ("Tilburg", "13", 7),
    ],
    "BR": [
        ("Recife", "81", 8),
        ("Porto Alegre", "51", 8),
        ("Goiânia", "62", 8),
        ("Manaus", "92", 8),
        ("Florianópolis", "48", 8),
        ("Natal", "84", 8),
        ("Campinas", "19", 8),
        ("Vitória", "27", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kochi", "484", 7),
        ("Indore", "731", 7),
        ("Patna", "612", 7),
        ("Surat", "261", 7),
        ("Kolkata", "33", 8),
    ],
}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "", "IN": "0"}

# national significant number prefixes and total national significant length
PREFIXES = {
    "US": {
        "fixed": [(a, 10) for a in ("212", "305", "404", "503", "612", "713", "808", "615", "720")],
        "mobile": [(a, 10) for a in ("646", "415", "617", "702", "206", "214")],
        "other": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        "fixed": [
            ("207", 10),
            ("203", 10),
            ("121", 10),
            ("1223", 10),
            ("1865", 10),
            ("1224", 10),
            ("151", 10),
        ],
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "other": [("800", 10), ("808", 10), ("345", 10), ("300", 10)],
    },
    "DE": {
        "fixed": [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("711", 10), ("69", 10)],
        "mobile": [("151", 11), ("160", 10), ("170", 10), ("171", 10), ("176", 11), ("179", 10)],
        "other": [("800", 10)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9), ("806", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("95", 9), ("96", 9), ("98", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("900", 9), ("800", 9)],
    },
    "IT": {
        "fixed": [("02", 10), ("06", 10), ("011", 9), ("055", 9), ("081", 9)],
        "mobile": [("32", 10), ("33", 10), ("34", 10), ("39", 10)],
        "other": [("800", 9), ("803", 9)],
    },
    "NL": {
        "fixed": [("20", 9), ("10", 9), ("70", 9), ("30", 9), ("40", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 7), ("800", 10)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9), ("289", 9)],
        "mobile": [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9), ("808", 9)],
    },
    "BR": {
        "fixed": [(a + d, 10) for a in ("11", "21", "31", "41", "71", "85") for d in "2345"],
        "mobile": [(a + "9", 11) for a in ("11", "21", "31", "41", "61", "85")],
        "other": [("800", 10), ("300", 10)],
    },
    "IN": {
        "fixed": [("112", 10), ("222", 10), ("442", 10), ("802", 10), ("402", 10)],
        "mobile": [("9", 10), ("8", 10), ("7", 10), ("6", 10)],
        "other": [("1800", 11)],
    },
    "CH": {
        "fixed": [("44", 9), ("31", 9), ("61", 9), ("22", 9)],
        "mobile": [("76", 9), ("78", 9), ("79", 9)],
    },
    "AT": {"fixed": [("1", 8), ("316", 10), ("662", 10)], "mobile": [("664", 10), ("660", 10)]},
    "BE": {"fixed": [("2", 8), ("3", 8), ("9", 8)], "mobile": [("47", 9), ("48", 9), ("49", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9)], "mobile": [("83", 9), ("85", 9), ("86", 9), ("87", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9), ("8", 9)], "mobile": [("4", 9)]},
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def nat_prefix(region):
    return {"US": "", "BR": "", "ES": "", "IT": "", "PT": ""}.get(region, "0")


def draw(rng, region, kind):
    """A valid number (PhoneNumber object) of region and kind ('fixed', 'mobile', 'other')."""
    for _ in range(500):
        pre, length = rng.choice(PREFIXES[region][kind])
        rest = "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if kind == "fixed" and rest[0] in "01" and region not in ("BR", "IN"):
            continue
        nsn = pre + rest
        if region == "US" and (nsn[3] in "01" or nsn[3:6] == "555"):
            continue
        try:
            num = pn.parse(nat_prefix(region) + nsn, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(num) and pn.number_type(num) in TYPES[kind]:
            if pn.region_code_for_number(num) == region:
                return num
    raise RuntimeError((region, kind))


def draw_local(rng, region, area, sub_len):
    """A valid fixed-line number with the given area code; returns (PhoneNumber, subscriber digits)."""
    for _ in range(2000):
        first = {"BR": "2345", "IN": "2", "US": "23456789"}.get(region, "23456789")
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        if region == "US" and sub[:3] == "555":
            continue
        num = put_back(region, area, sub)
        if num is None or not pn.is_valid_number(num) or pn.number_type(num) not in FIXED:
            continue
        if pn.region_code_for_number(num) != region:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError((region, area))


def put_back(region, area, sub_text):
    """The full number of a local (subscriber-only) form: area code and trunk prefix put back."""
    digits = "".join(c for c in sub_text if c.isdigit())
    try:
        return pn.parse(TRUNK[region] + area + digits, region)
    except pn.NumberParseException:
        return None


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def nsn(num):
    return pn.national_significant_number(num)
