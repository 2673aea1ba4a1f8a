"""Phone numbers: drawn from prefixes, checked with phonenumbers, written in this set's habits."""

import phonenumbers as pn

PNT = pn.PhoneNumberType
FIXED = (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
MOBILE = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
OTHER = (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN)
TRUNK = {"US": "", "BR": "", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}

# towns with their geographical area code (national significant prefix) for the local regions
AREAS = {
    "US": [
        ("Sacramento", "916"),
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Albuquerque", "505"),
        ("Richmond", "804"),
        ("Raleigh", "919"),
        ("Des Moines", "515"),
        ("Louisville", "502"),
        ("Hartford", "860"),
        ("Savannah", "912"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Reading", "118"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("London", "20"),
        ("Cardiff", "29"),
    ],
    "DE": [
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Hannover", "511"),
        ("Bremen", "421"),
        ("Nürnberg", "911"),
        ("Kiel", "431"),
        ("Augsburg", "821"),
        ("Bonn", "228"),
        ("Karlsruhe", "721"),
        ("Regensburg", "941"),
    ],
    "NL": [
        ("Den Haag", "70"),
        ("Rotterdam", "10"),
        ("Eindhoven", "40"),
        ("Nijmegen", "24"),
        ("Arnhem", "26"),
        ("Zwolle", "38"),
        ("Maastricht", "43"),
        ("Haarlem", "23"),
        ("Tilburg", "13"),
        ("Enschede", "53"),
    ],
    "BR": [
        ("São Paulo", "11"),
        ("Rio de Janeiro", "21"),
        ("Belo Horizonte", "31"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Brasília", "61"),
        ("Goiânia", "62"),
        ("Manaus", "92"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
    ],
    "IN": [
        ("Mumbai", "22"),
        ("Delhi", "11"),
        ("Kolkata", "33"),
        ("Bengaluru", "80"),
        ("Hyderabad", "40"),
        ("Pune", "20"),
        ("Ahmedabad", "79"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
    ],
}

# national significant prefixes to draw from, by region and type
PREFIX = {
    "US": {
        "fixed": ["212", "415", "617", "303", "713", "206", "404", "612"],
        "mobile": ["312", "503", "702"],
        "other": ["800", "888", "877", "866"],
    },
    "GB": {
        "fixed": ["1224", "1382", "1603", "1865", "1223", "1904"],
        "mobile": ["77", "78", "74", "79"],
        "other": ["800", "808", "300", "345"],
    },
    "DE": {
        "fixed": ["30", "40", "89", "221", "69", "711"],
        "mobile": ["151", "160", "171", "157"],
        "other": ["800", "1805"],
    },
    "FR": {"fixed": ["1", "2", "3", "4", "5"], "mobile": ["6", "7"], "other": ["800", "805", "810", "820"]},
    "ES": {"fixed": ["91", "93", "96", "95"], "mobile": ["6", "7"], "other": ["900", "901", "902"]},
    "IT": {"fixed": ["02", "06", "011", "055"], "mobile": ["32", "34", "38"], "other": ["800", "803"]},
    "NL": {"fixed": ["20", "30", "50", "71"], "mobile": ["6"], "other": ["800"]},
    "PT": {"fixed": ["21", "22"], "mobile": ["91", "93", "96"], "other": ["800", "808"]},
    "BR": {"fixed": ["113", "213", "313", "413"], "mobile": ["119", "219", "319"], "other": ["800"]},
    "IN": {"fixed": ["112", "222", "442", "804"], "mobile": ["98", "97", "90", "88"], "other": ["1800"]},
    "CH": {"fixed": ["44", "31", "22", "61"], "mobile": ["79", "78"]},
    "AT": {"fixed": ["1", "316", "512", "662"], "mobile": ["664", "676", "699"]},
    "BE": {"fixed": ["2", "3", "9", "4"], "mobile": ["47", "48", "49"]},
    "IE": {"fixed": ["1", "21", "91"], "mobile": ["85", "87", "86"]},
    "AU": {"fixed": ["2", "3", "7", "8"], "mobile": ["4"]},
}
NSN_LEN = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11],
    "FR": [9],
    "ES": [9],
    "IT": [9, 10],
    "NL": [9],
    "PT": [9],
    "BR": [10, 11],
    "IN": [10],
    "CH": [9],
    "AT": [10, 11],
    "BE": [8, 9],
    "IE": [9],
    "AU": [9],
}
OTHER_LEN = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11],
    "FR": [9],
    "ES": [9],
    "IT": [9, 10],
    "NL": [10],
    "PT": [9],
    "BR": [10, 11],
    "IN": [11],
}


def _ok(num, want, region):
    return (
        pn.is_valid_number(num) and pn.number_type(num) in want and pn.region_code_for_number(num) == region
    )


def draw(rng, region, kind):
    """A valid number of REGION: kind 'fixed', 'mobile' or 'other'."""
    want = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
    lens = OTHER_LEN[region] if kind == "other" else NSN_LEN[region]
    for _ in range(5000):
        pre = rng.choice(PREFIX[region][kind])
        n = rng.choice(lens)
        rest = n - len(pre)
        nsn = pre + rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(rest - 1))
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn))
        if _ok(num, want, region):
            return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def draw_local(rng, region, area):
    """A fixed-line number of REGION in AREA whose geographical area code is exactly AREA."""
    for _ in range(5000):
        sub_len = (9 if region == "NL" else 10) - len(area)
        first = rng.choice("23456789")
        nsn = area + first + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn))
        if _ok(num, FIXED, region) and pn.length_of_geographical_area_code(num) == len(area):
            return num
    raise RuntimeError("no local number for %s %s" % (region, area))


