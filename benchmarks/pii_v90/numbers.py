"""Phone numbers for the v90 set: drawn from prefixes, kept when valid and of the wanted type, written in
fresh habits and always parsed back (local forms with trunk prefix and area code put back)."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIX = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOB = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
FREE = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# region -> kind -> list of (prefix of the national significant number, total length)
DRAW = {
    "US": {
        "fix": [(a, 10) for a in ("303", "412", "916", "402", "505", "804", "918", "937", "615", "317")],
        "mob": [(a, 10) for a in ("702", "480", "813", "504")],
        "free": [(a, 10) for a in ("800", "888", "877", "866", "855", "844")],
    },
    "GB": {
        "fix": [("113", 10), ("114", 10), ("131", 10), ("141", 10), ("151", 10), ("20", 10), ("29", 10)],
        "mob": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "free": [("800", 10), ("808", 10), ("300", 10), ("330", 10), ("345", 10)],
    },
    "DE": {
        "fix": [("30", 10), ("40", 10), ("89", 10), ("341", 10), ("351", 10), ("511", 10), ("228", 10)],
        "mob": [("151", 11), ("152", 11), ("160", 10), ("162", 10), ("172", 10), ("176", 11)],
        "free": [("800", 10)],
    },
    "FR": {
        "fix": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mob": [("6", 9), ("7", 9)],
        "free": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fix": [("91", 9), ("93", 9), ("96", 9), ("985", 9), ("976", 9)],
        "mob": [("6", 9)],
        "free": [("900", 9)],
    },
    "IT": {
        "fix": [("02", 10), ("06", 10), ("011", 10), ("055", 10), ("051", 10)],
        "mob": [("33", 10), ("34", 10), ("32", 10), ("39", 10)],
        "free": [("800", 9), ("803", 9)],
    },
    "NL": {
        "fix": [("20", 9), ("10", 9), ("30", 9), ("40", 9), ("70", 9)],
        "mob": [("6", 9)],
        "free": [("800", 10)],
    },
    "PT": {
        "fix": [("21", 9), ("22", 9), ("239", 9), ("253", 9)],
        "mob": [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
        "free": [("800", 9), ("808", 9)],
    },
    "BR": {
        "fix": [(a + d, 10) for a in ("11", "21", "31", "61", "71") for d in "2345"],
        "mob": [(a + "9", 11) for a in ("11", "21", "31", "61", "71", "85")],
        "free": [("800", 10)],
    },
    "IN": {
        "fix": [("11", 10), ("22", 10), ("44", 10), ("80", 10)],
        "mob": [("9", 10), ("8", 10), ("7", 10)],
        "free": [("1800", 11)],
    },
    "AT": {"fix": [("1", 10), ("316", 10), ("512", 10)], "mob": [("664", 10), ("660", 11)]},
    "CH": {"fix": [("44", 9), ("31", 9), ("61", 9), ("22", 9)], "mob": [("79", 9), ("76", 9)]},
    "BE": {"fix": [("2", 8), ("3", 8), ("9", 8)], "mob": [("47", 9), ("49", 9)]},
    "IE": {"fix": [("1", 8), ("21", 9)], "mob": [("85", 9), ("87", 9), ("83", 9)]},
    "AU": {"fix": [("2", 9), ("3", 9), ("7", 9), ("8", 9)], "mob": [("4", 9)]},
}
WANT = {"fix": FIX, "mob": MOB, "free": FREE}

# local-announced regions: town -> area code (national destination code, without trunk prefix)
AREAS = {
    "US": {
        "Denver": "303",
        "Pittsburgh": "412",
        "Sacramento": "916",
        "Omaha": "402",
        "Albuquerque": "505",
        "Richmond": "804",
        "Tulsa": "918",
        "Dayton": "937",
        "Nashville": "615",
        "Indianapolis": "317",
    },
    "GB": {
        "Leeds": "113",
        "Sheffield": "114",
        "Edinburgh": "131",
        "Glasgow": "141",
        "Liverpool": "151",
        "Cardiff": "29",
        "Norwich": "1603",
        "Exeter": "1392",
        "York": "1904",
        "Newcastle": "191",
    },
    "DE": {
        "Leipzig": "341",
        "Dresden": "351",
        "Hannover": "511",
        "Kiel": "431",
        "Bonn": "228",
        "Augsburg": "821",
        "Regensburg": "941",
        "Würzburg": "931",
        "Kassel": "561",
        "Oldenburg": "441",
    },
    "NL": {
        "Eindhoven": "40",
        "Zwolle": "38",
        "Arnhem": "26",
        "Nijmegen": "24",
        "Haarlem": "23",
        "Maastricht": "43",
        "Tilburg": "13",
        "Amersfoort": "33",
        "Delft": "15",
        "Apeldoorn": "55",
    },
    "BR": {
        "Porto Alegre": "51",
        "Recife": "81",
        "Goiânia": "62",
        "Manaus": "92",
        "Florianópolis": "48",
        "Campinas": "19",
        "Natal": "84",
        "Vitória": "27",
    },
    "IN": {
        "Pune": "20",
        "Jaipur": "141",
        "Lucknow": "522",
        "Kolkata": "33",
        "Ahmedabad": "79",
        "Hyderabad": "40",
        "Kochi": "484",
        "Indore": "731",
    },
}
NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}
TRUNK = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}
# German subscriber numbers after a 3-digit code: 7 digits in Leipzig/Dresden/Hannover, 6-8 elsewhere
DE_LEN = {
    "341": 10,
    "351": 10,
    "511": 10,
    "431": 9,
    "228": 9,
    "821": 9,
    "941": 9,
    "931": 9,
    "561": 9,
    "441": 9,
}


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def draw(rng, region, kind):
    """A valid number object of the wanted kind, and its national significant number."""
    for _ in range(5000):
        prefix, total = rng.choice(DRAW[region][kind])
        nsn = prefix + _digits(rng, total - len(prefix))
        if region == "US" or region == "BR":
            k = 3 if region == "US" else 2
            if nsn[k] in "01" and kind != "free":
                continue
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == region:
            if pn.number_type(num) in WANT[kind]:
                return num, nsn
    raise RuntimeError(region + kind)


def draw_local(rng, region, area):
    total = DE_LEN.get(area, NSN_LEN[region]) if region == "DE" else NSN_LEN[region]
    for _ in range(5000):
        first = rng.choice("2345678") if region != "BR" else rng.choice("2345")
        sub = first + _digits(rng, total - len(area) - 1)
        num = pn.parse(TRUNK[region] + area + sub, region)
        if not pn.is_valid_number(num) or pn.number_type(num) not in FIX:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError(region + area)


def put_back(region, area, text):
    """The full number of a local form: trunk prefix and area code put back."""
    digits = "".join(c for c in text if c.isdigit())
    return pn.parse(TRUNK[region] + area + digits, region)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def g(s, *sizes):
    """Split s into groups of the given sizes (the last group takes the rest)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def pairs(s):
    if len(s) % 2:
        return [s[:3]] + [s[i : i + 2] for i in range(3, len(s), 2)]
    return [s[i : i + 2] for i in range(0, len(s), 2)]


