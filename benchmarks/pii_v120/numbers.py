"""Phone numbers for the v120 set: drawing, writing habits and local (subscriber-only) forms."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

# Local regions: town -> national destination code (no trunk prefix). Towns are new against v52.
AREAS = {
    "US": {
        "Albany": "518",
        "Dayton": "937",
        "Fresno": "559",
        "Savannah": "912",
        "Duluth": "218",
        "Tulsa": "918",
        "Reno": "775",
        "Lubbock": "806",
    },
    "GB": {
        "Leeds": "113",
        "Norwich": "1603",
        "Cardiff": "29",
        "Inverness": "1463",
        "Exeter": "1392",
        "Sheffield": "114",
    },
    "DE": {
        "Kassel": "561",
        "Regensburg": "941",
        "Erfurt": "361",
        "Lübeck": "451",
        "Bielefeld": "521",
        "Passau": "851",
        "Görlitz": "3581",
    },
    "NL": {
        "Zwolle": "38",
        "Groningen": "50",
        "Arnhem": "26",
        "Deventer": "570",
        "Maastricht": "43",
        "Alkmaar": "72",
    },
    "BR": {
        "Campinas": "19",
        "Recife": "81",
        "Manaus": "92",
        "Goiânia": "62",
        "Florianópolis": "48",
        "Londrina": "43",
    },
    "IN": {
        "Pune": "20",
        "Jaipur": "141",
        "Lucknow": "522",
        "Kochi": "484",
        "Ahmedabad": "79",
        "Indore": "731",
    },
}
TRUNK = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "", "IN": "0"}

# National number prefixes to draw from (fixed lines of non-local regions, mobiles, toll-free).
FIXED = {
    "FR": ["1", "2", "3", "4", "5"],
    "ES": ["91", "93", "95", "96", "98"],
    "IT": ["02", "06", "011", "055"],
    "PT": ["21", "22", "239", "253"],
    "AT": ["1", "316", "512", "662"],
    "CH": ["22", "31", "44", "61"],
    "BE": ["2", "3", "9", "4"],
    "IE": ["1", "21", "91"],
    "AU": ["2", "3", "7", "8"],
}
MOBILE = {
    "US": ["312", "646", "415", "702"],
    "GB": ["74", "75", "77", "78", "79"],
    "DE": ["151", "152", "160", "170", "171", "176"],
    "NL": ["6"],
    "BR": ["119", "219", "319", "519"],
    "IN": ["98", "97", "94", "88", "70"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["33", "34", "32"],
    "PT": ["91", "92", "93", "96"],
    "AT": ["664", "676", "699"],
    "CH": ["76", "78", "79"],
    "BE": ["47", "48", "49"],
    "IE": ["83", "85", "87"],
    "AU": ["4"],
}
TOLLFREE = {
    "US": ["800", "888", "877", "866"],
    "GB": ["800", "808"],
    "DE": ["800"],
    "NL": ["800"],
    "BR": ["800"],
    "IN": ["1800"],
    "FR": ["800", "805"],
    "ES": ["900"],
    "IT": ["800"],
    "PT": ["800"],
}
LENS = {
    ("DE", "fixed"): [9, 10],
    ("DE", "mobile"): [10, 11],
    ("DE", "tollfree"): [10],
    ("IN", "tollfree"): [11],
    ("AT", "mobile"): [10, 11],
    ("IE", "fixed"): [8, 9],
    ("IT", "fixed"): [9, 10],
    ("AT", "fixed"): [8, 9, 10],
    ("GB", "tollfree"): [10],
    ("NL", "tollfree"): [7],
}
WANT = {
    "fixed": (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
    "mobile": (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
    "tollfree": (T.TOLL_FREE, T.SHARED_COST, T.UAN),
}


def _lengths(region, kind):
    md = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = {"fixed": md.fixed_line, "mobile": md.mobile, "tollfree": md.toll_free}[kind]
    lens = list(desc.possible_length or md.general_desc.possible_length)
    return [n for n in lens if n > 0]


def draw(rng, region, kind, prefix=None):
    """A random valid number of the wanted type, as a PhoneNumber."""
    if prefix is None:
        pool = {"fixed": FIXED, "mobile": MOBILE, "tollfree": TOLLFREE}[kind][region]
        prefix = rng.choice(pool)
    cc = phonenumbers.country_code_for_region(region)
    lens = [n for n in _lengths(region, kind) if n > len(prefix)]
    lens = [n for n in lens if n in LENS.get((region, kind), lens)]
    for _ in range(5000):
        n = rng.choice(lens)
        first = rng.choice("23456789") if kind == "fixed" else rng.choice("0123456789")
        nsn = prefix + first + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
        num = phonenumbers.parse("+%d%s" % (cc, nsn))
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
            continue
        if phonenumbers.number_type(num) in WANT[kind]:
            return num
    raise RuntimeError("no number for %s %s %s" % (region, kind, prefix))


def e164(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def nsn_of(num):
    return phonenumbers.national_significant_number(num)


def group(digits, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out[-1] += digits[i:]
    return [g for g in out if g]


def _half(sub):
    return group(sub, [len(sub) // 2, len(sub) - len(sub) // 2])


def _ndc_len(num):
    """Length of the national destination code as phonenumbers formats the number."""
    return phonenumbers.length_of_national_destination_code(num)


# ---- writing habits, new against v52 -------------------------------------------------------------------


def national(rng, num):
    """National written form in a habit of the number's region."""
    reg = phonenumbers.region_code_for_number(num)
    nsn = nsn_of(num)
    k = _ndc_len(num) or 3
    area, sub = nsn[:k], nsn[k:]
    fmt_nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if reg == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return rng.choice(["%s-%s-%s", "%s.%s.%s", "(%s)%s-%s", "(%s) %s-%s"]) % (a, b, c)
    if reg == "GB":
        return rng.choice(
            [
                fmt_nat,
                "0" + nsn,
                "0%s-%s" % (area, "-".join(_half(sub))),
                "(0%s) %s" % (area, " ".join(_half(sub))),
            ]
        )
    if reg == "DE":
        if phonenumbers.number_type(num) == T.MOBILE:
            return rng.choice(
                [
                    "0%s-%s" % (area, sub),
                    "0%s %s" % (area, " ".join(group(sub, [2, 2, 2, 2]))),
                    "0%s %s" % (area, sub),
                ]
            )
        pairs = group(sub, [2] * 6 if len(sub) % 2 == 0 else [3] + [2] * 6)
        return rng.choice(
            [
                "(0%s) %s" % (area, " ".join(pairs)),
                "0%s-%s" % (area, sub),
                "0%s %s-%s" % (area, sub[:-1], sub[-1]),
                "0%s %s" % (area, sub),
            ]
        )
    if reg == "NL":
        if nsn.startswith("6"):
            return rng.choice(
                ["06 %s" % " ".join(group(nsn[1:], [3, 3, 2])), "06 %s" % " ".join(_half(nsn[1:]))]
            )
        return rng.choice(
            [
                "0%s %s" % (area, " ".join(group(sub, [3, 4] if len(sub) == 7 else [3, 3]))),
                "(0%s) %s" % (area, " ".join(group(sub, [3, 2, 2] if len(sub) == 7 else [2, 2, 2]))),
                "0%s-%s" % (area, " ".join(group(sub, [3, 2, 2] if len(sub) == 7 else [2, 2, 2]))),
            ]
        )
    if reg == "BR":
        a, s = nsn[:2], nsn[2:]
        if len(s) == 9:
            return rng.choice(
                [
                    "(%s)%s-%s" % (a, s[:5], s[5:]),
                    "(0%s) %s-%s" % (a, s[:5], s[5:]),
                    "%s %s %s" % (a, s[:5], s[5:]),
                ]
            )
        return rng.choice(
            [
                "(%s) %s.%s" % (a, s[:4], s[4:]),
                "(0%s) %s-%s" % (a, s[:4], s[4:]),
                "%s %s.%s" % (a, s[:4], s[4:]),
            ]
        )
    if reg == "IN":
        if phonenumbers.number_type(num) in (T.MOBILE, T.FIXED_LINE_OR_MOBILE) and nsn[0] in "6789":
            return rng.choice(["%s-%s" % (nsn[:5], nsn[5:]), nsn, "0%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:])])
        return rng.choice(
            [
                "(0%s) %s" % (area, " ".join(_half(sub))),
                "0%s %s" % (area, sub),
                "0%s-%s-%s" % (area, sub[: len(sub) - 4], sub[-4:]),
            ]
        )
    if reg == "FR":
        pairs = group("0" + nsn, [2, 2, 2, 2, 2])
        return rng.choice([".".join(pairs), " ".join(pairs)])
    if reg == "ES":
        if nsn[0] in "67":
            return rng.choice(
                [
                    "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                    "%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
                ]
            )
        return rng.choice(
            [
                "%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
                "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]),
            ]
        )
    if reg == "IT":
        if nsn[0] == "3":
            return rng.choice(["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s.%s" % (nsn[:3], nsn[3:])])
        return rng.choice(["%s %s" % (area, " ".join(_half(sub))), "%s.%s" % (area, sub)])
    if reg == "PT":
        return rng.choice(
            ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])]
        )
    return fmt_nat


