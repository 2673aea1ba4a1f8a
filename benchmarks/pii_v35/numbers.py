"""Phone numbers for v35: random valid numbers per region and type, and the ways people write them
in posts."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

MOBILE = {
    "US": (["512", "303", "813", "503", "208", "804", "615", "919", "720", "971"], [10]),
    "GB": (["74", "75", "77", "78", "79"], [10]),
    "DE": (["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"], [10, 11]),
    "FR": (["6", "7"], [9]),
    "ES": (["6", "7"], [9]),
    "IT": (["320", "328", "333", "338", "340", "347", "349", "366", "380", "392"], [10]),
    "NL": (["6"], [9]),
    "PT": (["91", "92", "93", "96"], [9]),
    "BR": (["119", "219", "419", "719", "859", "519", "319", "199", "619"], [11]),
    "IN": (["6", "7", "8", "9"], [10]),
    "AT": (["664", "650", "660", "676", "699"], [10, 11]),
    "CH": (["76", "77", "78", "79"], [9]),
    "BE": (["47", "48", "49"], [9]),
    "AU": (["4"], [9]),
    "IE": (["83", "85", "86", "87", "89"], [9]),
}
FIXED = {
    "US": MOBILE["US"],
    "GB": (["113", "114", "115", "117", "131", "141", "161", "20"], [10]),
    "DE": (["30", "40", "89", "221", "69", "251", "761", "341", "421", "711"], [10, 11]),
    "FR": (["1", "2", "3", "4", "5"], [9]),
    "ES": (["91", "93", "95", "96", "98"], [9]),
    "IT": (["02", "06", "011", "055", "081", "051"], [9, 10]),
    "NL": (["10", "20", "30", "50", "40", "71"], [9]),
    "PT": (["21", "22", "239", "253"], [9]),
    "BR": (["1133", "2125", "4133", "7132", "8532", "3132"], [10]),
    "IN": (["1123", "2225", "8025", "4423", "2025", "3322"], [10]),
    "AT": (["1", "316", "512", "662"], [8, 9, 10]),
    "CH": (["21", "22", "31", "43", "44", "61"], [9]),
    "BE": (["2", "3", "9", "4"], [8]),
    "AU": (["2", "3", "7", "8"], [9]),
    "IE": (["1", "21", "91", "61"], [8, 9]),
}
SERVICE = {
    "US": (["800", "888", "877", "866"], [10]),
    "GB": (["800", "808", "300", "345"], [10]),
    "DE": (["800", "180"], [10, 11]),
    "FR": (["800", "805", "809"], [9]),
    "ES": (["900", "901", "902"], [9]),
    "IT": (["800", "803", "848"], [9]),
    "NL": (["800"], [7, 8]),
    "PT": (["800", "808", "707"], [9]),
    "BR": (["800", "4004", "3003"], [8, 10]),
    "IN": (["1800", "1860"], [10, 11]),
}
SERVICE_TYPES = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# towns whose fixed lines are written as a subscriber number alone (local-announced), with area codes
AREAS = {
    "US": [
        ("Austin", "512"),
        ("Denver", "303"),
        ("Tampa", "813"),
        ("Portland", "503"),
        ("Boise", "208"),
        ("Richmond", "804"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Bristol", "117"),
        ("Edinburgh", "131"),
        ("Cardiff", "29"),
        ("Norwich", "1603"),
    ],
    "DE": [
        ("Münster", "251"),
        ("Freiburg", "761"),
        ("Rostock", "381"),
        ("Würzburg", "931"),
        ("Leipzig", "341"),
        ("Bremen", "421"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Eindhoven", "40"),
        ("Leiden", "71"),
        ("Haarlem", "23"),
        ("Arnhem", "26"),
        ("Zwolle", "38"),
    ],
    "BR": [
        ("Curitiba", "41"),
        ("Salvador", "71"),
        ("Fortaleza", "85"),
        ("Porto Alegre", "51"),
        ("Belo Horizonte", "31"),
        ("Campinas", "19"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Lucknow", "522"),
        ("Chandigarh", "172"),
        ("Kochi", "484"),
        ("Bhopal", "755"),
        ("Nagpur", "712"),
    ],
}
# subscriber lengths and first digits for fixed lines in those towns
SUB = {
    "US": (7, "23456789"),
    "GB": (None, "2345"),
    "DE": (7, "2345689"),
    "NL": (7, "2345"),
    "BR": (8, "2345"),
    "IN": (None, "2"),
}


def _digits(s):
    return "".join(c for c in s if c.isdigit())


def _rand(rng, region, pool, types):
    prefixes, lengths = pool
    for _ in range(4000):
        pre = rng.choice(prefixes)
        n = rng.choice(lengths)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn))
        ok = pn.is_valid_number(num) and pn.region_code_for_number(num) == region
        if ok and pn.number_type(num) in types:
            return num
    raise RuntimeError("no number for %s" % region)


def mobile(rng, region):
    types = {T.FIXED_LINE_OR_MOBILE} if region == "US" else {T.MOBILE}
    return _rand(rng, region, MOBILE[region], types)


def fixed(rng, region):
    return _rand(rng, region, FIXED[region], {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE})


def service(rng, region):
    return _rand(rng, region, SERVICE[region], SERVICE_TYPES)


def local_number(rng, region, area):
    """A valid fixed line in the town with this area code; returns (numobj, subscriber digits)."""
    cc = pn.country_code_for_region(region)
    length, first = SUB[region]
    for _ in range(4000):
        if length is None:
            total = 10
            n = total - len(area)
        else:
            n = length
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        num = pn.parse("+%d%s%s" % (cc, area, sub))
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE):
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError("no local number for %s %s" % (region, area))


def nsn(num):
    return pn.national_significant_number(num)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def _pairs_right(s):
    """'1234567' -> '1 23 45 67'."""
    parts = []
    while len(s) > 2:
        parts.insert(0, s[-2:])
        s = s[:-2]
    parts.insert(0, s)
    return " ".join(parts)


def local_form(rng, region, sub):
    """How the subscriber part is written in a post (new local habits for v35)."""
    n = len(sub)
    forms = {
        "US": [_grp(sub, [3, 4]), _grp(sub, [3, 4]), sub],
        "GB": [_grp(sub, [3, 4]) if n == 7 else _grp(sub, [4, 4]) if n == 8 else _grp(sub, [3, 3]), sub],
        "DE": [_grp(sub, [3, 4]), _pairs_right(sub), _grp(sub, [3, 2, 2], "-")],
        "NL": [_grp(sub, [3, 4]), _grp(sub, [2, 2, 3]), _grp(sub, [3, 4], "-")],
        "BR": [_grp(sub, [4, 4]), sub, _grp(sub, [4, 4], ".")],
        "IN": [
            _grp(sub, [4, 4]) if n == 8 else _grp(sub, [3, 4]),
            sub,
            _grp(sub, [4, 4], "-") if n == 8 else _grp(sub, [3, 4], "-"),
        ],
    }[region]
    return rng.choice(forms)


def intl_form(rng, num):
    """International writings seen in posts and bios."""
    cc = str(num.country_code)
    s = nsn(num)
    region = pn.region_code_for_number(num)
    std = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    opts = [std, std, "+%s-%s" % (cc, s), "+%s %s" % (cc, s)]
    if region in ("FR", "NL") or (region == "BE" and s.startswith("4")):
        head = s[:3] if region == "BE" else s[:1]
        opts.append("+%s %s %s" % (cc, head, _grp(s[len(head) :], [2] * 5)))
    if region == "IN":
        opts += ["+%s-%s-%s" % (cc, s[:5], s[5:]), "+%s %s %s %s" % (cc, s[:4], s[4:7], s[7:])]
    if region == "US":
        opts += ["+1 (%s) %s %s" % (s[:3], s[3:6], s[6:]), "+1 %s %s %s" % (s[:3], s[3:6], s[6:])]
    if region == "GB" and s.startswith("7"):
        opts.append("+44 %s %s %s" % (s[:4], s[4:7], s[7:]))
    if region == "BR":
        opts.append("+55 (%s) %s-%s" % (s[:2], s[2:-4], s[-4:]))
    if region == "IT" and s.startswith("3"):
        opts += ["+39 %s.%s.%s" % (s[:3], s[3:6], s[6:]), "+39 %s %s" % (s[:3], s[3:])]
    if region in ("PT", "ES") and len(s) == 9:
        opts.append("+%s %s-%s-%s" % (cc, s[:3], s[3:6], s[6:]))
    if region == "DE":
        opts.append("+ 49 %s %s" % (s[:3], _grp(s[3:], [4, 4])))
    return rng.choice(opts)


def national_form(rng, num):
    """National writings seen in posts, ads and chats (mobiles mostly)."""
    region = pn.region_code_for_number(num)
    s = nsn(num)
    std = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    mob = pn.number_type(num) in (T.MOBILE,) or region == "US"
    opts = [std]
    if region == "IN" and mob:
        opts += [
            _grp(s, [5, 5]),
            s,
            _grp(s, [5, 5], "-"),
            _grp(s, [4, 3, 3], "-"),
            _grp(s, [3, 3, 4]),
            " ".join(s),
            _grp(s, [5, 5], "."),
        ]
    elif region == "US":
        opts += [_grp(s, [3, 3, 4]), "(%s) %s %s" % (s[:3], s[3:6], s[6:]), _grp(s, [3, 3, 4], "-")]
    elif region == "GB" and mob:
        z = "0" + s
        opts += [_grp(z, [5, 3, 3]), _grp(z, [5, 3, 3], "-"), _grp(z, [4, 3, 4])]
    elif region == "DE" and mob:
        z = "0" + s
        opts += [
            "%s-%s" % (z[:4], _grp(z[4:], [4, 4])),
            "%s / %s" % (z[:4], _grp(z[4:], [4, 4])),
            "%s %s" % (z[:4], _grp(z[4:], [4, 4])),
            "%s.%s" % (z[:4], _grp(z[4:], [4, 4], ".")),
        ]
    elif region == "FR":
        z = "0" + s
        opts += [_grp(z, [2] * 5, "-"), z]
    elif region == "ES":
        opts += [_grp(s, [3, 2, 2, 2]), _grp(s, [3, 3, 3], "-"), _grp(s, [3, 3, 3], "."), s]
    elif region == "IT" and mob:
        opts += [
            _grp(s, [3, 3, 4]),
            "%s-%s" % (s[:3], s[3:]),
            "%s %s" % (s[:3], s[3:]),
            _grp(s, [3, 3, 4], "."),
            s,
        ]
    elif region == "NL" and mob:
        z = "0" + s
        opts += [_grp(z, [2, 4, 4]), _grp(z, [2, 2, 2, 2, 2]), z, "06 - " + _grp(z[2:], [4, 4])]
    elif region == "PT" and mob:
        opts += [_grp(s, [3, 3, 3], "-"), _grp(s, [3, 3, 3], "."), s]
    elif region == "BR" and mob:
        opts += [
            "%s %s-%s" % (s[:2], s[2:7], s[7:]),
            "(%s)%s-%s" % (s[:2], s[2:7], s[7:]),
            s,
            "%s 9 %s-%s" % (s[:2], s[3:7], s[7:]),
            "0%s %s-%s" % (s[:2], s[2:7], s[7:]),
        ]
    return rng.choice(opts)


def check_written(text, region, e164_):
    """True when the written form parses back to the number (region as the default)."""
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and e164(num) == e164_


def region_of(num):
    return pn.region_code_for_number(num)


def digits(s):
    return _digits(s)
