"""Phone numbers for v105: drawn at random, kept when phonenumbers calls them valid and of the wanted
type, written in habits not listed by v52, and parsed back (local forms with their area code put back)."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# towns for announced local numbers: (town, area code as dialled nationally without trunk, subscriber length)
AREAS = {
    "US": [
        ("Albany", "518", 7),
        ("Dayton", "937", 7),
        ("Tacoma", "253", 7),
        ("Savannah", "912", 7),
        ("Lubbock", "806", 7),
        ("Fresno", "559", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Sheffield", "114", 7),
        ("Nottingham", "115", 7),
        ("Leicester", "116", 7),
        ("Reading", "118", 7),
    ],
    "DE": [
        ("Kiel", "431", 6),
        ("Bielefeld", "521", 6),
        ("Kassel", "561", 6),
        ("Regensburg", "941", 6),
        ("Würzburg", "931", 6),
        ("Erfurt", "361", 6),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Zwolle", "38", 7),
        ("Tilburg", "13", 7),
        ("Arnhem", "26", 7),
        ("Haarlem", "23", 7),
        ("Maastricht", "43", 7),
    ],
    "BR": [
        ("Recife", "81", 8),
        ("Manaus", "92", 8),
        ("Goiânia", "62", 8),
        ("Campinas", "19", 8),
        ("Florianópolis", "48", 8),
        ("Natal", "84", 8),
    ],
    "IN": [
        ("Lucknow", "522", 7),
        ("Jaipur", "141", 7),
        ("Kochi", "484", 7),
        ("Patna", "612", 7),
        ("Indore", "731", 7),
        ("Nashik", "253", 7),
    ],
}
TRUNK = {"US": "", "BR": "", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}

# number pools: kind -> list of (national destination code, subscriber length, first-digit choices)
POOLS = {
    "US": {
        "fixed": [(a, 7, "23456789") for a in ("206", "303", "404", "512", "614", "702", "816", "919")],
        "mobile": [(a, 7, "23456789") for a in ("415", "617", "713", "305")],
        "other": [(a, 7, "23456789") for a in ("800", "833", "844", "855", "866", "877", "888")],
    },
    "GB": {
        "fixed": [
            ("20", 8, "378"),
            ("121", 7, "2345"),
            ("131", 7, "2345"),
            ("141", 7, "2345"),
            ("151", 7, "2345"),
            ("161", 7, "2345"),
            ("1223", 6, "2345"),
            ("1865", 6, "2"),
        ],
        "mobile": [
            ("74", 8, "0123456789"),
            ("75", 8, "0123456789"),
            ("77", 8, "0123456789"),
            ("78", 8, "0123456789"),
            ("79", 8, "0123456789"),
        ],
        "other": [
            ("300", 7, "1"),
            ("303", 7, "1"),
            ("345", 7, "0123"),
            ("800", 7, "0123456789"),
            ("808", 7, "0123456789"),
        ],
    },
    "DE": {
        "fixed": [
            ("30", 8, "2345678"),
            ("40", 8, "2345678"),
            ("89", 8, "2345678"),
            ("221", 7, "2345678"),
            ("211", 7, "2345678"),
            ("711", 7, "2345678"),
            ("351", 7, "2345678"),
            ("511", 7, "2345678"),
        ],
        "mobile": [
            ("151", 8, "0123456789"),
            ("160", 7, "0123456789"),
            ("170", 7, "0123456789"),
            ("172", 7, "0123456789"),
            ("176", 8, "0123456789"),
        ],
        "other": [("800", 7, "0123456789")],
    },
    "FR": {
        "fixed": [(a, 8, "0123456789") for a in "12345"],
        "mobile": [(a, 8, "0123456789") for a in "67"],
        "other": [("800", 6, "0123456789"), ("805", 6, "0123456789")],
    },
    "ES": {
        "fixed": [("91", 7, "23456789"), ("93", 7, "23456789"), ("96", 7, "23456789"), ("95", 7, "23456789")],
        "mobile": [("6", 8, "0123456789"), ("7", 8, "1234")],
        "other": [("900", 6, "0123456789")],
    },
    "IT": {
        "fixed": [
            ("06", 8, "2345678"),
            ("02", 8, "2345678"),
            ("011", 7, "2345678"),
            ("055", 7, "2345678"),
            ("081", 7, "2345678"),
        ],
        "mobile": [(a, 7, "0123456789") for a in ("320", "328", "333", "339", "347", "366", "380")],
        "other": [("800", 6, "0123456789")],
    },
    "NL": {
        "fixed": [("20", 7, "2345678"), ("10", 7, "2345678"), ("70", 7, "2345678"), ("30", 7, "2345678")],
        "mobile": [("6", 8, "123456")],
        "other": [("800", 7, "0123456789")],
    },
    "PT": {
        "fixed": [("21", 7, "0123456789"), ("22", 7, "0123456789")],
        "mobile": [(a, 7, "0123456789") for a in ("91", "92", "93", "96")],
        "other": [("800", 6, "0123456789")],
    },
    "BR": {
        "fixed": [(a, 8, "2345") for a in ("11", "21", "31", "51", "61", "71")],
        "mobile": [(a, 9, "9") for a in ("11", "21", "31", "51", "61", "71")],
        "other": [("800", 7, "0123456789")],
    },
    "IN": {
        "fixed": [
            ("11", 8, "234"),
            ("22", 8, "2"),
            ("33", 8, "2"),
            ("80", 8, "2"),
            ("40", 8, "2"),
            ("755", 7, "2"),
            ("172", 7, "2"),
        ],
        "mobile": [(a, 9, "0123456789") for a in "987"],
        "other": [("1800", 7, "1234")],
    },
    "AT": {"fixed": [("1", 7, "2345"), ("316", 6, "2345")], "mobile": [("664", 7, "0123456789")]},
    "CH": {"fixed": [("44", 7, "2345"), ("31", 7, "3"), ("22", 7, "3")], "mobile": [("79", 7, "0123456789")]},
    "BE": {"fixed": [("2", 7, "2345"), ("3", 7, "2345")], "mobile": [("47", 7, "0123456789")]},
    "IE": {"fixed": [("1", 7, "2345678")], "mobile": [("85", 7, "12345"), ("87", 7, "12345")]},
    "AU": {"fixed": [("2", 8, "89"), ("3", 8, "89")], "mobile": [("4", 8, "0123")]},
}
WANT = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def draw(rng, region, kind):
    """Return (ndc, subscriber) for a valid number of region and kind."""
    pools = POOLS[region][kind]
    for _ in range(500):
        ndc, sub_len, first = rng.choice(pools)
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        if region == "IT":
            num = pn.parse(ndc + sub, "IT")
        else:
            num = pn.parse(ndc + sub, region)
        if pn.is_valid_number(num) and pn.number_type(num) in WANT[kind]:
            return ndc, sub
    raise RuntimeError(f"no valid {kind} number for {region}")


def draw_local(rng, region, area, sub_len):
    """Return a subscriber number valid as a fixed line in the area."""
    for _ in range(500):
        first = "2345" if region == "BR" else "23456789"
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        num = pn.parse(TRUNK[region] + area + sub, region)
        if pn.is_valid_number(num) and pn.number_type(num) in FIXED:
            if sub.startswith("555") and region == "US":
                continue
            if pn.length_of_geographical_area_code(num) != len(area):
                continue
            return sub
    raise RuntimeError(f"no local number for {region} {area}")


def g(s, sizes, sep=" "):
    """Group digit string s into sizes (the last group takes the rest)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(x for x in out if x)


