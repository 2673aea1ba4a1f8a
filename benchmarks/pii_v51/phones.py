"""Phone numbers: towns and area codes, drawing, writing habits and the parse-back check."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

# region -> [(town, area code without trunk prefix)]; towns are new against v48
AREAS = {
    "US": [
        ("Boise", "208"),
        ("Tulsa", "918"),
        ("Spokane", "509"),
        ("Knoxville", "865"),
        ("Albuquerque", "505"),
        ("Tucson", "520"),
        ("Omaha", "402"),
        ("Richmond", "804"),
    ],
    "GB": [
        ("Norwich", "1603"),
        ("Exeter", "1392"),
        ("Cambridge", "1223"),
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Brighton", "1273"),
        ("Glasgow", "141"),
        ("Plymouth", "1752"),
    ],
    "DE": [
        ("Kassel", "561"),
        ("Regensburg", "941"),
        ("Würzburg", "931"),
        ("Rostock", "381"),
        ("Ulm", "731"),
        ("Bonn", "228"),
        ("Kiel", "431"),
        ("Potsdam", "331"),
    ],
    "NL": [
        ("Utrecht", "30"),
        ("Groningen", "50"),
        ("Arnhem", "26"),
        ("Breda", "76"),
        ("Apeldoorn", "55"),
        ("Tilburg", "13"),
        ("Alkmaar", "72"),
        ("Amersfoort", "33"),
    ],
    "BR": [
        ("Curitiba", "41"),
        ("Florianópolis", "48"),
        ("Salvador", "71"),
        ("Fortaleza", "85"),
        ("Natal", "84"),
        ("Londrina", "43"),
        ("Ribeirão Preto", "16"),
        ("Belo Horizonte", "31"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Bhopal", "755"),
        ("Nagpur", "712"),
        ("Mysuru", "821"),
        ("Chandigarh", "172"),
        ("Coimbatore", "422"),
    ],
}
HINDI_TOWNS = {
    "Pune": "पुणे",
    "Jaipur": "जयपुर",
    "Lucknow": "लखनऊ",
    "Bhopal": "भोपाल",
    "Nagpur": "नागपुर",
    "Mysuru": "मैसूरु",
    "Chandigarh": "चंडीगढ़",
    "Coimbatore": "कोयंबटूर",
}
NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}
# other regions: area codes of fixed lines used for national / international numbers
FIXED = {
    "FR": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "ES": [("91", 9), ("93", 9), ("96", 9), ("954", 9), ("985", 9)],
    "IT": [("02", 10), ("06", 10), ("011", 10), ("055", 10), ("081", 10)],
    "PT": [("21", 9), ("22", 9), ("239", 9), ("253", 9)],
    "AT": [("1", 8), ("316", 9), ("512", 9), ("662", 9)],
    "CH": [("44", 9), ("31", 9), ("61", 9), ("21", 9)],
    "BE": [("2", 8), ("3", 8), ("9", 8), ("4", 8)],
    "AU": [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "IE": [("1", 8), ("21", 9), ("91", 8), ("61", 8)],
}
MOBILE = {
    "US": None,
    "GB": "7",
    "DE": "17",
    "NL": "6",
    "BR": "9",
    "IN": "9",
    "FR": "6",
    "ES": "6",
    "IT": "3",
    "PT": "91",
    "AT": "664",
    "CH": "79",
    "BE": "47",
    "AU": "4",
    "IE": "8",
}
SERVICE = {
    "US": ["888", "877", "866"],
    "GB": ["800", "345"],
    "DE": ["800"],
    "NL": ["800"],
    "BR": ["800"],
    "IN": ["1800"],
    "FR": ["805", "809"],
    "ES": ["900"],
    "IT": ["800"],
    "PT": ["800"],
}
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.UAN)


def parse(text, region):
    return pn.parse(text, region)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def _draw(rng, region, prefix, nsn_len, types, first="23456789"):
    for _ in range(500):
        rest = nsn_len - len(prefix)
        digits = prefix + rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(rest - 1))
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), digits), None)
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in types
        ):
            return num
    raise RuntimeError("no number for %s %s" % (region, prefix))


def draw_local(rng, region, area):
    """A fixed line in the given area whose geographic area code is exactly `area`."""
    first = "3" if region == "BR" else "23456789"
    types = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
    for _ in range(200):
        num = _draw(rng, region, area, NSN_LEN[region], types, first)
        if pn.length_of_geographical_area_code(num) == len(area):
            return num
    raise RuntimeError("area %s %s" % (region, area))


def draw(rng, region, kind):
    """kind: fixed, mobile, service."""
    if kind == "service":
        pre = rng.choice(SERVICE[region])
        lens = {"US": 10, "GB": 10, "DE": 10, "NL": 7, "BR": 10, "IN": 11, "FR": 9, "ES": 9, "IT": 9, "PT": 9}
        return _draw(rng, region, pre, lens[region], SERVICE_TYPES, "0123456789")
    if kind == "mobile" and MOBILE.get(region):
        pre = MOBILE[region]
        lens = {
            "GB": 10,
            "DE": 11,
            "NL": 9,
            "BR": 11,
            "IN": 10,
            "FR": 9,
            "ES": 9,
            "IT": 10,
            "PT": 9,
            "AT": 10,
            "CH": 9,
            "BE": 9,
            "AU": 9,
            "IE": 9,
        }
        first = {"BR": "9", "IN": "6789"}.get(region, "123456789")
        if region == "BR":
            pre = rng.choice(AREAS["BR"])[1] + "9"
            first = "6789"
        return _draw(rng, region, pre, lens[region], (T.MOBILE, T.FIXED_LINE_OR_MOBILE), first)
    if region in AREAS:
        return draw_local(rng, region, rng.choice(AREAS[region])[1])
    area, nsn_len = rng.choice(FIXED[region])
    return _draw(rng, region, area, nsn_len, (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE))
