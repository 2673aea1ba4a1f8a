"""Phone numbers for v67: drawn from prefixes, kept when phonenumbers says valid and of the wanted type."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "NL": 31,
    "BR": 55,
    "IN": 91,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "PT": 351,
    "AT": 43,
    "CH": 41,
    "BE": 32,
    "AU": 61,
    "IE": 353,
}
NATIONAL_PREFIX = {"US": "1", "BR": "0"}  # everyone else: "0"

# (town, area code, national significant number length): the local-announced regions
AREAS = {
    "US": [
        ("Akron", "330", 10),
        ("Tulsa", "918", 10),
        ("Dayton", "937", 10),
        ("Fresno", "559", 10),
        ("Lubbock", "806", 10),
        ("Savannah", "912", 10),
        ("Reno", "775", 10),
        ("Wichita", "316", 10),
        ("Chattanooga", "423", 10),
        ("Des Moines", "515", 10),
    ],
    "GB": [
        ("Leeds", "113", 10),
        ("Sheffield", "114", 10),
        ("Nottingham", "115", 10),
        ("Edinburgh", "131", 10),
        ("Norwich", "1603", 10),
        ("Exeter", "1392", 10),
        ("Ipswich", "1473", 10),
        ("Derby", "1332", 10),
        ("Swindon", "1793", 10),
    ],
    "DE": [
        ("Kassel", "561", 10),
        ("Würzburg", "931", 10),
        ("Regensburg", "941", 10),
        ("Osnabrück", "541", 10),
        ("Ulm", "731", 10),
        ("Bielefeld", "521", 10),
        ("Oldenburg", "441", 10),
        ("Trier", "651", 10),
        ("Erfurt", "361", 10),
        ("Lübeck", "451", 10),
    ],
    "NL": [
        ("Zwolle", "38", 9),
        ("Arnhem", "26", 9),
        ("Haarlem", "23", 9),
        ("Eindhoven", "40", 9),
        ("Tilburg", "13", 9),
        ("Maastricht", "43", 9),
        ("Enschede", "53", 9),
        ("Nijmegen", "24", 9),
        ("Amersfoort", "33", 9),
        ("Deventer", "570", 9),
    ],
    "BR": [
        ("Campinas", "19", 10),
        ("Porto Alegre", "51", 10),
        ("Recife", "81", 10),
        ("Goiânia", "62", 10),
        ("Manaus", "92", 10),
        ("Florianópolis", "48", 10),
        ("Natal", "84", 10),
        ("Londrina", "43", 10),
        ("Vitória", "27", 10),
        ("Maceió", "82", 10),
    ],
    "IN": [
        ("Pune", "20", 10),
        ("Jaipur", "141", 10),
        ("Lucknow", "522", 10),
        ("Kochi", "484", 10),
        ("Indore", "731", 10),
        ("Coimbatore", "422", 10),
        ("Surat", "261", 10),
        ("Kolkata", "33", 10),
        ("Hyderabad", "40", 10),
        ("Ahmedabad", "79", 10),
    ],
}
FIXED = {
    "FR": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "ES": [("91", 9), ("93", 9), ("96", 9), ("95", 9), ("98", 9)],
    "IT": [("06", 10), ("02", 10), ("011", 10), ("051", 10), ("055", 10)],
    "PT": [("21", 9), ("22", 9), ("239", 9), ("253", 9)],
    "AT": [("1", 9), ("316", 10), ("662", 10)],
    "CH": [("44", 9), ("31", 9), ("61", 9), ("22", 9)],
    "BE": [("2", 8), ("3", 8), ("9", 8), ("4", 8)],
    "AU": [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "IE": [("1", 8), ("21", 9), ("91", 8)],
}
for _r, _a in AREAS.items():
    FIXED[_r] = [(a, n) for _t, a, n in _a]
MOBILE = {
    "US": FIXED["US"],
    "GB": [("77", 10), ("78", 10), ("79", 10), ("74", 10)],
    "DE": [("151", 11), ("160", 10), ("170", 10), ("176", 11), ("157", 11)],
    "NL": [("6", 9)],
    "BR": [(a + "9", 11) for _t, a, _n in AREAS["BR"]],
    "IN": [("9", 10), ("8", 10), ("7", 10)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9)],
    "IT": [("33", 10), ("34", 10), ("32", 10), ("39", 10)],
    "PT": [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
    "AT": [("664", 10), ("676", 10)],
    "CH": [("79", 9), ("78", 9), ("76", 9)],
    "BE": [("47", 9), ("48", 9), ("49", 9)],
    "AU": [("4", 9)],
    "IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9)],
}
OTHER = {
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    "GB": [("800", 10), ("345", 10), ("808", 10)],
    "DE": [("800", 10), ("180", 10)],
    "NL": [("800", 7)],
    "BR": [("800", 10)],
    "IN": [("1800", 11)],
    "FR": [("800", 9), ("805", 9), ("809", 9)],
    "ES": [("900", 9), ("800", 9)],
    "IT": [("800", 9)],
    "PT": [("800", 9), ("808", 9)],
}
WANT = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "other": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}


def draw(rng, region, kind, prefix=None, length=None):
    """A valid number: (PhoneNumber, national significant number digits)."""
    table = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind][region]
    for _ in range(2000):
        pre, n = (prefix, length) if prefix else rng.choice(table)
        d = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if region == "US" and (d[3] in "01" or d[4:6] == "11" or d[3:6] == "555"):
            continue
        num = pn.parse("+%d%s" % (CC[region], d))
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in WANT[kind]
        ):
            return num, d
    raise RuntimeError("no number for %s %s %s" % (region, kind, prefix))


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def parses_back(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)


def put_back(sub, region, area):
    """A local (subscriber-only) form with its trunk prefix and area code put back."""
    digits = "".join(c for c in sub if c.isdigit())
    return NATIONAL_PREFIX.get(region, "0") + area + digits


def draw_local(rng, region, area, length):
    """A fixed-line number in one area whose geographical area code length is len(area)."""
    for _ in range(200):
        num, d = draw(rng, region, "fixed", area, length)
        if pn.is_number_geographical(num) and pn.length_of_geographical_area_code(num) == len(area):
            return num, d
    raise RuntimeError("no local number for %s %s" % (region, area))
