"""Phone numbers for v81: drawn at random from a prefix, kept when valid and of the wanted type.

Every written form is parsed back with phonenumbers (put_back) to the same valid number of its region.
"""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# towns for announced local numbers: region -> [(town, area code without trunk, subscriber length)]
AREAS = {
    "US": [
        ("Omaha", "402", 7),
        ("Tulsa", "918", 7),
        ("Dayton", "937", 7),
        ("Fresno", "559", 7),
        ("Albany", "518", 7),
        ("Savannah", "912", 7),
        ("Wichita", "316", 7),
        ("Duluth", "218", 7),
        ("Reno", "775", 7),
        ("Akron", "330", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Sheffield", "114", 7),
        ("Nottingham", "115", 7),
        ("Leicester", "116", 7),
        ("Edinburgh", "131", 7),
        ("Glasgow", "141", 7),
        ("Cardiff", "29", 8),
        ("Norwich", "1603", 6),
        ("Exeter", "1392", 6),
        ("York", "1904", 6),
    ],
    "DE": [
        ("Köln", "221", 7),
        ("Hamburg", "40", 8),
        ("Leipzig", "341", 7),
        ("Dresden", "351", 7),
        ("Bremen", "421", 7),
        ("Kiel", "431", 6),
        ("Kassel", "561", 7),
        ("Ulm", "731", 6),
        ("Augsburg", "821", 7),
        ("Würzburg", "931", 6),
    ],
    "NL": [
        ("Amsterdam", "20", 7),
        ("Rotterdam", "10", 7),
        ("Den Haag", "70", 7),
        ("Eindhoven", "40", 7),
        ("Nijmegen", "24", 7),
        ("Zwolle", "38", 7),
        ("Arnhem", "26", 7),
        ("Maastricht", "43", 7),
        ("Haarlem", "23", 7),
        ("Ede", "318", 6),
    ],
    "BR": [
        ("Porto Alegre", "51", 8),
        ("Recife", "81", 8),
        ("Manaus", "92", 8),
        ("Goiânia", "62", 8),
        ("Campinas", "19", 8),
        ("Florianópolis", "48", 8),
        ("Natal", "84", 8),
        ("Vitória", "27", 8),
    ],
    "IN": [
        ("Mumbai", "22", 8),
        ("Delhi", "11", 8),
        ("Kolkata", "33", 8),
        ("Chandigarh", "172", 7),
        ("Hyderabad", "40", 8),
        ("Pune", "20", 8),
        ("Ahmedabad", "79", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kochi", "484", 7),
    ],
}

# other fixed-line areas for national numbers (area code, subscriber length)
NAT_FIXED = {
    "GB": [("117", 7), ("1223", 6), ("1865", 6), ("23", 8)],
    "DE": [("89", 8), ("211", 7), ("511", 7), ("69", 8)],
    "FR": [("1", 8), ("2", 8), ("3", 8), ("4", 8), ("5", 8)],
    "ES": [("91", 7), ("93", 7), ("954", 6), ("96", 7)],
    "IT": [("06", 8), ("02", 8), ("055", 7), ("011", 7)],
    "PT": [("21", 7), ("22", 7), ("239", 6)],
    "AT": [("1", 7), ("316", 6), ("662", 6)],
    "CH": [("44", 7), ("31", 7), ("61", 7)],
    "BE": [("2", 7), ("3", 7), ("9", 7)],
    "IE": [("1", 7), ("21", 7), ("91", 7)],
    "AU": [("2", 8), ("3", 8)],
}
MOB_PREFIX = {
    "US": None,
    "GB": ["77", "78", "79", "74", "75"],
    "DE": ["151", "152", "160", "170", "171", "176", "177"],
    "FR": ["6", "7"],
    "ES": ["6"],
    "IT": ["33", "34", "32", "38"],
    "NL": ["6"],
    "PT": ["91", "92", "93", "96"],
    "BR": None,
    "IN": ["98", "97", "94", "88", "70"],
    "AT": ["664", "676", "699"],
    "CH": ["79", "78", "76"],
    "BE": ["47", "48", "49"],
    "IE": ["85", "86", "87"],
    "AU": ["4"],
}
OTHER_PREFIX = {
    "US": ["800", "888", "877", "866"],
    "GB": ["800", "808", "300", "345"],
    "DE": ["800"],
    "FR": ["800", "805"],
    "ES": ["900", "800"],
    "IT": ["800", "803"],
    "NL": ["800"],
    "PT": ["800", "808"],
    "BR": ["800"],
    "IN": ["1800"],
}


def _digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1)) if n else ""