def half(s):
    k = len(s) // 2
    return [s[:k], s[k:]]


def ndc_sub(num, nsn):
    k = pn.length_of_national_destination_code(num)
    if k <= 0:
        k = 3 if len(nsn) > 8 else 1
    return nsn[:k], nsn[k:]


# fresh habits: (national styles, international styles); each style gets (ndc, sub)
J = " ".join
STYLES = {
    "US": (
        [
            lambda a, s: f"{a}-{s[:3]}-{s[3:]}",
            lambda a, s: f"({a}){s[:3]}-{s[3:]}",
            lambda a, s: f"{a}.{s[:3]}.{s[3:]}",
            lambda a, s: f"1-{a}-{s[:3]}-{s[3:]}",
            lambda a, s: f"1.{a}.{s[:3]}.{s[3:]}",
        ],
        [
            lambda a, s: f"+1-{a}-{s[:3]}-{s[3:]}",
            lambda a, s: f"+1 {a}-{s[:3]}-{s[3:]}",
            lambda a, s: f"+1.{a}.{s[:3]}.{s[3:]}",
        ],
    ),
    "GB": (
        [
            lambda a, s: f"0{a} {J(half(s))}" if len(a) < 4 else f"0{a} {s}",
            lambda a, s: f"0{a}{s}",
            lambda a, s: f"0{a}-{s}",
        ],
        [
            lambda a, s: f"+44 (0){a} {J(half(s))}",
            lambda a, s: f"+44 {a} {J(half(s))}",
            lambda a, s: f"+44 {a} {s}",
        ],
    ),
    "DE": (
        [
            lambda a, s: f"(0{a}) {J(pairs(s))}",
            lambda a, s: f"0{a} {s}",
            lambda a, s: f"0{a}-{s}",
            lambda a, s: f"0{a} {J(half(s))}",
        ],
        [
            lambda a, s: f"+49 (0){a} {s}",
            lambda a, s: f"+49 {a} {J(pairs(s))}",
            lambda a, s: f"+49 (0) {a} {s}",
        ],
    ),
    "FR": (
        [
            lambda a, s: ".".join(pairs("0" + a + s)),
            lambda a, s: J(pairs("0" + a + s)),
            lambda a, s: "0" + a + s,
        ],
        [
            lambda a, s: f"+33 (0){a} {J(pairs(s))}",
            lambda a, s: f"+33 {a} {J(pairs(s))}",
            lambda a, s: f"+33 {a}{s[:2]} {J(pairs(s[2:]))}",
        ],
    ),
    "ES": (
        [lambda a, s: J(g(a + s, 3, 3, 3)), lambda a, s: a + s, lambda a, s: J(g(a + s, 3, 2, 2, 2))],
        [
            lambda a, s: f"+34 {J(g(a + s, 3, 2, 2, 2))}",
            lambda a, s: f"+34 {a + s}",
            lambda a, s: f"(+34) {J(g(a + s, 3, 3, 3))}",
        ],
    ),
    "IT": (
        [lambda a, s: f"{a} {J(half(s))}", lambda a, s: f"{a} {s}", lambda a, s: f"{a}.{s}"],
        [lambda a, s: f"+39 {a} {J(half(s))}", lambda a, s: f"(+39) {a} {s}", lambda a, s: f"+39 {a} {s}"],
    ),
    "NL": (
        [
            lambda a, s: f"0{a} {J(g(s, 3))}" if len(a) == 2 else f"0{a} {J(pairs(s))}",
            lambda a, s: f"(0{a}) {s}",
            lambda a, s: f"0{a}-{J(g(s, 3))}",
        ],
        [
            lambda a, s: f"+31 (0){a} {J(g(s, 3))}",
            lambda a, s: f"+31 {a} {J(pairs(s))}",
            lambda a, s: f"(+31) {a} {s}",
        ],
    ),
    "PT": (
        [lambda a, s: J(g(a + s, 3, 3, 3)), lambda a, s: a + s, lambda a, s: J(g(a + s, 2, 3, 2, 2))],
        [
            lambda a, s: f"+351 {J(g(a + s, 3, 3, 3))}",
            lambda a, s: f"(+351) {a + s}",
            lambda a, s: f"+351 {J(g(a + s, 2, 3, 4))}",
        ],
    ),
    "BR": (
        [
            lambda a, s: f"({a}) {s[:-4]}-{s[-4:]}",
            lambda a, s: f"{a} {s[:-4]}-{s[-4:]}",
            lambda a, s: f"(0{a}) {s[:-4]}-{s[-4:]}",
            lambda a, s: f"({a}) {s[:-4]}.{s[-4:]}",
        ],
        [
            lambda a, s: f"+55 {a} {s[:-4]} {s[-4:]}",
            lambda a, s: f"+55 {a} {s[:-4]}-{s[-4:]}",
            lambda a, s: f"+55 ({a}) {s[:-4]}.{s[-4:]}",
        ],
    ),
    "IN": (
        [lambda a, s: f"(0{a}) {J(half(s))}", lambda a, s: f"0{a}-{s}", lambda a, s: f"0{a} {s}"],
        [lambda a, s: f"+91 {a} {J(half(s))}", lambda a, s: f"+91 {a}-{s}", lambda a, s: f"+91-{a} {s}"],
    ),
    "AT": ([], [lambda a, s: f"+43 (0){a} {s}", lambda a, s: f"+43 {a} {J(g(s, 3))}"]),
    "CH": ([], [lambda a, s: f"+41 (0){a} {J(g(s, 3, 2))}", lambda a, s: f"+41 {a} {s}"]),
    "BE": ([], [lambda a, s: f"+32 (0){a} {J(pairs(s))}", lambda a, s: f"+32 {a} {s}"]),
    "IE": ([], [lambda a, s: f"+353 (0){a} {J(g(s, 3))}", lambda a, s: f"+353 {a} {s}"]),
    "AU": ([], [lambda a, s: f"+61 (0){a} {J(half(s))}", lambda a, s: f"+61 {a} {J(half(s))}"]),
}

