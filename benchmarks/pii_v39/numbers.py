"""Phone numbers for the v39 set: generation, written habits, and the checks that each form parses back."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

# towns whose fixed-line numbers are announced by subscriber part only (area code = national digits)
AREAS = {
    "US": [
        ("Denver", "303"),
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Boise", "208"),
        ("Spokane", "509"),
        ("Albany", "518"),
        ("Madison", "608"),
    ],
    "GB": [
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Bristol", "117"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Cardiff", "29"),
        ("Norwich", "1603"),
        ("York", "1904"),
    ],
    "DE": [
        ("Bremen", "421"),
        ("Hannover", "511"),
        ("Freiburg", "761"),
        ("Dresden", "351"),
        ("Leipzig", "341"),
        ("Rostock", "381"),
        ("Augsburg", "821"),
        ("Berlin", "30"),
        ("Hamburg", "40"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Haarlem", "23"),
        ("Eindhoven", "40"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Maastricht", "43"),
        ("Delft", "15"),
        ("Amersfoort", "33"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Salvador", "71"),
        ("Fortaleza", "85"),
        ("Belo Horizonte", "31"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
    ],
    "IN": [
        ("Kolkata", "33"),
        ("Chennai", "44"),
        ("Hyderabad", "40"),
        ("Lucknow", "522"),
        ("Ahmedabad", "79"),
        ("Bhopal", "755"),
        ("Kochi", "484"),
        ("Patna", "612"),
        ("Delhi", "11"),
    ],
}
NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}

# national significant number prefixes and total lengths, by region and type
PREFIXES = {
    "US": {"mobile": [("", 10)], "fixed": [("", 10)], "service": [("800", 10), ("888", 10), ("877", 10)]},
    "GB": {
        "mobile": [("74", 10), ("77", 10), ("79", 10)],
        "fixed": [("114", 10), ("131", 10), ("1603", 10)],
        "service": [("800", 10), ("345", 10), ("300", 10)],
    },
    "DE": {
        "mobile": [("170", 10), ("171", 10), ("176", 11), ("151", 11)],
        "fixed": [("421", 10), ("89", 10)],
        "service": [("800", 10)],
    },
    "FR": {
        "mobile": [("6", 9), ("7", 9)],
        "fixed": [("1", 9), ("2", 9), ("4", 9), ("5", 9)],
        "service": [("800", 9), ("805", 9)],
    },
    "ES": {
        "mobile": [("6", 9)],
        "fixed": [("91", 9), ("93", 9), ("954", 9), ("96", 9)],
        "service": [("900", 9)],
    },
    "IT": {
        "mobile": [("34", 10), ("33", 10), ("32", 10)],
        "fixed": [("02", 10), ("06", 10), ("011", 10), ("055", 10)],
        "service": [("800", 9)],
    },
    "NL": {
        "mobile": [("6", 9)],
        "fixed": [("50", 9), ("10", 9), ("70", 9)],
        "service": [("800", 11), ("800", 7)],
    },
    "PT": {
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "fixed": [("21", 9), ("22", 9), ("239", 9)],
        "service": [("800", 9), ("808", 9)],
    },
    "BR": {
        "mobile": [("519", 11), ("719", 11), ("319", 11)],
        "fixed": [("513", 10), ("713", 10), ("313", 10)],
        "service": [("800", 10)],
    },
    "IN": {
        "mobile": [("98", 10), ("97", 10), ("94", 10), ("70", 10)],
        "fixed": [("33", 10), ("44", 10), ("522", 10)],
        "service": [("1800", 11), ("1860", 11)],
    },
    "AT": {
        "mobile": [("664", 10), ("676", 10)],
        "fixed": [("1", 8), ("316", 10), ("662", 10)],
        "service": [],
    },
    "CH": {"mobile": [("79", 9), ("78", 9)], "fixed": [("44", 9), ("31", 9), ("22", 9)], "service": []},
    "BE": {"mobile": [("47", 9), ("49", 9)], "fixed": [("2", 8), ("3", 8), ("9", 8)], "service": []},
    "AU": {"mobile": [("4", 9)], "fixed": [("2", 9), ("3", 9), ("8", 9)], "service": []},
    "IE": {"mobile": [("85", 9), ("87", 9)], "fixed": [("1", 8), ("21", 9)], "service": []},
}
TYPES = {
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "service": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make(rng, region, kind):
    """A valid number of the region and kind ('mobile', 'fixed', 'service')."""
    for _ in range(2000):
        pre, total = rng.choice(PREFIXES[region][kind])
        if region == "US" and kind != "service":
            pre = rng.choice(AREAS["US"])[1] + rng.choice("23456789")
        nsn = pre + _digits(rng, total - len(pre))
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn))
        if pn.is_valid_number(num) and pn.number_type(num) in TYPES[kind]:
            if pn.region_code_for_number(num) == region:
                return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def make_local(rng, region, area):
    """A valid fixed line in the area (national digits, no trunk); the geographic area length must match."""
    for _ in range(2000):
        sub = rng.choice("2345678") + _digits(rng, NSN_LEN[region] - len(area) - 1)
        num = pn.parse("+%d%s%s" % (pn.country_code_for_region(region), area, sub))
        ok_type = pn.number_type(num) in TYPES["fixed"] or region == "US"
        if pn.is_valid_number(num) and ok_type and pn.length_of_geographical_area_code(num) == len(area):
            return num, sub
    raise RuntimeError("no local number for %s %s" % (region, area))


def nsn_of(num):
    return pn.national_significant_number(num)


def _split(num):
    nsn = nsn_of(num)
    nd = pn.length_of_national_destination_code(num) or len(nsn) // 2
    return nsn[:nd], nsn[nd:]


def _pairs_right(s):
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def _g(s, *sizes):
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return [p for p in out if p]


def national_forms(num):
    """Written national forms, standard first, then the habits new in v39."""
    region = pn.region_code_for_number(num)
    std = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    ndc, sub = _split(num)
    f = [std]
    if region == "US":
        f += [
            "%s %s %s" % (ndc, sub[:3], sub[3:]),
            "%s/%s-%s" % (ndc, sub[:3], sub[3:]),
            "1 (%s) %s-%s" % (ndc, sub[:3], sub[3:]),
        ]
    elif region == "GB":
        f += ["0%s %s" % (ndc, sub)] if ndc[0] == "7" else ["(0%s) %s" % (ndc, sub), "0%s %s" % (ndc, sub)]
    elif region == "DE":
        f += ["0%s-%s" % (ndc, sub), "0%s / %s" % (ndc, sub), "(0%s) %s" % (ndc, _pairs_right(sub))]
    elif region == "FR":
        f += [std.replace(" ", "-"), std.replace(" ", "\u00a0")]
    elif region == "ES":
        n = nsn_of(num)
        f += ["%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])]
    elif region == "IT":
        n = nsn_of(num)
        f += ["%s/%s" % (ndc, sub), "%s-%s" % (ndc, sub), " ".join(_g(n, 3, 3, 4)) if n[0] == "3" else std]
    elif region == "NL":
        f.append("0%s - %s" % (ndc, sub))
        if len(sub) == 7:
            f.append("0%s-%s" % (ndc, " ".join(_g(sub, 3, 2, 2))))
        if ndc == "6":
            f.append("06 - %s" % " ".join(_g(sub, 2, 2, 2, 2)))
    elif region == "PT":
        n = nsn_of(num)
        f += [" ".join(_g(n, 3, 3, 3)), " ".join(_g(n, 2, 3, 2, 2))]
    elif region == "BR":
        f += [
            "(%s) %s" % (ndc, sub),
            "%s-%s-%s" % (ndc, sub[:-4], sub[-4:]),
            "(%s)%s-%s" % (ndc, sub[:-4], sub[-4:]),
        ]
        if len(sub) == 9:
            f.append("(%s) %s %s-%s" % (ndc, sub[0], sub[1:5], sub[5:]))
    elif region == "IN":
        n = nsn_of(num)
        if n[0] in "6789":
            f += ["%s %s" % (n[:5], n[5:]), "%s-%s" % (n[:5], n[5:]), "0 %s %s" % (n[:5], n[5:])]
        else:
            grp = _g(sub, 4, 4) if len(sub) == 8 else _g(sub, 3, 4)
            f += ["0%s-%s" % (ndc, " ".join(grp)), "0%s - %s" % (ndc, sub)]
    return _uniq([x for x in f if parses_to(x, region, num)])


def _uniq(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def intl_forms(num):
    cc = num.country_code
    std = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    ndc, sub = _split(num)
    f = [std, "+%d %s" % (cc, nsn_of(num))]
    if pn.number_type(num) == T.FIXED_LINE:
        f.append("+%d (%s) %s" % (cc, ndc, sub))
    if num.country_code == 91 and nsn_of(num)[0] in "6789":
        n = nsn_of(num)
        f.append("+91-%s-%s" % (n[:5], n[5:]))
    return _uniq([x for x in f if parses_to(x, "ZZ", num)])


def service_forms(num):
    region = pn.region_code_for_number(num)
    n = nsn_of(num)
    f = [pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)]
    if region == "US":
        f += ["1 %s %s %s" % (n[:3], n[3:6], n[6:]), "(%s) %s-%s" % (n[:3], n[3:6], n[6:])]
    elif region == "IN":
        f += ["%s %s %s" % (n[:4], n[4:7], n[7:]), "%s-%s-%s" % (n[:4], n[4:7], n[7:])]
    elif region in ("DE", "GB"):
        f += ["0%s %s" % (n[:3], n[3:]), "0%s-%s" % (n[:3], n[3:])]
    elif region == "FR":
        f.append("0\u00a0%s\u00a0%s\u00a0%s\u00a0%s" % (n[:3], n[3:5], n[5:7], n[7:]))
    elif region == "NL":
        f.append("0%s-%s" % (n[:3], n[3:]))
    elif region == "BR":
        f.append("0%s-%s-%s" % (n[:3], n[3:6], n[6:]))
    return _uniq([x for x in f if parses_to(x, region, num)])


def local_forms(region, sub):
    if region == "US":
        f = ["%s-%s" % (sub[:3], sub[3:]), "%s %s" % (sub[:3], sub[3:])]
    elif region == "GB":
        f = [
            "%s %s" % (sub[:3], sub[3:])
            if len(sub) == 7
            else ("%s %s" % (sub[:4], sub[4:]) if len(sub) == 8 else "%s %s" % (sub[:3], sub[3:]))
        ]
        if len(sub) == 6:
            f.append(_pairs_right(sub))
    elif region == "DE":
        f = [" ".join(_g(sub, 3, 2, 2)) if len(sub) == 7 else " ".join(_g(sub, 4, 4)), _pairs_right(sub)]
    elif region == "NL":
        f = [" ".join(_g(sub, 3, 2, 2)), "%s %s" % (sub[:3], sub[3:])]
    elif region == "BR":
        f = ["%s %s" % (sub[:4], sub[4:]), "%s.%s" % (sub[:4], sub[4:])]
    else:  # IN
        f = (
            ["%s %s" % (sub[:4], sub[4:]), "%s-%s" % (sub[:4], sub[4:])]
            if len(sub) == 8
            else ["%s %s" % (sub[:3], sub[3:]), sub]
        )
    return f


def parses_to(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return (
        pn.is_valid_number(got)
        and got.country_code == num.country_code
        and got.national_number == num.national_number
        and got.italian_leading_zero == num.italian_leading_zero
    )


def local_parses_to(text, region, area, num):
    digits = "".join(c for c in text if c.isdigit())
    return parses_to(TRUNK[region] + area + digits, region, num)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)