def international(rng, num):
    reg = phonenumbers.region_code_for_number(num)
    cc = num.country_code
    nsn = nsn_of(num)
    k = _ndc_len(num) or 2
    area, sub = nsn[:k], nsn[k:]
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if reg == "US":
        return rng.choice(
            [
                "+1-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "+1.%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "+1 (%s) %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
            ]
        )
    if reg == "IN":
        return rng.choice([intl, "+91-%s-%s" % (area, sub) if sub else intl])
    if reg in ("GB", "DE", "NL", "AT", "CH", "BE", "IE", "AU", "FR"):
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        forms = [intl, "+%d %s %s" % (cc, area, " ".join(_half(sub)))]
        if nat.startswith("0"):
            forms.append("+%d (0)%s" % (cc, nat[1:]))
        return rng.choice(forms)
    if reg in ("ES", "PT"):
        return rng.choice(["(+%d) %s %s %s" % (cc, nsn[:3], nsn[3:6], nsn[6:]), intl])
    if reg == "IT":
        return rng.choice(
            ["(+39) %s %s" % (nsn[:3], nsn[3:]) if nsn[0] == "3" else "(+39) %s %s" % (area, sub), intl]
        )
    if reg == "BR":
        return rng.choice(
            [
                "+55 %s %s-%s" % (nsn[:2], nsn[2:-4], nsn[-4:]),
                "+55 (%s) %s %s" % (nsn[:2], nsn[2:-4], nsn[-4:]),
            ]
        )
    return intl


