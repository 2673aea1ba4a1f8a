"""Phone numbers for the v80 set: drawing, writing habits and the put-back of local forms."""

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
    "AT": "43",
    "CH": "41",
    "BE": "32",
    "IE": "353",
    "AU": "61",
}

# (national significant prefix, national significant length)
PREFIXES = {
    "US": {
        "fixed": [("402", 10), ("518", 10), ("918", 10), ("207", 10), ("515", 10), ("614", 10)],
        "free": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        "fixed": [("1603", 10), ("113", 10), ("2920", 10), ("1392", 10), ("1904", 10), ("114", 10)],
        "mobile": [("74", 10), ("75", 10), ("78", 10), ("79", 10)],
        "free": [("800", 10), ("808", 10)],
    },
    "DE": {
        "fixed": [("431", 10), ("228", 10), ("551", 10), ("941", 10), ("451", 10), ("331", 10)],
        "mobile": [("151", 11), ("160", 10), ("172", 11), ("157", 11)],
        "free": [("800", 10)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "free": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("96", 9), ("985", 9)],
        "mobile": [("6", 9)],
        "free": [("900", 9)],
    },
    "IT": {
        "fixed": [("02", 10), ("06", 10), ("055", 10), ("011", 10)],
        "mobile": [("33", 10), ("34", 10)],
        "free": [("800", 9)],
    },
    "NL": {
        "fixed": [("50", 9), ("38", 9), ("43", 9), ("23", 9), ("26", 9), ("15", 9)],
        "mobile": [("6", 9)],
        "free": [("800", 10)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "free": [("800", 9)],
    },
    "BR": {
        "fixed": [("513", 10), ("813", 10), ("623", 10), ("193", 10), ("483", 10)],
        "mobile": [("519", 11), ("819", 11), ("929", 11), ("279", 11)],
        "free": [("800", 10)],
    },
    "IN": {
        "fixed": [("20", 10), ("141", 10), ("33", 10), ("40", 10), ("79", 10)],
        "mobile": [("98", 10), ("94", 10), ("88", 10), ("70", 10)],
        "free": [("1800", 11)],
    },
    "AT": {"fixed": [("1", 10), ("316", 10), ("512", 10)], "mobile": [("664", 10), ("676", 10)]},
    "CH": {"fixed": [("44", 9), ("31", 9), ("61", 9), ("22", 9)], "mobile": [("79", 9), ("78", 9)]},
    "BE": {"fixed": [("2", 8), ("3", 8), ("9", 8)], "mobile": [("47", 9), ("49", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9)], "mobile": [("85", 9), ("87", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9)], "mobile": [("4", 9)]},
}
TYPES = {
    "fixed": (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
    "mobile": (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
    "free": (T.TOLL_FREE, T.SHARED_COST, T.UAN),
}

# towns for announced local numbers: (town, area code without trunk prefix, subscriber length)
AREAS = {
    "US": [
        ("Omaha", "402", 7),
        ("Albany", "518", 7),
        ("Tulsa", "918", 7),
        ("Savannah", "912", 7),
        ("Reno", "775", 7),
        ("Des Moines", "515", 7),
        ("Eugene", "541", 7),
        ("Columbus", "614", 7),
    ],
    "GB": [
        ("Norwich", "1603", 6),
        ("Leeds", "113", 7),
        ("Cardiff", "29", 8),
        ("Edinburgh", "131", 7),
        ("Exeter", "1392", 6),
        ("York", "1904", 6),
        ("Sheffield", "114", 7),
    ],
    "DE": [
        ("Kiel", "431", 7),
        ("Bonn", "228", 7),
        ("Göttingen", "551", 7),
        ("Regensburg", "941", 7),
        ("Lübeck", "451", 7),
        ("Potsdam", "331", 7),
        ("Trier", "651", 7),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Zwolle", "38", 7),
        ("Maastricht", "43", 7),
        ("Haarlem", "23", 7),
        ("Arnhem", "26", 7),
        ("Delft", "15", 7),
        ("Tilburg", "13", 7),
    ],
    "BR": [
        ("Porto Alegre", "51", 8),
        ("Recife", "81", 8),
        ("Manaus", "92", 8),
        ("Goiânia", "62", 8),
        ("Campinas", "19", 8),
        ("Florianópolis", "48", 8),
        ("Vitória", "27", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kolkata", "33", 8),
        ("Hyderabad", "40", 8),
        ("Ahmedabad", "79", 8),
        ("Kochi", "484", 7),
        ("Indore", "731", 7),
    ],
}


def trunk(region):
    return "" if region == "US" else "0"


def parse_e164(e164):
    return pn.parse(e164, None)


def draw(rng, region, kind):
    """A valid number of the wanted kind: (national significant number, e164)."""
    for _ in range(2000):
        pre, length = rng.choice(PREFIXES[region][kind])
        first = str(rng.randrange(2, 10)) if kind == "fixed" else str(rng.randrange(10))
        nsn = pre + first + "".join(str(rng.randrange(10)) for _ in range(length - len(pre) - 1))
        if region == "US" and nsn[3] in "01":
            continue
        num = pn.parse("+" + CC[region] + nsn, None)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in TYPES[kind]
            and pn.region_code_for_number(num) == region
        ):
            return nsn, "+" + CC[region] + nsn
    raise RuntimeError((region, kind))


def draw_local(rng, region, town):
    """A valid fixed line in the town: (subscriber digits, e164)."""
    _, area, sub_len = town
    for _ in range(2000):
        first = str(rng.randrange(2, 10))
        sub = first + "".join(str(rng.randrange(10)) for _ in range(sub_len - 1))
        e164 = "+" + CC[region] + area + sub
        num = pn.parse(e164, None)
        if pn.is_valid_number(num) and pn.number_type(num) in TYPES["fixed"]:
            if pn.length_of_geographical_area_code(num) == len(area):
                return sub, e164
    raise RuntimeError((region, town))


def groups(e164):
    """Digit groups of phonenumbers' national format (trunk prefix kept)."""
    nat = pn.format_number(parse_e164(e164), pn.PhoneNumberFormat.NATIONAL)
    out, cur = [], ""
    for ch in nat:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _strip0(g):
    return g[1:] if g.startswith("0") else g


def _pairs(digits):
    """Pairs counted from the right: 1234567 -> 1 23 45 67."""
    out = []
    while len(digits) > 2:
        out.insert(0, digits[-2:])
        digits = digits[:-2]
    if digits:
        out.insert(0, digits)
    return " ".join(out)


NATIONAL = {
    "US": ["dashes", "dots", "paren_tight", "one_dashes"],
    "GB": ["std", "solid", "dashes"],
    "DE": ["std", "paren_area", "dashes", "area_pairs"],
    "FR": ["dots", "std", "solid"],
    "ES": ["std", "three", "solid"],
    "IT": ["std", "dots", "area_solid"],
    "NL": ["std", "paren_area", "area_pairs"],
    "PT": ["std", "solid"],
    "BR": ["std", "paren_dot"],
    "IN": ["std", "dashes", "area_dash_solid"],
}
INTERNATIONAL = ["intl_0", "intl_spaces", "intl_dash", "intl_solid", "intl_paren_cc"]


def write(e164, habit):
    """The number written in one habit (parsed back and checked by the caller)."""
    num = parse_e164(e164)
    region = pn.region_code_for_number(num)
    cc = CC[region]
    g = groups(e164)
    nsn = pn.national_significant_number(num)
    if habit == "std":
        return pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    if habit == "dashes":
        return "-".join(g)
    if habit == "dots":
        return ".".join(g)
    if habit == "solid":
        return "".join(g)
    if habit == "paren_tight":
        return "(" + g[0] + ")" + g[1] + "-" + g[2]
    if habit == "one_dashes":
        return "1-" + "-".join(g)
    if habit == "paren_area":
        return "(" + g[0] + ") " + " ".join(g[1:])
    if habit == "area_pairs":
        return g[0] + " " + _pairs("".join(g[1:]))
    if habit == "three":
        d = "".join(g)
        return " ".join(d[i : i + 3] for i in range(0, len(d), 3))
    if habit == "area_solid":
        return g[0] + " " + "".join(g[1:])
    if habit == "paren_dot":
        return "(" + g[0] + ") " + ".".join(g[1:])
    if habit == "area_dash_solid":
        return g[0] + "-" + "".join(g[1:])
    if habit == "intl_0":
        if region in ("US", "IT", "BR", "ES", "PT"):
            return "+" + cc + " " + " ".join(g).replace("(", "").replace(")", "")
        return "+" + cc + " (0)" + _strip0(g[0]) + " " + " ".join(g[1:])
    if habit == "intl_spaces":
        return "+" + cc + " " + " ".join([_strip0(g[0])] + g[1:]) if region != "IT" else "+39 " + " ".join(g)
    if habit == "intl_dash":
        return "+" + cc + "-" + "-".join([_strip0(g[0])] + g[1:]) if region != "IT" else "+39-" + "-".join(g)
    if habit == "intl_solid":
        return "+" + cc + nsn
    if habit == "intl_paren_cc":
        first = _strip0(g[0]) if region != "IT" else g[0]
        return "(+" + cc + ") " + " ".join([first] + g[1:])
    raise ValueError(habit)


LOCAL = {
    "US": ["dots", "dash"],
    "GB": ["split", "solid"],
    "DE": ["pairs", "three_rest", "solid"],
    "NL": ["three_rest", "solid", "two_two"],
    "BR": ["dots4", "space4", "solid"],
    "IN": ["solid", "dash4", "three_rest"],
}


def write_local(sub, habit):
    if habit == "solid":
        return sub
    if habit == "dots":
        return sub[:3] + "." + sub[3:]
    if habit == "dash":
        return sub[:3] + "-" + sub[3:]
    if habit == "split":
        k = 4 if len(sub) == 8 else 3
        return sub[:k] + " " + sub[k:]
    if habit == "pairs":
        return _pairs(sub)
    if habit == "three_rest":
        return sub[:3] + " " + sub[3:]
    if habit == "two_two":
        return sub[:2] + " " + sub[2:4] + " " + sub[4:]
    if habit == "dots4":
        return sub[:4] + "." + sub[4:]
    if habit == "space4":
        return sub[:4] + " " + sub[4:]
    if habit == "dash4":
        return sub[:4] + "-" + sub[4:] if len(sub) == 8 else sub[:3] + "-" + sub[3:]
    raise ValueError(habit)


def put_back(region, area, text):
    """A local form with trunk prefix and area code put back, parsed in its region."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return pn.parse(trunk(region) + area + digits, region)


def parses_to(text, region, e164):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == e164