def draw(rng, region, want, area=None, sub_len=None):
    """A valid PhoneNumber of region whose type is in want (FIXED, MOBILE, OTHER)."""
    cc = pn.country_code_for_region(region)
    for _ in range(5000):
        if want is FIXED:
            if area is None:
                a, s = (
                    rng.choice(NAT_FIXED[region])
                    if region in NAT_FIXED
                    else rng.choice([(x[1], x[2]) for x in AREAS[region]])
                )
            else:
                a, s = area, sub_len
            nsn = a + _digits(rng, s, "23456789")
        elif want is MOBILE:
            if region == "US":
                nsn = rng.choice(AREAS["US"])[1] + _digits(rng, 7, "23456789")
            elif region == "BR":
                nsn = rng.choice(AREAS["BR"])[1] + "9" + _digits(rng, 8, "6789")
            else:
                p = rng.choice(MOB_PREFIX[region])
                nsn = p + _digits(rng, rng.choice(_mob_len(region)) - len(p))
        else:
            p = rng.choice(OTHER_PREFIX[region])
            nsn = p + _digits(rng, rng.choice(_other_len(region)) - len(p))
        if nsn[0] == "0" and region == "IT":
            num = pn.PhoneNumber(country_code=cc, national_number=int(nsn), italian_leading_zero=True)
        else:
            num = pn.PhoneNumber(country_code=cc, national_number=int(nsn))
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in want
        ):
            return num
    raise RuntimeError(f"no {region} number")


def _mob_len(region):
    return {
        "GB": [10],
        "DE": [10, 11],
        "FR": [9],
        "ES": [9],
        "IT": [10],
        "NL": [9],
        "PT": [9],
        "IN": [10],
        "AT": [10, 11],
        "CH": [9],
        "BE": [9],
        "IE": [9],
        "AU": [9],
    }[region]


def _other_len(region):
    return {
        "US": [10],
        "GB": [10],
        "DE": [10],
        "FR": [9],
        "ES": [9],
        "IT": [9],
        "NL": [10],
        "PT": [9],
        "BR": [10, 11],
        "IN": [10, 11],
    }[region]


def nsn_of(num):
    return pn.national_significant_number(num)


def split(num):
    """(national destination code, subscriber) as phonenumbers sees them."""
    nsn = nsn_of(num)
    k = pn.length_of_national_destination_code(num)
    return nsn[:k], nsn[k:]


def group(digits, spec):
    """Write digits grouped by spec: '3-4', '2 2 2 2', '*' (solid), 'p' (pairs from the right)."""
    if spec == "*":
        return digits
    if spec == "p":
        head = len(digits) % 2
        parts = ([digits[:head]] if head else []) + [digits[i : i + 2] for i in range(head, len(digits), 2)]
        return " ".join(parts)
    sizes = [int(x) for x in re.findall(r"\d+", spec)]
    seps = re.findall(r"\D+", spec)
    if sum(sizes) != len(digits):
        return None
    out, i = [], 0
    for j, n in enumerate(sizes):
        out.append(digits[i : i + n])
        i += n
        if j < len(seps):
            out.append(seps[j])
    return "".join(out)


def render(template, num, trunk="0"):
    """Fill {c} country code, {t} trunk, {a} destination code, {s:SPEC} subscriber, {n:SPEC} whole NSN."""
    a, s = split(num)
    text = template.replace("{c}", str(num.country_code)).replace("{t}", trunk).replace("{a}", a)
    for key, digits in (("s", s), ("n", nsn_of(num))):
        m = re.search(r"\{" + key + r":([^}]*)\}", text)
        if m:
            g = group(digits, m.group(1))
            if g is None:
                return None
            text = text[: m.start()] + g + text[m.end() :]
    return text


