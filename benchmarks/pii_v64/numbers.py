"""Phone numbers for v64: drawn from prefixes, kept when valid, written in fresh habits, parsed back."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

FIXED = (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
MOBILE = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
OTHER = (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN)

# local regions: (national area code, town in Latin script, town in the document's script, subscriber length)
AREAS = {
    "US": [
        ("402", "Omaha", 7),
        ("918", "Tulsa", 7),
        ("518", "Albany", 7),
        ("912", "Savannah", 7),
        ("218", "Duluth", 7),
        ("828", "Asheville", 7),
        ("775", "Reno", 7),
        ("806", "Lubbock", 7),
    ],
    "GB": [
        ("113", "Leeds", 7),
        ("114", "Sheffield", 7),
        ("131", "Edinburgh", 7),
        ("1904", "York", 6),
        ("1603", "Norwich", 6),
        ("29", "Cardiff", 8),
    ],
    "DE": [
        ("561", "Kassel", 6),
        ("931", "Würzburg", 6),
        ("521", "Bielefeld", 7),
        ("941", "Regensburg", 6),
        ("331", "Potsdam", 7),
        ("451", "Lübeck", 6),
        ("551", "Göttingen", 5),
    ],
    "NL": [
        ("38", "Zwolle", 7),
        ("26", "Arnhem", 7),
        ("43", "Maastricht", 7),
        ("40", "Eindhoven", 7),
        ("13", "Tilburg", 7),
        ("570", "Deventer", 6),
    ],
    "BR": [
        ("81", "Recife", 8),
        ("92", "Manaus", 8),
        ("62", "Goiânia", 8),
        ("48", "Florianópolis", 8),
        ("19", "Campinas", 8),
        ("84", "Natal", 8),
    ],
    "IN": [
        ("20", "Pune", 8),
        ("40", "Hyderabad", 8),
        ("33", "Kolkata", 8),
        ("141", "Jaipur", 7),
        ("522", "Lucknow", 7),
        ("484", "Kochi", 7),
    ],
}
HI_TOWNS = {
    "Pune": "पुणे",
    "Hyderabad": "हैदराबाद",
    "Kolkata": "कोलकाता",
    "Jaipur": "जयपुर",
    "Lucknow": "लखनऊ",
    "Kochi": "कोच्चि",
}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}

# prefixes (national significant number starts) and lengths for non-local draws
PREFIX = {
    "US": {
        "fixed": (["312", "614", "303", "704", "971", "207"], 10),
        "mobile": (["312", "614"], 10),
        "other": (["800", "888", "877", "866"], 10),
    },
    "GB": {
        "fixed": (["161", "121", "117", "151", "1223", "1865"], 10),
        "mobile": (["77", "78", "79", "74"], 10),
        "other": (["800", "808"], 10),
    },
    "DE": {
        "fixed": (["30", "40", "89", "221", "69", "711"], 10),
        "mobile": (["151", "160", "172", "157"], 11),
        "other": (["800"], 10),
    },
    "FR": {"fixed": (["1", "2", "3", "4", "5"], 9), "mobile": (["6", "7"], 9), "other": (["800", "805"], 9)},
    "ES": {"fixed": (["91", "93", "96", "95", "98"], 9), "mobile": (["6", "7"], 9), "other": (["900"], 9)},
    "IT": {
        "fixed": (["06", "02", "011", "055", "081"], 10),
        "mobile": (["33", "34", "32", "38"], 10),
        "other": (["800"], 9),
    },
    "NL": {"fixed": (["20", "10", "30", "70", "50", "58"], 9), "mobile": (["6"], 9), "other": (["800"], 10)},
    "PT": {
        "fixed": (["21", "22", "239", "253"], 9),
        "mobile": (["91", "92", "93", "96"], 9),
        "other": (["800"], 9),
    },
    "BR": {
        "fixed": (["11", "21", "31", "71", "51"], 10),
        "mobile": (["119", "219", "319", "519"], 11),
        "other": (["800"], 10),
    },
    "IN": {
        "fixed": (["11", "22", "80", "79"], 10),
        "mobile": (["98", "97", "94", "70", "88"], 10),
        "other": (["1800"], 11),
    },
    "AT": {"fixed": (["1", "662", "316", "512"], 10), "mobile": (["664", "660", "676"], 10)},
    "CH": {"fixed": (["44", "31", "61", "21"], 9), "mobile": (["79", "78", "76"], 9)},
    "BE": {"fixed": (["2", "3", "9", "4"], 8), "mobile": (["470", "475", "486", "495"], 9)},
    "IE": {"fixed": (["1", "21", "91", "61"], 9), "mobile": (["85", "86", "87", "83"], 9)},
    "AU": {"fixed": (["2", "3", "7", "8"], 9), "mobile": (["4"], 9)},
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def draw(rng, region, kind):
    """A valid number object of the region and kind (fixed, mobile, other)."""
    prefixes, length = PREFIX[region][kind]
    for _ in range(500):
        pre = rng.choice(prefixes)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if nsn[len(pre)] == "0" and region in ("US",):
            continue
        if region == "IT" and kind != "mobile":
            n = pn.parse(nsn, "IT")
        else:
            n = pn.parse(("0" if region not in ("US", "IT") else "") + nsn if region != "US" else nsn, region)
        if region in ("AT", "CH", "BE", "IE", "AU", "FR", "ES", "PT"):
            n = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, region)
        if (
            pn.is_valid_number(n)
            and pn.region_code_for_number(n) == region
            and pn.number_type(n) in TYPES[kind]
        ):
            return n
    raise RuntimeError(f"no {kind} number for {region}")


def draw_local(rng, region, area, sublen):
    """Subscriber digits (string) for a fixed line in the area; the area length is asserted."""
    for _ in range(500):
        first = rng.choice("2345678" if region != "BR" else "2345")
        sub = first + "".join(rng.choice("0123456789") for _ in range(sublen - 1))
        n = pn.parse(TRUNK[region] + area + sub, region)
        if not pn.is_valid_number(n) or pn.number_type(n) not in FIXED:
            continue
        if pn.region_code_for_number(n) != region:
            continue
        if region == "US" and sub[3:6] == "555":
            continue
        assert pn.length_of_geographical_area_code(n) == len(area), (region, area)
        return sub, n
    raise RuntimeError(f"no local number for {region} {area}")


def e164(n):
    return pn.format_number(n, PNF.E164)


def _nat(n):
    return pn.format_number(n, PNF.NATIONAL)


def _intl(n):
    return pn.format_number(n, PNF.INTERNATIONAL)


def _nsn(n):
    return pn.national_significant_number(n)


def _sep(s, sep):
    return s.replace(" ", sep)


def _pairs_right(d):
    """Digits in pairs counted from the right: 4567890 -> 4 56 78 90."""
    out = []
    while len(d) > 2:
        out.insert(0, d[-2:])
        d = d[:-2]
    out.insert(0, d)
    return " ".join(out)


# national habits, per region: functions of the number object, chosen at random
def _us(n):
    d = _nsn(n)
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"({a}){b}-{c}", f"1-{a}-{b}-{c}"]


def _gb(n):
    nat = _nat(n)
    head, _, tail = nat.partition(" ")
    return [
        nat,
        _sep(nat, "-"),
        f"{head} {tail.replace(' ', '')}" if len(tail) > 7 else nat,
        "0" + _nsn(n)[:3] + " " + _nsn(n)[3:6] + " " + _nsn(n)[6:] if _nsn(n)[0] == "7" else nat,
    ]


def _de(n):
    d = _nsn(n)
    nat = _nat(n)
    head, _, tail = nat.partition(" ")
    tail = tail.replace(" ", "")
    if d[0] == "1":
        return [f"0{d[:3]} {d[3:7]} {d[7:]}", f"0{d[:3]}-{d[3:]}", f"{head} {tail}"]
    return [f"({head}) {_pairs_right(tail)}", f"{head}-{tail}", f"{head} {_pairs_right(tail)}"]


def _fr(n):
    nat = _nat(n)
    return [nat, _sep(nat, "."), nat]


def _es(n):
    d = _nsn(n)
    return [f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"]


def _it(n):
    d = _nsn(n)
    if d[0] == "3":
        return [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:]}", f"{d[:3]} {d[3:]}"]
    cut = 2 if d[:2] in ("06", "02") else 3
    rest = d[cut:]
    return [f"{d[:cut]} {rest[:4]} {rest[4:]}", f"{d[:cut]} {rest}", f"{d[:cut]}-{rest}"]


def _nl(n):
    nat = _nat(n)
    d = _nsn(n)
    if d[0] == "6":
        return [f"06 {d[1:4]} {d[4:6]} {d[6:]}", f"06-{d[1:4]} {d[4:6]} {d[6:]}", nat]
    head, _, tail = nat.partition(" ")
    t = tail.replace(" ", "")
    return [
        f"{head} {t[:3]} {t[3:]}",
        f"({head}) {t[:3]} {t[3:5]} {t[5:]}",
        f"{head}-{t[:3]} {t[3:5]} {t[5:]}",
    ]


def _pt(n):
    d = _nsn(n)
    return [
        f"{d[:3]} {d[3:6]} {d[6:]}",
        f"{d[:2]} {d[2:5]} {d[5:]}" if d[0] == "9" else f"{d[:3]} {d[3:6]} {d[6:]}",
    ]


def _br(n):
    d = _nsn(n)
    a, s = d[:2], d[2:]
    if len(s) == 9:
        return [f"({a}) {s[:5]}-{s[5:]}", f"{a} {s[:5]}-{s[5:]}", f"({a}) {s[0]} {s[1:5]} {s[5:]}"]
    return [f"({a}) {s[:4]} {s[4:]}", f"{a} {s[:4]}.{s[4:]}", f"({a}) {s[:4]}-{s[4:]}"]


def _in(n):
    d = _nsn(n)
    if d[0] in "6789":
        return [f"{d[:5]} {d[5:]}", d, f"0{d[:5]}-{d[5:]}"]
    cut = 2 if d[:2] in ("11", "22", "80", "79", "20", "40", "33") else 3
    return [
        f"0{d[:cut]}-{d[cut : cut + 4]} {d[cut + 4 :]}",
        f"(0{d[:cut]}) {d[cut : cut + 4]} {d[cut + 4 :]}",
        f"0{d[:cut]} {d[cut:]}",
    ]


NATIONAL = {
    "US": _us,
    "GB": _gb,
    "DE": _de,
    "FR": _fr,
    "ES": _es,
    "IT": _it,
    "NL": _nl,
    "PT": _pt,
    "BR": _br,
    "IN": _in,
}


def national(rng, n):
    return rng.choice(NATIONAL[pn.region_code_for_number(n)](n))


def international(rng, n):
    """International habits: with (0) trunk in brackets, dashes, spaces, or solid."""
    region = pn.region_code_for_number(n)
    intl = _intl(n)
    cc, _, rest = intl.partition(" ")
    forms = [intl, f"{cc}-{rest.replace(' ', '-')}" if region in ("US", "IN", "PT") else intl]
    if region in ("GB", "DE", "NL", "CH", "AT", "BE", "IE", "AU", "FR"):
        forms.append(f"{cc} (0){rest}")
    if region == "BR":
        d = _nsn(n)
        forms.append(f"{cc} {d[:2]} {d[2:-4]}-{d[-4:]}")
    if region == "IN" and _nsn(n)[0] in "6789":
        d = _nsn(n)
        forms.append(f"{cc} {d[:5]} {d[5:]}")
    return rng.choice(forms)


def other(rng, n):
    """Toll-free / shared-cost numbers in the habits of their country."""
    region = pn.region_code_for_number(n)
    d = _nsn(n)
    forms = {
        "US": [f"{d[:3]}-{d[3:6]}-{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}", f"({d[:3]}) {d[3:6]}-{d[6:]}"],
        "GB": [f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]}-{d[3:]}"],
        "DE": [f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} - {d[3:]}"],
        "FR": [f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:]}"],
        "ES": [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"],
        "IT": [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"],
        "NL": [f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]}-{d[3:]}"],
        "PT": [f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"{d[:3]} {d[3:]}"],
        "BR": [f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]}-{d[3:6]}-{d[6:]}"],
        "IN": [f"{d[:4]}-{d[4:7]}-{d[7:]}", f"{d[:4]} {d[4:]}"],
    }[region]
    return rng.choice(forms)


def local_form(rng, region, sub):
    """Subscriber-only habits."""
    k = len(sub)
    forms = {
        ("US", 7): [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]}.{sub[3:]}"],
        ("GB", 7): [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"],
        ("GB", 6): [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}", sub],
        ("GB", 8): [f"{sub[:4]} {sub[4:]}", f"{sub[:4]}-{sub[4:]}"],
        ("DE", 5): [sub, f"{sub[0]} {sub[1:3]} {sub[3:]}", f"{sub[:4]}-{sub[4:]}"],
        ("DE", 6): [sub, f"{sub[:5]}-{sub[5:]}", f"{sub[:3]} {sub[3:]}"],
        ("DE", 7): [_pairs_right(sub), f"{sub[:5]}-{sub[5:]}", sub],
        ("NL", 7): [f"{sub[:3]} {sub[3:]}", sub, f"{sub[:3]}-{sub[3:]}"],
        ("NL", 6): [_pairs_right(sub), f"{sub[:3]} {sub[3:]}"],
        ("BR", 8): [f"{sub[:4]} {sub[4:]}", f"{sub[:4]}.{sub[4:]}", sub],
        ("IN", 8): [f"{sub[:4]}-{sub[4:]}", sub, f"{sub[:4]} {sub[4:]}"],
        ("IN", 7): [sub, f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"],
    }[(region, k)]
    return rng.choice(forms)


def put_back(region, area, text):
    """Parse a local form with its trunk prefix and area code put back."""
    return pn.parse(TRUNK[region] + area + " " + text, region)


def parses_to(text, region, want_e164):
    n = pn.parse(text, region)
    return pn.is_valid_number(n) and e164(n) == want_e164
