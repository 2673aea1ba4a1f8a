"""Phone numbers for v48: areas (towns with area codes), number drawing and written forms."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

# town -> area code (national significant prefix, without trunk 0) for the six local regions
AREAS = {
    "US": {
        "Savannah": "912",
        "Asheville": "828",
        "Napa": "707",
        "New Orleans": "504",
        "Santa Fe": "505",
        "Burlington": "802",
        "Madison": "608",
        "Portland": "207",
        "Charleston": "843",
        "Lancaster": "717",
        "Memphis": "901",
        "Austin": "512",
    },
    "GB": {
        "Bath": "1225",
        "York": "1904",
        "Canterbury": "1227",
        "Ludlow": "1584",
        "Bristol": "117",
        "Edinburgh": "131",
        "Brighton": "1273",
        "Cambridge": "1223",
        "Oxford": "1865",
        "Harrogate": "1423",
        "Glasgow": "141",
        "Leicester": "116",
    },
    "DE": {
        "Freiburg": "761",
        "Heidelberg": "6221",
        "Würzburg": "931",
        "Bamberg": "951",
        "Trier": "651",
        "Regensburg": "941",
        "Münster": "251",
        "Leipzig": "341",
        "Nürnberg": "911",
        "Köln": "221",
        "Konstanz": "7531",
        "Erfurt": "361",
    },
    "NL": {
        "Maastricht": "43",
        "Haarlem": "23",
        "Utrecht": "30",
        "Groningen": "50",
        "Leiden": "71",
        "Zwolle": "38",
        "Gouda": "182",
        "Alkmaar": "72",
        "Den Bosch": "73",
        "Eindhoven": "40",
        "Nijmegen": "24",
        "Deventer": "570",
    },
    "BR": {
        "Campinas": "19",
        "Salvador": "71",
        "Belo Horizonte": "31",
        "Curitiba": "41",
        "Florianópolis": "48",
        "Porto Alegre": "51",
        "Fortaleza": "85",
        "Manaus": "92",
        "Goiânia": "62",
        "Belém": "91",
        "Recife": "81",
        "Vitória": "27",
    },
    "IN": {
        "Amritsar": "183",
        "Kochi": "484",
        "Indore": "731",
        "Mysuru": "821",
        "Udaipur": "294",
        "Varanasi": "542",
        "Chandigarh": "172",
        "Chennai": "44",
        "Hyderabad": "40",
        "Kolkata": "33",
        "Bhopal": "755",
        "Madurai": "452",
    },
}
# Hindi spellings of the Indian towns, used in Hindi documents
HI_TOWNS = {
    "Amritsar": "अमृतसर",
    "Kochi": "कोच्चि",
    "Indore": "इंदौर",
    "Mysuru": "मैसूरु",
    "Udaipur": "उदयपुर",
    "Varanasi": "वाराणसी",
    "Chandigarh": "चंडीगढ़",
    "Chennai": "चेन्नई",
    "Hyderabad": "हैदराबाद",
    "Kolkata": "कोलकाता",
    "Bhopal": "भोपाल",
    "Madurai": "मदुरै",
}
# fixed-line area codes for the other regions (numbers drawn here are written in full)
OTHER_AREAS = {
    "FR": ["1", "2", "3", "4", "5"],
    "ES": ["91", "93", "96", "95", "94"],
    "IT": ["02", "06", "011", "055", "081"],
    "PT": ["21", "22", "239", "289"],
    "AT": ["1", "316", "512", "662"],
    "CH": ["44", "31", "61", "21", "22"],
    "BE": ["2", "3", "9", "4"],
    "AU": ["2", "3", "7", "8"],
    "IE": ["1", "21", "91", "61"],
}
SUB_LEN = {"US": 7, "GB": None, "DE": None, "NL": None, "BR": 8, "IN": None}
NSN_LEN = {"US": 10, "GB": 10, "NL": 9, "BR": 10, "IN": 10, "FR": 9, "ES": 9, "PT": 9}
MOBILE_PREFIX = {
    "US": None,
    "GB": ["7700", "7911", "7812", "7398", "7520"],
    "DE": ["151", "160", "171", "176", "157"],
    "NL": ["6"],
    "BR": None,
    "IN": ["98", "97", "94", "88", "70"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["33", "34", "32", "38"],
    "PT": ["91", "92", "93", "96"],
    "AT": ["664", "676", "699"],
    "CH": ["76", "78", "79"],
    "BE": ["47", "48", "49"],
    "AU": ["4"],
    "IE": ["83", "85", "86", "87"],
}
SERVICE = {
    "US": ["800", "888", "877", "866"],
    "GB": ["800", "345", "333"],
    "DE": ["800"],
    "FR": ["805", "800", "820"],
    "ES": ["900", "902"],
    "IT": ["800"],
    "NL": ["800", "900"],
    "PT": ["800", "808"],
    "BR": ["800"],
    "IN": ["1800"],
}
SERVICE_TYPES = (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN)


def _digits(rng, n, first="23456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _ok(nsn, region, types):
    try:
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, region)
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        return None
    if pn.number_type(num) not in types:
        return None
    return num


def draw_fixed(rng, region, area=None):
    """Return (nsn, area) of a valid fixed line; area given or drawn."""
    fixed = (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
    for _ in range(2000):
        a = area
        if a is None:
            a = rng.choice(list(AREAS[region].values()) if region in AREAS else OTHER_AREAS[region])
        a = a.lstrip("0") if region != "IT" else a
        if region in NSN_LEN:
            total = NSN_LEN[region]
        elif region == "DE":
            total = len(a) + rng.choice([7, 7, 8]) if len(a) <= 3 else len(a) + rng.choice([6, 6, 7])
        elif region == "IT":
            total = rng.choice([9, 10]) if len(a) <= 3 else 10
        elif region == "AT":
            total = len(a) + 7
        elif region in ("CH", "AU"):
            total = 9
        elif region in ("BE", "IE"):
            total = 8 if len(a) == 1 else 9
        else:
            total = 10
        if region == "BR":
            sub = _digits(rng, total - len(a), "2345")
        else:
            sub = _digits(rng, total - len(a))
        if region == "US" and sub.startswith("555"):
            continue
        nsn = a + sub
        num = _ok(nsn, region, fixed)
        if num is None:
            continue
        if region in AREAS and area is not None and pn.length_of_geographical_area_code(num) != len(a):
            continue
        return nsn, a
    raise RuntimeError("no fixed line for %s %s" % (region, area))


def draw_mobile(rng, region):
    mob = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
    for _ in range(2000):
        if region == "US":
            nsn, _a = draw_fixed(rng, "US")
            return nsn
        if region == "BR":
            a = rng.choice(list(AREAS["BR"].values()))
            nsn = a + "9" + _digits(rng, 8, "6789")
        else:
            pre = rng.choice(MOBILE_PREFIX[region])
            total = {
                "GB": 10,
                "DE": rng.choice([10, 11]),
                "NL": 9,
                "IN": 10,
                "FR": 9,
                "ES": 9,
                "IT": 10,
                "PT": 9,
                "AT": rng.choice([10, 11]),
                "CH": 9,
                "BE": 9,
                "AU": 9,
                "IE": 9,
            }[region]
            nsn = pre + "".join(rng.choice("0123456789") for _ in range(total - len(pre)))
        if _ok(nsn, region, mob) is not None:
            return nsn
    raise RuntimeError("no mobile for " + region)


def draw_service(rng, region):
    for _ in range(3000):
        pre = rng.choice(SERVICE[region])
        total = {
            "US": 10,
            "GB": 10,
            "DE": 10,
            "FR": 9,
            "ES": 9,
            "IT": 9,
            "NL": 7,
            "PT": 9,
            "BR": 10,
            "IN": 11,
        }[region]
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(total - len(pre)))
        if _ok(nsn, region, SERVICE_TYPES) is not None:
            return nsn
    raise RuntimeError("no service number for " + region)


def e164(nsn, region):
    return "+%d%s" % (pn.country_code_for_region(region), nsn)


def parse_back(text, region):
    num = pn.parse(text, region)
    return pn.format_number(num, PNF.E164), pn.is_valid_number(num), num
