"""Phone numbers: drawing, writing habits, local forms and putting the area code back."""

import phonenumbers as pn

PNT = pn.PhoneNumberType
FIXED = (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
MOBILE = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
OTHER = (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN)
TRUNK = {
    "GB": "0",
    "DE": "0",
    "FR": "0",
    "NL": "0",
    "IN": "0",
    "AU": "0",
    "IE": "0",
    "AT": "0",
    "CH": "0",
    "BE": "0",
    "BR": "",
    "US": "",
    "ES": "",
    "IT": "",
    "PT": "",
}

# towns of the local regions: (town, area code without trunk prefix); area_len is checked against phonenumbers
AREAS = {
    "US": [
        ("Columbus", "614"),
        ("Portland", "503"),
        ("Raleigh", "919"),
        ("Omaha", "402"),
        ("Albuquerque", "505"),
        ("Savannah", "912"),
        ("Tulsa", "918"),
        ("Des Moines", "515"),
        ("Burlington", "802"),
        ("Sacramento", "916"),
        ("Buffalo", "716"),
        ("Charleston", "843"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Nottingham", "115"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Cardiff", "29"),
        ("Norwich", "1603"),
        ("York", "1904"),
        ("Cambridge", "1223"),
        ("Brighton", "1273"),
        ("Exeter", "1392"),
    ],
    "DE": [
        ("Hamburg", "40"),
        ("München", "89"),
        ("Köln", "221"),
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Hannover", "511"),
        ("Nürnberg", "911"),
        ("Bremen", "421"),
        ("Kassel", "561"),
        ("Heidelberg", "6221"),
        ("Regensburg", "941"),
        ("Kiel", "431"),
    ],
    "NL": [
        ("Amsterdam", "20"),
        ("Rotterdam", "10"),
        ("Den Haag", "70"),
        ("Groningen", "50"),
        ("Eindhoven", "40"),
        ("Nijmegen", "24"),
        ("Zwolle", "38"),
        ("Haarlem", "23"),
        ("Arnhem", "26"),
        ("Maastricht", "43"),
        ("Tilburg", "13"),
        ("Deventer", "570"),
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
        ("Natal", "84"),
        ("Campinas", "19"),
        ("Vitória", "27"),
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
        ("Chandigarh", "172"),
        ("Indore", "731"),
    ],
}
NSN_LEN = {"US": [10], "GB": [10], "DE": [10, 11], "NL": [9], "BR": [10], "IN": [10]}
SUB_LEAD = {"BR": "2345", "IN": "2", "US": "23456789", "GB": "2345789", "DE": "2345789", "NL": "2345789"}

# (type, prefixes, lengths) for non-local numbers
PLANS = {
    "US": {
        "fixed": (["614", "503", "919", "402", "217", "303", "412", "608", "813", "971"], [10]),
        "mobile": (["415", "646", "702", "984", "737"], [10]),
        "other": (["800", "888", "877", "866"], [10]),
    },
    "GB": {
        "fixed": (["113", "115", "1224", "1482", "1792", "20", "1752"], [10]),
        "mobile": (["74", "75", "77", "78", "79"], [10]),
        "other": (["800", "808"], [10]),
    },
    "DE": {
        "fixed": (["30", "40", "69", "211", "228", "711", "2241", "7071"], [10, 11]),
        "mobile": (["151", "152", "160", "170", "171", "175", "176", "177", "178", "179"], [10, 11]),
        "other": (["800"], [10]),
    },
    "FR": {
        "fixed": (["1", "2", "3", "4", "5"], [9]),
        "mobile": (["6", "7"], [9]),
        "other": (["800", "805"], [9]),
    },
    "ES": {
        "fixed": (["91", "93", "95", "96", "98"], [9]),
        "mobile": (["6", "7"], [9]),
        "other": (["900"], [9]),
    },
    "IT": {
        "fixed": (["02", "06", "011", "051", "055", "081"], [9, 10]),
        "mobile": (["32", "33", "34", "35", "36", "38", "39"], [10]),
        "other": (["800", "803"], [9]),
    },
    "NL": {
        "fixed": (["10", "20", "30", "71", "76", "591"], [9]),
        "mobile": (["6"], [9]),
        "other": (["800"], [7, 10]),
    },
    "PT": {
        "fixed": (["21", "22", "239", "253"], [9]),
        "mobile": (["91", "92", "93", "96"], [9]),
        "other": (["800"], [9]),
    },
    "BR": {
        "fixed": (["113", "213", "313", "413", "513", "613", "713"], [10]),
        "mobile": (["119", "219", "319", "419", "519", "619", "719", "819"], [11]),
        "other": (["800"], [10, 11]),
    },
    "IN": {
        "fixed": (["222", "112", "332", "802", "402", "1412"], [10]),
        "mobile": (["9", "8", "7", "6"], [10]),
        "other": (["1800"], [11]),
    },
    "AU": {"fixed": (["2", "3", "7", "8"], [9]), "mobile": (["4"], [9]), "other": (["1800"], [10])},
    "IE": {
        "fixed": (["1", "21", "91", "61"], [8, 9]),
        "mobile": (["83", "85", "86", "87", "89"], [9]),
        "other": (["1800"], [10]),
    },
    "AT": {
        "fixed": (["1", "316", "512", "662", "732"], [9, 10, 11]),
        "mobile": (["650", "660", "664", "676", "699"], [10, 11]),
        "other": (["800"], [9, 10]),
    },
    "CH": {
        "fixed": (["21", "22", "31", "44", "61"], [9]),
        "mobile": (["76", "77", "78", "79"], [9]),
        "other": (["800"], [9]),
    },
    "BE": {
        "fixed": (["2", "3", "9", "4"], [8]),
        "mobile": (["47", "48", "49"], [9]),
        "other": (["800"], [8]),
    },
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def draw(rng, region, kind):
    """A random valid number of the region and kind (fixed, mobile, other)."""
    prefixes, lengths = PLANS[region][kind]
    cc = pn.country_code_for_region(region)
    for _ in range(5000):
        p = rng.choice(prefixes)
        n = rng.choice(lengths)
        if n <= len(p):
            continue
        nsn = p + "".join(rng.choice("0123456789") for _ in range(n - len(p)))
        num = pn.parse("+%d%s" % (cc, nsn))
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in TYPES[kind]
            and pn.region_code_for_number(num) == region
        ):
            return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def draw_local(rng, region, area):
    """A fixed-line number with the given area code; returns (number, subscriber digits)."""
    cc = pn.country_code_for_region(region)
    for _ in range(5000):
        n = rng.choice(NSN_LEN[region])
        if region == "DE" and len(area) >= 4:
            n = 10
        sub = rng.choice(SUB_LEAD[region]) + "".join(
            rng.choice("0123456789") for _ in range(n - len(area) - 1)
        )
        num = pn.parse("+%d%s%s" % (cc, area, sub))
        if not (
            pn.is_valid_number(num)
            and pn.number_type(num) in FIXED
            and pn.region_code_for_number(num) == region
        ):
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError("no local number for %s %s" % (region, area))


def groups(num):
    """Digit groups of the international format, without the country code."""
    s = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    s = s.split(" ", 1)[1]
    out = []
    cur = ""
    for ch in s:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _j(sep, parts):
    return sep.join(parts)


# national habits: f(trunk, lead, tail) -> text
NAT = {
    "US": [
        lambda t, a, r: "%s-%s" % (a, "-".join(r)),
        lambda t, a, r: "%s.%s" % (a, ".".join(r)),
        lambda t, a, r: "(%s)%s" % (a, "-".join(r)),
        lambda t, a, r: "(%s) %s" % (a, "-".join(r)),
        lambda t, a, r: "1.%s.%s" % (a, ".".join(r)),
        lambda t, a, r: "1-%s-%s" % (a, "-".join(r)),
    ],
    "GB": [
        lambda t, a, r: "0%s-%s" % (a, " ".join(r)),
        lambda t, a, r: "0%s %s" % (a, " ".join(r)),
        lambda t, a, r: "0%s-%s" % (a, "-".join(r)),
        lambda t, a, r: "0%s %s" % (a, "".join(r)),
    ],
    "DE": [
        lambda t, a, r: "(0%s) %s" % (a, "".join(r)),
        lambda t, a, r: "0%s-%s" % (a, "".join(r)),
        lambda t, a, r: "0%s %s" % (a, " ".join(r)),
        lambda t, a, r: "0%s %s" % (a, _pairs("".join(r))),
    ],
    "FR": [
        lambda t, a, r: "0%s.%s" % (a, ".".join(r)),
        lambda t, a, r: "0%s %s" % (a, " ".join(r)),
        lambda t, a, r: "0%s%s" % (a, "".join(r)),
    ],
    "ES": [
        lambda t, a, r: "%s %s" % (a, " ".join(r)),
        lambda t, a, r: _three(a + "".join(r)),
        lambda t, a, r: "%s-%s" % (a, "-".join(r)),
    ],
    "IT": [
        lambda t, a, r: "%s %s" % (a, " ".join(r)),
        lambda t, a, r: "%s.%s" % (a, ".".join(r)),
        lambda t, a, r: "%s %s" % (a, "".join(r)),
    ],
    "NL": [
        lambda t, a, r: "(0%s) %s" % (a, " ".join(r)),
        lambda t, a, r: "0%s-%s" % (a, " ".join(r)),
        lambda t, a, r: "0%s %s" % (a, _pairs("".join(r))),
    ],
    "PT": [lambda t, a, r: "%s %s" % (a, " ".join(r)), lambda t, a, r: _three(a + "".join(r))],
    "BR": [
        lambda t, a, r: "(%s)%s" % (a, "-".join(r)),
        lambda t, a, r: "(%s) %s" % (a, "".join(r)[:-4] + "." + "".join(r)[-4:]),
        lambda t, a, r: "%s %s" % (a, "-".join(r)),
        lambda t, a, r: "(0%s) %s" % (a, "-".join(r)),
    ],
    "IN": [
        lambda t, a, r: "(0%s) %s" % (a, "-".join(r)) if len(a) < 5 else "0%s %s" % (a, " ".join(r)),
        lambda t, a, r: "%s %s" % (a, " ".join(r)) if len(a) == 5 else "0%s-%s" % (a, "-".join(r)),
        lambda t, a, r: "0%s %s" % (a, " ".join(r)),
    ],
}
# international habits: f(cc, lead, tail)
INTL_COMMON = [
    lambda c, a, r: "+%s %s %s" % (c, a, " ".join(r)),
    lambda c, a, r: "+%s-%s-%s" % (c, a, "-".join(r)),
]
INTL_ZERO = [
    lambda c, a, r: "+%s (0)%s %s" % (c, a, " ".join(r)),
    lambda c, a, r: "+%s (0) %s %s" % (c, a, " ".join(r)),
]
INTL_PAREN = [lambda c, a, r: "(+%s) %s %s" % (c, a, " ".join(r))]
INTL_EXTRA = {
    "GB": INTL_ZERO,
    "DE": INTL_ZERO,
    "NL": INTL_ZERO,
    "CH": INTL_ZERO,
    "AT": INTL_ZERO,
    "AU": INTL_ZERO,
    "IE": INTL_ZERO,
    "BE": INTL_ZERO,
    "FR": INTL_ZERO[:1],
    "ES": INTL_PAREN,
    "IT": INTL_PAREN,
    "PT": INTL_PAREN,
    "BR": [
        lambda c, a, r: "+%s (%s) %s" % (c, a, "-".join(r)),
        lambda c, a, r: "+%s %s %s" % (c, a, "-".join(r)),
    ],
    "US": [
        lambda c, a, r: "+%s (%s) %s" % (c, a, "".join(r)),
        lambda c, a, r: "+%s.%s.%s" % (c, a, ".".join(r)),
    ],
    "IN": [lambda c, a, r: "+%s %s-%s" % (c, a, "".join(r))],
}


def _pairs(d):
    if len(d) % 2:
        return d[:3] + " " + " ".join(d[i : i + 2] for i in range(3, len(d), 2))
    return " ".join(d[i : i + 2] for i in range(0, len(d), 2))


def _three(d):
    return " ".join(d[i : i + 3] for i in range(0, len(d), 3))


def parses_to(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)


def _pick(rng, region, num, funcs, arg0):
    g = groups(num)
    order = list(range(len(funcs)))
    rng.shuffle(order)
    for i in order:
        text = funcs[i](arg0, g[0], g[1:])
        if parses_to(text, region, num):
            return text
    return None


def write_national(rng, region, num):
    text = None
    if region in NAT and pn.number_type(num) not in OTHER:
        text = _pick(rng, region, num, NAT[region], TRUNK[region])
    return text or pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)


