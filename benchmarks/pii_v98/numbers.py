"""Phone numbers for the v98 set: drawn from prefixes, kept when valid, written in fresh habits."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

FIXED, MOBILE, FOM = T.FIXED_LINE, T.MOBILE, T.FIXED_LINE_OR_MOBILE
OTHER_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# towns for local numbers: (town, area code without trunk prefix, subscriber length)
AREAS = {
    "US": [
        ("Savannah", "912", 7),
        ("Asheville", "828", 7),
        ("Duluth", "218", 7),
        ("Fresno", "559", 7),
        ("Omaha", "402", 7),
        ("Tulsa", "918", 7),
        ("Wichita", "316", 7),
        ("Providence", "401", 7),
        ("Anchorage", "907", 7),
        ("Lubbock", "806", 7),
        ("Chattanooga", "423", 7),
        ("Reno", "775", 7),
        ("Pensacola", "850", 7),
        ("Eugene", "541", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Sheffield", "114", 7),
        ("Nottingham", "115", 7),
        ("Leicester", "116", 7),
        ("Edinburgh", "131", 7),
        ("Glasgow", "141", 7),
        ("Liverpool", "151", 7),
        ("Brighton", "1273", 6),
        ("Norwich", "1603", 6),
        ("York", "1904", 6),
        ("Cambridge", "1223", 6),
        ("Exeter", "1392", 6),
        ("Aberdeen", "1224", 6),
        ("Bath", "1225", 6),
    ],
    "DE": [
        ("Leipzig", "341", 7),
        ("Dresden", "351", 7),
        ("Kiel", "431", 6),
        ("Bremen", "421", 7),
        ("Augsburg", "821", 6),
        ("Regensburg", "941", 6),
        ("Würzburg", "931", 6),
        ("Heidelberg", "6221", 6),
        ("Göttingen", "551", 6),
        ("Lübeck", "451", 6),
        ("Erfurt", "361", 6),
        ("Potsdam", "331", 6),
        ("Ulm", "731", 6),
        ("Trier", "651", 6),
        ("Bamberg", "951", 6),
        ("Konstanz", "7531", 5),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Zwolle", "38", 7),
        ("Haarlem", "23", 7),
        ("Nijmegen", "24", 7),
        ("Arnhem", "26", 7),
        ("Tilburg", "13", 7),
        ("Maastricht", "43", 7),
        ("Delft", "15", 7),
        ("Amersfoort", "33", 7),
        ("Enschede", "53", 7),
        ("Alkmaar", "72", 7),
        ("Venlo", "77", 7),
        ("Middelburg", "118", 6),
        ("Heerenveen", "513", 6),
    ],
    "BR": [
        ("Recife", "81", 8),
        ("Porto Alegre", "51", 8),
        ("Florianópolis", "48", 8),
        ("Goiânia", "62", 8),
        ("Manaus", "92", 8),
        ("Natal", "84", 8),
        ("Campinas", "19", 8),
        ("Vitória", "27", 8),
        ("Londrina", "43", 8),
        ("Maceió", "82", 8),
        ("João Pessoa", "83", 8),
        ("Ribeirão Preto", "16", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Kolkata", "33", 8),
        ("Hyderabad", "40", 8),
        ("Ahmedabad", "79", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kochi", "484", 7),
        ("Coimbatore", "422", 7),
        ("Chandigarh", "172", 7),
        ("Surat", "261", 7),
        ("Varanasi", "542", 7),
    ],
}

# national significant number prefixes and lengths for non-local draws
PREFIXES = {
    "US": {MOBILE: [("", 10)], "tf": [("800", 10), ("888", 10), ("877", 10), ("866", 10), ("855", 10)]},
    "GB": {
        MOBILE: [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "tf": [("800", 10), ("808", 10), ("300", 10), ("330", 10), ("345", 10)],
    },
    "DE": {
        MOBILE: [
            ("151", 11),
            ("152", 11),
            ("157", 11),
            ("160", 10),
            ("170", 10),
            ("172", 10),
            ("176", 11),
            ("178", 11),
        ],
        "tf": [("800", 10), ("180", 10)],
    },
    "FR": {
        FIXED: [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        MOBILE: [("6", 9), ("7", 9)],
        "tf": [("800", 9), ("805", 9), ("810", 9)],
    },
    "ES": {
        FIXED: [("91", 9), ("93", 9), ("95", 9), ("96", 9), ("98", 9)],
        MOBILE: [("6", 9), ("71", 9)],
        "tf": [("900", 9), ("902", 9), ("901", 9)],
    },
    "IT": {
        FIXED: [("06", 10), ("02", 10), ("055", 10), ("011", 10), ("051", 10), ("081", 10)],
        MOBILE: [("32", 10), ("33", 10), ("34", 10), ("36", 10), ("39", 10)],
        "tf": [("800", 9), ("803", 9), ("848", 9)],
    },
    "NL": {MOBILE: [("6", 9)], "tf": [("800", 10), ("800", 7), ("88", 9)]},
    "PT": {
        FIXED: [("21", 9), ("22", 9), ("239", 9), ("253", 9), ("289", 9)],
        MOBILE: [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
        "tf": [("800", 9), ("808", 9), ("707", 9)],
    },
    "BR": {MOBILE: [("", 11)], "tf": [("800", 10), ("4004", 8), ("4003", 8)]},
    "IN": {MOBILE: [("9", 10), ("8", 10), ("7", 10), ("6", 10)], "tf": [("1800", 11), ("1860", 11)]},
    "CH": {
        FIXED: [("44", 9), ("31", 9), ("61", 9), ("21", 9), ("22", 9), ("71", 9)],
        MOBILE: [("76", 9), ("78", 9), ("79", 9)],
    },
    "AT": {
        FIXED: [("1", 8), ("316", 10), ("512", 10), ("662", 10)],
        MOBILE: [("664", 10), ("676", 10), ("699", 11)],
    },
    "BE": {FIXED: [("2", 8), ("3", 8), ("9", 8), ("4", 8)], MOBILE: [("47", 9), ("48", 9), ("49", 9)]},
    "IE": {
        FIXED: [("1", 8), ("21", 9), ("91", 9), ("61", 9)],
        MOBILE: [("83", 9), ("85", 9), ("86", 9), ("87", 9)],
    },
    "AU": {FIXED: [("2", 9), ("3", 9), ("7", 9), ("8", 9)], MOBILE: [("4", 9)]},
}


def _valid(nsn, region):
    try:
        n = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != region:
        return None
    return n


def draw(rng, region, kind):
    """kind: 'fixed', 'mobile' or 'other'; returns (nsn, PhoneNumber)."""
    for _ in range(5000):
        if kind == "fixed" and region in AREAS:
            _town, area, sub = rng.choice(AREAS[region])
            nsn = area + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(sub - 1))
            want = (FIXED, FOM)
        else:
            key = {"fixed": FIXED, "mobile": MOBILE, "other": "tf"}[kind]
            if region == "US" and kind == "mobile":
                _town, area, _sub = rng.choice(AREAS["US"])
                pre, length = area, 10
            elif region == "BR" and kind == "mobile":
                pre, length = rng.choice(AREAS["BR"])[1] + "9", 11
            else:
                pre, length = rng.choice(PREFIXES[region][key])
            nsn = pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre)))
            want = OTHER_TYPES if kind == "other" else ((MOBILE, FOM) if kind == "mobile" else (FIXED, FOM))
        n = _valid(nsn, region)
        if n is not None and phonenumbers.number_type(n) in want:
            return nsn, n
    raise RuntimeError(f"no number for {region} {kind}")


def draw_local(rng, region, town_area):
    """A fixed line of one town: returns (subscriber, nsn, PhoneNumber)."""
    _town, area, sub = town_area
    for _ in range(5000):
        first = str(rng.randint(2, 5)) if region == "BR" else str(rng.randint(2, 9))
        subs = first + "".join(str(rng.randint(0, 9)) for _ in range(sub - 1))
        n = _valid(area + subs, region)
        if n is None or phonenumbers.number_type(n) not in (FIXED, FOM):
            continue
        if phonenumbers.length_of_geographical_area_code(n) != len(area):
            raise RuntimeError(f"area length differs for {town_area}")
        return subs, area + subs, n
    raise RuntimeError(f"no local number for {town_area}")


def e164(n):
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def g(digits, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


def _parts(n, nsn):
    nd = phonenumbers.length_of_national_destination_code(n)
    if nd <= 0 or nd >= len(nsn):
        nd = 3 if len(nsn) >= 9 else 2
    return nsn[:nd], nsn[nd:]


def _half(rest, sep=" "):
    k = len(rest) // 2
    return rest[:k] + sep + rest[k:]


def _pairs_right(s):
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def _pairs_left(s):
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


# national habits: f(a, r, nsn) with a = destination code, r = the rest
NATIONAL = {
    "US": [
        lambda a, r, s: f"{a}-{r[:3]}-{r[3:]}",
        lambda a, r, s: f"{a}.{r[:3]}.{r[3:]}",
        lambda a, r, s: f"({a}){r[:3]}-{r[3:]}",
        lambda a, r, s: s,
        lambda a, r, s: f"1.{a}.{r[:3]}.{r[3:]}",
        lambda a, r, s: f"1-{a}-{r[:3]}-{r[3:]}",
    ],
    "GB": [
        lambda a, r, s: f"0{a}-{_half(r, '-')}" if len(r) == 6 else f"0{a}-{r[:3]}-{r[3:]}",
        lambda a, r, s: f"0{a} {r[:3]} {r[3:]}" if len(r) == 7 else f"0{a} {r}",
        lambda a, r, s: f"(0{a}){r}",
    ],
    "DE": [
        lambda a, r, s: f"(0{a}) {_pairs_right(r)}",
        lambda a, r, s: f"0{a}-{r}",
        lambda a, r, s: f"0{a} {r}",
        lambda a, r, s: f"(0{a}) {_half(r)}",
    ],
    "FR": [
        lambda a, r, s: (
            "0" + ".".join(_pairs_left(s[1:]).split())
            if False
            else "0" + s[0] + "." + ".".join(_pairs_left(s[1:]).split())
        ),
        lambda a, r, s: "0" + s[0] + " " + _pairs_left(s[1:]),
        lambda a, r, s: "0" + s,
    ],
    "ES": [
        lambda a, r, s: f"{s[:3]}.{s[3:6]}.{s[6:]}",
        lambda a, r, s: s,
        lambda a, r, s: f"{s[:3]}-{s[3:5]}-{s[5:7]}-{s[7:]}",
        lambda a, r, s: f"{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}",
    ],
    "IT": [lambda a, r, s: f"{a} {_half(r)}", lambda a, r, s: f"{a}.{_half(r, '.')}", lambda a, r, s: s],
    "NL": [
        lambda a, r, s: f"(0{a}) {r[:-4]} {r[-4:-2]} {r[-2:]}",
        lambda a, r, s: f"0{a} {r[:-4]} {r[-4:]}",
        lambda a, r, s: f"0{a}-{r[:-5]} {r[-5:-3]} {r[-3:]}" if len(r) == 7 else f"0{a}-{_pairs_left(r)}",
    ],
    "PT": [
        lambda a, r, s: f"{s[:3]} {s[3:6]} {s[6:]}",
        lambda a, r, s: s,
        lambda a, r, s: f"{s[:3]}-{s[3:6]}-{s[6:]}",
    ],
    "BR": [
        lambda a, r, s: f"({a}) {r[:-4]} {r[-4:]}",
        lambda a, r, s: f"(0{a}) {r[:-4]}-{r[-4:]}",
        lambda a, r, s: f"{a} {r}",
        lambda a, r, s: f"({a}) {r[:-4]}-{r[-4:]}",
    ],
    "IN": [lambda a, r, s: f"(0{a}) {_half(r)}", lambda a, r, s: f"0{a}-{r}"],
}
NATIONAL_MOBILE = {
    "US": NATIONAL["US"],
    "GB": [
        lambda a, r, s: f"0{s[:4]}-{s[4:]}",
        lambda a, r, s: f"0{s[:4]} {s[4:]}",
        lambda a, r, s: f"0{s[:4]}-{s[4:7]}-{s[7:]}",
    ],
    "DE": [lambda a, r, s: f"0{a} {r}", lambda a, r, s: f"0{a}-{r}", lambda a, r, s: f"(0{a}) {_half(r)}"],
    "FR": NATIONAL["FR"],
    "ES": NATIONAL["ES"],
    "IT": [lambda a, r, s: f"{s[:3]} {s[3:6]} {s[6:]}", lambda a, r, s: f"{s[:3]}.{s[3:6]}.{s[6:]}"],
    "NL": [
        lambda a, r, s: "06 " + _pairs_left(s[1:]),
        lambda a, r, s: "0" + s,
        lambda a, r, s: f"(06) {s[1:5]} {s[5:]}",
    ],
    "PT": NATIONAL["PT"],
    "BR": [
        lambda a, r, s: f"({a}) {r[:-4]}-{r[-4:]}",
        lambda a, r, s: f"{a} {r[:-4]} {r[-4:]}",
        lambda a, r, s: f"({a}){r}",
    ],
    "IN": [lambda a, r, s: f"{s[:5]} {s[5:]}", lambda a, r, s: s, lambda a, r, s: f"0{s[:5]}-{s[5:]}"],
}
OTHER = {
    "US": [
        lambda s: f"{s[:3]}.{s[3:6]}.{s[6:]}",
        lambda s: f"({s[:3]}) {s[3:6]}-{s[6:]}",
        lambda s: f"1.{s[:3]}.{s[3:6]}.{s[6:]}",
    ],
    "GB": [lambda s: f"0{s[:3]} {s[3:6]} {s[6:]}", lambda s: f"0{s[:3]}-{s[3:6]}-{s[6:]}"],
    "DE": [
        lambda s: f"0{s[:3]} {s[3:6]} {s[6:8]} {s[8:]}",
        lambda s: f"0{s[:3]}-{s[3:]}",
        lambda s: f"0{s[:4]} {s[4:]}",
    ],
    "FR": [
        lambda s: "0" + s[0] + "." + ".".join(_pairs_left(s[1:]).split()),
        lambda s: "0" + s[0] + " " + _pairs_left(s[1:]),
    ],
    "ES": [lambda s: f"{s[:3]} {s[3:6]} {s[6:]}", lambda s: f"{s[:3]}.{s[3:5]}.{s[5:7]}.{s[7:]}"],
    "IT": [lambda s: f"{s[:3]}.{s[3:6]}.{s[6:]}", lambda s: f"{s[:3]} {s[3:]}"],
    "NL": [
        lambda s: (
            f"0{s[:3]} {s[3:6]} {s[6:]}"
            if len(s) == 10
            else (f"0{s[:3]} - {s[3:]}" if len(s) == 7 else f"0{s[:2]} {s[2:5]} {s[5:]}")
        )
    ],
    "PT": [lambda s: f"{s[:3]} {s[3:6]} {s[6:]}"],
    "BR": [
        lambda s: f"0{s[:3]} {s[3:6]} {s[6:]}" if len(s) == 10 else f"{s[:4]}-{s[4:]}",
        lambda s: f"0{s[:3]}{s[3:]}" if len(s) == 10 else f"{s[:4]} {s[4:]}",
    ],
    "IN": [lambda s: f"{s[:4]} {s[4:8]} {s[8:]}", lambda s: s, lambda s: f"{s[:4]} {s[4:7]} {s[7:]}"],
}


def _intl(region, a, r, s, mobile, rng):
    cc = str(phonenumbers.country_code_for_region(region))
    trunk = "" if region in ("US", "ES", "PT", "IT", "BR") else "0"
    if region == "US":
        return rng.choice([f"+1-{a}-{r[:3]}-{r[3:]}", f"+1{s}", f"+1 {a}-{r[:3]}-{r[3:]}"])
    if region == "BR":
        return rng.choice(
            [f"+55 {a} {r[:-4]}-{r[-4:]}", f"+55 ({a}) {r[:-4]}-{r[-4:]}", f"+55 {a} {r[:-4]} {r[-4:]}"]
        )
    if region == "FR":
        p = _pairs_left(s[1:])
        return rng.choice([f"+33 (0){s[0]} {p}", f"+33 {s[0]} {p}", f"0033 {s[0]} {p}"])
    if region in ("ES", "PT"):
        return rng.choice(
            [
                f"+{cc} {s[:3]} {s[3:6]} {s[6:]}",
                f"(+{cc}) {s[:3]} {s[3:6]} {s[6:]}",
                f"00{cc} {s[:3]} {s[3:6]} {s[6:]}",
            ]
        )
    if region == "IT" and mobile:
        return rng.choice([f"+39 {s[:3]} {s[3:6]} {s[6:]}", f"(+39) {s}", f"0039 {s[:3]} {s[3:]}"])
    if region == "IT":
        return rng.choice([f"+39 {a} {_half(r)}", f"(+39) {a} {r}", f"0039 {a} {r}"])
    if region == "IN":
        return rng.choice(
            [f"+91 {s[:5]} {s[5:]}", f"+91{s}"] if mobile else [f"+91 {a} {_half(r)}", f"+91-{a}-{r}"]
        )
    body = rng.choice(
        [
            f"{a} {r}",
            f"{a} {_half(r)}",
            f"{a} {r[:3]} {_pairs_left(r[3:])}" if region in ("CH", "BE") and len(r) == 7 else f"{a} {r}",
        ]
    )
    if region in ("GB", "AU", "IE") and rng.random() < 0.4:
        body = f"{a}-{r[:3]}-{r[3:]}" if region == "GB" else f"{a} {_half(r)}"
    forms = [f"+{cc} ({trunk}){body}", f"+{cc} {body}"]
    if region != "AU":
        forms.append(f"00{cc} {body}")
    return rng.choice(forms)


def national(rng, region, n, nsn, mobile):
    a, r = _parts(n, nsn)
    if region in ("ES", "PT"):
        a, r = nsn[:3], nsn[3:]
    table = NATIONAL_MOBILE if mobile else NATIONAL
    return rng.choice(table[region])(a, r, nsn)


def international(rng, region, n, nsn, mobile):
    a, r = _parts(n, nsn)
    return _intl(region, a, r, nsn, mobile, rng)


def other(rng, region, nsn):
    return rng.choice(OTHER[region])(nsn)


# local habits (subscriber part only)
LOCAL = {
    "US": [lambda s: f"{s[:3]}.{s[3:]}", lambda s: s],
    "GB": [lambda s: f"{s[:3]}-{s[3:]}", lambda s: s if len(s) == 6 else f"{s[:3]} {s[3:]}"],
    "DE": [lambda s: _pairs_right(s), lambda s: s],
    "NL": [
        lambda s: f"{s[:3]} {s[3:]}" if len(s) == 7 else f"{s[:2]} {s[2:4]} {s[4:]}",
        lambda s: f"{s[:3]} {s[3:5]} {s[5:]}" if len(s) == 7 else f"{s[:3]} {s[3:]}",
        lambda s: s,
    ],
    "BR": [lambda s: s, lambda s: f"{s[:4]}.{s[4:]}", lambda s: f"{s[:4]} {s[4:]}"],
    "IN": [lambda s: s, lambda s: f"{s[:4]}-{s[4:]}" if len(s) == 8 else f"{s[:3]}-{s[3:]}"],
}


def local(rng, region, subs):
    return rng.choice(LOCAL[region])(subs)


def put_back(region, area, text):
    """The national form of a local number, with area code and trunk prefix put back."""
    trunk = {"US": "", "BR": "0", "IN": "0"}.get(region, "0")
    return trunk + area + " " + text


def parses_to(text, region, want):
    try:
        n = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and e164(n) == want
