"""Phone numbers for v45: towns and area codes, number drawing, the written forms, and their checks."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

# region -> list of (town, area code without trunk prefix, subscriber length)
AREAS = {
    "US": [
        ("Dayton", "937", 7),
        ("Toledo", "419", 7),
        ("Spokane", "509", 7),
        ("Tulsa", "918", 7),
        ("Boise", "208", 7),
        ("Albany", "518", 7),
        ("Fresno", "559", 7),
        ("Omaha", "402", 7),
        ("Reno", "775", 7),
        ("Savannah", "912", 7),
    ],
    "GB": [
        ("Norwich", "1603", 6),
        ("Swindon", "1793", 6),
        ("Exeter", "1392", 6),
        ("Derby", "1332", 6),
        ("Manchester", "161", 7),
        ("Leeds", "113", 7),
        ("Bristol", "117", 7),
        ("Glasgow", "141", 7),
        ("Cardiff", "29", 8),
        ("London", "20", 8),
    ],
    "DE": [
        ("Heidelberg", "6221", 6),
        ("Mannheim", "621", 7),
        ("Kassel", "561", 7),
        ("Bielefeld", "521", 7),
        ("Regensburg", "941", 6),
        ("Rostock", "381", 7),
        ("Osnabrück", "541", 6),
        ("Würzburg", "931", 6),
        ("Augsburg", "821", 7),
        ("Lübeck", "451", 7),
    ],
    "NL": [
        ("Haarlem", "23", 7),
        ("Delft", "15", 7),
        ("Groningen", "50", 7),
        ("Eindhoven", "40", 7),
        ("Leiden", "71", 7),
        ("Arnhem", "26", 7),
        ("Amersfoort", "33", 7),
        ("Breda", "76", 7),
        ("Tilburg", "13", 7),
        ("Nijmegen", "24", 7),
    ],
    "BR": [
        ("Campinas", "19", 8),
        ("Porto Alegre", "51", 8),
        ("Recife", "81", 8),
        ("Belo Horizonte", "31", 8),
        ("Goiânia", "62", 8),
        ("Fortaleza", "85", 8),
        ("Santos", "13", 8),
        ("Londrina", "43", 8),
        ("Natal", "84", 8),
        ("Manaus", "92", 8),
    ],
    "IN": [
        ("Lucknow", "522", 7),
        ("Pune", "20", 8),
        ("Jaipur", "141", 7),
        ("Indore", "731", 7),
        ("Nagpur", "712", 7),
        ("Chandigarh", "172", 7),
        ("Coimbatore", "422", 7),
        ("Patna", "612", 7),
        ("Surat", "261", 7),
        ("Mysuru", "821", 7),
    ],
    "FR": [("Lyon", "4", 8), ("Bordeaux", "5", 8), ("Nantes", "2", 8), ("Lille", "3", 8), ("Paris", "1", 8)],
    "ES": [
        ("Madrid", "91", 7),
        ("Sevilla", "954", 6),
        ("Valencia", "96", 7),
        ("Zaragoza", "976", 6),
        ("Bilbao", "94", 7),
    ],
    "IT": [
        ("Roma", "06", 8),
        ("Milano", "02", 8),
        ("Torino", "011", 7),
        ("Bologna", "051", 7),
        ("Firenze", "055", 7),
        ("Napoli", "081", 7),
    ],
    "PT": [
        ("Lisboa", "21", 7),
        ("Porto", "22", 7),
        ("Braga", "253", 6),
        ("Coimbra", "239", 6),
        ("Faro", "289", 6),
    ],
    "AT": [
        ("Wien", "1", 7),
        ("Graz", "316", 6),
        ("Linz", "732", 6),
        ("Salzburg", "662", 6),
        ("Innsbruck", "512", 6),
    ],
    "CH": [
        ("Zürich", "44", 7),
        ("Bern", "31", 7),
        ("Basel", "61", 7),
        ("Lausanne", "21", 7),
        ("Genève", "22", 7),
    ],
    "BE": [
        ("Bruxelles", "2", 7),
        ("Liège", "4", 7),
        ("Gent", "9", 7),
        ("Antwerpen", "3", 7),
        ("Leuven", "16", 6),
    ],
    "AU": [("Sydney", "2", 8), ("Melbourne", "3", 8), ("Brisbane", "7", 8), ("Perth", "8", 8)],
    "IE": [("Dublin", "1", 7), ("Cork", "21", 7), ("Galway", "91", 6), ("Limerick", "61", 6)],
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
TRUNK = {
    "US": "1",
    "GB": "0",
    "DE": "0",
    "NL": "0",
    "BR": "0",
    "IN": "0",
    "FR": "0",
    "ES": "",
    "IT": "",
    "PT": "",
    "AT": "0",
    "CH": "0",
    "BE": "0",
    "AU": "0",
    "IE": "0",
}
MOBILE = {
    "US": None,
    "GB": ["7700", "7911", "7432", "7825", "7575"],
    "DE": ["151", "160", "171", "176", "157"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["333", "347", "328", "339", "380"],
    "NL": ["6"],
    "PT": ["91", "92", "93", "96"],
    "IN": ["98", "94", "70", "81", "99"],
    "AT": ["664", "676", "699"],
    "CH": ["76", "78", "79"],
    "BE": ["47", "48", "49"],
    "AU": ["4"],
    "IE": ["83", "85", "86", "87"],
    "BR": None,
}
MOBILE_LEN = {
    "GB": 10,
    "DE": 11,
    "FR": 9,
    "ES": 9,
    "IT": 10,
    "NL": 9,
    "PT": 9,
    "IN": 10,
    "AT": 11,
    "CH": 9,
    "BE": 9,
    "AU": 9,
    "IE": 9,
}
SERVICE = {
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    "GB": [("800", 10), ("808", 10)],
    "DE": [("800", 11)],
    "FR": [("800", 9), ("805", 9)],
    "ES": [("900", 9), ("901", 9)],
    "IT": [("800", 9), ("803", 9)],
    "NL": [("800", 7), ("800", 9)],
    "PT": [("800", 9), ("808", 9)],
    "BR": [("800", 10), ("300", 10)],
    "IN": [("1800", 11)],
}
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.UAN)


def _digits(rng, n, first="23456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def fixed(rng, region, town=None):
    """A valid geographic fixed line: (town, area, subscriber, PhoneNumber)."""
    rows = AREAS[region]
    row = next(r for r in rows if r[0] == town) if town else rng.choice(rows)
    town, area, sub_len = row
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(500):
        sub = _digits(rng, sub_len, "2345678" if region != "US" else "23456789")
        nat = area + sub
        if region == "IT":
            num = phonenumbers.parse(nat, "IT")
        else:
            num = phonenumbers.parse("+%d%s" % (cc, nat), None)
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
            continue
        if phonenumbers.number_type(num) not in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE):
            continue
        if region in LOCAL_REGIONS and phonenumbers.length_of_geographical_area_code(num) != len(area):
            continue
        return town, area, sub, num
    raise RuntimeError("no fixed line for %s %s" % (region, area))


def mobile(rng, region):
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(500):
        if region == "BR":
            area = rng.choice(AREAS["BR"])[1]
            nat = area + "9" + _digits(rng, 8, "6789")
        elif region == "US":
            return fixed(rng, "US")[3]
        else:
            pre = rng.choice(MOBILE[region])
            nat = pre + "".join(rng.choice("0123456789") for _ in range(MOBILE_LEN[region] - len(pre)))
        num = phonenumbers.parse("+%d%s" % (cc, nat), None)
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.number_type(num) == T.MOBILE
            and phonenumbers.region_code_for_number(num) == region
        ):
            return num
    raise RuntimeError("no mobile for " + region)


def service(rng, region):
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(2000):
        pre, n = rng.choice(SERVICE[region])
        nat = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        num = phonenumbers.parse("+%d%s" % (cc, nat), None)
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.number_type(num) in SERVICE_TYPES
            and phonenumbers.region_code_for_number(num) == region
        ):
            return num
    raise RuntimeError("no service number for " + region)


def nsn(num):
    return phonenumbers.national_significant_number(num)


def e164(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def parses_to(text, region, num):
    """True when text parses in region to num and the number is valid."""
    try:
        got = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(got) and e164(got) == e164(num)


def local_back(sub_text, region, area):
    """The national form a local number stands for: trunk prefix, area code and the subscriber digits."""
    digits = "".join(c for c in sub_text if c.isdigit())
    trunk = "" if region == "US" else TRUNK[region]
    return trunk + area + digits