def nsn(num):
    return pn.national_significant_number(num)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def _intl_groups(num):
    """International format as phonenumbers groups it, split into (country code, [groups])."""
    s = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    head, _, rest = s.partition(" ")
    return head, rest.replace("-", " ").split()


def _nat_groups(num):
    s = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    for ch in "()-":
        s = s.replace(ch, " ")
    return s.split()


def _pairs_right(d):
    """'1234567' -> '1 23 45 67' (pairs counted from the right)."""
    out = []
    while len(d) > 2:
        out.insert(0, d[-2:])
        d = d[:-2]
    out.insert(0, d)
    return " ".join(out)


def _pairs_left(d):
    return " ".join(d[i : i + 2] for i in range(0, len(d), 2))


def _threes(d):
    return " ".join(d[i : i + 3] for i in range(0, len(d), 3))


def national(rng, num):
    """A national (trunk-prefixed where the region has one) writing of NUM in one of this set's habits."""
    r = pn.region_code_for_number(num)
    d = nsn(num)
    g = _nat_groups(num)
    mob = pn.number_type(num) in (PNT.MOBILE,)
    if r == "US":
        a, b, c = d[:3], d[3:6], d[6:]
        return rng.choice([f"{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}.{b}.{c}", f"({a}) {b}-{c}"])
    if r == "GB":
        if mob:
            return rng.choice([f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d}", f"0{d[:4]}-{d[4:]}"])
        head, rest = g[0], "".join(g[1:])
        if head == "020":
            return rng.choice([f"020-{rest[:4]}-{rest[4:]}", f"0{d[:3]} {d[3:6]} {d[6:]}"])
        return rng.choice(
            [f"{head}-{rest[:3]}-{rest[3:]}" if len(rest) == 7 else f"{head}-{rest}", f"({head}){rest}"]
        )
    if r == "DE":
        head, rest = g[0], "".join(g[1:])
        if mob:
            return rng.choice([f"{head} {rest}", f"({head}) {rest[:3]} {rest[3:]}", f"{head}-{rest}"])
        return rng.choice([f"({head}) {_pairs_right(rest)}", f"{head}-{rest}", f"{head} {rest}"])
    if r == "NL":
        if mob:
            return rng.choice([f"06 {_pairs_left(d[1:])}", f"06-{d[1:4]} {d[4:7]} {d[7:]}"])
        head, rest = g[0], "".join(g[1:])
        return rng.choice(
            [f"{head}-{rest[:-4]} {rest[-4:-2]} {rest[-2:]}", f"({head}) {rest}", f"{head} {rest}"]
        )
    if r == "BR":
        a, rest = d[:2], d[2:]
        return rng.choice(
            [
                f"{a}-{rest[:-4]}-{rest[-4:]}",
                f"({a}) {rest[:-4]}-{rest[-4:]}",
                f"({a}){rest[:-4]} {rest[-4:]}",
            ]
        )
    if r == "IN":
        if mob:
            return rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]}-{d[5:]}", f"0{d[:5]}-{d[5:]}"])
        head, rest = g[0], "".join(g[1:])
        return rng.choice([f"({head}) {rest[:-4]} {rest[-4:]}", f"{head}/{rest}"])
    if r == "FR":
        return rng.choice(
            [f"0{d[0]} {_pairs_left(d[1:])}", f"0{d[0]}.{_pairs_left(d[1:]).replace(' ', '.')}"]
        )
    if r == "ES":
        return rng.choice(
            [f"{_threes(d)}", f"{d[:3]}-{d[3:5]}-{d[5:7]}-{d[7:]}", f"{d[:3]} {_pairs_left(d[3:])}"]
        )
    if r == "IT":
        if mob:
            return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:]}"])
        head, rest = g[0], "".join(g[1:])
        return rng.choice([f"({head}) {rest}", f"{head} {rest[:-4]} {rest[-4:]}"])
    if r == "PT":
        return _threes(d)
    raise ValueError(r)