def _de(s):
    return g(s, {6: [2, 2, 2], 7: [3, 2, 2], 8: [2, 2, 2, 2]}.get(len(s), [4, 4]))


def _nl_sub(s):
    return g(s, [3, 2, 2]) if len(s) == 7 else g(s, [4, 4])


# habits: region -> kind -> list of functions (ndc, sub) -> national or international text
def _habits():
    us = {
        "fixed": [
            lambda a, s: f"{a}-{s[:3]}-{s[3:]}",
            lambda a, s: f"{a}.{s[:3]}.{s[3:]}",
            lambda a, s: f"({a}){s[:3]}-{s[3:]}",
        ],
        "intl": [
            lambda a, s: f"+1-{a}-{s[:3]}-{s[3:]}",
            lambda a, s: f"+1 {a}-{s[:3]}-{s[3:]}",
            lambda a, s: f"1.{a}.{s[:3]}.{s[3:]}",
        ],
        "other": [
            lambda a, s: f"{a}.{s[:3]}.{s[3:]}",
            lambda a, s: f"({a}) {s[:3]}-{s[3:]}",
            lambda a, s: f"1 {a}-{s[:3]}-{s[3:]}",
        ],
    }
    us["mobile"] = us["fixed"]
    gb = {
        "fixed": [
            lambda a, s: (
                f"0{a} {s[:3]} {s[3:]}"
                if len(a) == 3
                else f"0{a} {g(s, [4, 4])}"
                if len(a) == 2
                else f"0{a} {g(s, [3, 3])}"
            ),
            lambda a, s: f"0{a}-{g(s, [3, 4] if len(s) == 7 else [4, 4] if len(s) == 8 else [3, 3], '-')}",
        ],
        "mobile": [
            lambda a, s: f"0{a}{s[:2]}-{s[2:5]}-{s[5:]}",
            lambda a, s: f"0{a}{s[:2]} {s[2:5]} {s[5:]}",
        ],
        "intl": [
            lambda a, s: f"+44 (0){a} {g(s, [3, 4] if len(s) == 7 else [4, 4] if len(s) == 8 else [3, 3])}",
            lambda a, s: (
                f"+44 {a}{s[:2]} {s[2:]}"
                if a.startswith("7")
                else f"+44 {a} {g(s, [3, 4] if len(s) == 7 else [4, 4] if len(s) == 8 else [3, 3])}"
            ),
        ],
        "other": [lambda a, s: f"0{a} {s[:3]} {s[3:]}", lambda a, s: f"0{a}-{s[:3]}-{s[3:]}"],
    }
    de = {
        "fixed": [
            lambda a, s: f"0{a} {s[:-2]}-{s[-2:]}",
            lambda a, s: f"(0{a}) {_de(s)}",
            lambda a, s: f"0{a}-{_de(s)}",
        ],
        "mobile": [lambda a, s: f"0{a} {s}", lambda a, s: f"(0{a}) {g(s, [4, 4])}", lambda a, s: f"0{a}-{s}"],
        "intl": [
            lambda a, s: f"+49 (0){a} {s}",
            lambda a, s: f"+49 {a} {_de(s)}",
            lambda a, s: f"+49 {a} {g(s, [3, 4])}",
        ],
        "other": [lambda a, s: f"0{a} {s[:3]} {s[3:]}", lambda a, s: f"0{a}-{s}"],
    }
    fr = {
        "fixed": [lambda a, s: f"0{a} {g(s, [2, 2, 2, 2])}", lambda a, s: f"0{a}.{g(s, [2, 2, 2, 2], '.')}"],
        "intl": [
            lambda a, s: f"+33 {a} {g(s, [2, 2, 2, 2])}",
            lambda a, s: f"+33 (0){a} {g(s, [2, 2, 2, 2])}",
        ],
        "other": [
            lambda a, s: f"08 {a[1:]} {g(s, [2, 2, 2])}",
            lambda a, s: f"0{a}.{s[:2]}.{s[2:4]}.{s[4:]}",
        ],
    }
    fr["mobile"] = fr["fixed"]
    es = {
        "fixed": [lambda a, s: g(a + s, [3, 3, 3]), lambda a, s: a + s],
        "mobile": [lambda a, s: g(a + s, [3, 2, 2, 2]), lambda a, s: g(a + s, [3, 3, 3])],
        "intl": [lambda a, s: "+34 " + g(a + s, [3, 2, 2, 2]), lambda a, s: "+34 " + g(a + s, [3, 3, 3])],
        "other": [lambda a, s: f"{a} {s[:3]} {s[3:]}", lambda a, s: f"{a}-{s[:3]}-{s[3:]}"],
    }
    it = {
        "fixed": [lambda a, s: f"{a} {g(s, [4, 4] if len(s) == 8 else [3, 4])}", lambda a, s: f"{a} {s}"],
        "mobile": [lambda a, s: f"{a} {s[:3]} {s[3:]}", lambda a, s: f"{a}-{s}"],
        "intl": [
            lambda a, s: f"+39 {a} {g(s, [4, 4] if len(s) == 8 else [3, 4])}",
            lambda a, s: f"+39 {a} {s[:3]} {s[3:]}",
        ],
        "other": [lambda a, s: f"{a} {s}", lambda a, s: f"{a}.{s[:3]}.{s[3:]}"],
    }
    nl = {
        "fixed": [
            lambda a, s: f"0{a} {g(s, [3, 4])}",
            lambda a, s: f"(0{a}) {_nl_sub(s)}",
            lambda a, s: f"0{a}-{_nl_sub(s)}",
        ],
        "mobile": [lambda a, s: f"0{a} {g(s, [2, 2, 2, 2])}", lambda a, s: f"0{a}-{g(s, [4, 4])}"],
        "intl": [
            lambda a, s: f"+31 (0){a} {g(s, [3, 4]) if len(s) == 7 else g(s, [2, 2, 2, 2])}",
            lambda a, s: f"+31 {a} {_nl_sub(s) if len(s) == 7 else g(s, [2, 2, 2, 2])}",
        ],
        "other": [lambda a, s: f"0{a} {g(s, [3, 4])}", lambda a, s: f"0{a} {s}"],
    }
    pt = {
        "fixed": [lambda a, s: g(a + s, [3, 3, 3])],
        "mobile": [lambda a, s: g(a + s, [3, 3, 3])],
        "intl": [lambda a, s: "+351 " + g(a + s, [3, 3, 3])],
        "other": [lambda a, s: f"{a} {g(s, [2, 2, 2])}", lambda a, s: f"{a} {s[:3]} {s[3:]}"],
    }
    br = {
        "fixed": [lambda a, s: f"({a}) {s[:4]}-{s[4:]}", lambda a, s: f"{a} {s}"],
        "mobile": [lambda a, s: f"({a}) {s[:5]}-{s[5:]}", lambda a, s: f"{a} {s[:5]}-{s[5:]}"],
        "intl": [lambda a, s: f"+55 {a} {s[:-4]} {s[-4:]}", lambda a, s: f"+55 {a} {s[:-4]}-{s[-4:]}"],
        "other": [lambda a, s: f"0{a} {s[:3]} {s[3:]}", lambda a, s: f"0{a}-{s}"],
    }
    ind = {
        "fixed": [
            lambda a, s: f"0{a} {s}",
            lambda a, s: f"0{a}-{s}",
            lambda a, s: f"(0{a}) {s[:3]} {s[3:]}" if len(a) == 3 else f"(0{a}) {s[:4]} {s[4:]}",
        ],
        "mobile": [lambda a, s: f"{(a + s)[:5]} {(a + s)[5:]}", lambda a, s: a + s],
        "intl": [
            lambda a, s: (
                f"+91 {(a + s)[:5]} {(a + s)[5:]}"
                if len(a) == 1
                else f"+91 {a} {s[:-4]} {s[-4:]}"
                if len(a) < 3
                else f"+91 {a} {s[:3]} {s[3:]}"
            ),
            lambda a, s: f"+91 {(a + s)[:5]} {(a + s)[5:]}" if len(a) == 1 else f"+91-{a}-{s}",
        ],
        "other": [lambda a, s: f"1-{a[1:]}-{s[:3]}-{s[3:]}", lambda a, s: f"{a}-{s}"],
    }
    foreign = {
        "AT": [lambda a, s: f"+43 (0){a} {s}", lambda a, s: f"+43-{a}-{s}"],
        "CH": [lambda a, s: f"+41 (0){a} {g(s, [3, 2, 2])}", lambda a, s: f"+41 {a} {g(s, [3, 2, 2])}"],
        "BE": [
            lambda a, s: f"+32 (0){a} {g(s, [3, 2, 2] if len(s) == 7 else [2, 2, 2])}",
            lambda a, s: (
                f"+32 {a}{s[0]} {g(s[1:], [2, 2, 2])}" if a == "47" else f"+32 {a} {g(s, [3, 2, 2])}"
            ),
        ],
        "IE": [lambda a, s: f"+353 (0){a} {g(s, [3, 4])}", lambda a, s: f"+353 {a} {g(s, [3, 4])}"],
        "AU": [
            lambda a, s: (
                f"+61 (0){a} {g(s, [4, 4])}"
                if len(s) == 8 and a != "4"
                else f"+61 {a}{s[:2]} {s[2:5]} {s[5:]}"
            ),
            lambda a, s: f"+61 {a} {g(s, [4, 4])}" if a != "4" else f"+61 {a}{s[:2]} {s[2:5]} {s[5:]}",
        ],
    }
    out = {
        "US": us,
        "GB": gb,
        "DE": de,
        "FR": fr,
        "ES": es,
        "IT": it,
        "NL": nl,
        "PT": pt,
        "BR": br,
        "IN": ind,
    }
    for r, fs in foreign.items():
        out[r] = {"intl": fs}
    return out


