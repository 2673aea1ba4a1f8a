"""Phone numbers: drawing, writing habits and the put-back check for local (subscriber-only) forms."""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
FREE = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# region -> list of (area code without trunk prefix, town, subscriber length, first-digit choices)
AREAS = {
    "US": [
        ("502", "Louisville", 7, "2345678"),
        ("859", "Lexington", 7, "2345678"),
        ("518", "Saratoga Springs", 7, "2345678"),
        ("410", "Baltimore", 7, "2345678"),
        ("702", "Las Vegas", 7, "2345678"),
        ("305", "Miami", 7, "2345678"),
        ("626", "Arcadia", 7, "2345678"),
        ("516", "Elmont", 7, "2345678"),
    ],
    "GB": [
        ("1638", "Newmarket", 6, "5678"),
        ("1242", "Cheltenham", 6, "2345"),
        ("1488", "Lambourn", 6, "5678"),
        ("1904", "York", 6, "4567"),
        ("1372", "Epsom", 6, "2345"),
        ("151", "Liverpool", 7, "2345"),
        ("113", "Leeds", 7, "2345"),
        ("131", "Edinburgh", 7, "2345"),
    ],
    "DE": [
        ("221", "Köln", 7, "2345"),
        ("7221", "Baden-Baden", 6, "2345"),
        ("40", "Hamburg", 8, "2345"),
        ("89", "München", 8, "2345"),
        ("421", "Bremen", 7, "2345"),
        ("3342", "Hoppegarten", 6, "2345"),
        ("341", "Leipzig", 7, "2345"),
        ("511", "Hannover", 7, "2345"),
    ],
    "NL": [
        ("20", "Amsterdam", 7, "2345678"),
        ("10", "Rotterdam", 7, "2345678"),
        ("70", "Den Haag", 7, "2345678"),
        ("40", "Eindhoven", 7, "2345678"),
        ("24", "Nijmegen", 7, "2345678"),
        ("43", "Maastricht", 7, "2345678"),
        ("561", "Wolvega", 6, "2345678"),
        ("50", "Groningen", 7, "2345678"),
    ],
    "BR": [
        ("21", "Rio de Janeiro", 8, "2345"),
        ("11", "São Paulo", 8, "2345"),
        ("51", "Porto Alegre", 8, "2345"),
        ("41", "Curitiba", 8, "2345"),
        ("31", "Belo Horizonte", 8, "2345"),
        ("81", "Recife", 8, "2345"),
        ("61", "Brasília", 8, "2345"),
        ("71", "Salvador", 8, "2345"),
    ],
    "IN": [
        ("22", "Mumbai", 8, "2346"),
        ("80", "Bengaluru", 8, "2346"),
        ("44", "Chennai", 8, "2346"),
        ("33", "Kolkata", 8, "2346"),
        ("40", "Hyderabad", 8, "2346"),
        ("20", "Pune", 8, "2346"),
        ("821", "Mysuru", 7, "2345"),
        ("471", "Thiruvananthapuram", 7, "2345"),
    ],
}