def parses_back(text, num, region, area=None):
    """True when text (with area code and trunk put back for local forms) is num and valid."""
    probe = text
    if area is not None:
        trunk = "" if region == "US" else ("0" if region != "BR" else "")
        probe = ("(" + area + ") " if region == "BR" else trunk + area + " ") + text
    try:
        back = pn.parse(probe, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(back) and pn.format_number(back, pn.PhoneNumberFormat.E164) == e164(num)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


# how people write numbers, per region: national fixed/mobile, international, subscriber-only, other
STYLES = {
    "US": {
        "fixed": ["({a}) {s:3-4}", "{a}-{s:3-4}", "{a}.{s:3.4}", "1-{a}-{s:3-4}"],
        "intl": ["+1-{a}-{s:3-4}", "+1{n:*}", "+1.{a}.{s:3.4}", "+1 {a}-{s:3-4}"],
        "local": ["{s:3-4}", "{s:3.4}"],
        "other": ["({a}) {s:3-4}", "{a}-{s:3-4}", "1.{a}.{s:3.4}"],
    },
    "GB": {
        "fixed": ["{t}{a} {s:3 4}", "{t}{a} {s:4 4}", "{t}{a} {s:3 3}", "({t}{a}) {s:3 3}", "{t}{a} {s:*}"],
        "mobile": ["{t}{n:*}", "{t}{n:4 6}", "{t}{n:3 4 4}"],
        "intl": [
            "+44 (0){a} {s:3 4}",
            "+44 (0){a} {s:4 4}",
            "+44 (0){a} {s:3 3}",
            "+44 {a} {s:*}",
            "+44 {a} {s:3 4}",
        ],
        "intl_mobile": ["+44 (0){n:4 6}", "+44 {n:4 3 3}", "+44 {n:4 6}"],
        "local": ["{s:3 4}", "{s:4 4}", "{s:3 3}", "{s:*}"],
        "other": ["{t}{a} {s:3 4}", "{t}{a} {s:*}"],
    },
    "DE": {
        "fixed": ["{t}{a} {s:*}", "({t}{a}) {s:p}", "{t}{a}-{s:*}", "{t}{a} {s:p}", "{t}{a} - {s:*}"],
        "mobile": [
            "{t}{n:3 8}",
            "{t}{n:3 7}",
            "{t}{n:3-8}",
            "{t}{n:3-7}",
            "({t}{n:3) 8}",
            "({t}{n:3) 7}",
            "{t}{n:3 4 4}",
            "{t}{n:3 3 4}",
        ],
        "intl": ["+49 (0){a} {s:*}", "+49 {a} {s:p}", "+49 {a} {s:*}", "+49 (0) {a} {s:*}"],
        "intl_mobile": ["+49 {n:3 8}", "+49 {n:3 7}", "+49 (0){n:3 8}", "+49 (0){n:3 7}", "+49 {n:3 4 4}"],
        "local": ["{s:p}", "{s:*}", "{s:3 4}", "{s:2 2 2}"],
        "other": ["{t}{a} {s:3 4}", "{t}{a}-{s:*}", "{t}{a} {s:*}"],
    },
    "FR": {
        "fixed": ["{t}{n:1 2 2 2 2}", "{t}{n:1.2.2.2.2}", "{t}{n:*}"],
        "intl": ["+33 {n:1 2 2 2 2}", "+33 (0){n:1 2 2 2 2}", "+33 (0){n:1.2.2.2.2}", "+33{n:*}"],
        "other": ["{t}{n:3 2 2 2}", "{t}{n:1 2 2 2 2}", "{t}{n:1.2.2.2.2}"],
    },
    "ES": {
        "fixed": ["{n:3 2 2 2}", "{n:3 3 3}", "{n:*}"],
        "mobile": ["{n:3 3 3}", "{n:3 2 2 2}", "{n:*}"],
        "intl": ["+34 {n:3 3 3}", "+34 {n:3 2 2 2}", "+34{n:*}"],
        "other": ["{n:3 3 3}", "{n:3 2 2 2}"],
    },
    "IT": {
        "fixed": ["{a} {s:*}", "{a} {s:4 4}", "{a} {s:3 4}"],
        "mobile": ["{a} {s:3 4}", "{a} {s:*}"],
        "intl": ["+39 {a} {s:*}", "+39 {a} {s:4 4}", "+39 {a} {s:3 4}"],
        "other": ["{n:3 3 3}", "{n:3 6}"],
    },
    "NL": {
        "fixed": [
            "({t}{a}) {s:3 2 2}",
            "{t}{a} {s:3 2 2}",
            "{t}{a} {s:2 2 2}",
            "{t}{a}-{s:3 3}",
            "{t}{a} {s:3 4}",
        ],
        "mobile": ["{t}{a} {s:2 2 2 2}", "{t}{a}{s:*}", "{t}{a} {s:4 4}"],
        "intl": ["+31 (0){a} {s:3 4}", "+31 {a} {s:2 2 2 2}", "+31 (0){a} {s:*}", "+31 {a} {s:3 2 2}"],
        "local": ["{s:3 2 2}", "{s:*}", "{s:3 4}", "{s:2 2 2}", "{s:3 3}"],
        "other": ["{t}{a} {s:*}", "{t}{a}-{s:*}"],
    },
    "PT": {
        "fixed": ["{n:3 3 3}", "{n:*}"],
        "mobile": ["{n:3 3 3}", "{n:*}"],
        "intl": ["+351 {n:3 3 3}", "+351{n:*}"],
        "other": ["{n:3 3 3}", "{n:3 6}"],
    },
    "BR": {
        "fixed": ["({a}) {s:4-4}", "{a} {s:4-4}", "({a}) {s:4.4}", "({a}) {s:4 4}"],
        "mobile": ["({a}) {s:5-4}", "{a} {s:5-4}", "({a}) {s:1 4-4}", "({a}) {s:5 4}"],
        "intl": ["+55 {a} {s:4 4}", "+55 ({a}) {s:5-4}", "+55 {a} {s:4-4}", "+55 {a} {s:5 4}"],
        "local": ["{s:4-4}", "{s:4 4}", "{s:4.4}"],
        "other": ["{t}{a} {s:3 4}", "{t}{a} {s:*}"],
    },
    "IN": {
        "fixed": ["({t}{a}) {s:4 4}", "{t}{a}-{s:*}", "{t}{a} {s:4 4}", "{t}{a} {s:3 4}", "{t}{a}-{s:3 4}"],
        "mobile": ["{n:5 5}", "{n:*}", "{n:5-5}"],
        "intl": ["+91 {a} {s:*}", "+91 {a} {s:4 4}", "+91-{a}-{s:*}"],
        "intl_mobile": ["+91 {n:5 5}", "+91 {n:*}", "+91-{n:5-5}"],
        "local": ["{s:*}", "{s:4-4}", "{s:4 4}", "{s:3 4}"],
        "other": ["{n:4 3 4}", "{n:4 7}", "{n:4 6}"],
    },
    "AT": {"intl": ["+43 {a} {s:*}", "+43 (0){a} {s:*}", "+43 {a} {s:3 4}"]},
    "CH": {"intl": ["+41 {a} {s:3 2 2}", "+41 (0){a} {s:3 2 2}", "+41 {a} {s:*}"]},
    "BE": {"intl": ["+32 {a} {s:3 2 2}", "+32 {n:3 2 2 2}", "+32 (0){a} {s:3 2 2}"]},
    "IE": {"intl": ["+353 {a} {s:3 4}", "+353 (0){a} {s:*}", "+353 {n:2 3 4}"]},
    "AU": {"intl": ["+61 {a} {s:4 4}", "+61 {n:3 3 3}", "+61 (0){a} {s:4 4}"]},
}


def write(rng, num, region, how):
    """A written form of num for how in fixed/mobile/intl/local/other, parsed back to num."""
    styles = STYLES[region]
    key = how
    if how == "intl" and "intl_mobile" in styles and pn.number_type(num) == T.MOBILE:
        key = "intl_mobile"
    if how == "mobile" and "mobile" not in styles:
        key = "fixed"
    options = list(styles.get(key, []))
    rng.shuffle(options)
    area = split(num)[0] if how == "local" else None
    for tmpl in options:
        text = render(tmpl, num)
        if text and parses_back(text, num, region, area):
            return text
    if how == "local":
        return None
    fmt = pn.PhoneNumberFormat.INTERNATIONAL if how == "intl" else pn.PhoneNumberFormat.NATIONAL
    text = pn.format_number(num, fmt)
    return text if parses_back(text, num, region) else None
