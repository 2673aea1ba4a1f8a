"""Phone numbers for v114: drawn from prefixes, kept when valid and of the wanted type, written in
habits that each parse back to the same number (see write / check_phone)."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
FREE = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# region -> (kind -> list of (prefix of the national significant number, its length))
PREFIXES = {
    "US": {
        "fixed": [(a, 10) for a in ("843", "912", "505", "828", "207", "717", "804", "504", "401", "802")],
        "mobile": [(a, 10) for a in ("843", "505", "717", "401")],
        "free": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        "fixed": [
            ("1225", 10),
            ("1904", 10),
            ("1423", 10),
            ("1584", 10),
            ("131", 10),
            ("20", 10),
            ("113", 10),
        ],
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "free": [("800", 10), ("808", 10), ("345", 10)],
    },
    "DE": {
        "fixed": [
            ("951", 10),
            ("941", 10),
            ("451", 10),
            ("651", 10),
            ("6221", 10),
            ("931", 9),
            ("89", 10),
            ("30", 10),
            ("221", 10),
            ("3581", 10),
        ],
        "mobile": [("151", 11), ("160", 10), ("170", 10), ("172", 10), ("176", 11), ("179", 10), ("157", 11)],
        "free": [("800", 10)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "free": [("800", 9), ("805", 9), ("809", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("954", 9), ("963", 9), ("985", 9), ("948", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "free": [("900", 9), ("800", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("055", 10), ("0521", 10), ("011", 10), ("041", 10)],
        "mobile": [("32", 10), ("33", 10), ("34", 10), ("35", 10), ("36", 10), ("38", 10)],
        "free": [("800", 9), ("803", 9)],
    },
    "NL": {
        "fixed": [("23", 9), ("15", 9), ("570", 9), ("43", 9), ("38", 9), ("72", 9), ("20", 9), ("10", 9)],
        "mobile": [("6", 9)],
        "free": [("800", 11), ("800", 8)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9), ("289", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "free": [("800", 9), ("808", 9)],
    },
    "BR": {
        "fixed": [(a + d, 10) for a in ("81", "51", "48", "92", "62", "19", "27", "31") for d in "2345"],
        "mobile": [(a + "9", 11) for a in ("81", "51", "48", "62", "31", "11", "21")],
        "free": [("800", 10), ("300", 10)],
    },
    "IN": {
        "fixed": [
            ("1412", 10),
            ("332", 10),
            ("222", 10),
            ("202", 10),
            ("5222", 10),
            ("402", 10),
            ("792", 10),
        ],
        "mobile": [("9", 10), ("8", 10), ("7", 10)],
        "free": [("1800", 11), ("1860", 11)],
    },
    "AT": {"fixed": [("1", 9), ("1", 10), ("662", 10), ("512", 10)], "mobile": [("664", 10), ("676", 10)]},
    "CH": {"fixed": [("44", 9), ("22", 9), ("31", 9), ("61", 9)], "mobile": [("79", 9), ("78", 9)]},
    "BE": {"fixed": [("2", 8), ("3", 8), ("9", 8), ("4", 8)], "mobile": [("47", 9), ("48", 9), ("49", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 9)], "mobile": [("85", 9), ("87", 9), ("86", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9), ("8", 9)], "mobile": [("4", 9)]},
}

TYPES = {"fixed": FIXED, "mobile": MOBILE, "free": FREE}
CC = {r: str(pn.country_code_for_region(r)) for r in PREFIXES}
TRUNK = {
    "US": "",
    "BR": "",
    "GB": "0",
    "DE": "0",
    "NL": "0",
    "IN": "0",
    "FR": "0",
    "AT": "0",
    "CH": "0",
    "BE": "0",
    "IE": "0",
    "AU": "0",
    "ES": "",
    "IT": "",
    "PT": "",
}

# local regions: town -> area code (national significant digits) for announced local numbers
AREAS = {
    "US": {
        "Charleston": "843",
        "Savannah": "912",
        "Santa Fe": "505",
        "Asheville": "828",
        "Portland, Maine": "207",
        "Lancaster": "717",
        "Richmond": "804",
        "New Orleans": "504",
        "Providence": "401",
        "Burlington": "802",
    },
    "GB": {
        "Bath": "1225",
        "York": "1904",
        "Harrogate": "1423",
        "Ludlow": "1584",
        "Canterbury": "1227",
        "Cheltenham": "1242",
        "Norwich": "1603",
        "Edinburgh": "131",
        "Stamford": "1780",
        "Lincoln": "1522",
    },
    "DE": {
        "Bamberg": "951",
        "Regensburg": "941",
        "Lübeck": "451",
        "Trier": "651",
        "Görlitz": "3581",
        "Heidelberg": "6221",
        "Würzburg": "931",
        "Passau": "851",
        "Lüneburg": "4131",
        "Quedlinburg": "3946",
    },
    "NL": {
        "Haarlem": "23",
        "Delft": "15",
        "Deventer": "570",
        "Maastricht": "43",
        "Zwolle": "38",
        "Alkmaar": "72",
        "Gouda": "182",
        "Middelburg": "118",
        "Amersfoort": "33",
        "Leeuwarden": "58",
    },
    "BR": {
        "Ouro Preto": "31",
        "Recife": "81",
        "Porto Alegre": "51",
        "Florianópolis": "48",
        "Manaus": "92",
        "Goiânia": "62",
        "Campinas": "19",
        "Vitória": "27",
        "Natal": "84",
        "São Luís": "98",
    },
    "IN": {
        "Jaipur": "141",
        "Kolkata": "33",
        "Mumbai": "22",
        "Pune": "20",
        "Lucknow": "522",
        "Mysuru": "821",
        "Varanasi": "542",
        "Hyderabad": "40",
        "Ahmedabad": "79",
        "Kochi": "484",
    },
}
NSN_LEN = {"US": 10, "GB": 10, "BR": 10, "IN": 10}
LOCAL_FIRST = {"US": "23456789", "GB": "2345678", "DE": "2345678", "NL": "2345678", "BR": "2345", "IN": "2"}


def draw(rng, region, kind):
    """A valid number of region and kind (fixed, mobile, free): (PhoneNumber, national significant number)."""
    for _ in range(5000):
        prefix, length = rng.choice(PREFIXES[region][kind])
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if region == "US" and (nsn[3] in "01" or nsn[4:6] == "11"):
            continue
        if region == "IT" and kind == "fixed":
            nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        try:
            num = pn.parse("+" + CC[region] + nsn, None)
        except pn.NumberParseException:
            continue
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in TYPES[kind]
            and pn.region_code_for_number(num) == region
        ):
            return num, nsn
    raise RuntimeError(f"no {kind} number for {region}")


def draw_local(rng, region, area):
    """A valid fixed line of the area code: (PhoneNumber, subscriber digits)."""
    for _ in range(20000):
        if region in NSN_LEN:
            sub_len = NSN_LEN[region] - len(area)
        elif region == "DE":
            sub_len = rng.choice((5, 6, 7) if len(area) >= 4 else (6, 7, 8))
        else:
            sub_len = 9 - len(area)
        sub = rng.choice(LOCAL_FIRST[region]) + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        try:
            num = pn.parse("+" + CC[region] + area + sub, None)
        except pn.NumberParseException:
            continue
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in FIXED
            and pn.region_code_for_number(num) == region
            and pn.length_of_geographical_area_code(num) == len(area)
        ):
            return num, sub
    raise RuntimeError(f"no local number for {region} {area}")


def put_back(region, area, text):
    """The national form of a local number: trunk prefix and area code put back."""
    return TRUNK[region] + area + " " + text


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def ndc_split(num, nsn):
    n = pn.length_of_national_destination_code(num)
    return nsn[:n], nsn[n:]


def _pairs(s, lead=0):
    out = [s[:lead]] if lead else []
    rest = s[lead:]
    if len(rest) % 2:
        out.append(rest[:3])
        rest = rest[3:]
    out += [rest[i : i + 2] for i in range(0, len(rest), 2)]
    return " ".join(x for x in out if x)


def _half(s, sep=" "):
    k = len(s) // 2
    return s[:k] + sep + s[k:]


def _34(s, sep="-"):
    return s[:-4] + sep + s[-4:]


# national habits: f(ndc, subscriber) -> text; "m" for mobiles where they differ
NATIONAL = {
    "US": [
        lambda a, s: f"{a}.{s[:3]}.{s[3:]}",
        lambda a, s: f"({a}){s[:3]}-{s[3:]}",
        lambda a, s: f"{a}-{s[:3]}-{s[3:]}",
        lambda a, s: f"1-{a}-{s[:3]}-{s[3:]}",
        lambda a, s: f"1.{a}.{s[:3]}.{s[3:]}",
    ],
    "GB": [lambda a, s: f"0{a} {s}", lambda a, s: f"0{a}-{s}", lambda a, s: f"0{a} {_half(s)}"],
    "GBm": [lambda a, s: f"0{a}{s}", lambda a, s: f"0{a}-{s}", lambda a, s: f"0{a} {s[:3]} {s[3:]}"],
    "DE": [
        lambda a, s: f"(0{a}) {s}",
        lambda a, s: f"0{a} {_pairs(s)}",
        lambda a, s: f"0{a}-{s}",
        lambda a, s: f"0{a} {s}",
    ],
    "DEm": [lambda a, s: f"0{a} {s}", lambda a, s: f"(0{a}) {_half(s)}", lambda a, s: f"0{a}-{s}"],
    "FR": [
        lambda a, s: _pairs("0" + a + s),
        lambda a, s: _pairs("0" + a + s).replace(" ", "."),
        lambda a, s: f"0{a}{s}",
    ],
    "ES": [
        lambda a, s: f"{(a + s)[:3]} {(a + s)[3:5]} {(a + s)[5:7]} {(a + s)[7:]}",
        lambda a, s: a + s,
        lambda a, s: f"{(a + s)[:3]} {(a + s)[3:6]} {(a + s)[6:]}",
    ],
    "IT": [lambda a, s: f"{a} {_half(s)}", lambda a, s: f"{a}.{_half(s, '.')}", lambda a, s: f"{a}-{s}"],
    "ITm": [lambda a, s: f"{a} {s[:3]} {s[3:]}", lambda a, s: f"{a}.{s}", lambda a, s: a + s],
    "NL": [
        lambda a, s: f"(0{a}) {s[:3]} {s[3:]}",
        lambda a, s: f"0{a} {s[:3]} {s[3:]}",
        lambda a, s: f"0{a}{s}",
    ],
    "NLm": [lambda a, s: f"0{a} {_pairs(s)}", lambda a, s: f"(0{a}) {s}", lambda a, s: f"0{a}-{_half(s)}"],
    "PT": [lambda a, s: f"{(a + s)[:3]} {(a + s)[3:6]} {(a + s)[6:]}", lambda a, s: a + s],
    "BR": [
        lambda a, s: f"({a}) {_34(s, ' ')}",
        lambda a, s: f"({a}) {_34(s, '.')}",
        lambda a, s: f"{a} {_34(s, '.')}",
    ],
    "BRm": [
        lambda a, s: f"({a}) {_34(s)}",
        lambda a, s: f"({a}) {s}",
        lambda a, s: f"{a} {s[0]} {_34(s[1:], '.')}",
    ],
    "IN": [
        lambda a, s: f"(0{a}) {s}",
        lambda a, s: f"0{a} {s[:-4]} {s[-4:]}",
        lambda a, s: f"0{a}-{s[:-4]}-{s[-4:]}",
    ],
    "INm": [lambda a, s: f"{(a + s)[:5]}-{(a + s)[5:]}", lambda a, s: a + s, lambda a, s: f"0{a}{s}"],
}
INTL = {
    "US": [
        lambda c, a, s: f"+1-{a}-{s[:3]}-{s[3:]}",
        lambda c, a, s: f"+1.{a}.{s[:3]}.{s[3:]}",
        lambda c, a, s: f"+1 {a}-{s[:3]}-{s[3:]}",
    ],
    "IT": [lambda c, a, s: f"+39 {a} {_half(s)}", lambda c, a, s: f"(+39) {a} {s}"],
    "ES": [
        lambda c, a, s: f"+34 {(a + s)[:3]} {(a + s)[3:5]} {(a + s)[5:7]} {(a + s)[7:]}",
        lambda c, a, s: f"(+34) {(a + s)[:3]} {(a + s)[3:6]} {(a + s)[6:]}",
    ],
    "PT": [
        lambda c, a, s: f"+351 {(a + s)[:3]} {(a + s)[3:6]} {(a + s)[6:]}",
        lambda c, a, s: f"(+351) {(a + s)[:3]} {(a + s)[3:6]} {(a + s)[6:]}",
    ],
    "FR": [lambda c, a, s: f"+33 {_pairs(a + s, 1)}", lambda c, a, s: f"+33 (0){_pairs(a + s, 1)}"],
    "BR": [lambda c, a, s: f"+55 {a} {_34(s, ' ')}", lambda c, a, s: f"+55-{a}-{_34(s)}"],
    "IN": [
        lambda c, a, s: (
            f"+91 {a} {s[:-4]} {s[-4:]}"
            if len(a + s) == 10 and a[0] in "2345"
            else f"+91 {(a + s)[:5]} {(a + s)[5:]}"
        ),
        lambda c, a, s: f"+91-{a}-{s}",
    ],
    "*": [
        lambda c, a, s: f"+{c} (0){a} {s}",
        lambda c, a, s: f"+{c} {a} {_half(s)}",
        lambda c, a, s: f"+{c} (0) {a} {s}",
        lambda c, a, s: f"+{c} {a} {s}",
    ],
}
FREE_HABITS = {
    "US": [
        lambda a, s: f"({a}) {s[:3]}-{s[3:]}",
        lambda a, s: f"{a}.{s[:3]}.{s[3:]}",
        lambda a, s: f"1 {a} {s[:3]} {s[3:]}",
    ],
    "GB": [lambda a, s: f"0{a} {s[:3]} {s[3:]}", lambda a, s: f"0{a}-{s[:3]}-{s[3:]}"],
    "DE": [lambda a, s: f"0{a} {s[:3]} {s[3:5]} {s[5:]}", lambda a, s: f"(0{a}) {s}"],
    "FR": [lambda a, s: _pairs("0" + a + s), lambda a, s: _pairs("0" + a + s).replace(" ", ".")],
    "ES": [lambda a, s: f"{a} {s[:3]} {s[3:]}", lambda a, s: f"{a}-{s[:2]}-{s[2:4]}-{s[4:]}"],
    "IT": [lambda a, s: f"{a}.{s[:3]}.{s[3:]}", lambda a, s: f"{a} {s[:3]} {s[3:]}"],
    "NL": [lambda a, s: f"0{a} {s[:3]} {s[3:]}" if len(s) == 7 else f"0{a}-{s}", lambda a, s: f"0{a} {s}"],
    "PT": [lambda a, s: f"{a} {s[:2]} {s[2:4]} {s[4:]}", lambda a, s: f"{a} {s[:3]} {s[3:]}"],
    "BR": [lambda a, s: f"0{a} {s[:3]} {s[3:]}", lambda a, s: f"0{a}.{s[:3]}.{s[3:]}"],
    "IN": [lambda a, s: f"{a}-{s[:2]}-{s[2:]}", lambda a, s: f"{a} {s[:3]} {s[3:]}"],
}
LOCAL = {
    "US": [lambda s: f"{s[:3]}.{s[3:]}", lambda s: f"{s[:3]}.{s[3:]}", lambda s: f"{s[:3]}-{s[3:]}"],
    "GB": [lambda s: f"{s[:3]}-{s[3:]}", lambda s: s if len(s) == 6 else f"{s[:3]} {s[3:]}"],
    "DE": [lambda s: s, lambda s: _half(s), lambda s: _half(s, "-")],
    "NL": [lambda s: f"{s[:3]} {s[3:]}", lambda s: f"{s[:3]}-{s[3:]}", lambda s: s],
    "BR": [lambda s: _34(s, "."), lambda s: s, lambda s: _34(s, " ")],
    "IN": [lambda s: _34(s), lambda s: s, lambda s: f"{s[:3]} {s[3:]}" if len(s) == 7 else _34(s, " ")],
}


def write(rng, region, num, nsn, mode, kind):
    """Written form of num in mode national / international / other."""
    a, s = ndc_split(num, nsn)
    if region == "IT":
        a, s = (
            (nsn[:2], nsn[2:])
            if kind == "fixed" and nsn[:2] in ("06", "02")
            else ((nsn[:3], nsn[3:]) if kind != "fixed" or nsn[:4] != "0521" else (nsn[:4], nsn[4:]))
        )
    if mode == "international":
        habits = INTL.get(region, INTL["*"])
        return rng.choice(habits)(CC[region], a, s)
    if mode == "other":
        return rng.choice(FREE_HABITS[region])(a, s)
    habits = NATIONAL.get(region + ("m" if kind == "mobile" else ""), NATIONAL[region])
    return rng.choice(habits)(a, s)


def check_phone(text, region, want_e164, area=None):
    """True when text parses back (local: area code put back) to the valid number want_e164 of region."""
    src = put_back(region, area, text) if area else text
    try:
        num = pn.parse(src, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and e164(num) == want_e164 and pn.region_code_for_number(num) == region
