"""Phone numbers for the v62 set: drawing, writing habits and the parse-back check."""

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
    "CH": 41,
    "AT": 43,
    "BE": 32,
    "IE": 353,
    "AU": 61,
}

# national significant number prefixes and total lengths, by region and kind
PREFIX = {
    "US": {
        "fixed": [("205", 10), ("317", 10), ("414", 10), ("505", 10), ("608", 10), ("704", 10), ("860", 10)],
        "mobile": [("651", 10), ("763", 10), ("971", 10)],
        "other": [("833", 10), ("844", 10), ("855", 10), ("877", 10)],
    },
    "GB": {
        "fixed": [("20", 10), ("117", 10), ("131", 10), ("151", 10), ("1223", 10), ("1482", 10)],
        "mobile": [("74", 10), ("75", 10), ("78", 10), ("79", 10)],
        "other": [("800", 10), ("808", 10)],
    },
    "DE": {
        "fixed": [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("711", 10), ("511", 10)],
        "mobile": [("151", 11), ("152", 11), ("157", 11), ("160", 10), ("172", 10), ("175", 10)],
        "other": [("800", 10)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("96", 9), ("983", 9), ("985", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("900", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("011", 10), ("051", 10), ("081", 10)],
        "mobile": [("320", 10), ("328", 10), ("347", 10), ("366", 10), ("393", 10)],
        "other": [("800", 9)],
    },
    "NL": {
        "fixed": [("10", 9), ("30", 9), ("40", 9), ("70", 9), ("53", 9), ("73", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 10)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9), ("253", 9)],
        "mobile": [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9)],
    },
    "BR": {
        "fixed": [("113", 10), ("213", 10), ("313", 10), ("613", 10), ("713", 10), ("473", 10)],
        "mobile": [("119", 11), ("219", 11), ("319", 11), ("859", 11)],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("112", 10), ("222", 10), ("332", 10), ("402", 10), ("802", 10)],
        "mobile": [("98", 10), ("97", 10), ("90", 10), ("88", 10), ("70", 10)],
        "other": [("1800", 11)],
    },
    "CH": {"fixed": [("44", 9), ("31", 9), ("61", 9)], "mobile": [("76", 9), ("78", 9), ("79", 9)]},
    "AT": {"fixed": [("1", 9), ("1", 10)], "mobile": [("664", 10), ("676", 10), ("699", 11)]},
    "BE": {"fixed": [("2", 8), ("3", 8), ("9", 8)], "mobile": [("47", 9), ("48", 9), ("49", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 9)], "mobile": [("83", 9), ("85", 9), ("87", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9), ("8", 9)], "mobile": [("4", 9)]},
}

WANT = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "other": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}

