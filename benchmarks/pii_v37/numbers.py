"""Phone numbers for the v37 set: drawn at random, kept only when phonenumbers calls them valid."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

FIXED = {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE}
MOBILE = {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE}
SERVICE = {PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN}

# towns with their area code (national significant digits, no trunk 0) and subscriber length
AREAS = {
    "US": [
        ("Austin", "512", 7),
        ("Denver", "303", 7),
        ("Seattle", "206", 7),
        ("Boston", "617", 7),
        ("Portland", "503", 7),
        ("Atlanta", "404", 7),
        ("Phoenix", "602", 7),
        ("Madison", "608", 7),
        ("Omaha", "402", 7),
        ("Tulsa", "918", 7),
        ("Raleigh", "919", 7),
        ("Pittsburgh", "412", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Sheffield", "114", 7),
        ("Nottingham", "115", 7),
        ("Leicester", "116", 7),
        ("Bristol", "117", 7),
        ("Edinburgh", "131", 7),
        ("Glasgow", "141", 7),
        ("Liverpool", "151", 7),
        ("Manchester", "161", 7),
        ("Birmingham", "121", 7),
        ("Cardiff", "29", 8),
        ("London", "20", 8),
    ],
    "DE": [
        ("Münster", "251", 7),
        ("Köln", "221", 7),
        ("Hamburg", "40", 8),
        ("München", "89", 8),
        ("Berlin", "30", 8),
        ("Freiburg", "761", 7),
        ("Leipzig", "341", 7),
        ("Dresden", "351", 7),
        ("Bremen", "421", 7),
        ("Kiel", "431", 7),
        ("Bonn", "228", 7),
        ("Kassel", "561", 7),
    ],
    "NL": [
        ("Leiden", "71", 7),
        ("Utrecht", "30", 7),
        ("Groningen", "50", 7),
        ("Eindhoven", "40", 7),
        ("Haarlem", "23", 7),
        ("Zwolle", "38", 7),
        ("Den Haag", "70", 7),
        ("Rotterdam", "10", 7),
        ("Amsterdam", "20", 7),
        ("Nijmegen", "24", 7),
        ("Maastricht", "43", 7),
        ("Arnhem", "26", 7),
    ],
    "BR": [
        ("Salvador", "71", 8),
        ("Curitiba", "41", 8),
        ("São Paulo", "11", 8),
        ("Rio de Janeiro", "21", 8),
        ("Belo Horizonte", "31", 8),
        ("Porto Alegre", "51", 8),
        ("Recife", "81", 8),
        ("Fortaleza", "85", 8),
        ("Campinas", "19", 8),
        ("Manaus", "92", 8),
        ("Goiânia", "62", 8),
        ("Florianópolis", "48", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Mumbai", "22", 8),
        ("Delhi", "11", 8),
        ("Bengaluru", "80", 8),
        ("Chennai", "44", 8),
        ("Kolkata", "33", 8),
        ("Hyderabad", "40", 8),
        ("Ahmedabad", "79", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Nagpur", "712", 7),
        ("Indore", "731", 7),
    ],
}
SUB_FIRST = {"US": "23456789", "GB": "2345789", "DE": "2345678", "NL": "2345789", "BR": "2345", "IN": "2"}

# (prefix of the national significant number, its total length) for mobile, other fixed and service lines
MOBILE_P = {
    "US": [("512", 10), ("415", 10), ("312", 10)],
    "GB": [("77", 10), ("78", 10), ("79", 10)],
    "DE": [("151", 11), ("160", 10), ("170", 10), ("176", 11), ("157", 11)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9), ("7", 9)],
    "IT": [("33", 10), ("34", 10), ("32", 10), ("39", 10)],
    "NL": [("6", 9)],
    "PT": [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
    "BR": [("119", 11), ("219", 11), ("719", 11), ("419", 11), ("859", 11)],
    "IN": [("98", 10), ("99", 10), ("97", 10), ("88", 10), ("70", 10), ("63", 10)],
    "AU": [("4", 9)],
    "IE": [("85", 9), ("86", 9), ("87", 9), ("83", 9)],
    "AT": [("664", 10), ("676", 10)],
    "CH": [("76", 9), ("77", 9), ("78", 9), ("79", 9)],
    "BE": [("47", 9), ("48", 9), ("49", 9)],
}
FIXED_P = {
    "FR": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "ES": [("91", 9), ("93", 9), ("96", 9), ("95", 9)],
    "IT": [("02", 10), ("06", 10), ("011", 10), ("055", 10), ("051", 10)],
    "PT": [("21", 9), ("22", 9)],
    "AU": [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "IE": [("1", 8), ("21", 9)],
    "AT": [("1", 8), ("316", 10), ("512", 10)],
    "CH": [("44", 9), ("31", 9), ("22", 9), ("61", 9)],
    "BE": [("2", 8), ("3", 8), ("9", 8), ("4", 8)],
}
SERVICE_P = {
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    "GB": [("800", 10), ("345", 10), ("330", 10)],
    "DE": [("800", 11), ("180", 11)],
    "FR": [("800", 9), ("805", 9), ("809", 9)],
    "ES": [("900", 9), ("901", 9), ("902", 9)],
    "IT": [("800", 9)],
    "NL": [("800", 7)],
    "PT": [("800", 9), ("808", 9)],
    "BR": [("800", 10), ("4004", 8), ("4003", 8)],
    "IN": [("1800", 11)],
}


def _e164(n):
    return pn.format_number(n, PNF.E164)


def draw(rng, region, prefix, total, types, first=None):
    for _ in range(4000):
        rest = total - len(prefix)
        digits = "".join(
            rng.choice(first or "0123456789") if i == 0 else str(rng.randrange(10)) for i in range(rest)
        )
        n = pn.parse("+" + str(pn.country_code_for_region(region)) + prefix + digits)
        if pn.is_valid_number(n) and pn.number_type(n) in types and pn.region_code_for_number(n) == region:
            return n
    raise ValueError((region, prefix, total))


def draw_local(rng, region, town_i):
    town, area, sub = AREAS[region][town_i]
    while True:
        n = draw(rng, region, area, len(area) + sub, FIXED, SUB_FIRST[region])
        if pn.length_of_geographical_area_code(n) == len(area):
            return n, town, area


def draw_kind(rng, region, kind):
    if kind == "mobile":
        table, types = MOBILE_P[region], MOBILE
    elif kind == "service":
        table, types = SERVICE_P[region], SERVICE
    elif region in AREAS:
        town, area, sub = rng.choice(AREAS[region])
        return draw(rng, region, area, len(area) + sub, FIXED, SUB_FIRST[region])
    else:
        table, types = FIXED_P[region], FIXED
    prefix, total = rng.choice(table)
    return draw(rng, region, prefix, total, types)


def nsn(n):
    return pn.national_significant_number(n)


def split_area(n):
    s = nsn(n)
    k = pn.length_of_geographical_area_code(n) or pn.length_of_national_destination_code(n)
    return s[:k], s[k:]


def trunk(region):
    return pn.PhoneMetadata.metadata_for_region(region).national_prefix or ""


def _group(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


# ---- local (subscriber-only) forms: new habits per region
def fmt_local(rng, region, sub):
    st = rng.choice(
        {
            "US": ["dash", "dot"],
            "GB": ["solid", "dash3"],
            "DE": ["solid", "din"],
            "NL": ["solid", "two"],
            "BR": ["solid", "endash"],
            "IN": ["solid", "dash4"],
        }[region]
    )
    if st == "solid":
        return sub
    if st == "dot":
        return sub[:3] + "." + sub[3:]
    if st == "dash":
        return sub[:3] + "-" + sub[3:]
    if st == "dash3":
        return (sub[:3] + "-" + sub[3:]) if len(sub) == 7 else (sub[:4] + "-" + sub[4:])
    if st == "din":
        return sub[:-3] + "-" + sub[-3:]
    if st == "two":
        return sub[:2] + " " + sub[2:4] + " " + sub[4:]
    if st == "endash":
        return sub[:4] + "\u2013" + sub[4:]
    return (sub[:4] + "-" + sub[4:]) if len(sub) == 8 else (sub[:3] + "-" + sub[3:])


NAT_STYLES = {
    "US": ["dots", "us1", "nospace", "std"],
    "GB": ["paren", "solid", "dashall"],
    "DE": ["slash", "paren", "din", "std"],
    "FR": ["dots", "solid", "std"],
    "ES": ["std", "solid"],
    "IT": ["slash", "solid", "paren", "std"],
    "NL": ["dash", "paren", "std"],
    "PT": ["std", "solid"],
    "BR": ["std", "noparen", "paren0", "solid"],
    "IN": ["dash", "paren", "std", "solid"],
}


MOB_STYLES = {
    "GB": ["solid", "dashall", "std"],
    "DE": ["slash", "std", "paren"],
    "NL": ["dash", "std"],
    "IN": ["std", "solid", "zerodash"],
    "IT": ["solid", "std"],
}


def fmt_national(rng, n, region, style=None):
    mobile = pn.number_type(n) == PNT.MOBILE
    style = style or rng.choice(MOB_STYLES.get(region, NAT_STYLES[region]) if mobile else NAT_STYLES[region])
    if style == "zerodash":
        return "0" + nsn(n)[:5] + "-" + nsn(n)[5:]
    std = pn.format_number(n, PNF.NATIONAL)
    area, rest = split_area(n)
    t = trunk(region)
    if region == "IT":
        t = ""
    if style == "std":
        return std
    if style == "solid":
        return "".join(c for c in std if c.isdigit())
    if style == "dots":
        if region == "US":
            return f"{area}.{rest[:3]}.{rest[3:]}"
        return ".".join(_group(nsn(n).rjust(10, "0") if t else nsn(n), [2, 2, 2, 2, 2]))
    if style == "us1":
        return f"1-{area}-{rest[:3]}-{rest[3:]}"
    if style == "nospace":
        return f"({area}){rest[:3]}-{rest[3:]}"
    if style == "paren":
        return f"({t}{area}) " + (
            " ".join(_group(rest, [3, 2, 2])) if region == "NL" else std.replace(t + area, "", 1).strip(" -")
        )
    if style == "slash":
        return f"{t}{area}/{rest}"
    if style == "din":
        return f"{t}{area} {rest[:-3]}-{rest[-3:]}"
    if style == "dashall":
        parts = std.split()
        return "-".join(parts)
    if style == "dash":
        return f"{t}{area}-{rest}"
    if style == "noparen":
        return std.replace("(", "").replace(")", "")
    if style == "paren0":
        return std.replace("(", "(0", 1)
    raise ValueError(style)


INTL_STYLES = ["std", "zero", "e164", "epp", "rfc"]


def fmt_intl(rng, n, region, style=None):
    style = style or rng.choice(INTL_STYLES)
    std = pn.format_number(n, PNF.INTERNATIONAL)
    cc = str(n.country_code)
    if style == "zero" and trunk(region) == "0" and region not in ("IT", "BR"):
        return std.replace(f"+{cc} ", f"+{cc} (0)", 1)
    if style == "e164":
        return _e164(n)
    if style == "epp":
        return f"+{cc}.{nsn(n)}"
    if style == "rfc":
        return pn.format_number(n, PNF.RFC3966)[4:]
    return std


def fmt_service(rng, n, region):
    std = pn.format_number(n, PNF.NATIONAL)
    if region == "US":
        a, r = nsn(n)[:3], nsn(n)[3:]
        return rng.choice([f"1-{a}-{r[:3]}-{r[3:]}", f"{a}-{r[:3]}-{r[3:]}", std])
    if region == "IN":
        s = nsn(n)
        return rng.choice([f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])
    return rng.choice([std, "".join(c for c in std if c.isdigit())])


def parse_back(text, region, area=None):
    """The e164 a written form stands for (local forms get their area code put back)."""
    if area is not None:
        digits = "".join(c for c in text if c.isdigit())
        text = (trunk(region) if region != "BR" else "") + area + digits
    n = pn.parse(text, region)
    return _e164(n), pn.is_valid_number(n)
