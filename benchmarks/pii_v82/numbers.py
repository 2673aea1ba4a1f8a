"""Phone numbers for the v82 set: drawn from prefixes, kept when valid and of the wanted type, written in
each region's habits and parsed back (local forms with trunk and area code put back)."""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIX = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOB = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}
TYPES = {"fixed": FIX, "mobile": MOB, "other": OTHER}

# region -> type -> [(prefix of the national significant number, its length)]
SPEC = {
    "US": {
        "fixed": [(a, 10) for a in ("734", "970", "352", "919", "510", "607", "217", "865", "505", "858")],
        "mobile": [(a, 10) for a in ("626", "303", "508", "412")],
        "other": [(a, 10) for a in ("800", "888", "877", "866", "855")],
    },
    "GB": {
        "fixed": [
            ("1223", 10),
            ("1603", 10),
            ("1224", 10),
            ("131", 10),
            ("1382", 10),
            ("118", 10),
            ("23", 10),
        ],
        "mobile": [("77", 10), ("78", 10), ("79", 10), ("74", 10)],
        "other": [("800", 10), ("808", 10), ("345", 10), ("330", 10)],
    },
    "DE": {
        "fixed": [
            ("6221", 10),
            ("3641", 10),
            ("551", 10),
            ("7071", 10),
            ("721", 10),
            ("331", 10),
            ("421", 10),
        ],
        "mobile": [("151", 11), ("160", 11), ("170", 10), ("176", 11), ("157", 11)],
        "other": [("800", 10)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("958", 9), ("96", 9), ("98", 9)],
        "mobile": [("6", 9), ("71", 9)],
        "other": [("900", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("051", 10), ("055", 10), ("011", 10), ("049", 10)],
        "mobile": [("34", 10), ("33", 10), ("32", 10)],
        "other": [("800", 9)],
    },
    "NL": {
        "fixed": [("317", 9), ("15", 9), ("24", 9), ("40", 9), ("53", 9), ("43", 9), ("71", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 7), ("800", 10)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9), ("253", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9)],
    },
    "BR": {
        "fixed": [("193", 10), ("163", 10), ("483", 10), ("513", 10), ("813", 10), ("923", 10)],
        "mobile": [("199", 11), ("489", 11), ("519", 11), ("819", 11)],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("20", 10), ("80", 10), ("40", 10), ("33", 10), ("135", 10), ("821", 10), ("471", 10)],
        "mobile": [("98", 10), ("97", 10), ("88", 10), ("70", 10)],
        "other": [("1800", 11)],
    },
    "CH": {"fixed": [("44", 9), ("31", 9), ("61", 9)], "mobile": [("79", 9), ("78", 9)]},
    "AT": {"fixed": [("1", 10), ("316", 10), ("512", 10)], "mobile": [("664", 10), ("676", 10)]},
    "BE": {"fixed": [("2", 8), ("9", 8), ("3", 8)], "mobile": [("47", 9), ("49", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 9)], "mobile": [("85", 9), ("87", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("8", 9)], "mobile": [("4", 9)]},
}

# towns whose fixed lines are announced as subscriber-only (local) numbers: region -> [(town, area, len)]
AREAS = {
    "US": [
        ("Ann Arbor", "734"),
        ("Fort Collins", "970"),
        ("Gainesville", "352"),
        ("Durham", "919"),
        ("Ithaca", "607"),
        ("Champaign", "217"),
        ("Oak Ridge", "865"),
        ("Los Alamos", "505"),
    ],
    "GB": [
        ("Cambridge", "1223"),
        ("Norwich", "1603"),
        ("Aberdeen", "1224"),
        ("Edinburgh", "131"),
        ("Dundee", "1382"),
        ("Reading", "118"),
        ("Southampton", "23"),
    ],
    "DE": [
        ("Heidelberg", "6221"),
        ("Jena", "3641"),
        ("Göttingen", "551"),
        ("Tübingen", "7071"),
        ("Karlsruhe", "721"),
        ("Potsdam", "331"),
        ("Bremen", "421"),
    ],
    "NL": [
        ("Wageningen", "317"),
        ("Delft", "15"),
        ("Nijmegen", "24"),
        ("Eindhoven", "40"),
        ("Enschede", "53"),
        ("Maastricht", "43"),
    ],
    "BR": [
        ("Campinas", "19"),
        ("São Carlos", "16"),
        ("Florianópolis", "48"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Manaus", "92"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Bengaluru", "80"),
        ("Hyderabad", "40"),
        ("Kolkata", "33"),
        ("Dehradun", "135"),
        ("Mysuru", "821"),
        ("Thiruvananthapuram", "471"),
    ],
}
NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}
TRUNK = {"US": "", "BR": "", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}
FIRST = {"US": "23456789", "GB": "2345678", "DE": "2345678", "NL": "2345678", "BR": "2345", "IN": "2456"}