# towns for announced local numbers: (town, area code without trunk prefix)
AREAS = {
    "US": [
        ("Dayton", "937"),
        ("Albany", "518"),
        ("Fresno", "559"),
        ("Omaha", "402"),
        ("Savannah", "912"),
        ("Lubbock", "806"),
        ("Tulsa", "918"),
        ("Eugene", "541"),
        ("Buffalo", "716"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Norwich", "1603"),
        ("Derby", "1332"),
        ("Cardiff", "29"),
        ("York", "1904"),
        ("Exeter", "1392"),
        ("Leicester", "116"),
        ("Swansea", "1792"),
    ],
    "DE": [
        ("Leipzig", "341"),
        ("Kassel", "561"),
        ("Bremen", "421"),
        ("Würzburg", "931"),
        ("Regensburg", "941"),
        ("Kiel", "431"),
        ("Göttingen", "551"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Maastricht", "43"),
        ("Haarlem", "23"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Tilburg", "13"),
        ("Delft", "15"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Natal", "84"),
        ("Porto Alegre", "51"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Indore", "731"),
        ("Hyderabad", "40"),
        ("Kolkata", "33"),
    ],
}
NSN_LEN = {"US": 10, "GB": 10, "NL": 9, "BR": 10, "IN": 10}
TRUNK = {
    "US": "",
    "GB": "0",
    "DE": "0",
    "NL": "0",
    "BR": "0",
    "IN": "0",
    "FR": "0",
    "ES": "",
    "IT": "",
    "PT": "",
    "CH": "0",
    "AT": "0",
    "BE": "0",
    "IE": "0",
    "AU": "0",
}


def ntype(region, nsn):
    n = pn.parse("+%d%s" % (CC[region], nsn))
    return n, pn.is_valid_number(n) and pn.region_code_for_number(n) == region, pn.number_type(n)


def draw(rng, region, kind):
    """A valid number (national significant number string) of the wanted type."""
    for _ in range(5000):
        pre, length = rng.choice(PREFIX[region][kind])
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if kind != "other" and nsn[len(pre)] in "01" and region in ("US", "BR", "IN"):
            continue
        n, ok, t = ntype(region, nsn)
        if ok and t in WANT[kind]:
            return nsn
    raise RuntimeError((region, kind))


def draw_local(rng, region, area):
    """Subscriber part for a fixed line in the given area; asserts the geographic area code length."""
    for _ in range(5000):
        if region == "DE":
            sub_len = rng.choice([6, 7]) if len(area) == 3 else 8
        else:
            sub_len = NSN_LEN[region] - len(area)
        first = "2345" if region in ("BR", "IN") else "23456789"
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        n, ok, t = ntype(region, area + sub)
        if ok and t in WANT["fixed"] and pn.length_of_geographical_area_code(n) == len(area):
            return sub
    raise RuntimeError((region, area))


def e164(region, nsn):
    return "+%d%s" % (CC[region], nsn)


def parses_back(text, region, e):
    try:
        n = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n) and pn.format_number(n, pn.PhoneNumberFormat.E164) == e


def put_back(sub, region, area):
    """A local form with its trunk prefix and area code put back, as one national string."""
    return TRUNK[region] + area + "".join(c for c in sub if c.isdigit())


def _ndc(region, nsn):
    n = pn.parse("+%d%s" % (CC[region], nsn))
    k = pn.length_of_national_destination_code(n)
    return nsn[:k], nsn[k:]


def pairs(s):
    out = [s[i : i + 2] for i in range(len(s) % 2, len(s), 2)]
    return ([s[0]] if len(s) % 2 else []) + out


def _sp(s, sizes, sep=" "):
    parts, i = [], 0
    for k in sizes:
        parts.append(s[i : i + k])
        i += k
    if i < len(s):
        parts[-1] += s[i:]
    return sep.join(p for p in parts if p)


def written(rng, region, nsn, kind, intl):
    """One written form of the number: habits not in v52's list where real writers use them."""
    a, r = _ndc(region, nsn)
    half = len(r) // 2
    if region == "US":
        b, c = nsn[3:6], nsn[6:]
        if kind == "other":
            opts = ["(%s) %s-%s" % (a, b, c), "1.%s.%s.%s" % (a, b, c), "1 %s %s %s" % (a, b, c)]
        elif intl:
            opts = ["+1-%s-%s-%s" % (a, b, c), "+1.%s.%s.%s" % (a, b, c), "+1 %s-%s-%s" % (a, b, c)]
        else:
            opts = [
                "%s-%s-%s" % (a, b, c),
                "%s.%s.%s" % (a, b, c),
                "(%s)%s-%s" % (a, b, c),
                "(%s) %s-%s" % (a, b, c),
            ]
    elif region == "GB":
        if kind == "other":
            opts = ["0%s %s %s" % (a, r[:3], r[3:]), "0%s-%s-%s" % (a, r[:3], r[3:])]
        elif intl:
            opts = [
                "+44 (0)%s %s %s" % (a, r[:-4], r[-4:]),
                "+44 (0) %s %s" % (a, r),
                "+44 %s-%s-%s" % (a, r[:-4], r[-4:]),
            ]
        elif kind == "mobile":
            opts = ["0%s-%s-%s" % (nsn[:4], nsn[4:7], nsn[7:]), "0%s" % nsn, "0%s %s" % (nsn[:4], nsn[4:])]
        elif a == "20":
            opts = [
                "020-%s-%s" % (r[:4], r[4:]),
                "020%s %s %s" % (r[:1], r[1:4], r[4:]),
                "(020) %s %s" % (r[:4], r[4:]),
            ]
        else:
            opts = ["0%s %s %s" % (a, r[:-4], r[-4:]), "0%s-%s-%s" % (a, r[:-4], r[-4:]), "(0%s) %s" % (a, r)]
    elif region == "DE":
        if kind == "other":
            opts = ["0800 %s %s" % (r[:3], r[3:]), "(0800) %s" % r]
        elif intl:
            opts = (
                ["+49 (0)%s %s" % (a, r), "+49 %s %s-%s" % (a, r[:-2], r[-2:])]
                if kind == "fixed"
                else ["+49 (0) %s %s" % (a, r), "+49 %s-%s" % (a, r)]
            )
        elif kind == "fixed":
            opts = [
                "(0%s) %s" % (a, " ".join(pairs(r))),
                "0%s %s" % (a, " ".join(pairs(r))),
                "0%s-%s" % (a, r),
                "0%s %s-%s" % (a, r[:-2], r[-2:]),
            ]
        else:
            opts = ["0%s %s" % (a, r), "0%s-%s" % (a, r), "0%s %s %s" % (a, r[:half], r[half:])]
    elif region == "FR":
        p = pairs("0" + nsn)
        if kind == "other":
            opts = ["0%s %s" % (nsn[:3], " ".join(pairs(nsn[3:]))), " ".join(p)]
        elif intl:
            opts = [
                "+33 (0)%s %s" % (nsn[0], " ".join(pairs(nsn[1:]))),
                "+33 %s %s" % (nsn[0], " ".join(pairs(nsn[1:]))),
                "+33 (0)%s.%s" % (nsn[0], ".".join(pairs(nsn[1:]))),
            ]
        else:
            opts = [" ".join(p), ".".join(p)]
    elif region == "ES":
        if kind == "other":
            opts = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])]
        elif intl:
            opts = [
                "+34 %s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
                "+34 %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
            ]
        else:
            opts = ["%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]), nsn]
    elif region == "IT":
        if kind == "other":
            opts = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])]
        elif kind == "mobile":
            opts = (
                ["+39 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "+39-%s-%s" % (nsn[:3], nsn[3:])]
                if intl
                else ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s-%s" % (nsn[:3], nsn[3:])]
            )
        else:
            lead = nsn[: len(a)]
            rest = nsn[len(a) :]
            opts = (
                ["+39 %s %s %s" % (lead, rest[:half], rest[half:])]
                if intl
                else [
                    "%s %s %s" % (lead, rest[:half], rest[half:]),
                    "%s.%s.%s" % (lead, rest[:half], rest[half:]),
                ]
            )
    elif region == "NL":
        if kind == "other":
            opts = ["0800 %s %s %s" % (r[:3], r[3:5], r[5:]), "0800 %s" % _sp(r, [3, 4])]
        elif intl:
            opts = ["+31 (0)%s %s" % (a, _sp(r, [len(r) - 4, 4])), "+31 %s %s" % (a, _sp(r, [len(r) - 4, 4]))]
        elif kind == "mobile":
            opts = ["06 %s" % " ".join(pairs(r)), "06-%s %s" % (r[:4], r[4:])]
        else:
            opts = [
                "0%s %s" % (a, _sp(r, [3, 4])),
                "(0%s) %s" % (a, _sp(r, [3, 2, 2])),
                "0%s-%s" % (a, _sp(r, [3, 2, 2])),
            ]
    elif region == "PT":
        if kind == "other":
            opts = [
                "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
            ]
        elif intl:
            opts = ["+351 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])]
        else:
            opts = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])]
    elif region == "BR":
        if kind == "other":
            opts = ["0800 %s %s" % (nsn[3:6], nsn[6:]), "0800 %s" % nsn[3:]]
        elif intl:
            opts = ["+55 %s %s-%s" % (a, r[:-4], r[-4:]), "+55 %s %s %s" % (a, r[:-4], r[-4:])]
        else:
            opts = [
                "(%s) %s %s" % (a, r[:-4], r[-4:]),
                "%s %s.%s" % (a, r[:-4], r[-4:]),
                "(0xx%s) %s-%s" % (a, r[:-4], r[-4:]),
            ]
            if kind == "mobile":
                opts = ["(%s) %s-%s" % (a, r[:-4], r[-4:]), "%s %s.%s" % (a, r[:-4], r[-4:])]
    elif region == "IN":
        if kind == "other":
            opts = ["1800-%s" % nsn[4:], nsn]
        elif kind == "mobile":
            opts = (
                ["+91 %s %s" % (nsn[:5], nsn[5:]), "+91 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])]
                if intl
                else ["%s %s" % (nsn[:5], nsn[5:]), nsn]
            )
        else:
            opts = (
                ["+91 %s %s" % (a, _sp(r, [len(r) - 4, 4]))]
                if intl
                else ["0%s %s" % (a, _sp(r, [len(r) - 4, 4])), "(0%s) %s" % (a, r), "0%s-%s" % (a, r)]
            )
    elif region == "CH":
        p = pairs(r)
        opts = [
            "+41 (0)%s %s" % (a, _sp(r, [3, 2, 2])),
            "+41-%s-%s" % (a, "-".join([r[:3]] + pairs(r[3:]))),
            "+41 %s %s" % (a, r),
        ]
        del p
    elif region == "AT":
        opts = ["+43 (0)%s %s" % (a, r), "+43 %s/%s" % (a, r)]
    elif region == "BE":
        opts = ["+32 (0)%s %s" % (a, " ".join(pairs(r))), "+32 %s/%s" % (a, ".".join(pairs(r)))]
    elif region == "IE":
        opts = ["+353 (0)%s %s" % (a, _sp(r, [len(r) - 4, 4])), "+353-%s-%s" % (a, r)]
    elif region == "AU":
        opts = [
            "+61 (0)%s %s" % (a, _sp(r, [len(r) - 4, 4]) if len(r) == 8 else _sp(r, [3, 3])),
            "+61 %s-%s" % (nsn[:3], _sp(nsn[3:], [3, 3], "-")) if nsn[0] == "4" else "+61 %s %s" % (a, r),
        ]
    else:
        raise KeyError(region)
    return rng.choice(opts)


def written_local(rng, region, sub):
    """Subscriber-only forms, as people in each country write them."""
    n = len(sub)
    if region == "US":
        return rng.choice(["%s-%s" % (sub[:3], sub[3:]), "%s.%s" % (sub[:3], sub[3:])])
    if region == "GB":
        if n == 8:
            return rng.choice(["%s %s" % (sub[:4], sub[4:]), "%s-%s" % (sub[:4], sub[4:])])
        if n == 7:
            return rng.choice(["%s %s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])])
        return rng.choice([sub, "%s %s" % (sub[:3], sub[3:])])
    if region == "DE":
        return rng.choice([" ".join(pairs(sub)), "%s-%s" % (sub[:-2], sub[-2:]), sub])
    if region == "NL":
        return rng.choice(["%s %s" % (sub[:3], sub[3:]), "%s %s %s" % (sub[:2], sub[2:4], sub[4:]), sub])
    if region == "BR":
        return rng.choice(["%s.%s" % (sub[:4], sub[4:]), "%s-%s" % (sub[:4], sub[4:])])
    if region == "IN":
        if n == 8:
            return rng.choice([sub, "%s-%s" % (sub[:4], sub[4:])])
        return rng.choice([sub, "%s %s" % (sub[:3], sub[3:])])
    raise KeyError(region)
