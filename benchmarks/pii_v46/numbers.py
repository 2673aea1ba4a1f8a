"""Phone numbers for v46: valid numbers made with phonenumbers, written in the habits of programmes,
parish sheets, invitations and box-office pages, each written form parsed back before it is used."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as PT

# towns whose fixed lines are announced without their area code: (town, area code without trunk 0)
AREAS = {
    "US": [
        ("Dayton", "937"),
        ("Albany", "518"),
        ("Tulsa", "918"),
        ("Spokane", "509"),
        ("Savannah", "912"),
        ("Madison", "608"),
        ("Lubbock", "806"),
        ("Fresno", "559"),
        ("Akron", "330"),
        ("Duluth", "218"),
    ],
    "GB": [
        ("Norwich", "1603"),
        ("Swansea", "1792"),
        ("York", "1904"),
        ("Carlisle", "1228"),
        ("Bath", "1225"),
        ("Oxford", "1865"),
        ("Leicester", "116"),
        ("Bristol", "117"),
        ("Nottingham", "115"),
        ("Truro", "1872"),
    ],
    "DE": [
        ("Münster", "251"),
        ("Freiburg", "761"),
        ("Rostock", "381"),
        ("Würzburg", "931"),
        ("Göttingen", "551"),
        ("Regensburg", "941"),
        ("Trier", "651"),
        ("Bamberg", "951"),
        ("Lübeck", "451"),
        ("Oldenburg", "441"),
    ],
    "NL": [
        ("Zwolle", "38"),
        ("Groningen", "50"),
        ("Haarlem", "23"),
        ("Nijmegen", "24"),
        ("Arnhem", "26"),
        ("Delft", "15"),
        ("Deventer", "570"),
        ("Leeuwarden", "58"),
        ("Alkmaar", "72"),
        ("Venlo", "77"),
    ],
    "BR": [
        ("Fortaleza", "85"),
        ("Salvador", "71"),
        ("Curitiba", "41"),
        ("Belém", "91"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Campinas", "19"),
        ("Florianópolis", "48"),
        ("Vitória", "27"),
        ("Maceió", "82"),
    ],
    "IN": [
        ("Lucknow", "522"),
        ("Bhopal", "755"),
        ("Kochi", "484"),
        ("Coimbatore", "422"),
        ("Surat", "261"),
        ("Vadodara", "265"),
        ("Chandigarh", "172"),
        ("Mysuru", "821"),
        ("Patna", "612"),
        ("Ahmedabad", "79"),
    ],
}
TRUNK = {"US": "", "BR": "", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}

# (prefix of the national significant number, its total length)
FIXED = {
    "US": [("2", 10), ("3", 10), ("4", 10), ("6", 10), ("7", 10), ("8", 10)],
    "GB": [("20", 10), ("121", 10), ("131", 10), ("141", 10), ("151", 10), ("161", 10), ("1482", 10)],
    "DE": [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("711", 10), ("511", 10), ("2361", 10)],
    "FR": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "ES": [("91", 9), ("93", 9), ("95", 9), ("96", 9), ("98", 9)],
    "IT": [("06", 10), ("02", 10), ("055", 10), ("011", 10), ("081", 10), ("051", 10)],
    "NL": [("20", 9), ("10", 9), ("30", 9), ("40", 9), ("43", 9), ("70", 9)],
    "PT": [("21", 9), ("22", 9), ("23", 9), ("25", 9), ("28", 9)],
    "BR": [("112", 10), ("213", 10), ("313", 10), ("513", 10), ("613", 10), ("813", 10)],
    "IN": [("11", 10), ("22", 10), ("33", 10), ("44", 10), ("802", 10), ("402", 10), ("1412", 10)],
    "AT": [("1", 8), ("316", 10), ("512", 10), ("662", 10), ("732", 10)],
    "CH": [("44", 9), ("31", 9), ("61", 9), ("21", 9), ("22", 9), ("41", 9)],
    "BE": [("2", 8), ("3", 8), ("9", 8), ("4", 8), ("81", 9)],
    "AU": [("29", 9), ("38", 9), ("73", 9), ("86", 9)],
    "IE": [("1", 8), ("21", 9), ("91", 9), ("61", 9), ("51", 9)],
}
MOBILE = {
    "US": [("5", 10)],
    "GB": [("74", 10), ("75", 10), ("78", 10), ("79", 10)],
    "DE": [("151", 11), ("160", 11), ("170", 11), ("176", 11), ("157", 11)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9), ("71", 9)],
    "IT": [("33", 10), ("34", 10), ("32", 10)],
    "NL": [("6", 9)],
    "PT": [("91", 9), ("93", 9), ("96", 9)],
    "BR": [("119", 11), ("219", 11), ("819", 11)],
    "IN": [("98", 10), ("94", 10), ("70", 10), ("88", 10)],
    "AT": [("664", 10), ("676", 11), ("699", 11)],
    "CH": [("79", 9), ("78", 9), ("76", 9)],
    "BE": [("47", 9), ("48", 9), ("49", 9)],
    "AU": [("4", 9)],
    "IE": [("85", 9), ("86", 9), ("87", 9)],
}
SERVICE = {
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    "GB": [("800", 10), ("808", 10), ("300", 10), ("345", 10), ("330", 10)],
    "DE": [("800", 10), ("180", 10)],
    "FR": [("80", 9)],
    "ES": [("900", 9), ("901", 9), ("902", 9)],
    "IT": [("800", 9), ("803", 9), ("848", 9)],
    "NL": [("800", 10), ("800", 11)],
    "PT": [("800", 9), ("808", 9)],
    "BR": [("800", 10), ("800", 11)],
    "IN": [("1800", 11)],
}
OTHER_TYPES = {PT.TOLL_FREE, PT.SHARED_COST, PT.UAN}


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make(rng, region, kind):
    """A valid number of region: kind fixed / mobile / service / local (local: (numobj, town, area))."""
    for _ in range(4000):
        if kind == "service":
            pre, ln = rng.choice(SERVICE[region])
        elif kind == "mobile":
            pre, ln = rng.choice(MOBILE[region])
        else:
            pre, ln = rng.choice(FIXED[region])
        nsn = pre + _digits(rng, ln - len(pre))
        if kind == "fixed" and len(pre) > 1 and nsn[len(pre)] in "01":
            continue
        if "555" in nsn[3:6] or "0000" in nsn:
            continue
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        t = pn.number_type(num)
        if kind == "service" and t not in OTHER_TYPES:
            continue
        if kind == "mobile" and t not in (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE):
            continue
        if kind == "fixed" and t not in (PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE):
            continue
        return num
    raise RuntimeError((region, kind))


def make_local(rng, region, area):
    """A fixed line with the given area code whose geographic area code has exactly that length."""
    sub_len = {
        "US": 7,
        "BR": 8,
        "NL": 9 - len(area),
        "IN": 10 - len(area),
        "DE": 10 - len(area),
        "GB": 10 - len(area),
    }[region]
    first = {"US": "23456789", "BR": "2345", "NL": "2345678", "IN": "2", "DE": "2345689", "GB": "2345678"}[
        region
    ]
    for _ in range(4000):
        sub = rng.choice(first) + _digits(rng, sub_len - 1)
        if "555" in sub[:3] or "0000" in sub:
            continue
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + area + sub)
        if not pn.is_valid_number(num) or pn.number_type(num) not in (PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE):
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError((region, area))


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def parses_to(text, region, num):
    try:
        back = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(back) and e164(back) == e164(num)
