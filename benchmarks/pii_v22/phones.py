"""Phone numbers for the v22 held-out set, as people type them: real area codes and mobile ranges of each
plan, checked with phonenumbers, written in national, subscriber-only and international habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED_TYPES = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.UAN, T.PREMIUM_RATE)
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
TRUNK = {
    "US": "1",
    "GB": "0",
    "DE": "0",
    "FR": "0",
    "NL": "0",
    "BR": "0",
    "IN": "0",
    "AU": "0",
    "IE": "0",
    "AT": "0",
    "CH": "0",
    "BE": "0",
    "ES": "",
    "IT": "",
}

# real area codes of the six plans where people give subscriber-only numbers: (area, subscriber length,
# digits a subscriber number may start with)
AREAS = {
    "US": [
        (a, 7, "23456789")
        for a in (
            "212",
            "312",
            "415",
            "617",
            "503",
            "206",
            "303",
            "512",
            "614",
            "919",
            "704",
            "404",
            "713",
            "612",
            "314",
            "412",
            "216",
            "502",
        )
    ],
    "GB": [("20", 8, "378"), ("29", 8, "2"), ("23", 8, "8"), ("24", 8, "7")]
    + [(a, 7, "2345789") for a in ("121", "161", "113", "114", "115", "116", "117", "131", "141", "151")]
    + [(a, 6, "2345678") for a in ("1223", "1865", "1273", "1603", "1904", "1225", "1392", "1752")],
    "DE": [
        (a, n, "23456789")
        for a, n in (
            ("30", 8),
            ("30", 7),
            ("40", 7),
            ("40", 8),
            ("89", 7),
            ("69", 7),
            ("221", 7),
            ("221", 6),
            ("711", 7),
            ("211", 6),
            ("351", 7),
            ("341", 6),
            ("511", 7),
            ("6221", 6),
            ("7071", 5),
            ("5251", 6),
            ("4621", 5),
            ("8151", 6),
            ("9131", 6),
            ("38203", 5),
            ("33205", 5),
            ("7531", 6),
        )
    ],
    "NL": [
        (a, 7, "2345678") for a in ("10", "20", "30", "40", "50", "70", "71", "72", "76", "24", "26", "43")
    ]
    + [(a, 6, "2345678") for a in ("172", "251", "546", "575", "313", "485", "111")],
    "BR": [(a, 8, "2345") for a in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "48", "19", "62")],
    "IN": [(a, 8, "2") for a in ("11", "22", "33", "44", "80", "40", "20", "79")]
    + [(a, 7, "2") for a in ("141", "172", "484", "522", "612", "731")],
}
# (prefix of the national significant number, its length)
MOBILE = {
    "GB": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    "DE": [
        ("151", 11),
        ("152", 11),
        ("157", 11),
        ("160", 10),
        ("170", 10),
        ("171", 10),
        ("172", 10),
        ("175", 10),
        ("176", 11),
        ("177", 10),
        ("178", 10),
        ("179", 10),
    ],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9), ("6", 9), ("7", 9)],
    "NL": [("6", 9)],
    "IT": [("32", 10), ("33", 10), ("34", 10), ("36", 10), ("38", 10), ("39", 10)],
    "BR": [(a + "9", 11) for a in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "48")],
    "IN": [("9", 10), ("8", 10), ("7", 10), ("6", 10)],
    "AU": [("4", 9)],
    "IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)],
    "AT": [("664", 10), ("676", 10), ("699", 11), ("650", 10)],
    "CH": [("76", 9), ("78", 9), ("79", 9)],
    "BE": [("47", 9), ("48", 9), ("49", 9)],
}
FIXED = {
    "FR": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "ES": [("91", 9), ("93", 9), ("96", 9), ("954", 9), ("983", 9), ("985", 9), ("94", 9)],
    "IT": [("02", 10), ("06", 10), ("011", 10), ("055", 10), ("051", 10), ("081", 10), ("0521", 10)],
    "AU": [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "IE": [("1", 8), ("1", 9), ("21", 9), ("61", 9)],
    "AT": [("1", 9), ("316", 10), ("662", 10), ("512", 10)],
    "CH": [("44", 9), ("31", 9), ("61", 9), ("21", 9), ("22", 9)],
    "BE": [("2", 8), ("3", 8), ("9", 8)],
}
SERVICE = {
    "GB": [("800", 10), ("808", 10), ("345", 10), ("330", 10)],
    "DE": [("800", 10), ("800", 11), ("1806", 9)],
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    "FR": [("800", 9), ("805", 9), ("809", 9)],
    "ES": [("900", 9), ("902", 9), ("901", 9)],
    "IT": [("800", 9), ("199", 9), ("848", 9)],
    "NL": [("800", 7), ("800", 9), ("900", 7), ("909", 7)],
    "BR": [("800", 10), ("4004", 8), ("3003", 8)],
    "IN": [("1800", 11), ("1800", 10), ("1860", 11)],
}


def _digits(rng, n, first="23456789"):
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def parse_e164(e164):
    return pn.parse(e164)


def _make(region, nsn, types):
    num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn))
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        return None
    if pn.number_type(num) not in types:
        return None
    return num


def fixed_local(region, rng):
    """A landline of a plan with area codes: (nsn, area length)."""
    while True:
        area, n, first = rng.choice(AREAS[region])
        nsn = area + _digits(rng, n, first)
        num = _make(region, nsn, FIXED_TYPES)
        if num is None:
            continue
        ndc, geo = pn.length_of_national_destination_code(num), pn.length_of_geographical_area_code(num)
        if ndc == len(area) == geo:
            return nsn, len(area)


def from_specs(region, rng, specs, types):
    while True:
        pre, n = rng.choice(specs)
        nsn = pre + _digits(rng, n - len(pre), "23456789")
        num = _make(region, nsn, types)
        if num is not None:
            return nsn, pn.length_of_national_destination_code(num)


def number(region, rng, kind):
    """kind: fixed, mobile or service; returns (nsn, area_len)."""
    if kind == "service":
        return from_specs(region, rng, SERVICE[region], SERVICE_TYPES)
    if kind == "mobile" and region != "US":
        return from_specs(region, rng, MOBILE[region], MOBILE_TYPES)
    if region in AREAS:
        return fixed_local(region, rng)
    return from_specs(region, rng, FIXED[region], FIXED_TYPES)


def e164_of(region, nsn):
    return "+%d%s" % (pn.country_code_for_region(region), nsn)


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def pairs(s):
    return grp(s, [3] + [2] * 8) if len(s) % 2 else grp(s, [2] * 9)


def local_text(region, sub, rng):
    """Subscriber-only numbers as people type them; returns (habit, text)."""
    n = len(sub)
    opts = [("compact", sub)]
    if region == "US":
        opts += [("hyphen", sub[:3] + "-" + sub[3:])] * 4
        opts += [("space", grp(sub, [3])), ("dot", grp(sub, [3], "."))]
    elif region == "GB":
        opts += [("space", grp(sub, [4] if n == 8 else [3]))] * 3
        if n == 6:
            opts.append(("pairs", grp(sub, [2, 2])))
    elif region == "DE":
        opts += [("pairs", pairs(sub))] * 2
        if n == 6:
            opts.append(("threes", grp(sub, [3])))
    elif region == "NL":
        opts += [("space", grp(sub, [3]))] * 2 + [("pairs", pairs(sub))]
    elif region == "BR":
        opts += [("hyphen", sub[:4] + "-" + sub[4:])] * 4 + [("space", grp(sub, [4]))]
    elif region == "IN":
        k = 4 if n == 8 else 3
        opts += [("space", grp(sub, [k]))] * 2 + [("hyphen", grp(sub, [k], "-"))]
    return rng.choice(opts)


def national_text(region, nsn, alen, kind, rng):
    """The number as written inside its own country; returns (habit, text)."""
    t = TRUNK[region]
    a, s = nsn[:alen], nsn[alen:]
    o = []
    if region == "US":
        x, ln = nsn[3:6], nsn[6:]
        o = [
            ("paren", "(%s) %s-%s" % (a, x, ln)),
            ("hyphens", "%s-%s-%s" % (a, x, ln)),
            ("dots", "%s.%s.%s" % (a, x, ln)),
            ("spaces", "%s %s %s" % (a, x, ln)),
            ("one_hyphens", "1-%s-%s-%s" % (a, x, ln)),
            ("paren_tight", "(%s)%s-%s" % (a, x, ln)),
            ("one_paren", "1 (%s) %s-%s" % (a, x, ln)),
        ]
    elif region == "FR":
        d = t + nsn
        o = [
            ("pairs", grp(d, [2] * 5)),
            ("dots", grp(d, [2] * 5, ".")),
            ("hyphens", grp(d, [2] * 5, "-")),
            ("compact", d),
            ("pairs", grp(d, [2] * 5)),
        ]
        if kind == "service":
            o.append(("service_split", "0 " + grp(nsn, [3, 2, 2, 2])))
    elif region == "ES":
        o = [
            ("threes", grp(nsn, [3, 3])),
            ("three_pairs", grp(nsn, [3, 2, 2])),
            ("compact", nsn),
            ("hyphens", grp(nsn, [3, 3], "-")),
            ("dots", grp(nsn, [3, 3], ".")),
        ]
        if kind == "fixed" and nsn[:2] in ("91", "93", "94", "96"):
            o.append(("two_pairs", grp(nsn, [2, 3, 2])))
    elif region == "IT":
        if kind == "fixed":
            o = [
                ("space", a + " " + s),
                ("slash", a + "/" + s),
                ("hyphen", a + "-" + s),
                ("compact", nsn),
                ("split", a + " " + grp(s, [4] if len(s) == 8 else [3])),
            ]
        else:
            o = [
                ("threes", grp(nsn, [3, 3])),
                ("slash", nsn[:3] + "/" + nsn[3:]),
                ("compact", nsn),
                ("hyphen", nsn[:3] + "-" + nsn[3:]),
                ("space_rest", nsn[:3] + " " + nsn[3:]),
            ]
    elif region == "BR":
        if kind == "service":
            o = [("space", "0" + grp(nsn, [3, 3])), ("hyphens", "0" + grp(nsn, [3, 3], "-"))]
            if len(nsn) == 8:
                o = [("hyphen", nsn[:4] + "-" + nsn[4:])]
        else:
            h = "%s-%s" % (s[:-4], s[-4:])
            o = [
                ("paren", "(%s) %s" % (a, h)),
                ("plain", "%s %s" % (a, h)),
                ("paren_tight", "(%s)%s" % (a, h)),
                ("compact", nsn),
            ]
            if kind == "mobile":
                o.append(("nine_apart", "(%s) 9 %s-%s" % (a, s[1:5], s[5:])))
    elif region == "IN" and kind == "mobile":
        o = [
            ("fives", grp(nsn, [5])),
            ("trunk_fives", "0" + grp(nsn, [5])),
            ("compact", nsn),
            ("hyphen", grp(nsn, [5], "-")),
            ("threes", grp(nsn, [3, 3])),
        ]
    elif kind == "service":
        d = t + nsn
        o = [("space", grp(d, [4, 3])), ("compact", d), ("hyphen", grp(d, [4], "-"))]
        if region == "NL":
            o = [("hyphen", d[:4] + "-" + d[4:]), ("space", d[:4] + " " + d[4:])]
        if region == "IN":
            o = [("space", grp(nsn, [4, 3])), ("hyphens", grp(nsn, [4, 3], "-"))]
    elif kind == "mobile":
        d = t + nsn
        if region == "GB":
            o = [
                ("standard", d[:5] + " " + d[5:]),
                ("compact", d),
                ("threes", grp(d, [5, 3])),
                ("hyphen", d[:5] + "-" + d[5:]),
            ]
        elif region == "DE":
            p, r = d[:4], d[4:]
            o = [
                ("space", p + " " + r),
                ("slash", p + "/" + r),
                ("hyphen", p + "-" + r),
                ("compact", d),
                ("grouped", p + " " + grp(r, [3, 2, 2])),
                ("spaced_dash", p + " - " + r),
            ]
        elif region == "NL":
            o = [
                ("hyphen", "06-" + nsn[1:]),
                ("space", "06 " + nsn[1:]),
                ("pairs", grp(d, [2] * 5)),
                ("compact", d),
                ("spaced_dash", "06 - " + grp(nsn[1:], [3, 3])),
            ]
        else:
            o = [("space", grp(d, [4, 3])), ("compact", d), ("pairs", grp(d, [4, 2, 2]))]
    else:
        ta = t + a
        if region == "GB":
            sub = grp(s, [4] if len(s) == 8 else [3])
            o = [
                ("standard", ta + " " + sub),
                ("compact", t + nsn),
                ("paren", "(%s) %s" % (ta, sub)),
                ("hyphen", ta + "-" + sub.replace(" ", "-")),
            ]
            if len(a) == 2:
                o.append(("misgroup", ta + s[0] + " " + grp(s[1:], [3])))
        elif region == "DE":
            o = [
                ("space", ta + " " + s),
                ("slash", ta + "/" + s),
                ("slash_sp", ta + " / " + s),
                ("paren", "(%s) %s" % (ta, s)),
                ("hyphen", ta + "-" + s),
                ("pairs", ta + " " + pairs(s)),
            ]
        elif region == "NL":
            o = [
                ("hyphen", ta + "-" + s),
                ("space", ta + " " + grp(s, [3])),
                ("paren", "(%s) %s" % (ta, pairs(s))),
                ("compact", t + nsn),
                ("pairs", ta + " " + pairs(s)),
            ]
        elif region == "IN":
            o = [
                ("hyphen", ta + "-" + s),
                ("space", ta + " " + grp(s, [4] if len(s) == 8 else [3])),
                ("paren", "(%s) %s" % (ta, grp(s, [4]))),
                ("compact", t + nsn),
            ]
    return rng.choice(o)


def intl_text(region, nsn, rng, doc_region=None):
    """The number written for callers abroad; returns (habit, text)."""
    num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn))
    base = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    cc = str(num.country_code)
    rest = base[len(cc) + 2 :]
    flat = rest.replace("-", " ")
    o = [
        ("intl", base),
        ("intl", "+%s %s" % (cc, flat)),
        ("e164", "+" + cc + nsn),
        ("double_zero", "00%s %s" % (cc, flat)),
        ("plus_hyphens", "+%s-%s" % (cc, flat.replace(" ", "-"))),
        ("paren_cc", "(+%s) %s" % (cc, flat)),
        ("plus_dots", "+%s.%s" % (cc, flat.replace(" ", "."))),
        ("cc_then_compact", "+%s %s" % (cc, nsn)),
    ]
    if TRUNK[region] == "0":
        o.append(("plus_zero", "+%s (0)%s" % (cc, flat)))
        o.append(("plus_zero_sp", "+%s (0) %s" % (cc, flat)))
    if region == "US":
        o.append(("us_paren", "+1 (%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:])))
    if doc_region == "US" and region != "US":
        o.append(("us_011", "011 %s %s" % (cc, flat)))
    return rng.choice(o)


def phone_value(mode, region, text, nsn, alen):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": e164_of(region, nsn),
        "area_len": alen,
    }
