"""Phone numbers for v75: drawing valid numbers, writing them in people's habits, putting local forms back."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

# local regions: town -> national area code (without trunk prefix), checked against phonenumbers
AREAS = {
    "US": {
        "Tacoma": "253",
        "Fresno": "559",
        "Omaha": "402",
        "Savannah": "912",
        "Albany": "518",
        "Tulsa": "918",
        "Reno": "775",
        "Lubbock": "806",
        "Dayton": "937",
        "Duluth": "218",
    },
    "GB": {
        "Leeds": "113",
        "Norwich": "1603",
        "Cardiff": "29",
        "Exeter": "1392",
        "Derby": "1332",
        "York": "1904",
        "Bath": "1225",
        "Swansea": "1792",
        "Hull": "1482",
        "Plymouth": "1752",
    },
    "DE": {
        "Kassel": "561",
        "Ulm": "731",
        "Erfurt": "361",
        "Bielefeld": "521",
        "Regensburg": "941",
        "Lübeck": "451",
        "Göttingen": "551",
        "Augsburg": "821",
        "Trier": "651",
        "Potsdam": "331",
    },
    "NL": {
        "Zwolle": "38",
        "Arnhem": "26",
        "Tilburg": "13",
        "Delft": "15",
        "Haarlem": "23",
        "Nijmegen": "24",
        "Eindhoven": "40",
        "Maastricht": "43",
        "Enschede": "53",
        "Deventer": "570",
    },
    "BR": {
        "Recife": "81",
        "Goiânia": "62",
        "Campinas": "19",
        "Manaus": "92",
        "Florianópolis": "48",
        "Natal": "84",
        "Vitória": "27",
        "Londrina": "43",
        "Teresina": "86",
        "Maceió": "82",
    },
    "IN": {
        "Pune": "20",
        "Jaipur": "141",
        "Lucknow": "522",
        "Kochi": "484",
        "Indore": "731",
        "Surat": "261",
        "Coimbatore": "422",
        "Patna": "612",
        "Hyderabad": "40",
        "Mysuru": "821",
    },
}
# NSN lengths of fixed lines per local region (total, including area code)
NSN_LEN = {"US": 10, "GB": 10, "DE": None, "NL": 9, "BR": 10, "IN": 10}

# prefixes (NSN) and NSN lengths for non-local draws
FIXED = {
    "US": [("", 10)],
    "GB": [("20", 10), ("161", 10), ("117", 10), ("1865", 10), ("131", 10)],
    "DE": [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("711", 10), ("6221", 10)],
    "FR": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "ES": [("91", 9), ("93", 9), ("96", 9)],
    "IT": [("06", 10), ("02", 10), ("011", 10), ("055", 10), ("051", 9)],
    "NL": [("10", 9), ("20", 9), ("30", 9), ("70", 9), ("50", 9)],
    "PT": [("21", 9), ("22", 9)],
    "BR": [("11", 10), ("21", 10), ("31", 10), ("41", 10), ("51", 10)],
    "IN": [("11", 10), ("22", 10), ("80", 10)],
    "AU": [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "IE": [("1", 8), ("21", 9), ("91", 9)],
    "CH": [("44", 9), ("31", 9), ("61", 9), ("22", 9)],
    "AT": [("1", 10), ("662", 10), ("316", 10)],
    "BE": [("2", 8), ("3", 8), ("9", 8)],
}
MOBILE = {
    "US": [("", 10)],
    "GB": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    "DE": [("151", 11), ("160", 11), ("170", 11), ("172", 11), ("176", 11)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9)],
    "IT": [("32", 10), ("33", 10), ("34", 10), ("38", 10)],
    "NL": [("6", 9)],
    "PT": [("91", 9), ("93", 9), ("96", 9)],
    "BR": [("119", 11), ("219", 11), ("419", 11), ("819", 11)],
    "IN": [("9", 10), ("8", 10), ("7", 10)],
    "AU": [("4", 9)],
    "IE": [("83", 9), ("85", 9), ("87", 9)],
    "CH": [("76", 9), ("78", 9), ("79", 9)],
    "AT": [("664", 10), ("676", 10), ("699", 11)],
    "BE": [("47", 9), ("48", 9), ("49", 9)],
}
FREE = {
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    "GB": [("800", 10), ("808", 10), ("345", 10)],
    "DE": [("800", 10)],
    "FR": [("800", 9), ("805", 9)],
    "ES": [("900", 9)],
    "IT": [("800", 9)],
    "NL": [("800", 7), ("800", 10)],
    "PT": [("800", 9)],
    "BR": [("800", 10)],
    "IN": [("1800", 11)],
}
FREE_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.UAN)


def _draw(rng, region, table, types):
    for _ in range(5000):
        pre, length = rng.choice(table[region])
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if region == "US" and not pre:
            nsn = rng.choice("23456789") + nsn[1:]
        try:
            num = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(region), nsn))
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in types:
            return num
    raise RuntimeError("no number for %s" % region)


def draw_fixed(rng, region):
    return _draw(rng, region, FIXED, (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE))


def draw_mobile(rng, region):
    return _draw(rng, region, MOBILE, (T.MOBILE, T.FIXED_LINE_OR_MOBILE))


def draw_free(rng, region):
    return _draw(rng, region, FREE, FREE_TYPES)


def draw_local(rng, region, area):
    """A fixed line in the area; returns (number, subscriber digits)."""
    for _ in range(5000):
        length = NSN_LEN[region] or rng.choice([9, 10, 10, 11]) - (0 if len(area) == 3 else 0)
        nsn = area + "".join(rng.choice("0123456789") for _ in range(length - len(area)))
        num = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(region), nsn))
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.number_type(num) not in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE):
            continue
        if phonenumbers.length_of_geographical_area_code(num) != len(area):
            continue
        sub = nsn[len(area) :]
        if sub[0] in "01" or (region == "DE" and not 6 <= len(sub) <= 8):
            continue
        return num, sub
    raise RuntimeError("no local number for %s %s" % (region, area))


def e164(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def region_of(num):
    return phonenumbers.region_code_for_number(num)


def _nat(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _zero_intl(num):
    """'+44 161 496 0018' -> '+44 (0)161 496 0018' (people keep the trunk zero in brackets)."""
    cc, rest = _intl(num).split(" ", 1)
    return "%s (0)%s" % (cc, rest)


def national_styles(num):
    """New national habits per region; every one parses back (checked by the caller)."""
    reg, nat = region_of(num), _nat(num)
    nsn = phonenumbers.national_significant_number(num)
    groups = [g for g in nat.replace("(", " ").replace(")", " ").replace("-", " ").split() if g]
    out = []
    if reg == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        out = [
            "%s-%s-%s" % (a, b, c),
            "%s.%s.%s" % (a, b, c),
            "(%s)%s-%s" % (a, b, c),
            "1.%s.%s.%s" % (a, b, c),
        ]
    elif reg == "GB":
        out = ["-".join(groups)]
        if nsn.startswith("20"):
            out.append("0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]))
        elif nsn.startswith("7"):
            out.append("0%s-%s" % (nsn[:4], nsn[4:]))
        else:
            out.append(" ".join(groups))
    elif reg == "DE":
        area = groups[0]
        sub = "".join(groups[1:])
        out = [area + " " + sub, "(%s) %s" % (area, sub)]
        if not area.startswith("01") and len(sub) >= 6:
            out.append("%s %s-%s" % (area, sub[:-2], sub[-2:]))
    elif reg == "FR":
        out = [nat, nat.replace(" ", ".")]
    elif reg == "ES":
        out = [nat, "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])]
    elif reg == "IT":
        out = [
            nat,
            nat.replace(" ", ".", 1) if nsn.startswith("0") else "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
        ]
    elif reg == "NL":
        if nsn.startswith("6"):
            out = ["06 %s %s %s %s" % (nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:]), nat]
        else:
            out = [nat.replace("-", " "), "(%s) %s" % (groups[0], " ".join(groups[1:]))]
    elif reg == "PT":
        out = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])]
    elif reg == "BR":
        a, s = nsn[:2], nsn[2:]
        out = ["(%s) %s %s" % (a, s[:-4], s[-4:]), "(%s) %s-%s" % (a, s[:-4], s[-4:])]
        if len(s) == 9:
            out.append("%s %s-%s" % (a, s[:-4], s[-4:]))
        else:
            out.append("(0%s) %s-%s" % (a, s[:-4], s[-4:]))
    elif reg == "IN":
        if nsn[0] in "6789":
            out = ["%s %s" % (nsn[:5], nsn[5:]), "0%s %s" % (nsn[:5], nsn[5:])]
        else:
            out = [nat, "(%s) %s" % (groups[0], "".join(groups[1:]))]
    return [s for s in out if s] or [nat]


def intl_styles(num):
    reg, intl = region_of(num), _intl(num)
    nsn = phonenumbers.national_significant_number(num)
    cc = "+%d" % num.country_code
    out = [intl]
    if reg == "US":
        out = ["+1-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "+1 %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])]
    elif reg in ("GB", "DE", "NL", "CH", "AT", "BE", "IE", "FR"):
        out = [_zero_intl(num), intl]
    elif reg in ("ES", "PT", "IT"):
        out = ["(%s) %s" % (cc, intl.split(" ", 1)[1]), intl]
    elif reg == "BR":
        s = nsn[2:]
        out = ["%s %s %s %s" % (cc, nsn[:2], s[:-4], s[-4:]), "%s %s %s-%s" % (cc, nsn[:2], s[:-4], s[-4:])]
    elif reg == "IN":
        if nsn[0] in "6789":
            out = ["%s %s %s" % (cc, nsn[:5], nsn[5:])]
        else:
            out = [intl]
    elif reg == "AU":
        out = [intl, _zero_intl(num)]
    return out


def free_styles(num):
    reg, nat = region_of(num), _nat(num)
    nsn = phonenumbers.national_significant_number(num)
    if reg == "US":
        return ["1-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])]
    if reg == "IN":
        return ["%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:]), "%s-%s-%s" % (nsn[:4], nsn[4:7], nsn[7:])]
    if reg == "FR":
        return [nat, nat.replace(" ", ".")]
    if reg in ("GB", "NL", "DE"):
        return [nat, nat.replace(" ", "-", 1)]
    return [nat]


def local_styles(region, sub):
    """Subscriber-only forms: what people in the town write."""
    n = len(sub)
    if region == "US":
        return ["%s-%s" % (sub[:3], sub[3:]), "%s.%s" % (sub[:3], sub[3:])]
    if region == "GB":
        if n == 8:
            return ["%s %s" % (sub[:4], sub[4:])]
        if n == 7:
            return ["%s %s" % (sub[:3], sub[3:]), sub]
        return ["%s %s" % (sub[:3], sub[3:])]
    if region == "DE":
        if n == 6:
            return ["%s %s %s" % (sub[:2], sub[2:4], sub[4:]), sub]
        if n == 7:
            return ["%s %s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:-2], sub[-2:])]
        return ["%s %s" % (sub[:4], sub[4:]), "%s-%s" % (sub[:-2], sub[-2:])]
    if region == "NL":
        if n == 7:
            return ["%s %s" % (sub[:3], sub[3:]), sub, "%s %s %s" % (sub[:3], sub[3:5], sub[5:])]
        return ["%s %s" % (sub[:3], sub[3:]), sub]
    if region == "BR":
        return ["%s %s" % (sub[:4], sub[4:]), "%s-%s" % (sub[:4], sub[4:])]
    if region == "IN":
        if n == 8:
            return ["%s %s" % (sub[:4], sub[4:]), sub]
        if n == 7:
            return ["%s %s" % (sub[:3], sub[3:]), sub]
        return ["%s %s" % (sub[:3], sub[3:])]
    raise ValueError(region)


def put_back(region, area, text):
    """National form of a local number: trunk prefix (where the region has one) + area code + subscriber."""
    trunk = {"US": "", "BR": "", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}[region]
    return trunk + area + text


def parses_to(text, region, want):
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and e164(num) == want
