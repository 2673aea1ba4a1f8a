"""Phone numbers for the v119 set: drawn at random from a prefix, kept when phonenumbers calls them valid and
of the wanted type, then written in one of the habits below and parsed back to the same number."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# Towns with their area code (no trunk prefix) and subscriber length, for announced local numbers.
AREAS = {
    "US": [
        ("Omaha", "402", 7),
        ("Tulsa", "918", 7),
        ("Albany", "518", 7),
        ("Savannah", "912", 7),
        ("Reno", "775", 7),
        ("Des Moines", "515", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Sheffield", "114", 7),
        ("Nottingham", "115", 7),
        ("Leicester", "116", 7),
        ("Edinburgh", "131", 7),
        ("Glasgow", "141", 7),
    ],
    "DE": [
        ("Köln", "221", 7),
        ("Dresden", "351", 7),
        ("Leipzig", "341", 7),
        ("Kassel", "561", 7),
        ("Bonn", "228", 7),
        ("Würzburg", "931", 7),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Zwolle", "38", 7),
        ("Nijmegen", "24", 7),
        ("Haarlem", "23", 7),
        ("Eindhoven", "40", 7),
        ("Maastricht", "43", 7),
    ],
    "BR": [
        ("Recife", "81", 8),
        ("Porto Alegre", "51", 8),
        ("Manaus", "92", 8),
        ("Goiânia", "62", 8),
        ("Florianópolis", "48", 8),
        ("Campinas", "19", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Kolkata", "33", 8),
        ("Hyderabad", "40", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Ahmedabad", "79", 8),
    ],
}
TRUNK = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "", "IN": "0"}

# (prefix, total national significant length, first-group length) per region and type.
PREFIXES = {
    "US": {
        "fixed": [(a, 10, 3) for a in ("206", "303", "404", "512", "614", "702", "801", "919")],
        "mobile": [(a, 10, 3) for a in ("347", "617", "415", "713")],
        "other": [(a, 10, 3) for a in ("800", "833", "844", "855", "866", "877", "888")],
    },
    "GB": {
        "fixed": [
            ("117", 10, 3),
            ("118", 10, 3),
            ("121", 10, 3),
            ("151", 10, 3),
            ("191", 10, 3),
            ("1223", 10, 4),
            ("1865", 10, 4),
            ("20", 10, 2),
        ],
        "mobile": [("74", 10, 4), ("75", 10, 4), ("77", 10, 4), ("78", 10, 4), ("79", 10, 4)],
        "other": [("800", 10, 3), ("808", 10, 3), ("345", 10, 3)],
    },
    "DE": {
        "fixed": [
            ("30", 10, 2),
            ("40", 10, 2),
            ("89", 10, 2),
            ("69", 10, 2),
            ("711", 10, 3),
            ("511", 10, 3),
            ("421", 10, 3),
            ("6221", 10, 4),
        ],
        "mobile": [
            ("151", 11, 3),
            ("160", 11, 3),
            ("171", 10, 3),
            ("172", 11, 3),
            ("157", 11, 4),
            ("176", 11, 3),
            ("152", 11, 3),
        ],
        "other": [("800", 10, 3)],
    },
    "FR": {
        "fixed": [(p, 9, 1) for p in ("1", "2", "3", "4", "5")],
        "mobile": [("6", 9, 1), ("7", 9, 1)],
        "other": [("800", 9, 1), ("805", 9, 1), ("809", 9, 1)],
    },
    "ES": {
        "fixed": [("91", 9, 3), ("93", 9, 3), ("96", 9, 3), ("95", 9, 3), ("98", 9, 3)],
        "mobile": [("6", 9, 3), ("7", 9, 3)],
        "other": [("900", 9, 3), ("800", 9, 3)],
    },
    "IT": {
        "fixed": [("06", 10, 2), ("02", 10, 2), ("011", 10, 3), ("055", 10, 3), ("081", 10, 3)],
        "mobile": [("32", 10, 3), ("33", 10, 3), ("34", 10, 3), ("39", 10, 3)],
        "other": [("800", 9, 3), ("803", 9, 3)],
    },
    "NL": {
        "fixed": [("10", 9, 2), ("20", 9, 2), ("30", 9, 2), ("70", 9, 2), ("26", 9, 2), ("53", 9, 2)],
        "mobile": [("6", 9, 1)],
        "other": [("800", 10, 3)],
    },
    "PT": {
        "fixed": [("21", 9, 3), ("22", 9, 3), ("239", 9, 3)],
        "mobile": [("91", 9, 3), ("92", 9, 3), ("93", 9, 3), ("96", 9, 3)],
        "other": [("800", 9, 3), ("808", 9, 3)],
    },
    "BR": {
        "fixed": [(a + d, 10, 2) for a in ("11", "21", "31", "41", "71", "85") for d in "2345"],
        "mobile": [(a + "9", 11, 2) for a in ("11", "21", "31", "41", "71", "85")],
        "other": [("800", 10, 4)],
    },
    "IN": {
        "fixed": [("11", 10, 2), ("22", 10, 2), ("44", 10, 2), ("80", 10, 2), ("484", 10, 3)],
        "mobile": [(p, 10, 5) for p in ("98", "99", "97", "94", "70", "81", "88", "63")],
        "other": [("1800", 11, 4)],
    },
    "AT": {
        "fixed": [("1", 10, 1), ("316", 10, 3), ("512", 10, 3), ("662", 10, 3)],
        "mobile": [("664", 10, 3), ("676", 10, 3), ("699", 11, 3)],
    },
    "CH": {
        "fixed": [("44", 9, 2), ("31", 9, 2), ("61", 9, 2), ("22", 9, 2), ("21", 9, 2)],
        "mobile": [("76", 9, 2), ("78", 9, 2), ("79", 9, 2)],
    },
    "BE": {
        "fixed": [("2", 8, 1), ("3", 8, 1), ("9", 8, 1), ("4", 8, 1)],
        "mobile": [("47", 9, 3), ("48", 9, 3), ("49", 9, 3)],
    },
    "IE": {
        "fixed": [("1", 8, 1), ("21", 9, 2), ("91", 9, 2)],
        "mobile": [("83", 9, 2), ("85", 9, 2), ("86", 9, 2), ("87", 9, 2)],
    },
    "AU": {"fixed": [("2", 9, 1), ("3", 9, 1), ("7", 9, 1), ("8", 9, 1)], "mobile": [("4", 9, 3)]},
}
WANT = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def _digits(s):
    return "".join(c for c in s if c.isdigit())


def parse_ok(text, region, e164):
    try:
        n = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and phonenumbers.format_number(n, 0) == e164


def e164_of(region, nsn):
    return "+%d%s" % (phonenumbers.country_code_for_region(region), nsn)


def draw(rng, region, kind):
    """A valid NSN of the wanted type: (nsn, first-group length)."""
    for _ in range(2000):
        prefix, length, first = rng.choice(PREFIXES[region][kind])
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if region in ("US",) and nsn[3] in "01":
            continue
        n = phonenumbers.parse(e164_of(region, nsn), None)
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in WANT[kind]:
            return nsn, first
    raise RuntimeError("no number for %s %s" % (region, kind))


def draw_local(rng, region, area, sub_len):
    for _ in range(2000):
        sub = rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        nsn = area + sub
        n = phonenumbers.parse(e164_of(region, nsn), None)
        if not phonenumbers.is_valid_number(n) or phonenumbers.number_type(n) not in FIXED:
            continue
        if phonenumbers.length_of_geographical_area_code(n) != len(area):
            continue
        return nsn, sub
    raise RuntimeError("no local number for %s %s" % (region, area))


def groups(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def _split_rest(rest, style):
    """Split a subscriber part in a few human ways."""
    n = len(rest)
    if style == "pairs":
        head = n % 2
        return ([rest[:head]] if head else []) + [rest[i : i + 2] for i in range(head, n, 2)]
    if style == "34":
        return groups(rest, [n - 4, 4]) if n > 4 else [rest]
    if style == "33":
        return groups(rest, [3, n - 3]) if n > 3 else [rest]
    return [rest]


def national_forms(region, kind, nsn, first):
    a, rest = nsn[:first], nsn[first:]
    if region == "US":
        r3, r4 = rest[:3], rest[3:]
        if kind == "other":
            return ["1-%s-%s-%s" % (a, r3, r4), "(%s) %s-%s" % (a, r3, r4), "%s.%s.%s" % (a, r3, r4)]
        return [
            "%s-%s-%s" % (a, r3, r4),
            "(%s)%s-%s" % (a, r3, r4),
            "%s.%s.%s" % (a, r3, r4),
            "1-%s-%s-%s" % (a, r3, r4),
        ]
    if region == "GB":
        full = "0" + nsn
        if kind == "mobile":
            return ["%s %s %s" % (full[:4], full[4:7], full[7:]), "%s-%s" % (full[:5], full[5:])]
        if kind == "other":
            return [
                "%s %s %s" % (full[:4], full[4:7], full[7:]),
                "%s-%s-%s" % (full[:4], full[4:7], full[7:]),
            ]
        return [
            "0%s %s" % (a, " ".join(_split_rest(rest, "33"))),
            "0%s-%s" % (a, "-".join(_split_rest(rest, "33"))),
        ]
    if region == "DE":
        return [
            "0%s %s" % (a, rest),
            "(0%s) %s" % (a, " ".join(_split_rest(rest, "pairs"))),
            "0%s-%s" % (a, rest),
            "0%s %s" % (a, " ".join(_split_rest(rest, "34"))),
        ]
    if region == "FR":
        full = "0" + nsn
        p = [full[i : i + 2] for i in range(0, 10, 2)]
        return (
            [" ".join(p), ".".join(p), "%s %s %s %s" % (full[:4], full[4:6], full[6:8], full[8:])]
            if kind == "other"
            else [" ".join(p), ".".join(p)]
        )
    if region == "ES":
        return [
            "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
            "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
            "%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
        ]
    if region == "IT":
        if kind == "mobile":
            return [
                "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "%s-%s" % (nsn[:3], nsn[3:]),
            ]
        if kind == "other":
            return ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s.%s" % (nsn[:3], nsn[3:])]
        return ["%s %s %s" % (a, rest[:4], rest[4:]), "(%s) %s" % (a, rest), "%s.%s" % (a, rest)]
    if region == "NL":
        if kind == "mobile":
            return ["06 %s" % " ".join(_split_rest(nsn[1:], "pairs")), "06-%s %s" % (nsn[1:5], nsn[5:])]
        if kind == "other":
            return ["0800 %s" % nsn[3:], "0800-%s %s" % (nsn[3:6], nsn[6:])]
        return [
            "0%s %s %s" % (a, rest[:3], rest[3:]),
            "(0%s) %s" % (a, " ".join(_split_rest(rest, "pairs"))),
            "0%s-%s %s" % (a, rest[:3], rest[3:]),
        ]
    if region == "PT":
        return ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s %s" % (nsn[:3], nsn[3:])]
    if region == "BR":
        if kind == "other":
            return ["0800 %s %s" % (nsn[3:6], nsn[6:]), "0800.%s.%s" % (nsn[3:6], nsn[6:])]
        sub = rest
        cut = len(sub) - 4
        return [
            "(%s) %s %s" % (a, sub[:cut], sub[cut:]),
            "(%s) %s.%s" % (a, sub[:cut], sub[cut:]),
            "%s %s-%s" % (a, sub[:cut], sub[cut:]),
        ]
    if region == "IN":
        if kind == "mobile":
            return ["%s %s" % (nsn[:5], nsn[5:]), nsn, "0%s %s" % (nsn[:5], nsn[5:])]
        if kind == "other":
            return ["%s %s" % (nsn[:4], nsn[4:]), "%s-%s-%s" % (nsn[:4], nsn[4:7], nsn[7:])]
        return [
            "0%s %s" % (a, " ".join(_split_rest(rest, "34"))),
            "(0%s) %s" % (a, " ".join(_split_rest(rest, "34"))),
            "0%s-%s" % (a, rest),
        ]
    raise KeyError(region)


def intl_forms(region, kind, nsn, first):
    cc = "+%d" % phonenumbers.country_code_for_region(region)
    a, rest = nsn[:first], nsn[first:]
    n = phonenumbers.parse(cc + nsn, None)
    std = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    forms = [std]
    if region == "US":
        forms += ["%s-%s-%s-%s" % (cc, a, rest[:3], rest[3:]), "%s.%s.%s.%s" % (cc, a, rest[:3], rest[3:])]
    elif region in ("GB", "DE", "NL", "CH", "AT"):
        trunk = "(0)"
        forms += [
            "%s %s%s %s" % (cc, trunk, a, " ".join(_split_rest(rest, "34"))),
            "%s %s %s %s" % (cc, trunk, a, " ".join(_split_rest(rest, "34"))),
        ]
    elif region == "FR":
        p = [nsn[1:][i : i + 2] for i in range(0, 8, 2)]
        forms += ["%s (0)%s %s" % (cc, nsn[0], " ".join(p)), "%s%s" % (cc, nsn)]
    elif region == "ES":
        forms += ["%s %s %s %s" % (cc, nsn[:3], nsn[3:6], nsn[6:]), "%s-%s" % (cc, nsn)]
    elif region == "PT":
        forms += ["(%s) %s %s %s" % (cc, nsn[:3], nsn[3:6], nsn[6:]), "%s %s" % (cc, nsn)]
    elif region == "IT":
        forms += ["%s %s %s" % (cc, a, rest), "%s.%s.%s" % (cc, a, rest)]
    elif region == "BR":
        cut = len(rest) - 4
        forms += [
            "%s %s %s %s" % (cc, a, rest[:cut], rest[cut:]),
            "%s (%s) %s-%s" % (cc, a, rest[:cut], rest[cut:]),
        ]
    elif region == "IN":
        if kind == "mobile":
            forms += ["%s %s %s" % (cc, nsn[:5], nsn[5:]), "%s-%s" % (cc, nsn)]
        else:
            forms += ["%s %s %s" % (cc, a, rest), "%s-%s-%s" % (cc, a, " ".join(_split_rest(rest, "34")))]
    elif region == "BE":
        forms += ["%s (0)%s" % (cc, phonenumbers.format_number(n, 1)[1:])]
    elif region in ("IE", "AU"):
        forms += ["%s (0)%s" % (cc, phonenumbers.format_number(n, 1)[1:])]
    return forms


def local_forms(region, sub):
    n = len(sub)
    if region == "US":
        return ["%s.%s" % (sub[:3], sub[3:]), sub]
    if region == "GB":
        return ["%s %s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])]
    if region == "DE":
        return ["%s %s %s" % (sub[:3], sub[3:5], sub[5:]), " ".join(_split_rest(sub, "pairs"))]
    if region == "NL":
        return ["%s %s" % (sub[:3], sub[3:]), sub]
    if region == "BR":
        return ["%s.%s" % (sub[:4], sub[4:]), sub]
    if region == "IN":
        if n == 8:
            return ["%s-%s" % (sub[:4], sub[4:]), sub]
        return ["%s-%s" % (sub[:3], sub[3:]), sub]
    raise KeyError(region)


def put_back(region, area, local_text):
    """The dialable national form of an announced local number."""
    return TRUNK[region] + area + _digits(local_text)


def make(rng, region, kind, mode):
    """A written phone: (text, e164). mode is 'national' or 'intl'."""
    nsn, first = draw(rng, region, kind)
    e164 = e164_of(region, nsn)
    forms = (
        national_forms(region, kind, nsn, first)
        if mode == "national"
        else intl_forms(region, kind, nsn, first)
    )
    forms = [f for f in forms if parse_ok(f, region, e164)]
    if not forms:
        raise RuntimeError("no parseable form %s %s %s" % (region, kind, nsn))
    return rng.choice(forms), e164


def make_local(rng, region, area, sub_len):
    nsn, sub = draw_local(rng, region, area, sub_len)
    e164 = e164_of(region, nsn)
    forms = [f for f in local_forms(region, sub) if parse_ok(put_back(region, area, f), region, e164)]
    return rng.choice(forms), e164