def nsn_of(num):
    lead = "0" * (num.number_of_leading_zeros or 1) if num.italian_leading_zero else ""
    return lead + str(num.national_number)


def parse_ok(text, region):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return None
    return num if pn.is_valid_number(num) else None


def draw(rng, region, typ):
    """A valid number of region and type: (nsn, e164)."""
    choices = SPEC[region][typ]
    for _ in range(5000):
        pre, n = rng.choice(choices)
        digits = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        num = parse_ok("+" + str(pn.country_code_for_region(region)) + digits, region)
        if num is None or pn.number_type(num) not in TYPES[typ] or nsn_of(num) != digits:
            continue
        return digits, pn.format_number(num, pn.PhoneNumberFormat.E164)
    raise RuntimeError(f"no {typ} number for {region}")


def draw_local(rng, region, area):
    """A valid fixed line of region in area: (subscriber, e164)."""
    n = NSN_LEN[region] - len(area)
    for _ in range(5000):
        sub = rng.choice(FIRST[region]) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        num = parse_ok(TRUNK[region] + area + sub, region)
        if num is None or pn.number_type(num) not in FIX:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return sub, pn.format_number(num, pn.PhoneNumberFormat.E164)
    raise RuntimeError(f"no local number for {region} {area}")


def put_back(region, area, local):
    return TRUNK[region] + area + re.sub(r"\D", "", local)


