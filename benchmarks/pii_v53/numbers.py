"""Phone numbers for v53: drawn from prefixes, kept when phonenumbers says valid and of the wanted type."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
FREE = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# region -> [(town, area code without trunk prefix, subscriber length)]
AREAS = {
    "US": [
        ("Tacoma", "253", 7),
        ("Albany", "518", 7),
        ("Dayton", "937", 7),
        ("Fresno", "559", 7),
        ("Omaha", "402", 7),
        ("Savannah", "912", 7),
        ("Lansing", "517", 7),
        ("Reno", "775", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Sheffield", "114", 7),
        ("Nottingham", "115", 7),
        ("Leicester", "116", 7),
        ("Cardiff", "29", 8),
        ("Norwich", "1603", 6),
        ("Exeter", "1392", 6),
        ("York", "1904", 6),
    ],
    "DE": [
        ("Kassel", "561", 6),
        ("Bielefeld", "521", 7),
        ("Würzburg", "931", 6),
        ("Regensburg", "941", 6),
        ("Osnabrück", "541", 6),
        ("Ulm", "731", 6),
        ("Potsdam", "331", 7),
        ("Erfurt", "361", 7),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Tilburg", "13", 7),
        ("Arnhem", "26", 7),
        ("Zwolle", "38", 7),
        ("Haarlem", "23", 7),
        ("Maastricht", "43", 7),
        ("Eindhoven", "40", 7),
        ("Nijmegen", "24", 7),
    ],
    "BR": [
        ("Campinas", "19", 8),
        ("Recife", "81", 8),
        ("Goiânia", "62", 8),
        ("Manaus", "92", 8),
        ("Florianópolis", "48", 8),
        ("Natal", "84", 8),
        ("Porto Alegre", "51", 8),
        ("Vitória", "27", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kochi", "484", 7),
        ("Indore", "731", 7),
        ("Kolkata", "33", 8),
        ("Hyderabad", "40", 8),
        ("Ahmedabad", "79", 8),
    ],
}

# national significant number prefixes (mobile / fixed / free) used for non-local numbers
PREFIXES = {
    "US": {
        "fixed": ["312", "617", "503", "614", "704", "919"],
        "mobile": ["646", "415", "206"],
        "free": ["800", "888", "877", "866"],
    },
    "GB": {
        "fixed": ["20", "121", "131", "141", "1865", "1223"],
        "mobile": ["77", "78", "79", "74"],
        "free": ["800", "808"],
    },
    "DE": {
        "fixed": ["30", "40", "89", "221", "69", "711"],
        "mobile": ["151", "160", "171", "176"],
        "free": ["800"],
    },
    "FR": {"fixed": ["1", "2", "3", "4", "5"], "mobile": ["6", "7"], "free": ["800", "805"]},
    "ES": {"fixed": ["91", "93", "96", "954", "985"], "mobile": ["6", "7"], "free": ["900"]},
    "IT": {"fixed": ["06", "02", "011", "055", "081"], "mobile": ["33", "34", "32", "39"], "free": ["800"]},
    "NL": {"fixed": ["20", "10", "30", "70", "53"], "mobile": ["6"], "free": ["800"]},
    "PT": {"fixed": ["21", "22", "239", "253"], "mobile": ["91", "92", "93", "96"], "free": ["800"]},
    "BR": {
        "fixed": ["113", "213", "313", "413", "613"],
        "mobile": ["119", "219", "419", "719"],
        "free": ["800"],
    },
    "IN": {"fixed": ["11", "22", "44", "80"], "mobile": ["98", "97", "91", "70", "88"], "free": ["1800"]},
    "AT": {"fixed": ["1", "316", "662"], "mobile": ["664", "676", "699"], "free": []},
    "CH": {"fixed": ["44", "31", "61", "22"], "mobile": ["79", "78", "76"], "free": []},
    "BE": {"fixed": ["2", "3", "9", "4"], "mobile": ["47", "48", "49"], "free": []},
    "IE": {"fixed": ["1", "21"], "mobile": ["85", "86", "87"], "free": []},
    "AU": {"fixed": ["2", "3", "7", "8"], "mobile": ["4"], "free": []},
}

NSN_LEN = {
    "US": 10,
    "GB": 10,
    "DE": 11,
    "FR": 9,
    "ES": 9,
    "IT": 10,
    "NL": 9,
    "PT": 9,
    "BR": 10,
    "IN": 10,
    "AT": 10,
    "CH": 9,
    "BE": 9,
    "IE": 9,
    "AU": 9,
}
FREE_LEN = {"US": 10, "GB": 10, "DE": 11, "FR": 9, "ES": 9, "IT": 9, "NL": 10, "PT": 9, "BR": 10, "IN": 11}


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def _draw(rng, region, prefix, total, types):
    for _ in range(4000):
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(total - len(prefix)))
        if types is not FREE and nsn[len(prefix)] in "01":
            continue
        if region == "BR" and len(prefix) == 3 and prefix[2] == "9":
            nsn = nsn[:3] + rng.choice("6789") + nsn[4:]
        if region == "IN" and prefix == "1800":
            nsn = "1800" + rng.choice("1234") + nsn[5:]
        num = pn.PhoneNumber(country_code=pn.country_code_for_region(region), national_number=int(nsn))
        if region == "IT" and nsn.startswith("0"):
            num.italian_leading_zero = True
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in types
            and (pn.region_code_for_number(num) == region)
        ):
            return num, nsn
    raise RuntimeError(f"no number for {region} {prefix}")


def draw(rng, region, kind):
    """kind: fixed, mobile, free. Returns (PhoneNumber, national significant number)."""
    prefix = rng.choice(PREFIXES[region][kind])
    if kind == "free":
        total = FREE_LEN[region]
        if region == "GB" and prefix == "808":
            total = 10
        return _draw(rng, region, prefix, total, FREE)
    total = NSN_LEN[region]
    if region == "DE" and kind == "fixed":
        total = rng.choice([10, 11])
    if region == "DE" and kind == "mobile":
        total = 11 if prefix in ("176", "151", "160") else 10
    if region == "AT" and kind == "fixed":
        total = rng.choice([9, 10, 11])
    if region == "AT" and kind == "mobile":
        total = rng.choice([10, 11])
    if region == "BR" and kind == "mobile":
        total = 11
    if region == "BE" and kind == "fixed":
        total = 8
    if region == "IE" and kind == "fixed" and prefix == "1":
        total = 8
    return _draw(rng, region, prefix, total, MOBILE if kind == "mobile" else FIXED)


def draw_local(rng, region, area, sub_len):
    """A fixed line in the given area; returns (PhoneNumber, subscriber digits)."""
    first = {"US": "23456789", "BR": "2345", "IN": "2345678"}.get(region, "23456789")
    for _ in range(4000):
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        num = pn.PhoneNumber(country_code=pn.country_code_for_region(region), national_number=int(area + sub))
        if pn.is_valid_number(num) and pn.number_type(num) in FIXED:
            if pn.length_of_geographical_area_code(num) == len(area):
                return num, sub
    raise RuntimeError(f"no local number {region} {area}")


def trunk(region):
    meta = pn.PhoneMetadata.metadata_for_region(region)
    return meta.national_prefix or ""


def put_back(text, region, area):
    """Parse a subscriber-only form after putting the trunk prefix and the area code back."""
    digits = "".join(c for c in text if c.isdigit())
    return pn.parse(trunk(region) + area + digits, region)


def ndc_len(num):
    n = pn.length_of_geographical_area_code(num)
    return n if n else pn.length_of_national_destination_code(num)
