"""Phone numbers: drawing valid numbers and writing them the way people in each country do."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# region -> (national prefixes for fixed lines, mobile prefixes, other prefixes, nsn lengths)
PLANS = {
    "US": (
        ["406", "775", "307", "218", "304", "985", "713", "907"],
        ["406", "307", "907"],
        ["800", "888", "877", "866"],
    ),
    "GB": (
        ["1224", "114", "1792", "1463", "191", "1595"],
        ["7700", "7831", "7412", "7969"],
        ["800", "808", "345", "330"],
    ),
    "DE": (["5323", "3731", "234", "209", "4721", "421"], ["151", "160", "172", "176"], ["800"]),
    "FR": (["2", "3", "4", "5"], ["6", "7"], ["800", "805"]),
    "ES": (["91", "96", "981", "942"], ["6", "7"], ["900"]),
    "IT": (["06", "010", "0565", "02"], ["33", "34", "32"], ["800"]),
    "NL": (["223", "45", "255", "50", "10"], ["6"], ["800"]),
    "PT": (["21", "22", "266"], ["91", "93", "96"], ["800"]),
    "BR": (["22", "31", "94", "13", "27"], ["22", "31", "27"], ["800"]),
    "IN": (["326", "294", "891", "712", "22"], ["98", "94", "70", "81"], ["1800"]),
    "AT": (["662", "3842", "1"], ["664", "676"], []),
    "CH": (["44", "27", "81"], ["79", "76"], []),
    "BE": (["2", "4", "65"], ["47", "49"], []),
    "IE": (["1", "91", "21"], ["85", "87"], []),
    "AU": (["8", "7", "2"], ["4"], []),
}

# local areas: region -> [(town, area code digits without trunk prefix)]
AREAS = {
    "US": [
        ("Butte", "406"),
        ("Elko", "775"),
        ("Gillette", "307"),
        ("Hibbing", "218"),
        ("Charleston", "304"),
        ("Houma", "985"),
        ("Carlsbad", "575"),
        ("Pikeville", "606"),
    ],
    "GB": [
        ("Aberdeen", "1224"),
        ("Sheffield", "114"),
        ("Swansea", "1792"),
        ("Lowestoft", "1502"),
        ("Great Yarmouth", "1493"),
        ("Redruth", "1209"),
        ("Inverness", "1463"),
        ("Newcastle", "191"),
    ],
    "DE": [
        ("Clausthal-Zellerfeld", "5323"),
        ("Freiberg", "3731"),
        ("Bochum", "234"),
        ("Gelsenkirchen", "209"),
        ("Cuxhaven", "4721"),
        ("Emden", "4921"),
        ("Bottrop", "2041"),
        ("Wilhelmshaven", "4421"),
    ],
    "NL": [
        ("Den Helder", "223"),
        ("Heerlen", "45"),
        ("IJmuiden", "255"),
        ("Vlissingen", "118"),
        ("Delfzijl", "596"),
        ("Groningen", "50"),
        ("Harlingen", "517"),
        ("Emmen", "591"),
    ],
    "BR": [
        ("Macaé", "22"),
        ("Itabira", "31"),
        ("Parauapebas", "94"),
        ("Santos", "13"),
        ("Criciúma", "48"),
        ("Vitória", "27"),
    ],
    "IN": [
        ("Dhanbad", "326"),
        ("Neyveli", "4142"),
        ("Udaipur", "294"),
        ("Visakhapatnam", "891"),
        ("Nagpur", "712"),
    ],
}

SUB_LENGTHS = {"US": [7], "GB": [6, 7], "DE": [6, 7, 5], "NL": [7, 6], "BR": [8], "IN": [7, 6]}


def _digits(rng, n, first="23456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def draw(rng, region, kind):
    """A valid number of region: kind 'fixed', 'mobile' or 'other'. Returns a PhoneNumber."""
    fixed, mobile, other = PLANS[region]
    pool, types = {"fixed": (fixed, FIXED), "mobile": (mobile, MOBILE), "other": (other, OTHER)}[kind]
    cc = pn.country_code_for_region(region)
    for _ in range(5000):
        pre = rng.choice(pool)
        if region == "IT" and kind == "fixed":
            nsn = pre + _digits(rng, rng.choice([6, 7, 8]) - len(pre) + 2, "0123456789")
        else:
            total = rng.choice(range(8, 12))
            nsn = pre + _digits(rng, total - len(pre), "0123456789" if kind == "other" else "23456789")
        try:
            num = pn.parse("+%d%s" % (cc, nsn))
        except pn.NumberParseException:
            continue
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in types
            and pn.region_code_for_number(num) == region
        ):
            return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def draw_local(rng, region, area):
    """A fixed number in area: returns (PhoneNumber, subscriber digits)."""
    cc = pn.country_code_for_region(region)
    for _ in range(5000):
        n = rng.choice(SUB_LENGTHS[region])
        sub = _digits(rng, n, "2345" if region == "BR" else "23456789")
        num = pn.parse("+%d%s%s" % (cc, area, sub))
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in FIXED
            and pn.length_of_geographical_area_code(num) == len(area)
        ):
            return num, sub
    raise RuntimeError("no local number for %s %s" % (region, area))


def nsn(num):
    return pn.national_significant_number(num)


def _group(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def write_national(rng, num):
    """National forms, habits not in v52's list where real people use them."""
    region = pn.region_code_for_number(num)
    s = nsn(num)
    std = pn.format_number(num, F.NATIONAL)
    if region == "US":
        a, b, c = s[:3], s[3:6], s[6:]
        return rng.choice(
            [
                "%s-%s-%s" % (a, b, c),
                "%s.%s.%s" % (a, b, c),
                "(%s)%s-%s" % (a, b, c),
                "1-%s-%s-%s" % (a, b, c),
                "1.%s.%s.%s" % (a, b, c),
                std,
            ]
        )
    if region == "GB":
        head, rest = std.split(" ", 1)
        return rng.choice(
            [
                std,
                "%s-%s" % (head, rest.replace(" ", "")),
                "(%s) %s" % (head, rest.replace(" ", "")),
                "%s %s" % (head, rest),
            ]
        )
    if region == "DE":
        head, rest = std.split(" ", 1)
        rest = rest.replace(" ", "")
        return rng.choice(
            [
                std,
                "(%s) %s" % (head, rest),
                "%s-%s" % (head, rest),
                "%s %s" % (head, " ".join(_group(rest, [2, 2, 2, 2]))) if len(rest) % 2 == 0 else std,
            ]
        )
    if region == "FR":
        return rng.choice([std, std.replace(" ", "."), std.replace(" ", "")])
    if region == "ES":
        return rng.choice(
            [std, s, "%s %s %s" % (s[:3], s[3:6], s[6:]), "%s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:])]
        )
    if region == "IT":
        if s[0] == "3":
            return rng.choice(
                [std, "%s %s" % (s[:3], s[3:]), "%s.%s" % (s[:3], s[3:]), "%s-%s" % (s[:3], s[3:])]
            )
        head, rest = std.split(" ", 1)
        return rng.choice(
            [std, "%s.%s" % (head, rest.replace(" ", "")), "%s %s" % (head, rest.replace(" ", ""))]
        )
    if region == "NL":
        head, rest = std.split(" ", 1)
        rest = rest.replace(" ", "")
        return rng.choice(
            [
                std,
                "(%s) %s" % (head, rest),
                "(%s) %s" % (head, " ".join(_group(rest, [3, 2, 2]))) if len(rest) == 7 else std,
                "%s %s" % (head, " ".join(_group(rest, [2, 2, 2, 2]))) if len(rest) % 2 == 0 else std,
            ]
        )
    if region == "PT":
        return rng.choice([std, s])
    if region == "BR":
        ddd, sub = s[:2], s[2:]
        cut = len(sub) - 4
        return rng.choice(
            [
                "(%s) %s-%s" % (ddd, sub[:cut], sub[cut:]),
                "(%s)%s-%s" % (ddd, sub[:cut], sub[cut:]),
                "%s %s.%s" % (ddd, sub[:cut], sub[cut:]),
                "(0%s) %s-%s" % (ddd, sub[:cut], sub[cut:]),
            ]
        )
    if region == "IN":
        if s[0] in "6789" and len(s) == 10:
            return rng.choice(["%s %s" % (s[:5], s[5:]), "%s-%s" % (s[:5], s[5:]), "0%s" % s])
        head, rest = std.split(" ", 1)
        return rng.choice([std, "%s-%s" % (head, rest.replace(" ", "")), "(%s) %s" % (head, rest)])
    return std


def write_international(rng, num):
    region = pn.region_code_for_number(num)
    intl = pn.format_number(num, F.INTERNATIONAL)
    cc, rest = intl.split(" ", 1)
    nat = pn.format_number(num, F.NATIONAL)
    trunk = region in ("GB", "DE", "NL", "FR", "AT", "CH", "BE", "IE", "AU") and nat.startswith("0")
    forms = [intl]
    if trunk:
        forms.append("%s (0)%s" % (cc, rest))
    if region in ("ES", "IT", "PT"):
        forms.append("(%s) %s" % (cc, rest))
    if region == "US":
        s = nsn(num)
        forms.append("+1-%s-%s-%s" % (s[:3], s[3:6], s[6:]))
    if region in ("BR", "IN"):
        forms.append("%s %s" % (cc, rest.replace(" ", "-", 1)))
    return rng.choice(forms)


def write_other(rng, num):
    region = pn.region_code_for_number(num)
    s = nsn(num)
    std = pn.format_number(num, F.NATIONAL)
    if region == "US":
        return rng.choice(
            [
                "1-%s-%s-%s" % (s[:3], s[3:6], s[6:]),
                "(%s) %s-%s" % (s[:3], s[3:6], s[6:]),
                "%s.%s.%s" % (s[:3], s[3:6], s[6:]),
            ]
        )
    if region == "IT":
        return rng.choice([std, "%s.%s" % (s[:3], s[3:])])
    if region == "FR":
        return rng.choice([std, std.replace(" ", ".")])
    return std


def write_local(rng, region, sub):
    n = len(sub)
    if region == "US":
        return rng.choice(["%s-%s" % (sub[:3], sub[3:]), "%s.%s" % (sub[:3], sub[3:])])
    if region == "GB":
        if n == 7:
            return rng.choice(["%s %s" % (sub[:3], sub[3:]), sub])
        return rng.choice(["%s %s %s" % (sub[:2], sub[2:4], sub[4:]), sub, "%s %s" % (sub[:3], sub[3:])])
    if region == "DE":
        return rng.choice(
            [
                sub,
                " ".join(_group(sub, [2, 2, 2, 2]))
                if n % 2 == 0
                else sub[0] + " " + " ".join(_group(sub[1:], [2, 2, 2])),
                "%s-%s" % (sub[:-2], sub[-2:]),
            ]
        )
    if region == "NL":
        if n == 7:
            return rng.choice(["%s %s" % (sub[:3], sub[3:]), "%s %s %s" % (sub[:3], sub[3:5], sub[5:]), sub])
        return rng.choice(["%s %s" % (sub[:3], sub[3:]), "%s %s %s" % (sub[:2], sub[2:4], sub[4:])])
    if region == "BR":
        return rng.choice(
            ["%s-%s" % (sub[:4], sub[4:]), "%s.%s" % (sub[:4], sub[4:]), "%s %s" % (sub[:4], sub[4:])]
        )
    if region == "IN":
        if n == 7:
            return rng.choice(["%s %s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:]), sub])
        return rng.choice(["%s %s" % (sub[:3], sub[3:]), sub])
    return sub


def put_back(region, area, text):
    """Parse a local form with its area code (and trunk prefix) put back."""
    digits = "".join(c for c in text if c.isdigit())
    return pn.parse("+%d%s%s" % (pn.country_code_for_region(region), area, digits))


def parses_to(text, region, e164):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, F.E164) == e164
