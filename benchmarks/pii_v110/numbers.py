"""Phone numbers for the v110 set: drawing valid numbers and writing them the way people do."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "NL": 31,
    "PT": 351,
    "BR": 55,
    "IN": 91,
    "CH": 41,
    "AT": 43,
    "BE": 32,
    "IE": 353,
    "AU": 61,
}

# area code (no trunk prefix) and subscriber lengths to try, per region and town; astronomy-flavoured towns
AREAS = {
    "US": [
        ("Flagstaff", "928", (7,)),
        ("Las Cruces", "575", (7,)),
        ("Fort Davis", "432", (7,)),
        ("Green Bank", "304", (7,)),
        ("Ann Arbor", "734", (7,)),
        ("Pasadena", "626", (7,)),
        ("Williams Bay", "262", (7,)),
        ("Hilo", "808", (7,)),
        ("Bozeman", "406", (7,)),
    ],
    "GB": [
        ("Edinburgh", "131", (7,)),
        ("Glasgow", "141", (7,)),
        ("Leeds", "113", (7,)),
        ("Sheffield", "114", (7,)),
        ("Nottingham", "115", (7,)),
        ("Leicester", "116", (7,)),
        ("Newcastle", "191", (7,)),
        ("Liverpool", "151", (7,)),
    ],
    "DE": [
        ("Heidelberg", "6221", (6, 7)),
        ("Potsdam", "331", (7, 8)),
        ("Bonn", "228", (7, 8)),
        ("Jena", "3641", (6, 7)),
        ("Bamberg", "951", (6, 7, 8)),
        ("Göttingen", "551", (6, 7, 8)),
        ("Bochum", "234", (7, 8)),
        ("Sonneberg", "3675", (6, 7)),
    ],
    "NL": [
        ("Groningen", "50", (7,)),
        ("Nijmegen", "24", (7,)),
        ("Eindhoven", "40", (7,)),
        ("Leeuwarden", "58", (7,)),
        ("Zwolle", "38", (7,)),
        ("Enschede", "53", (7,)),
        ("Dwingeloo", "521", (6,)),
    ],
    "BR": [
        ("Campinas", "19", (8,)),
        ("Florianópolis", "48", (8,)),
        ("Belo Horizonte", "31", (8,)),
        ("Porto Alegre", "51", (8,)),
        ("Recife", "81", (8,)),
        ("Natal", "84", (8,)),
        ("São José dos Campos", "12", (8,)),
        ("Brasília", "61", (8,)),
    ],
    "IN": [
        ("Pune", "20", (8,)),
        ("Bengaluru", "80", (8,)),
        ("Hyderabad", "40", (8,)),
        ("Kolkata", "33", (8,)),
        ("Ahmedabad", "79", (8,)),
        ("Jaipur", "141", (7,)),
        ("Lucknow", "522", (7,)),
        ("Nainital", "5942", (6,)),
    ],
}

FIRST = {"US": "2345678", "GB": "2345678", "DE": "2345678", "NL": "2345678", "BR": "2345", "IN": "2456"}

# national significant number prefixes to draw from, by region and class
PREFIX = {
    ("US", "fixed"): ["212", "312", "415", "617", "720", "503", "612", "919"],
    ("US", "other"): ["800", "888", "877", "866", "855"],
    ("GB", "fixed"): ["20", "121", "131", "161", "113", "1223", "1865", "29"],
    ("GB", "mobile"): ["7700", "7911", "7123", "7400", "7825"],
    ("GB", "other"): ["800", "300", "345", "330"],
    ("DE", "fixed"): ["30", "40", "89", "221", "761", "711", "6221", "351"],
    ("DE", "mobile"): ["151", "160", "170", "171", "176", "157"],
    ("DE", "other"): ["800"],
    ("FR", "fixed"): ["1", "2", "3", "4", "5"],
    ("FR", "mobile"): ["6", "7"],
    ("FR", "other"): ["800", "805"],
    ("ES", "fixed"): ["91", "93", "954", "96", "985"],
    ("ES", "mobile"): ["6", "7"],
    ("ES", "other"): ["900", "800"],
    ("IT", "fixed"): ["06", "02", "011", "0471", "055", "081"],
    ("IT", "mobile"): ["33", "34", "32", "39"],
    ("IT", "other"): ["800"],
    ("NL", "fixed"): ["20", "10", "30", "50", "71", "521", "411"],
    ("NL", "mobile"): ["6"],
    ("NL", "other"): ["800"],
    ("PT", "fixed"): ["21", "22", "239", "289"],
    ("PT", "mobile"): ["91", "93", "96"],
    ("PT", "other"): ["800"],
    ("BR", "fixed"): ["113", "213", "413", "313", "513", "614"],
    ("BR", "mobile"): ["119", "219", "419", "489", "619"],
    ("BR", "other"): ["800"],
    ("IN", "fixed"): ["11", "22", "44", "80", "20", "40"],
    ("IN", "mobile"): ["98", "97", "94", "90", "70", "88"],
    ("IN", "other"): ["1800"],
    ("CH", "fixed"): ["44", "31", "61", "22"],
    ("CH", "mobile"): ["79", "78", "76"],
    ("AT", "fixed"): ["1", "316", "512", "662"],
    ("AT", "mobile"): ["664", "676", "699"],
    ("BE", "fixed"): ["2", "3", "9", "4"],
    ("BE", "mobile"): ["47", "48", "49"],
    ("IE", "fixed"): ["1", "21", "91"],
    ("IE", "mobile"): ["85", "86", "87"],
    ("AU", "fixed"): ["2", "3", "7", "8"],
    ("AU", "mobile"): ["4"],
}
TYPES = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "other": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}
LENGTHS = {
    "US": (10,),
    "GB": (10,),
    "DE": (9, 10, 11),
    "FR": (9,),
    "ES": (9,),
    "IT": (9, 10),
    "NL": (9,),
    "PT": (9,),
    "BR": (10, 11),
    "IN": (10, 11),
    "CH": (9,),
    "AT": (8, 9, 10, 11),
    "BE": (8, 9),
    "IE": (8, 9),
    "AU": (9,),
}


def _ok(nsn, region, cls):
    try:
        num = pn.parse("+%d%s" % (CC[region], nsn))
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        return None
    if pn.number_type(num) not in TYPES[cls]:
        return None
    return num


def draw(rng, region, cls):
    """A valid number of the region and class: (nsn, ndc_len)."""
    for _ in range(2000):
        pre = rng.choice(PREFIX[(region, cls)])
        n = rng.choice(LENGTHS[region])
        if region == "IN" and cls == "other":
            n = 11
        if n <= len(pre):
            continue
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if nsn[len(pre)] == "0" and region in ("US", "GB"):
            continue
        num = _ok(nsn, region, cls)
        if num is not None:
            return nsn, pn.length_of_national_destination_code(num)
    raise RuntimeError("no number for %s %s" % (region, cls))


def draw_local(rng, region, area, sub_lens):
    """A valid fixed line in the given area whose geographical area code is exactly that area."""
    for _ in range(4000):
        n = rng.choice(sub_lens)
        sub = rng.choice(FIRST[region]) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        num = _ok(area + sub, region, "fixed")
        if num is None or pn.length_of_geographical_area_code(num) != len(area):
            continue
        return sub
    raise RuntimeError("no local number for %s %s" % (region, area))


def g(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def pairs_right(s, sep=" "):
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return sep.join(out)


def halves(s, sep=" "):
    k = len(s) // 2 if len(s) % 2 == 0 else len(s) // 2 + 1
    return s[:k] + sep + s[k:]