# mobile numbers: written from the whole national significant number
MOB_STYLES = {
    "US": [lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}", lambda n: f"{n[:3]}.{n[3:6]}.{n[6:]}"],
    "GB": [lambda n: f"0{n[:4]} {n[4:]}", lambda n: f"0{n}", lambda n: f"0{n[:4]}-{n[4:]}"],
    "DE": [lambda n: f"0{n[:3]} {n[3:]}", lambda n: f"0{n[:3]}-{n[3:]}", lambda n: f"(0{n[:3]}) {n[3:]}"],
    "FR": [lambda n: ".".join(pairs("0" + n)), lambda n: J(pairs("0" + n))],
    "ES": [lambda n: J(g(n, 3, 2, 2, 2)), lambda n: J(g(n, 3, 3, 3))],
    "IT": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]}.{n[3:]}", lambda n: f"{n[:3]} {n[3:]}"],
    "NL": [lambda n: f"0{n[0]} {J(pairs(n[1:]))}", lambda n: f"0{n[0]}-{n[1:5]} {n[5:]}"],
    "PT": [lambda n: J(g(n, 3, 3, 3)), lambda n: n],
    "BR": [lambda n: f"({n[:2]}) {n[2:7]}-{n[7:]}", lambda n: f"{n[:2]} {n[2:7]}-{n[7:]}"],
    "IN": [lambda n: f"{n[:5]} {n[5:]}", lambda n: f"0{n}", lambda n: f"0{n[:5]}-{n[5:]}"],
}
FREE_STYLES = {
    "US": [
        lambda n: f"({n[:3]}) {n[3:6]}-{n[6:]}",
        lambda n: f"{n[:3]}.{n[3:6]}.{n[6:]}",
        lambda n: f"1 {n[:3]} {n[3:6]} {n[6:]}",
    ],
    "GB": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]}-{n[3:]}"],
    "DE": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"(0{n[:3]}) {n[3:]}"],
    "FR": [lambda n: J(pairs("0" + n)), lambda n: ".".join(pairs("0" + n))],
    "ES": [lambda n: J(g(n, 3, 3, 3)), lambda n: n],
    "IT": [lambda n: J(g(n, 3, 3, 3)), lambda n: f"{n[:3]}.{n[3:]}"],
    "NL": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]} {n[3:]}"],
    "PT": [lambda n: J(g(n, 3, 3, 3)), lambda n: n],
    "BR": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0 {n[:3]} {n[3:]}"],
    "IN": [lambda n: f"{n[:4]} {n[4:7]} {n[7:]}", lambda n: f"{n[:4]}-{n[4:]}"],
}

