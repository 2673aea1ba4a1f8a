"""Phone numbers for v122: drawing, writing habits and putting local forms back (phonenumbers only)."""

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

# towns and their area codes (national significant prefix), for local-announced numbers
AREAS = {
    "US": [
        ("Austin", "512"),
        ("Denver", "303"),
        ("Raleigh", "919"),
        ("Pittsburgh", "412"),
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Sacramento", "916"),
        ("Cincinnati", "513"),
        ("Albuquerque", "505"),
        ("Richmond", "804"),
        ("Des Moines", "515"),
        ("Chattanooga", "423"),
        ("Savannah", "912"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("Cardiff", "29"),
        ("Cambridge", "1223"),
        ("Brighton", "1273"),
        ("Norwich", "1603"),
        ("York", "1904"),
    ],
    "DE": [
        ("Hamburg", "40"),
        ("München", "89"),
        ("Köln", "221"),
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Hannover", "511"),
        ("Nürnberg", "911"),
        ("Stuttgart", "711"),
        ("Bremen", "421"),
        ("Karlsruhe", "721"),
        ("Kiel", "431"),
        ("Aachen", "241"),
    ],
    "NL": [
        ("Amsterdam", "20"),
        ("Rotterdam", "10"),
        ("Den Haag", "70"),
        ("Eindhoven", "40"),
        ("Groningen", "50"),
        ("Delft", "15"),
        ("Haarlem", "23"),
        ("Nijmegen", "24"),
        ("Tilburg", "13"),
        ("Zwolle", "38"),
        ("Maastricht", "43"),
        ("Arnhem", "26"),
        ("Enschede", "53"),
    ],
    "BR": [
        ("São Paulo", "11"),
        ("Rio de Janeiro", "21"),
        ("Belo Horizonte", "31"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Florianópolis", "48"),
        ("Brasília", "61"),
        ("Goiânia", "62"),
        ("Campinas", "19"),
        ("Manaus", "92"),
        ("Natal", "84"),
        ("Vitória", "27"),
    ],
    "IN": [
        ("Mumbai", "22"),
        ("Delhi", "11"),
        ("Bengaluru", "80"),
        ("Hyderabad", "40"),
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Ahmedabad", "79"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Indore", "731"),
        ("Coimbatore", "422"),
    ],
}

FIXED = {
    "US": [(a, 10) for _, a in AREAS["US"]] + [("617", 10), ("206", 10), ("404", 10)],
    "GB": [("20", 10)] + [(a, 10) for _, a in AREAS["GB"]],
    "DE": [("30", 10), ("30", 11)] + [(a, n) for _, a in AREAS["DE"] for n in (10, 11)],
    "FR": [(d, 9) for d in "12345"],
    "ES": [(p, 9) for p in ("91", "93", "954", "96", "98", "944")],
    "IT": [("06", 10), ("02", 10), ("011", 10), ("051", 10), ("055", 10), ("081", 10)],
    "NL": [(a, 9) for _, a in AREAS["NL"]],
    "PT": [(p, 9) for p in ("21", "22", "239", "253", "289")],
    "BR": [(a, 10) for _, a in AREAS["BR"]],
    "IN": [(a, 10) for _, a in AREAS["IN"]],
    "AT": [("1", 9), ("1", 10), ("316", 10), ("512", 10)],
    "CH": [(p, 9) for p in ("44", "31", "61", "21", "22")],
    "BE": [(p, 8) for p in ("2", "3", "9")],
    "IE": [("1", 8), ("21", 9), ("91", 9)],
    "AU": [(p, 9) for p in ("2", "3", "7", "8")],
}
MOBILE = {
    "US": [("646", 10), ("415", 10), ("312", 10)],
    "GB": [(p, 10) for p in ("74", "75", "77", "78", "79")],
    "DE": [(p, n) for p in ("151", "152", "160", "170", "171", "172", "176", "177", "179") for n in (10, 11)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9)],
    "IT": [(p, 10) for p in ("32", "33", "34", "38", "39")],
    "NL": [("6", 9)],
    "PT": [(p, 9) for p in ("91", "92", "93", "96")],
    "BR": [(a + "9", 11) for _, a in AREAS["BR"]],
    "IN": [(p, 10) for p in "6789"],
    "AT": [("664", 10), ("676", 10)],
    "CH": [(p, 9) for p in ("76", "78", "79")],
    "BE": [(p, 9) for p in ("47", "48", "49")],
    "IE": [(p, 9) for p in ("83", "85", "86", "87")],
    "AU": [("4", 9)],
}
FREE = {
    "US": [(p, 10) for p in ("800", "888", "877", "866")],
    "GB": [("800", 10), ("808", 10)],
    "DE": [("800", 10)],
    "FR": [("800", 9), ("805", 9)],
    "ES": [("900", 9)],
    "IT": [("800", 9)],
    "NL": [("800", 7), ("800", 10)],
    "PT": [("800", 9)],
    "BR": [("800", 10)],
    "IN": [("1800", 11)],
}
TYPES = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "free": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}