HABITS = _habits()

# local (subscriber-only) habits, none in v52's list
LOCAL = {
    "US": [lambda s: f"{s[:3]}.{s[3:]}", lambda s: s],
    "GB": [lambda s: f"{s[:3]}-{s[3:]}", lambda s: f"{s[:3]}.{s[3:]}"],
    "DE": [lambda s: f"{s[:4]}-{s[4:]}", lambda s: f"{s[:4]} {s[4:]}"],
    "NL": [lambda s: f"{s[:3]}-{s[3:]}", lambda s: f"{s[:2]} {s[2:4]} {s[4:]}"],
    "BR": [lambda s: f"{s[:4]}.{s[4:]}", lambda s: s],
    "IN": [lambda s: s, lambda s: f"{s[:3]}-{s[3:]}" if len(s) == 7 else f"{s[:4]}-{s[4:]}"],
}


def e164(region, text, area=None):
    """Parse text back; for local forms put the area code (and trunk prefix) back first."""
    if area is not None:
        digits = "".join(c for c in text if c.isdigit())
        text = TRUNK[region] + area + digits
    num = pn.parse(text, region)
    if not pn.is_valid_number(num):
        raise ValueError(f"invalid {region} {text!r}")
    if pn.region_code_for_number(num) != region:
        raise ValueError(f"{text!r} is not {region}")
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def make(rng, region, mode):
    """Return (text, e164) for a national / international / other / list-entry number."""
    h = HABITS[region]
    if mode == "other":
        ndc, sub = draw(rng, region, "other")
        text = rng.choice(h["other"])(ndc, sub)
    elif mode == "international" or "fixed" not in h:
        kind = rng.choice(["fixed", "fixed", "mobile"])
        ndc, sub = draw(rng, region, kind)
        text = rng.choice(h["intl"])(ndc, sub)
    else:
        kind = rng.choice(["fixed", "fixed", "mobile"])
        ndc, sub = draw(rng, region, kind)
        text = rng.choice(h[kind])(ndc, sub)
    return text, e164(region, text)


def make_local(rng, region, area, sub_len):
    sub = draw_local(rng, region, area, sub_len)
    text = rng.choice(LOCAL[region])(sub)
    return text, e164(region, text, area)