# local forms of a subscriber number, per region (fresh habits where the country uses them)
LOCAL_STYLES = {
    "US": [lambda s: f"{s[:3]}.{s[3:]}", lambda s: f"{s[:3]}\u2013{s[3:]}", lambda s: f"{s[:3]}-{s[3:]}"],
    "GB": [lambda s: J(half(s)), lambda s: f"{s[:3]}-{s[3:]}" if len(s) == 7 else J(g(s, 3)), lambda s: s],
    "DE": [lambda s: J(pairs(s)), lambda s: s, lambda s: f"{s[:-2]}-{s[-2:]}" if len(s) > 6 else J(half(s))],
    "NL": [lambda s: J(g(s, 3)), lambda s: s, lambda s: f"{s[:3]}-{s[3:]}"],
    "BR": [lambda s: f"{s[:4]}.{s[4:]}", lambda s: s, lambda s: f"{s[:4]} {s[4:]}"],
    "IN": [lambda s: f"{s[:4]}-{s[4:]}" if len(s) == 8 else J(half(s)), lambda s: s, lambda s: J(half(s))],
}


def write(rng, region, kind, intl=False):
    """(text, e164) of a fresh number of region; kind fix/mob/free."""
    num, nsn = draw(rng, region, kind)
    if intl:
        a, s = ndc_sub(num, nsn)
        text = rng.choice(STYLES[region][1])(a, s)
        back = pn.parse(text, None)
    else:
        if kind == "fix":
            a, s = ndc_sub(num, nsn)
            text = rng.choice(STYLES[region][0])(a, s)
        elif kind == "mob":
            text = rng.choice(MOB_STYLES[region])(nsn)
        else:
            text = rng.choice(FREE_STYLES[region])(nsn)
        back = pn.parse(text, region)
    if back != num or not pn.is_valid_number(back):
        return write(rng, region, kind, intl)
    return text, e164(num)


def write_local(rng, region, area):
    num, sub = draw_local(rng, region, area)
    text = rng.choice(LOCAL_STYLES[region])(sub)
    back = put_back(region, area, text)
    assert back == num and pn.is_valid_number(back), (region, area, text)
    return text, e164(num)