def tollfree(rng, num):
    reg = phonenumbers.region_code_for_number(num)
    nsn = nsn_of(num)
    if reg == "US":
        return rng.choice(
            [
                "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "(%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "1.%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]),
            ]
        )
    if reg == "IN":
        return rng.choice(
            ["%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:]), "%s-%s-%s" % (nsn[:4], nsn[4:7], nsn[7:])]
        )
    if reg == "FR":
        return rng.choice(
            [".".join(group("0" + nsn, [2, 2, 2, 2, 2])), "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])]
        )
    if reg == "BR":
        return "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    if reg in ("ES", "IT", "PT"):
        return rng.choice(
            ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])]
        )
    return rng.choice(["0%s %s" % (nsn[:3], nsn[3:]), "0%s-%s" % (nsn[:3], nsn[3:])])


def local_form(rng, region, sub):
    """Subscriber part as people write it inside their own calling area (new local habits)."""
    if region == "US":
        return rng.choice(["%s.%s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])])
    if region == "GB":
        return rng.choice(
            [
                " ".join(group(sub, [3, 4] if len(sub) == 7 else [len(sub) - 4, 4])),
                "-".join(group(sub, [3, 4] if len(sub) == 7 else [len(sub) - 4, 4])),
            ]
        )
    if region == "DE":
        return rng.choice(["%s-%s" % (sub[:-1], sub[-1]), " ".join(_half(sub)), sub])
    if region == "NL":
        return rng.choice([sub, "%s %s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])])
    if region == "BR":
        return rng.choice(["%s.%s" % (sub[:4], sub[4:]), sub, "%s %s" % (sub[:4], sub[4:])])
    if region == "IN":
        return rng.choice([sub, "%s-%s" % (sub[:-4], sub[-4:]), "%s %s" % (sub[:-4], sub[-4:])])
    raise ValueError(region)


def put_back(region, area, local):
    digits = "".join(c for c in local if c.isdigit())
    return TRUNK[region] + area + digits