def draw(rng, region, kind, prefix=None):
    """A valid number of region and kind ('fixed', 'mobile', 'free'), optionally with a given prefix."""
    table = {"fixed": FIXED, "mobile": MOBILE, "free": FREE}[kind][region]
    for _ in range(2000):
        pre, length = (
            rng.choice(table)
            if prefix is None
            else (prefix, rng.choice([n for p, n in table if p == prefix]))
        )
        digits = "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if kind != "free" and digits and digits[0] in "01":
            continue
        num = pn.parse("+%d%s%s" % (CC[region], pre, digits))
        if pn.is_valid_number(num) and pn.number_type(num) in TYPES[kind]:
            if (
                kind == "fixed"
                and pn.length_of_geographical_area_code(num) == 0
                and region not in ("FR", "ES", "PT", "IT", "CH", "BE", "AU", "IE", "AT")
            ):
                continue
            return num
    raise RuntimeError("no number for %s %s %s" % (region, kind, prefix))


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def split(num):
    """(area or destination code, subscriber) of a number's national significant number."""
    nsn = pn.national_significant_number(num)
    k = pn.length_of_geographical_area_code(num) or pn.length_of_national_destination_code(num)
    return nsn[:k], nsn[k:]


def grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def pairs(s):
    """Groups of two from the left, a leading group of three when the length is odd."""
    head = 3 if len(s) % 2 else 2
    return [s[:head]] + [s[i : i + 2] for i in range(head, len(s), 2)]


def halves(s):
    k = len(s) // 2 if len(s) % 2 == 0 else len(s) // 2
    return [s[:k], s[k:]]


