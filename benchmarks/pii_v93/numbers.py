"""Phone numbers for v93: drawn from prefixes, kept when valid, written in fresh habits, parsed back."""

import re

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
    "AT": 43,
    "CH": 41,
    "BE": 32,
    "IE": 353,
    "AU": 61,
}

# (prefix of the national significant number, total NSN lengths to try)
FIXED = {
    "US": [(a, [10]) for a in ("402", "505", "916", "918", "804", "912", "859", "775", "937", "559")],
    "GB": [
        ("113", [10]),
        ("114", [10]),
        ("115", [10]),
        ("116", [10]),
        ("131", [10]),
        ("141", [10]),
        ("1603", [10]),
        ("1392", [10]),
        ("1904", [10]),
        ("1223", [10]),
        ("29", [10]),
    ],
    "DE": [
        ("40", [10]),
        ("89", [10]),
        ("221", [10, 9]),
        ("351", [10, 9]),
        ("341", [10, 9]),
        ("431", [9, 10]),
        ("821", [9, 10]),
        ("228", [9, 10]),
        ("721", [9, 10]),
        ("931", [9, 10]),
    ],
    "FR": [("1", [9]), ("2", [9]), ("3", [9]), ("4", [9]), ("5", [9])],
    "ES": [("91", [9]), ("93", [9]), ("954", [9]), ("96", [9]), ("981", [9])],
    "IT": [("06", [9, 10]), ("02", [9, 10]), ("011", [9, 10]), ("055", [9, 10]), ("081", [9, 10])],
    "NL": [(a, [9]) for a in ("50", "20", "10", "70", "40", "38", "26", "24", "43", "23")],
    "PT": [("21", [9]), ("22", [9]), ("239", [9]), ("289", [9])],
    "BR": [(a + "3", [10]) for a in ("11", "21", "31", "51", "81", "62", "92", "48", "19")],
    "IN": [
        ("112", [10]),
        ("222", [10]),
        ("802", [10]),
        ("402", [10]),
        ("332", [10]),
        ("202", [10]),
        ("792", [10]),
        ("1412", [10]),
        ("5222", [10]),
        ("4842", [10]),
    ],
    "AT": [("1", [8, 9]), ("316", [10, 11]), ("512", [9, 10])],
    "CH": [("44", [9]), ("31", [9]), ("61", [9]), ("22", [9])],
    "BE": [("2", [8]), ("3", [8]), ("9", [8])],
    "IE": [("1", [8, 9]), ("21", [9]), ("91", [9])],
    "AU": [("2", [9]), ("3", [9]), ("7", [9]), ("8", [9])],
}
MOBILE = {
    "US": [(a, [10]) for a in ("206", "303", "617", "713")],
    "GB": [("7" + d, [10]) for d in "345789"],
    "DE": [(a, [11, 10]) for a in ("151", "152", "157", "160", "170", "171", "175", "176", "177", "179")],
    "FR": [("6", [9]), ("7", [9])],
    "ES": [("6", [9]), ("7", [9])],
    "IT": [(a, [10]) for a in ("320", "328", "333", "340", "347", "366", "389")],
    "NL": [("6", [9])],
    "PT": [("91", [9]), ("92", [9]), ("93", [9]), ("96", [9])],
    "BR": [(a + "9", [11]) for a in ("11", "21", "41", "31", "71", "85")],
    "IN": [(d, [10]) for d in "6789"],
    "AT": [("664", [10]), ("676", [10]), ("699", [11])],
    "CH": [("76", [9]), ("78", [9]), ("79", [9])],
    "BE": [("47", [9]), ("48", [9]), ("49", [9])],
    "IE": [("85", [9]), ("86", [9]), ("87", [9])],
    "AU": [("4", [9])],
}
TOLLFREE = {
    "US": [(a, [10]) for a in ("800", "888", "877", "866", "855")],
    "GB": [("800", [10, 9]), ("808", [10])],
    "DE": [("800", [10])],
    "FR": [("800", [9]), ("805", [9])],
    "ES": [("900", [9])],
    "IT": [("800", [9])],
    "NL": [("800", [7, 8, 9])],
    "PT": [("800", [9])],
    "BR": [("800", [10])],
    "IN": [("1800", [11])],
}
WANT = {
    "fixed": (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
    "mobile": (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
    "tollfree": (T.TOLL_FREE,),
}
TABLE = {"fixed": FIXED, "mobile": MOBILE, "tollfree": TOLLFREE}

# local-announced: (town, area code as dialled after the trunk prefix)
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Albuquerque", "505"),
        ("Sacramento", "916"),
        ("Tulsa", "918"),
        ("Richmond", "804"),
        ("Savannah", "912"),
        ("Lexington", "859"),
        ("Reno", "775"),
        ("Dayton", "937"),
        ("Fresno", "559"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Norwich", "1603"),
        ("Exeter", "1392"),
        ("York", "1904"),
        ("Cambridge", "1223"),
        ("Cardiff", "29"),
    ],
    "DE": [
        ("Hamburg", "40"),
        ("München", "89"),
        ("Köln", "221"),
        ("Dresden", "351"),
        ("Leipzig", "341"),
        ("Kiel", "431"),
        ("Augsburg", "821"),
        ("Bonn", "228"),
        ("Karlsruhe", "721"),
        ("Würzburg", "931"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Amsterdam", "20"),
        ("Rotterdam", "10"),
        ("Den Haag", "70"),
        ("Eindhoven", "40"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Nijmegen", "24"),
        ("Maastricht", "43"),
        ("Haarlem", "23"),
    ],
    "BR": [
        ("São Paulo", "11"),
        ("Rio de Janeiro", "21"),
        ("Belo Horizonte", "31"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Goiânia", "62"),
        ("Manaus", "92"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
    ],
    "IN": [
        ("Delhi", "11"),
        ("Mumbai", "22"),
        ("Bengaluru", "80"),
        ("Hyderabad", "40"),
        ("Kolkata", "33"),
        ("Pune", "20"),
        ("Ahmedabad", "79"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
    ],
}
TRUNK = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "", "IN": "0"}
LOCAL_LEN = {"US": [7], "GB": [7, 6, 8], "DE": [7, 8, 6], "NL": [7], "BR": [8], "IN": [8, 7, 6]}
LOCAL_START = {"US": "23456789", "GB": "2345678", "DE": "23456789", "NL": "2345678", "BR": "2345", "IN": "2"}


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def draw(rng, region, kind):
    """A valid number of region and kind (fixed, mobile, tollfree)."""
    for _ in range(500):
        prefix, lens = rng.choice(TABLE[kind][region])
        length = rng.choice(lens)
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if kind == "fixed" and region in ("US",) and nsn[3] in "01":
            continue
        try:
            num = pn.parse("+%d%s" % (CC[region], nsn))
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(num) and pn.number_type(num) in WANT[kind]:
            if pn.region_code_for_number(num) == region:
                return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def draw_local(rng, region, area):
    """A valid fixed number of area; returns (num, subscriber digits)."""
    for _ in range(2000):
        length = rng.choice(LOCAL_LEN[region])
        sub = rng.choice(LOCAL_START[region]) + "".join(rng.choice("0123456789") for _ in range(length - 1))
        try:
            num = pn.parse("+%d%s%s" % (CC[region], area, sub))
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in WANT["fixed"]:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError("no local number for %s %s" % (region, area))


def _groups(num, fmt):
    s = pn.format_number(num, fmt)
    if fmt == pn.PhoneNumberFormat.INTERNATIONAL:
        s = s.split(" ", 1)[1]
    return re.findall(r"\d+", s)


def national(rng, num):
    """The number as a person in its own country writes it (habits new to v93)."""
    region = pn.region_code_for_number(num)
    g = _groups(num, pn.PhoneNumberFormat.NATIONAL)
    d = "".join(g)
    if region == "US":
        a, b, c = d[-10:-7], d[-7:-4], d[-4:]
        opts = [f"{a}.{b}.{c}", f"({a}){b}-{c}", f"1-{a}-{b}-{c}", f"{a}-{b}-{c}", f"1.{a}.{b}.{c}"]
    elif region == "GB":
        opts = ["-".join(g), "(%s) %s" % (g[0], " ".join(g[1:]))]
        if d.startswith("020"):
            opts.append("0%s %s %s" % (d[1:4], d[4:7], d[7:]))
        if d.startswith("07"):
            opts.append("%s %s %s" % (d[:5], d[5:8], d[8:]))
    elif region == "DE":
        area, rest = g[0], "".join(g[1:])
        pairs = " ".join(_pairs_right(rest))
        opts = [f"({area}) {pairs}", f"{area}-{rest}", f"{area} {pairs}"]
        if area.startswith("01"):
            opts = [f"{area} {rest[:4]} {rest[4:]}", f"{area}-{rest}", f"({area}) {rest}"]
    elif region == "FR":
        opts = [".".join(g), "".join(g), " ".join(g)]
    elif region == "ES":
        opts = [
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
            f"{d[:3]} {d[3:6]} {d[6:]}",
        ]
    elif region == "IT":
        if d.startswith("3"):
            opts = [f"{d[:3]}.{d[3:6]}.{d[6:]}", f"{d[:3]} {d[3:]}", f"{d[:3]}-{d[3:]}"]
        else:
            opts = [" ".join(g), f"{g[0]}.{''.join(g[1:])}", f"({g[0]}) {''.join(g[1:])}"]
    elif region == "NL":
        if d.startswith("06"):
            opts = [f"06 {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"06-{d[2:5]} {d[5:8]} {d[8:]}"]
        else:
            opts = ["(%s) %s" % (g[0], " ".join(g[1:])), "%s %s %s" % (g[0], d[len(g[0]) : -4], d[-4:])]
    elif region == "PT":
        opts = [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:2]} {d[2:5]} {d[5:]}", d]
    elif region == "BR":
        area, rest = d[:2], d[2:]
        opts = [
            f"({area}) {rest[:-4]}.{rest[-4:]}",
            f"{area} {rest[:-4]}.{rest[-4:]}",
            f"({area}) {rest[:-4]}-{rest[-4:]}",
        ]
    elif region == "IN":
        if d.startswith("0") and len(d) == 11 and d[1] in "6789":
            opts = [f"{d[1:6]}-{d[6:]}", d[1:], f"0{d[1:6]} {d[6:]}"]
        else:
            opts = ["(%s) %s" % (g[0], " ".join(g[1:])), "%s %s" % (g[0], "".join(g[1:]))]
    else:
        opts = [" ".join(g)]
    return rng.choice(opts)


def international(rng, num):
    region = pn.region_code_for_number(num)
    cc = CC[region]
    ig = _groups(num, pn.PhoneNumberFormat.INTERNATIONAL)
    body = " ".join(ig)
    opts = [f"+{cc} {body}"]
    if region in ("GB", "DE", "NL", "CH", "AT", "BE", "AU", "IE", "FR"):
        opts.append("+%d (0)%s %s" % (cc, ig[0], " ".join(ig[1:])))
    if region in ("ES", "IT", "PT"):
        opts.append(f"(+{cc}) {body}")
    if region == "US":
        d = "".join(ig)
        opts = [
            f"+1-{d[:3]}-{d[3:6]}-{d[6:]}",
            f"+1 ({d[:3]}){d[3:6]}-{d[6:]}",
            f"+1.{d[:3]}.{d[3:6]}.{d[6:]}",
        ]
    if region == "BR":
        d = "".join(ig)
        opts = [f"+55 {d[:2]} {d[2:-4]}-{d[-4:]}", f"+55 ({d[:2]}) {d[2:-4]}.{d[-4:]}"]
    if region == "IN":
        d = "".join(ig)
        if d[0] in "6789":
            opts = [f"+91 {d[:5]} {d[5:]}", f"+91-{d}"]
        else:
            opts = [f"+91 {' '.join(ig)}", f"+91 ({ig[0]}) {''.join(ig[1:])}"]
    return rng.choice(opts)


def tollfree(rng, num):
    region = pn.region_code_for_number(num)
    g = _groups(num, pn.PhoneNumberFormat.NATIONAL)
    d = "".join(g)
    if region == "US":
        opts = [f"{d[:3]}.{d[3:6]}.{d[6:]}", f"1.{d[:3]}.{d[3:6]}.{d[6:]}", f"({d[:3]}){d[3:6]}-{d[6:]}"]
    elif region == "FR":
        opts = [
            " ".join([d[i : i + 2] for i in range(0, 10, 2)]),
            ".".join(d[i : i + 2] for i in range(0, 10, 2)),
        ]
    elif region == "IN":
        opts = [f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:4]}-{d[4:]}"]
    elif region == "BR":
        opts = [f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:4]}-{d[4:]}"]
    else:
        opts = ["-".join(g), " ".join(g), "".join(g)]
    return rng.choice(opts)


def _pairs_right(s):
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return out


def local_form(rng, region, sub):
    """The subscriber part as written locally (habits new to v93)."""
    n = len(sub)
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
    if region == "GB":
        if n == 8:
            return rng.choice([f"{sub[:4]}-{sub[4:]}", f"{sub[:4]} {sub[4:]}"])
        if n == 7:
            return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"])
        return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}"])
    if region == "DE":
        return rng.choice([" ".join(_pairs_right(sub)), f"{sub[:-4]} {sub[-4:]}"])
    if region == "NL":
        return rng.choice([f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]} {sub[3:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", f"{sub[:4]} {sub[4:]}"])
    if region == "IN":
        if n == 8:
            return rng.choice([f"{sub[:4]}-{sub[4:]}", sub])
        return rng.choice([f"{sub[:3]}-{sub[3:]}", sub])
    raise ValueError(region)


def put_back(region, area, text):
    """Parse a local form with its trunk prefix and area code put back."""
    digits = re.sub(r"\D", "", text)
    return pn.parse(TRUNK[region] + area + digits, region)


def parses_to(text, region, want):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and e164(num) == want