def g(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _sizes(nsn, area_len):
    rest = len(nsn) - area_len
    return [area_len] + ([3, rest - 3] if rest > 6 else [rest // 2, rest - rest // 2])


# local (subscriber-only) forms, new habits first
def local_form(rng, region, sub):
    n = len(sub)
    if region == "US":
        return rng.choice([sub[:3] + "." + sub[3:], sub[:3] + "-" + sub[3:], sub[:3] + "." + sub[3:]])
    if region == "GB":
        if n == 6:
            return rng.choice([sub, sub[:3] + " " + sub[3:], sub[:2] + " " + sub[2:]])
        if n == 7:
            return rng.choice([sub[:3] + " " + sub[3:], sub[:3] + "-" + sub[3:]])
        return rng.choice([sub[:4] + " " + sub[4:], sub])
    if region == "DE":
        if n >= 6:
            return rng.choice([sub[:2] + "-" + sub[2:], g(sub, [2, 2, 2]), sub[:3] + "-" + sub[3:]])
        return rng.choice([sub, sub[:2] + " " + sub[2:]])
    if region == "NL":
        if n == 6:
            return rng.choice([g(sub, [2, 2, 2]), sub])
        if n == 7:
            return rng.choice([g(sub, [3, 2, 2]), sub[:3] + " " + sub[3:], sub])
        return g(sub, [2, 3, 3]) if n == 8 else sub
    if region == "BR":
        return rng.choice([sub[:4] + "." + sub[4:], sub, sub[:4] + "-" + sub[4:]])
    if region == "IN":
        if n == 8:
            return rng.choice([sub, sub[:4] + "-" + sub[4:], sub[:4] + " " + sub[4:]])
        return rng.choice([sub, sub[:3] + " " + sub[3:], sub[:3] + "-" + sub[3:]])
    raise KeyError(region)


def national_form(rng, region, nsn, typ):
    """A national (trunk-prefixed or domestic) written form."""
    r = rng.random()
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        if typ == "other":
            return rng.choice([f"1.{a}.{b}.{c}", f"{a}-{b}-{c}", f"1-{a}-{b}-{c}", f"({a}) {b}-{c}"])
        return rng.choice([f"{a}.{b}.{c}", f"{a}-{b}-{c}", f"({a}){b}-{c}", f"1.{a}.{b}.{c}"])
    if region == "GB":
        if typ == "mobile":
            return rng.choice(["0" + nsn[:4] + " " + nsn[4:], "0" + nsn[:4] + "-" + nsn[4:7] + "-" + nsn[7:]])
        if typ == "other":
            return "0" + g(nsn, [3, 3, 4])
        al = 2 if nsn[:2] in ("20", "23") else (3 if nsn[:3] in ("131", "118") else 4)
        if al == 2:
            return rng.choice(["0" + g(nsn, [2, 4, 4]), "(0" + nsn[:2] + ") " + g(nsn[2:], [4, 4])])
        if al == 3:
            return rng.choice(["0" + g(nsn, [3, 3, 4]), "0" + nsn[:3] + "-" + nsn[3:]])
        return rng.choice(
            ["0" + nsn[:4] + " " + nsn[4:], "0" + nsn[:4] + "-" + nsn[4:], "0" + g(nsn, [4, 3, 3])]
        )
    if region == "DE":
        if typ == "mobile":
            return rng.choice(["0" + nsn[:3] + " " + nsn[3:], "0" + nsn[:3] + " " + g(nsn[3:], [4, 4])])
        if typ == "other":
            return "0" + g(nsn, [3, 3, 4])
        al = 4 if nsn[:4] in ("6221", "3641", "7071") else 3
        a, s = nsn[:al], nsn[al:]
        return rng.choice(
            ["0" + a + " " + s, "0" + a + " " + s[:2] + "-" + s[2:], "(0" + a + ") " + g(s, [2, 2, 2, 2])]
        )
    if region == "FR":
        pairs = g("0" + nsn, [2, 2, 2, 2, 2])
        if typ == "other":
            return rng.choice(["0" + nsn[:3] + " " + g(nsn[3:], [2, 2, 2]), pairs])
        return pairs.replace(" ", ".") if r < 0.4 else pairs
    if region == "ES":
        if typ == "mobile":
            return rng.choice([g(nsn, [3, 2, 2, 2]), nsn])
        if typ == "other":
            return g(nsn, [3, 3, 3])
        return rng.choice([g(nsn, [3, 2, 2, 2]), nsn, g(nsn, [2, 3, 2, 2])])
    if region == "IT":
        if typ == "mobile":
            return rng.choice([nsn[:3] + "." + nsn[3:], nsn[:3] + " " + g(nsn[3:], [3, 4])])
        if typ == "other":
            return rng.choice([g(nsn, [3, 3, 3]), nsn[:3] + "." + nsn[3:]])
        al = 2 if nsn[:2] in ("06", "02") else 3
        return rng.choice([nsn[:al] + " " + nsn[al:], nsn[:al] + " " + g(nsn[al:], [3, 4])])
    if region == "NL":
        if typ == "mobile":
            return rng.choice(["06 " + g(nsn[1:], [4, 4]), "06 " + g(nsn[1:], [2, 2, 2, 2])])
        if typ == "other":
            return "0800 " + nsn[3:]
        al = 3 if nsn[:3] == "317" else 2
        a, s = nsn[:al], nsn[al:]
        return rng.choice(["(0" + a + ") " + g(s, [2, 2, 2] if al == 3 else [3, 2, 2]), "0" + a + " " + s])
    if region == "PT":
        return rng.choice([g(nsn, [3, 3, 3]), nsn])
    if region == "BR":
        a, s = nsn[:2], nsn[2:]
        if typ == "other":
            return "0800 " + g(nsn[3:], [3, 4])
        if typ == "mobile":
            return rng.choice([f"({a}) {s[:5]}-{s[5:]}", f"{a} {s[:5]}.{s[5:]}"])
        return rng.choice([f"{a} {s[:4]}.{s[4:]}", f"({a}) {s[:4]} {s[4:]}"])
    if region == "IN":
        if typ == "mobile":
            return rng.choice([g(nsn, [5, 5]), "0" + g(nsn, [5, 5]), nsn[:5] + "-" + nsn[5:]])
        if typ == "other":
            return rng.choice([g(nsn, [4, 3, 4]), g(nsn, [4, 3, 4], "-")])
        al = 2 if len(nsn) - 8 == 2 and nsn[:2] in ("20", "80", "40", "33") else 3
        a, s = nsn[:al], nsn[al:]
        return rng.choice([f"({'0' + a}) {g(s, [4, 4]) if al == 2 else g(s, [3, 4])}", f"0{a} {s}"])
    raise KeyError(region)


def intl_form(rng, region, nsn):
    cc = str(pn.country_code_for_region(region))
    num = pn.parse("+" + cc + nsn, region)
    std = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    if region in ("GB", "DE", "NL", "CH", "AT", "BE", "IE", "AU") and rng.random() < 0.45 and region != "IT":
        rest = std[len(cc) + 2 :]
        return f"+{cc} (0){rest}" if rng.random() < 0.5 else f"+{cc} (0) {rest}"
    if region == "ES" and rng.random() < 0.5:
        return f"(+34) {std[4:]}"
    if region == "US" and rng.random() < 0.5:
        return f"+1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    if region == "FR" and rng.random() < 0.4:
        return "+33 (0)" + std[4:]
    if region == "BR" and rng.random() < 0.5:
        return f"+55 ({nsn[:2]}) {nsn[2:-4]}-{nsn[-4:]}"
    return std