def _nat(region, a, s, free):
    """National writing habits (functions of area/destination code and subscriber)."""
    j = " ".join
    if region == "US":
        if free:
            return [lambda: "%s.%s.%s" % (a, s[:3], s[3:]), lambda: "1 %s %s %s" % (a, s[:3], s[3:])]
        return [
            lambda: "%s.%s.%s" % (a, s[:3], s[3:]),
            lambda: "(%s)%s-%s" % (a, s[:3], s[3:]),
            lambda: "%s-%s-%s" % (a, s[:3], s[3:]),
            lambda: "1.%s.%s.%s" % (a, s[:3], s[3:]),
        ]
    if region == "GB":
        if free:
            return [lambda: "0%s %s %s" % (a, s[:3], s[3:]), lambda: "0%s-%s" % (a, s)]
        if len(a) == 2:
            return [lambda: "0%s%s %s %s" % (a, s[0], s[1:4], s[4:]), lambda: "0%s-%s-%s" % (a, s[:4], s[4:])]
        if a.startswith("7"):
            return [lambda: "0%s-%s" % (a, s), lambda: "0%s %s-%s" % (a, s[:3], s[3:])]
        return [lambda: "0%s-%s" % (a, s), lambda: "(0%s) %s" % (a, j(halves(s))), lambda: "0%s %s" % (a, s)]
    if region == "DE":
        if free:
            return [lambda: "0%s %s" % (a, j(pairs(s))), lambda: "(0%s) %s" % (a, s)]
        return [
            lambda: "0%s-%s" % (a, s),
            lambda: "(0%s) %s" % (a, j(pairs(s))),
            lambda: "0%s %s" % (a, j(pairs(s))),
        ]
    if region == "FR":
        d = "0" + a + s
        return (
            [lambda: ".".join(pairs(d)), lambda: d]
            if not free
            else [lambda: j([d[:2], d[2:4], d[4:6], d[6:8], d[8:]]), lambda: ".".join([d[:4]] + pairs(d[4:]))]
        )
    if region == "ES":
        d = a + s
        if free:
            return [lambda: ".".join([d[:3], d[3:5], d[5:7], d[7:]]), lambda: j([d[:3], d[3:6], d[6:]])]
        if d[0] == "6":
            return [lambda: ".".join([d[:3], d[3:6], d[6:]]), lambda: j([d[:3], d[3:5], d[5:7], d[7:]])]
        return [
            lambda: ".".join([d[:2], d[2:5], d[5:7], d[7:]]),
            lambda: d,
            lambda: j([d[:3], d[3:5], d[5:7], d[7:]]),
        ]
    if region == "IT":
        d = a + s
        if free:
            return [lambda: ".".join([d[:3], d[3:6], d[6:]]), lambda: "%s %s" % (d[:3], d[3:])]
        if d[0] == "3":
            return [
                lambda: "%s %s %s" % (d[:3], d[3:6], d[6:]),
                lambda: "%s.%s" % (d[:3], d[3:]),
                lambda: "%s-%s %s" % (d[:3], d[3:6], d[6:]),
            ]
        return [lambda: "%s %s" % (a, j(halves(s))), lambda: "%s.%s" % (a, s), lambda: "(%s) %s" % (a, s)]
    if region == "NL":
        if free:
            return [lambda: "0%s %s" % (a, j(grp(s, (3, 4)))) if len(s) == 7 else "0%s %s" % (a, s)]
        if a == "6":
            return [lambda: "06 %s" % j(grp(s, (2, 2, 2, 2))), lambda: "06-%s %s" % (s[:4], s[4:])]
        return [
            lambda: "(0%s) %s" % (a, j(grp(s, (3, 2, 2)))),
            lambda: "0%s %s" % (a, s),
            lambda: "0%s-%s" % (a, j(grp(s, (3, 2, 2)))),
        ]
    if region == "PT":
        d = a + s
        return (
            [lambda: j([d[:3], d[3:6], d[6:]]), lambda: d]
            if not free
            else [lambda: j([d[:3], d[3:6], d[6:]]), lambda: j([d[:3], d[3:5], d[5:7], d[7:]])]
        )
    if region == "BR":
        if free:
            return [lambda: "0%s %s %s" % (a, s[:3], s[3:]), lambda: "0%s-%s" % (a, s)]
        return [
            lambda: "(%s) %s-%s" % (a, s[:-4], s[-4:]),
            lambda: "%s-%s-%s" % (a, s[:-4], s[-4:]),
            lambda: "0%s %s-%s" % (a, s[:-4], s[-4:]),
            lambda: "(0%s) %s %s" % (a, s[:-4], s[-4:]),
        ]
    if region == "IN":
        if free:
            return [
                lambda: "%s-%s-%s" % (a, s[:3], s[3:]) if a == "1800" else "%s %s" % (a, s),
                lambda: "%s %s" % (a, s),
            ]
        if len(a + s) == 10 and (a + s)[0] in "6789" and len(a) >= 4:
            d = a + s
            return [
                lambda: "%s-%s" % (d[:5], d[5:]),
                lambda: "0 %s %s" % (d[:5], d[5:]),
                lambda: "%s %s %s" % (d[:4], d[4:7], d[7:]),
            ]
        return [lambda: "(0%s) %s" % (a, j(halves(s))), lambda: "0%s-%s" % (a, s)]
    raise KeyError(region)