# prefixes for national (non-local) fixed numbers, mobiles and free/shared numbers: (region -> prefixes)
FIXED_PREFIX = {
    "US": ["502", "859", "212", "312", "617", "713", "404", "215"],
    "GB": ["20", "161", "121", "1638", "117", "1224", "1865", "1392"],
    "DE": ["30", "69", "221", "711", "7221", "351", "911", "201"],
    "FR": ["1", "4", "5", "2", "3"],
    "ES": ["91", "93", "95", "96", "94", "928"],
    "IT": ["06", "02", "011", "055", "081", "041", "051"],
    "NL": ["20", "10", "30", "70", "40", "50", "561", "492"],
    "PT": ["21", "22", "239", "289", "253"],
    "BR": ["21", "11", "51", "41", "31", "81"],
    "IN": ["22", "80", "44", "33", "40", "11", "20"],
    "AT": ["1", "316", "662", "512", "732"],
    "CH": ["44", "31", "61", "21", "22", "71"],
    "BE": ["2", "3", "9", "4", "56"],
    "IE": ["1", "21", "61", "91", "45"],
    "AU": ["2", "3", "7", "8"],
}
MOBILE_PREFIX = {
    "US": ["502", "702", "305", "646"],
    "GB": ["77", "78", "74", "75"],
    "DE": ["160", "171", "172", "176", "170"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["33", "34", "32", "38"],
    "NL": ["6"],
    "PT": ["91", "92", "93", "96"],
    "BR": ["119", "219", "419", "519", "319"],
    "IN": ["98", "97", "94", "70", "88"],
    "AT": ["664", "660", "676", "699"],
    "CH": ["76", "78", "79", "77"],
    "BE": ["47", "48", "49"],
    "IE": ["85", "86", "87", "83"],
    "AU": ["4"],
}
FREE_PREFIX = {
    "US": ["800", "888", "877", "866"],
    "GB": ["800", "808"],
    "DE": ["800"],
    "FR": ["800", "805", "809"],
    "ES": ["900", "800"],
    "IT": ["800", "803"],
    "NL": ["800"],
    "PT": ["800", "808"],
    "BR": ["800"],
    "IN": ["1800"],
}
NSN_LEN = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11],
    "FR": [9],
    "ES": [9],
    "IT": [9, 10],
    "NL": [9],
    "PT": [9],
    "BR": [10, 11],
    "IN": [10],
    "AT": [8, 9, 10, 11],
    "CH": [9],
    "BE": [8, 9],
    "IE": [8, 9],
    "AU": [9],
}


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _draw(rng, region, prefixes, types, lens):
    for _ in range(5000):
        pre = rng.choice(prefixes)
        n = rng.choice(lens)
        if region == "IN" and types == FREE:
            n = 11
        if len(pre) >= n:
            continue
        rest = str(rng.choice("23456789")) + "".join(
            rng.choice("0123456789") for _ in range(n - len(pre) - 1)
        )
        nsn = pre + rest
        if region == "IT" and pre.startswith("0"):
            pass
        try:
            num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, region)
        except pn.NumberParseException:
            continue
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in types
            and pn.region_code_for_number(num) == region
        ):
            return num
    raise RuntimeError(f"no number for {region} {prefixes}")


def draw(rng, region, kind):
    """kind: fixed, mobile or free."""
    if kind == "fixed":
        return _draw(rng, region, FIXED_PREFIX[region], FIXED, NSN_LEN[region])
    if kind == "mobile":
        return _draw(rng, region, MOBILE_PREFIX[region], MOBILE, NSN_LEN[region])
    lens = [10] if region in ("US", "GB", "DE") else [9, 10]
    if region == "GB":
        lens = [10, 9]
    return _draw(rng, region, FREE_PREFIX[region], FREE, lens)


def draw_local(rng, region, area_idx):
    area, town, sublen, first = AREAS[region][area_idx]
    for _ in range(5000):
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(sublen - 1))
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + area + sub, region)
        if not (pn.is_valid_number(num) and pn.number_type(num) in FIXED):
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, area, town, sub
    raise RuntimeError(f"no local number for {region} {area}")


def nsn(num) -> str:
    return pn.national_significant_number(num)


def e164(num) -> str:
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def _groups(num, fmt):
    return re.split(r"[^\d+]+", pn.format_number(num, fmt).strip("()"))


def national_groups(num):
    """Digit groups of phonenumbers' national format, trunk prefix included."""
    return [g for g in re.split(r"\D+", pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)) if g]


def intl_groups(num):
    """Groups after the country code in the international format."""
    parts = [g for g in re.split(r"\D+", pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)) if g]
    return parts[1:]


def put_back(text, region, area):
    """Re-attach trunk prefix and area code to a local form and parse it."""
    md = pn.PhoneMetadata.metadata_for_region(region)
    trunk = md.national_prefix or ""
    if region == "BR":
        trunk = ""
    return pn.parse(trunk + area + digits(text), region)


def parses_to(text, region, num) -> bool:
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)
