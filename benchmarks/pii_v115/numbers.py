"""Phone numbers: drawn at random, kept when valid and of the wanted type, written in many habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
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
    "AT": 43,
    "CH": 41,
    "BE": 32,
    "IE": 353,
    "AU": 61,
}

# towns with their area codes (national, trunk prefix included where the region has one); none in v52
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Albuquerque", "505"),
        ("Des Moines", "515"),
        ("Tulsa", "918"),
        ("Akron", "330"),
        ("Savannah", "912"),
        ("Fresno", "559"),
        ("Lexington", "859"),
    ],
    "GB": [
        ("Leeds", "0113"),
        ("Sheffield", "0114"),
        ("Cardiff", "029"),
        ("Norwich", "01603"),
        ("Exeter", "01392"),
        ("Aberdeen", "01224"),
    ],
    "DE": [
        ("Kassel", "0561"),
        ("Regensburg", "0941"),
        ("Bielefeld", "0521"),
        ("Würzburg", "0931"),
        ("Lübeck", "0451"),
        ("Erfurt", "0361"),
    ],
    "NL": [
        ("Groningen", "050"),
        ("Haarlem", "023"),
        ("Zwolle", "038"),
        ("Arnhem", "026"),
        ("Maastricht", "043"),
        ("Tilburg", "013"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Goiânia", "62"),
        ("Manaus", "92"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Natal", "84"),
    ],
    "IN": [
        ("Pune", "020"),
        ("Jaipur", "0141"),
        ("Lucknow", "0522"),
        ("Kochi", "0484"),
        ("Indore", "0731"),
        ("Ahmedabad", "079"),
    ],
}
TRUNK = {"US": "", "BR": ""}

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# leading digits of national significant numbers to draw from, by region and type
PREFIXES = {
    ("US", "fixed"): ["212", "312", "415", "617", "713", "206", "303", "404", "503", "614"],
    ("US", "mobile"): ["646", "917", "310", "702"],
    ("US", "other"): ["800", "888", "877", "866", "855"],
    ("GB", "fixed"): ["20", "121", "131", "141", "161", "1273", "1223", "117"],
    ("GB", "mobile"): ["74", "75", "77", "78", "79"],
    ("GB", "other"): ["800", "808", "345", "330", "300"],
    ("DE", "fixed"): ["30", "40", "89", "221", "69", "711", "211", "351"],
    ("DE", "mobile"): ["151", "152", "160", "170", "171", "176", "179"],
    ("DE", "other"): ["800", "180"],
    ("FR", "fixed"): ["1", "2", "3", "4", "5"],
    ("FR", "mobile"): ["6", "7"],
    ("FR", "other"): ["800", "805", "809", "81"],
    ("ES", "fixed"): ["91", "93", "95", "96", "98"],
    ("ES", "mobile"): ["6", "71"],
    ("ES", "other"): ["900", "901", "902"],
    ("IT", "fixed"): ["02", "06", "011", "055", "081", "051"],
    ("IT", "mobile"): ["32", "33", "34", "35", "36", "38", "39"],
    ("IT", "other"): ["800", "803"],
    ("NL", "fixed"): ["10", "20", "30", "40", "70", "58", "53"],
    ("NL", "mobile"): ["6"],
    ("NL", "other"): ["800", "900"],
    ("PT", "fixed"): ["21", "22", "239", "253"],
    ("PT", "mobile"): ["91", "92", "93", "96"],
    ("PT", "other"): ["800", "808"],
    ("BR", "fixed"): ["11", "21", "31", "41", "51", "61", "71"],
    ("BR", "mobile"): ["119", "219", "319", "419", "519", "619", "719"],
    ("BR", "other"): ["800"],
    ("IN", "fixed"): ["11", "22", "33", "44", "80", "40"],
    ("IN", "mobile"): ["98", "97", "96", "94", "93", "90", "88", "70", "81"],
    ("IN", "other"): ["1800"],
    ("AT", "fixed"): ["1", "316", "512", "662"],
    ("AT", "mobile"): ["664", "676", "699", "650"],
    ("CH", "fixed"): ["44", "31", "61", "21", "22"],
    ("CH", "mobile"): ["76", "78", "79"],
    ("BE", "fixed"): ["2", "3", "9", "4"],
    ("BE", "mobile"): ["470", "475", "486", "495"],
    ("IE", "fixed"): ["1", "21", "61", "91"],
    ("IE", "mobile"): ["83", "85", "86", "87"],
    ("AU", "fixed"): ["2", "3", "7", "8"],
    ("AU", "mobile"): ["4"],
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


LENGTHS = {
    ("DE", "fixed"): [10, 11],
    ("DE", "mobile"): [10, 11],
    ("IT", "fixed"): [9, 10],
    ("AT", "fixed"): [10],
    ("AT", "mobile"): [10, 11],
    ("IN", "other"): [11],
    ("NL", "other"): [10],
    ("IE", "fixed"): [9],
    ("IE", "mobile"): [9],
    ("AU", "fixed"): [9],
    ("AU", "mobile"): [9],
    ("GB", "other"): [10],
    ("BR", "other"): [10],
    ("DE", "other"): [10],
}
EXAMPLE_TYPES = {"fixed": [T.FIXED_LINE], "mobile": [T.MOBILE], "other": [T.TOLL_FREE, T.SHARED_COST, T.UAN]}


def _lengths(region, kind):
    if (region, kind) in LENGTHS:
        return LENGTHS[(region, kind)]
    out = []
    for typ in EXAMPLE_TYPES[kind]:
        ex = pn.example_number_for_type(region, typ)
        if ex is not None:
            out.append(len(pn.national_significant_number(ex)))
    return sorted(set(out))


def draw(rng, region, kind):
    """A random valid number of the region and kind ('fixed', 'mobile', 'other')."""
    prefixes = PREFIXES[(region, kind)]
    lengths = _lengths(region, kind)
    for _ in range(5000):
        pre = rng.choice(prefixes)
        total = rng.choice(lengths)
        if len(pre) >= total:
            continue
        nsn = pre + "".join(str(rng.randrange(10)) for _ in range(total - len(pre)))
        num = pn.parse("+%d%s" % (CC[region], nsn))
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in TYPES[kind]
        ):
            return num
    raise RuntimeError("no number for %s %s" % (region, kind))


LOCAL_TOTAL = {"US": [10], "GB": [10], "DE": [9, 10], "NL": [9], "BR": [10], "IN": [10]}


def draw_local(rng, region, area):
    """A fixed line in the given area: (number, subscriber digits, area length)."""
    code = area[len(TRUNK.get(region, "0")) :]
    for _ in range(5000):
        total = rng.choice(LOCAL_TOTAL[region])
        first = str(rng.randrange(2, 10))
        sub = first + "".join(str(rng.randrange(10)) for _ in range(total - len(code) - 1))
        num = pn.parse("+%d%s%s" % (CC[region], code, sub))
        if not (pn.is_valid_number(num) and pn.region_code_for_number(num) == region):
            continue
        if pn.number_type(num) not in FIXED:
            continue
        if pn.length_of_geographical_area_code(num) != len(code):
            continue
        return num, sub, len(code)
    raise RuntimeError("no local number for %s %s" % (region, area))


def e164(num):
    return pn.format_number(num, F.E164)


def groups(num, fmt):
    text = pn.format_number(num, fmt)
    out, cur = [], ""
    for ch in text:
        if ch.isdigit() or ch == "+":
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _nat(g, style):
    if style == "sp":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "par":
        return "(%s) %s" % (g[0], " ".join(g[1:]))
    if style == "par_dash":
        return "(%s) %s" % (g[0], "-".join(g[1:]))
    if style == "par_tight":
        return "(%s)%s" % (g[0], "-".join(g[1:]))
    if style == "solid":
        return "".join(g)
    if style == "head_solid":
        return "%s %s" % (g[0], "".join(g[1:]))
    if style == "head_dash":
        return "%s-%s" % (g[0], "".join(g[1:]))
    if style == "head_dot":
        return "%s.%s" % (g[0], "".join(g[1:]))
    if style == "tail_dot":
        return "%s %s" % (" ".join(g[:-2]), ".".join(g[-2:]))
    if style == "pairs":
        rest = "".join(g[1:])
        if len(rest) % 2:
            return None
        return "%s %s" % (g[0], " ".join(rest[i : i + 2] for i in range(0, len(rest), 2)))
    raise ValueError(style)


NAT_STYLES = {
    "US": ["dash", "dash", "dot", "par_tight", "sp"],
    "GB": ["sp", "dash", "head_solid", "par"],
    "DE": ["par", "head_dash", "pairs", "sp", "head_solid"],
    "FR": ["sp", "sp", "dot"],
    "ES": ["solid", "sp", "sp"],
    "IT": ["sp", "head_dot", "head_solid"],
    "NL": ["par", "sp", "pairs", "head_solid"],
    "PT": ["sp", "solid"],
    "BR": ["par", "tail_dot", "par_dash", "sp"],
    "IN": ["par", "head_solid", "sp", "dash"],
}
INTL_STYLES = {
    "US": ["dash", "dot", "solid", "par"],
    "GB": ["zero", "zero", "sp", "solid"],
    "DE": ["zero", "sp", "solid"],
    "FR": ["zero", "sp"],
    "ES": ["sp", "parcc"],
    "IT": ["sp", "parcc"],
    "NL": ["zero", "sp"],
    "PT": ["sp", "parcc"],
    "BR": ["sp", "dash"],
    "IN": ["sp", "dash"],
    "AT": ["zero", "sp"],
    "CH": ["zero", "sp"],
    "BE": ["zero", "sp"],
    "IE": ["zero", "sp"],
    "AU": ["zero", "sp"],
}
ZERO_OK = {"GB", "DE", "FR", "NL", "AT", "CH", "BE", "IE", "AU"}


def national(rng, num, styles=None):
    region = pn.region_code_for_number(num)
    g = groups(num, F.NATIONAL)
    for _ in range(20):
        style = rng.choice(styles or NAT_STYLES[region])
        text = _nat(g, style)
        if text and parses_to(text, region, num):
            return text
    return " ".join(g)


def international(rng, num):
    region = pn.region_code_for_number(num)
    g = groups(num, F.INTERNATIONAL)
    cc, rest = g[0], g[1:]
    for _ in range(20):
        style = rng.choice(INTL_STYLES[region])
        if style == "zero" and region in ZERO_OK:
            text = "%s (0)%s" % (cc, " ".join(rest))
        elif style == "parcc":
            text = "(%s) %s" % (cc, " ".join(rest))
        elif style == "par" and region == "US":
            text = "%s (%s) %s" % (cc, rest[0], "-".join(rest[1:]))
        elif style in ("dash", "dot"):
            sep = "-" if style == "dash" else "."
            text = cc + sep + sep.join(rest)
        elif style == "solid":
            text = cc + "".join(rest)
        else:
            text = "%s %s" % (cc, " ".join(rest))
        if parses_to(text, region, num):
            return text
    return pn.format_number(num, F.INTERNATIONAL)


LOCAL_STYLES = {
    "US": ["dot", "dash", "dot"],
    "GB": ["sp", "dash", "solid"],
    "DE": ["solid", "pairs3", "sp3"],
    "NL": ["solid", "two_rest", "sp3"],
    "BR": ["dot", "solid", "dash4"],
    "IN": ["solid", "dash4", "sp4"],
}


def local_form(rng, region, sub):
    style = rng.choice(LOCAL_STYLES[region])
    n = len(sub)
    if style in ("dot", "dash", "sp"):
        cut = 3 if n == 7 else n // 2
        sep = {"dot": ".", "dash": "-", "sp": " "}[style]
        return sub[:cut] + sep + sub[cut:]
    if style == "solid":
        return sub
    if style == "pairs3":
        return (
            sub[: n % 2 + 2] + " " + " ".join(sub[i : i + 2] for i in range(n % 2 + 2, n, 2))
            if n > 4
            else sub
        )
    if style == "sp3":
        return sub[:3] + " " + sub[3:]
    if style == "two_rest":
        return sub[:2] + " " + sub[2:]
    if style in ("dash4", "sp4"):
        return sub[:-4] + ("-" if style == "dash4" else " ") + sub[-4:]
    raise ValueError(style)


def parses_to(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)


def put_back(text, region, area):
    """The local form with its area code (and trunk prefix) put back, as one would dial it."""
    return area + "".join(ch for ch in text if ch.isdigit())