def international(rng, num):
    r = pn.region_code_for_number(num)
    cc = pn.country_code_for_region(r)
    d = nsn(num)
    head, groups = _intl_groups(num)
    mob = pn.number_type(num) in (PNT.MOBILE,)
    if r == "US":
        a, b, c = d[:3], d[3:6], d[6:]
        return rng.choice([f"+1-{a}-{b}-{c}", f"+1 {a}-{b}-{c}", f"+1 ({a}){b}-{c}"])
    if r in ("ES", "PT", "IT") and rng.random() < 0.4:
        return f"(+{cc}) " + " ".join(groups)
    if r in ("GB", "DE", "NL", "CH", "AT", "BE", "IE", "AU", "FR") and not mob and rng.random() < 0.5:
        return f"+{cc} (0){groups[0]} " + " ".join(groups[1:])
    if r == "BR":
        a, rest = d[:2], d[2:]
        return rng.choice([f"+55 {a} {rest[:-4]}-{rest[-4:]}", f"+55-{a}-{rest[:-4]}-{rest[-4:]}"])
    if r == "DE":
        return rng.choice(
            [f"+49 {groups[0]} " + "".join(groups[1:]), f"+49 (0) {groups[0]} " + "".join(groups[1:])]
        )
    if r == "IN":
        return rng.choice(
            [
                f"+91 {d[:5]} {d[5:]}" if mob else f"+91 {groups[0]} " + " ".join(groups[1:]),
                f"+91-{d}" if mob else f"+91-{groups[0]}-" + "".join(groups[1:]),
            ]
        )
    if r == "ES":
        return f"+34 {_threes(d)}"
    return head + " " + " ".join(groups)


def other(rng, num):
    """Toll-free, shared-cost or UAN numbers, written nationally."""
    r = pn.region_code_for_number(num)
    d = nsn(num)
    if r == "US":
        a, b, c = d[:3], d[3:6], d[6:]
        return rng.choice([f"({a}) {b}-{c}", f"1.{a}.{b}.{c}", f"{a}-{b}-{c}"])
    if r == "GB":
        return rng.choice([f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]}-{d[3:6]}-{d[6:]}"])
    if r == "DE":
        return rng.choice(
            [f"0{d[:3]} {d[3:]}", f"0{d[:4]} {d[4:]}"] if d.startswith("1805") else [f"0{d[:3]} {d[3:]}"]
        )
    if r == "FR":
        return rng.choice(
            [f"0{d[:3]} {_pairs_left(d[3:])}", f"0{d[:3]}.{_pairs_left(d[3:]).replace(' ', '.')}"]
        )
    if r in ("ES", "PT"):
        return _threes(d)
    if r == "IT":
        return f"{d[:3]} {d[3:6]} {d[6:]}" if len(d) > 6 else d
    if r == "NL":
        return f"0{d[:3]}-{d[3:6]} {d[6:8]} {d[8:]}"
    if r == "BR":
        return f"0{d[:3]} {d[3:6]} {d[6:]}"
    if r == "IN":
        return rng.choice([f"{d[:4]} {d[4:7]} {d[7:]}", f"1-800-{d[4:7]}-{d[7:]}"])
    raise ValueError(r)


def local(rng, num, area):
    """The subscriber part only, in a local habit of the region."""
    r = pn.region_code_for_number(num)
    s = nsn(num)[len(area) :]
    if r == "US":
        return rng.choice([f"{s[:3]}.{s[3:]}", f"{s[:3]}\u2013{s[3:]}"])
    if r == "GB":
        return rng.choice([f"{s[:-4]}-{s[-4:]}", f"{s[:-4]} {s[-4:]}"])
    if r == "DE":
        return rng.choice([_pairs_right(s), f"{s[:-4]} {s[-4:]}"])
    if r == "NL":
        return rng.choice([f"{s[:3]}-{s[3:]}", f"{s[:2]} {s[2:4]} {s[4:]}"])
    if r == "BR":
        return rng.choice([f"{s[:4]}.{s[4:]}", s])
    if r == "IN":
        return rng.choice([f"{s[:-4]}-{s[-4:]}", s])
    raise ValueError(r)


def put_back(text, region, area):
    """Parse a local writing with its trunk prefix and area code put back."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return pn.parse(TRUNK[region] + area + digits, region)


def parses_to(text, region, want_e164):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and e164(num) == want_e164