def _intl(region, a, s):
    c, j = "+%d" % CC[region], " ".join
    if region == "US":
        return [
            lambda: "+1-%s-%s-%s" % (a, s[:3], s[3:]),
            lambda: "+1 (%s)%s-%s" % (a, s[:3], s[3:]),
            lambda: "+1 %s-%s-%s" % (a, s[:3], s[3:]),
        ]
    if region in ("FR",):
        return [lambda: "%s (0)%s %s" % (c, a, j(pairs(s))), lambda: "%s %s %s" % (c, a, j(pairs(s)))]
    if region in ("ES", "PT", "IT"):
        d = a + s
        return [
            lambda: "%s %s" % (c, j([d[:3], d[3:6], d[6:]])),
            lambda: "(%s) %s" % (c, j([d[:3], d[3:6], d[6:]])),
        ]
    if region == "BR":
        return [
            lambda: "%s %s %s-%s" % (c, a, s[:-4], s[-4:]),
            lambda: "%s (%s) %s-%s" % (c, a, s[:-4], s[-4:]),
            lambda: "%s %s %s %s" % (c, a, s[:-4], s[-4:]),
        ]
    if region == "IN":
        d = a + s
        if d[0] in "6789":
            return [
                lambda: "%s %s %s" % (c, d[:5], d[5:]),
                lambda: "%s-%s-%s" % (c, d[:5], d[5:]),
                lambda: "%s %s" % (c, d),
            ]
        return [
            lambda: "%s %s %s" % (c, a, j(halves(s))),
            lambda: "%s-%s-%s" % (c, a, "-".join(halves(s))),
            lambda: "%s %s" % (c, d),
        ]
    # GB, DE, NL and the countries that write their own numbers internationally only
    return [
        lambda: "%s (0)%s %s" % (c, a, j(halves(s))),
        lambda: "%s (0) %s %s" % (c, a, j(halves(s))),
        lambda: "%s %s %s" % (c, a, j(halves(s))),
    ]


def _local(region, s):
    if region == "US":
        return [lambda: "%s.%s" % (s[:3], s[3:]), lambda: "%s-%s" % (s[:3], s[3:])]
    if region == "GB":
        return (
            [lambda: "%s-%s" % (s[:-4], s[-4:]), lambda: "%s %s" % (s[:-4], s[-4:])]
            if len(s) > 6
            else [lambda: " ".join(pairs(s)), lambda: s]
        )
    if region == "DE":
        return [lambda: s, lambda: " ".join(pairs(s))]
    if region == "NL":
        return [lambda: "%s %s" % (s[:3], s[3:]), lambda: "%s-%s" % (s[:3], s[3:])]
    if region == "BR":
        return [lambda: "%s.%s" % (s[:4], s[4:]), lambda: s, lambda: "%s - %s" % (s[:4], s[4:])]
    if region == "IN":
        return [lambda: s, lambda: "%s-%s" % (s[:-4], s[-4:])]
    raise KeyError(region)


def parses_to(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)


def put_back(text, region, area):
    """The full national form of a local (subscriber-only) number with its area code."""
    digits = "".join(ch for ch in text if ch.isdigit())
    trunk = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "", "IN": "0"}[region]
    return trunk + area + digits


def write(rng, num, region, mode):
    """Write num in one of the region's habits for mode ('national', 'international', 'local');
    every written form must parse back to the same valid number."""
    a, s = split(num)
    free = pn.number_type(num) in TYPES["free"]
    if mode == "international":
        habits = _intl(region, a, s)
    elif mode == "local":
        habits = _local(region, s)
    else:
        habits = _nat(region, a, s, free)
    order = list(range(len(habits)))
    rng.shuffle(order)
    for i in order:
        text = habits[i]()
        ok = (
            parses_to(put_back(text, region, a), region, num)
            if mode == "local"
            else parses_to(text, region, num)
        )
        if ok:
            return text
    raise RuntimeError("no habit for %s %s %s" % (e164(num), region, mode))
