"""Phone numbers for v85: drawing, writing habits and putting local forms back (phonenumbers only)."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

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
    "CH": "41",
    "AT": "43",
    "BE": "32",
    "IE": "353",
    "AU": "61",
}

# towns with their area codes (without trunk prefix); local-announced regions only
AREAS = {
    "US": [
        ("Denver", "303"),
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Albuquerque", "505"),
        ("Savannah", "912"),
        ("Burlington", "802"),
        ("Dayton", "937"),
        ("Reno", "775"),
        ("Asheville", "828"),
        ("Boulder", "720"),
    ],
    "GB": [
        ("Manchester", "161"),
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Cardiff", "29"),
        ("Norwich", "1603"),
        ("York", "1904"),
        ("Cambridge", "1223"),
    ],
    "DE": [
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Kassel", "561"),
        ("Bremen", "421"),
        ("Karlsruhe", "721"),
        ("Göttingen", "551"),
        ("Regensburg", "941"),
        ("Bamberg", "951"),
        ("Heidelberg", "6221"),
        ("Tübingen", "7071"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Haarlem", "23"),
        ("Zwolle", "38"),
        ("Nijmegen", "24"),
        ("Eindhoven", "40"),
        ("Amersfoort", "33"),
        ("Delft", "15"),
        ("Deventer", "570"),
        ("Alkmaar", "72"),
        ("Houten", "30"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Florianópolis", "48"),
        ("Belo Horizonte", "31"),
        ("Campinas", "19"),
        ("Goiânia", "62"),
        ("Manaus", "92"),
        ("Londrina", "43"),
        ("Natal", "84"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Bengaluru", "80"),
        ("Hyderabad", "40"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Mysuru", "821"),
        ("Chandigarh", "172"),
        ("Ahmedabad", "79"),
        ("Kolkata", "33"),
    ],
}
# fixed-line area codes for national forms of other regions
FIXED = {
    "FR": ["1", "2", "3", "4", "5"],
    "ES": ["91", "93", "96", "954", "981"],
    "IT": ["02", "06", "011", "055", "051"],
    "PT": ["21", "22", "239"],
    "CH": ["44", "31", "61"],
    "AT": ["1", "316", "512"],
    "BE": ["2", "3", "9"],
    "IE": ["1", "21"],
    "AU": ["2", "3", "7"],
}
MOBILE = {
    "US": None,
    "GB": ["74", "75", "77", "78", "79"],
    "DE": ["151", "160", "172", "176", "157"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["320", "333", "347", "366", "392"],
    "NL": ["6"],
    "PT": ["91", "92", "93", "96"],
    "BR": None,
    "IN": ["6", "7", "8", "9"],
    "CH": ["76", "78", "79"],
    "AT": ["664", "676", "699"],
    "BE": ["47", "48", "49"],
    "IE": ["83", "85", "86", "87"],
    "AU": ["4"],
}
NSN_LEN = {"GB": 10, "FR": 9, "ES": 9, "NL": 9, "PT": 9, "IN": 10, "CH": 9, "BE": 9, "IE": 9, "AU": 9}
TOLL = {
    "US": [("800", 10), ("888", 10), ("877", 10)],
    "GB": [("800", 10), ("808", 10), ("345", 10)],
    "DE": [("800", 11)],
    "FR": [("800", 9), ("805", 9)],
    "ES": [("900", 9)],
    "IT": [("800", 9)],
    "NL": [("800", 9), ("800", 7)],
    "PT": [("800", 9), ("808", 9)],
    "BR": [("800", 10)],
    "IN": [("1800", 11)],
}
OTHER_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.UAN)


def _fill(rng, prefix, total, first=None):
    s = prefix + (rng.choice(first) if first else "")
    return s + "".join(rng.choice("0123456789") for _ in range(total - len(s)))


def national_prefix(region):
    return "" if region in ("US", "BR", "ES", "IT", "PT") else "0"


def _ok(nsn, region, types):
    try:
        x = pn.parse(national_prefix(region) + nsn, region)
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(x) or pn.number_type(x) not in types:
        return None
    return x


def draw_fixed(rng, region, area):
    """Fixed line in the given area code; returns (nsn, numobj)."""
    for _ in range(500):
        if region == "US":
            nsn = _fill(rng, area, 10, "23456789")
        elif region == "BR":
            nsn = _fill(rng, area, 10, "2345")
        elif region == "DE":
            nsn = _fill(rng, area, len(area) + rng.choice([6, 7]), "2345678")
        elif region == "IT":
            nsn = _fill(rng, area, rng.choice([9, 10]), "2345678")
        elif region == "AT":
            nsn = _fill(rng, area, len(area) + rng.choice([6, 7]), "2345678")
        elif region == "IN":
            nsn = _fill(rng, area, 10, "2")
        elif region == "BE" or (region == "IE" and area == "1"):
            nsn = _fill(rng, area, 8, "2345678")
        else:
            nsn = _fill(rng, area, NSN_LEN[region], "2345678")
        x = _ok(nsn, region, (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE))
        if x is not None and (region not in AREAS or pn.length_of_geographical_area_code(x) == len(area)):
            return str(x.national_number) if region != "IT" else nsn, x
    raise RuntimeError(region + area)


def draw_mobile(rng, region):
    for _ in range(500):
        if region == "US":
            return draw_fixed(rng, "US", rng.choice(["312", "617", "206", "512", "404"]))
        if region == "BR":
            nsn = _fill(rng, rng.choice(["11", "21", "41", "51", "71"]) + "9", 11, "6789")
        elif region == "DE":
            p = rng.choice(MOBILE["DE"])
            nsn = _fill(rng, p, 11 if p != "172" else 10)
        elif region == "IT":
            nsn = _fill(rng, rng.choice(MOBILE["IT"]), 10)
        elif region == "AT":
            nsn = _fill(rng, rng.choice(MOBILE["AT"]), 10)
        else:
            nsn = _fill(rng, rng.choice(MOBILE[region]), NSN_LEN[region])
        x = _ok(nsn, region, (T.MOBILE, T.FIXED_LINE_OR_MOBILE))
        if x is not None:
            return str(x.national_number), x
    raise RuntimeError(region)


def draw_other(rng, region):
    for _ in range(800):
        p, n = rng.choice(TOLL[region])
        nsn = _fill(rng, p, n)
        x = _ok(nsn, region, OTHER_TYPES)
        if x is not None:
            return str(x.national_number), x
    raise RuntimeError(region)


def draw_national_fixed(rng, region):
    if region in AREAS:
        return draw_fixed(rng, region, rng.choice(AREAS[region])[1])
    return draw_fixed(rng, region, rng.choice(FIXED[region]))


def e164(x):
    return pn.format_number(x, pn.PhoneNumberFormat.E164)


def area_len(x):
    return pn.length_of_geographical_area_code(x)


def put_back(region, area, text):
    """Subscriber-only text -> full national string to parse with the region."""
    return national_prefix(region) + area + " " + text


MOBILE_LEAD = {
    "US": 3,
    "GB": 4,
    "DE": 3,
    "FR": 1,
    "ES": 3,
    "IT": 3,
    "NL": 1,
    "PT": 3,
    "BR": 2,
    "IN": 5,
    "CH": 2,
    "AT": 3,
    "BE": 3,
    "IE": 2,
    "AU": 3,
}


def lead_len(region, kind, nsn, x):
    """Length of the first group used when writing a number."""
    if kind == "fixed":
        n = pn.length_of_geographical_area_code(x)
        return n if n else 2
    if kind == "mobile":
        return MOBILE_LEAD[region]
    return 4 if nsn.startswith("1800") else 3
