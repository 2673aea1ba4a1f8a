"""Phone numbers: drawing valid numbers from prefixes and writing them in everyday habits (v95)."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# towns with their area codes (national form, trunk prefix included where the country has one)
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Dayton", "937"),
        ("Fresno", "559"),
        ("Albany", "518"),
        ("Savannah", "912"),
        ("Reno", "775"),
        ("Akron", "330"),
        ("Lubbock", "806"),
        ("Tacoma", "253"),
    ],
    "GB": [
        ("Leeds", "0113"),
        ("Sheffield", "0114"),
        ("Nottingham", "0115"),
        ("Leicester", "0116"),
        ("Reading", "0118"),
        ("Edinburgh", "0131"),
        ("Glasgow", "0141"),
        ("Liverpool", "0151"),
        ("Cambridge", "01223"),
        ("Norwich", "01603"),
        ("Exeter", "01392"),
        ("York", "01904"),
    ],
    "DE": [
        ("Kiel", "0431"),
        ("Lübeck", "0451"),
        ("Bremen", "0421"),
        ("Kassel", "0561"),
        ("Würzburg", "0931"),
        ("Regensburg", "0941"),
        ("Augsburg", "0821"),
        ("Erfurt", "0361"),
        ("Potsdam", "0331"),
        ("Heidelberg", "06221"),
        ("Göttingen", "0551"),
        ("Trier", "0651"),
    ],
    "NL": [
        ("Groningen", "050"),
        ("Zwolle", "038"),
        ("Arnhem", "026"),
        ("Nijmegen", "024"),
        ("Maastricht", "043"),
        ("Haarlem", "023"),
        ("Delft", "015"),
        ("Tilburg", "013"),
        ("Eindhoven", "040"),
        ("Amersfoort", "033"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Porto Alegre", "51"),
        ("Campinas", "19"),
        ("Natal", "84"),
        ("Vitória", "27"),
        ("Londrina", "43"),
    ],
    "IN": [
        ("Pune", "020"),
        ("Jaipur", "0141"),
        ("Lucknow", "0522"),
        ("Kochi", "0484"),
        ("Indore", "0731"),
        ("Ahmedabad", "079"),
        ("Hyderabad", "040"),
        ("Kolkata", "033"),
        ("Chandigarh", "0172"),
        ("Coimbatore", "0422"),
    ],
}
TRUNK = {"US": "", "BR": ""}

# prefixes (national significant number starts) and lengths of the NSN
PREFIXES = {
    "US": {
        "fixed": [("402", 10), ("918", 10), ("773", 10), ("615", 10), ("503", 10)],
        "mobile": [("206", 10), ("415", 10), ("617", 10)],
        "other": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        "fixed": [("113", 10), ("20", 10), ("131", 10), ("1223", 10), ("29", 10)],
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "other": [("800", 10), ("808", 10), ("345", 10), ("330", 10)],
    },
    "DE": {
        "fixed": [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("431", 9), ("6221", 10)],
        "mobile": [("151", 11), ("160", 10), ("170", 10), ("172", 11), ("176", 11), ("157", 11)],
        "other": [("800", 10), ("180", 10)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("95", 9), ("96", 9), ("98", 9)],
        "mobile": [("6", 9), ("71", 9)],
        "other": [("900", 9), ("800", 9)],
    },
    "IT": {
        "fixed": [("02", 10), ("06", 10), ("011", 10), ("055", 10), ("051", 9)],
        "mobile": [("33", 10), ("34", 10), ("32", 10), ("39", 10)],
        "other": [("800", 9), ("803", 9)],
    },
    "NL": {
        "fixed": [("20", 9), ("10", 9), ("70", 9), ("50", 9), ("30", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 10), ("800", 7)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9), ("808", 9)],
    },
    "BR": {
        "fixed": [("113", 10), ("213", 10), ("613", 10), ("313", 10)],
        "mobile": [("119", 11), ("219", 11), ("319", 11), ("479", 11)],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("22", 10), ("11", 10), ("44", 10), ("80", 10)],
        "mobile": [("98", 10), ("97", 10), ("90", 10), ("70", 10), ("88", 10)],
        "other": [("1800", 11)],
    },
    "AT": {"fixed": [("1", 10), ("316", 10), ("512", 9)], "mobile": [("664", 10), ("676", 10), ("699", 11)]},
    "CH": {
        "fixed": [("44", 9), ("31", 9), ("61", 9), ("22", 9)],
        "mobile": [("79", 9), ("76", 9), ("78", 9)],
    },
    "BE": {"fixed": [("2", 8), ("3", 8), ("9", 8)], "mobile": [("47", 9), ("48", 9), ("49", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 9)], "mobile": [("83", 9), ("85", 9), ("87", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9), ("8", 9)], "mobile": [("4", 9)]},
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}
NATPREFIX = {"US": "", "BR": "", "ES": "", "IT": "", "PT": ""}


def draw_nsn(rng, region, kind):
    """A valid national significant number of the wanted type, drawn at random after a prefix."""
    for _ in range(2000):
        pre, length = rng.choice(PREFIXES[region][kind])
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if (
            phonenumbers.is_valid_number_for_region(num, region)
            and phonenumbers.number_type(num) in TYPES[kind]
        ):
            return nsn
    raise RuntimeError(f"no number for {region} {kind}")


def draw_local(rng, region, area):
    """A valid fixed-line subscriber number behind one area code; returns (nsn, subscriber)."""
    code = area.lstrip("0") if region not in ("US", "BR") else area
    for _ in range(3000):
        nsn_len = {"US": 10, "GB": 10, "NL": 9, "BR": 10, "IN": 10}.get(region)
        if region == "GB" and code.startswith("1") and len(code) == 4 and code[1] != "1":
            nsn_len = rng.choice([9, 10]) if code == "1904" else 10
        if region == "DE":
            nsn_len = len(code) + rng.choice([6, 7]) if len(code) == 3 else len(code) + rng.choice([5, 6])
        first = rng.choice("2345") if region in ("BR", "IN", "NL", "GB", "US") else rng.choice("23456789")
        sub = first + "".join(rng.choice("0123456789") for _ in range(nsn_len - len(code) - 1))
        nsn = code + sub
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if not phonenumbers.is_valid_number_for_region(num, region):
            continue
        if phonenumbers.number_type(num) not in FIXED:
            continue
        if phonenumbers.length_of_geographical_area_code(num) != len(code):
            continue
        return nsn, sub
    raise RuntimeError(f"no local number for {region} {area}")


def e164(region, nsn):
    return "+" + str(phonenumbers.country_code_for_region(region)) + nsn


def g(digits, sizes, sep=" "):
    """Split digits into groups of the given sizes (the last group takes the rest)."""
    out, i = [], 0
    for n in sizes:
        out.append(digits[i : i + n])
        i += n
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(p for p in out if p)


def pairs_right(digits, sep=" "):
    """German and Dutch habit: pairs counted from the right."""
    parts = []
    while len(digits) > 2:
        parts.insert(0, digits[-2:])
        digits = digits[:-2]
    parts.insert(0, digits)
    return sep.join(parts)