def write_international(rng, region, num):
    funcs = INTL_COMMON + INTL_EXTRA.get(region, [])
    text = _pick(rng, region, num, funcs, str(num.country_code))
    return text or pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)


def write_local(rng, region, sub):
    """A subscriber part as people write it inside their own town."""
    n = len(sub)
    forms = [sub]
    if region == "US":
        forms = [sub[:3] + "-" + sub[3:], sub[:3] + "." + sub[3:], sub[:3] + " " + sub[3:]]
    elif n == 8:
        forms = [sub[:4] + " " + sub[4:], sub, sub[:4] + "-" + sub[4:]]
    elif n == 7:
        forms = [sub[:3] + " " + sub[3:], sub, sub[:3] + " " + sub[3:5] + " " + sub[5:]]
    elif n == 6:
        forms = [sub[:3] + " " + sub[3:], sub[:2] + " " + sub[2:4] + " " + sub[4:], sub]
    elif n == 5:
        forms = [sub, sub[:1] + " " + sub[1:3] + " " + sub[3:]]
    if region == "BR":
        forms = [sub[:4] + "-" + sub[4:], sub[:4] + " " + sub[4:], sub[:4] + "." + sub[4:]]
    if region == "NL" and n == 7:
        forms.append(sub[:3] + "-" + sub[3:])
    return rng.choice(forms)


def put_back(text, region, area):
    """The national form of a local number: trunk prefix and area code put back."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return pn.parse(TRUNK[region] + area + digits, region)
