"""Phone numbers for the v101 set: drawn from prefixes with phonenumbers, written in new habits."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# national significant number prefixes and total NSN length
PREFIXES = {
    "US": {
        "fixed": [(a, 10) for a in ("312", "415", "617", "206", "303", "404", "512", "718", "651", "804")],
        "mobile": [(a, 10) for a in ("347", "646", "929", "470", "725", "213")],
        "other": [("800", 10), ("888", 10), ("877", 10), ("866", 10), ("855", 10)],
    },
    "GB": {
        "fixed": [("207", 10), ("208", 10), ("121", 10), ("161", 10), ("113", 10), ("1603", 10), ("131", 10)],
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "other": [("800", 10), ("808", 10), ("345", 10), ("330", 10)],
    },
    "DE": {
        "fixed": [("30", 10), ("89", 10), ("40", 10), ("221", 10), ("69", 10), ("711", 10), ("351", 10)],
        "mobile": [("151", 11), ("160", 10), ("170", 10), ("171", 10), ("176", 11), ("157", 11), ("162", 10)],
        "other": [("800", 10), ("1805", 10)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9), ("809", 9), ("810", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("96", 9), ("954", 9), ("985", 9)],
        "mobile": [("6", 9), ("71", 9), ("72", 9)],
        "other": [("900", 9), ("901", 9), ("902", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("011", 10), ("055", 10), ("051", 10), ("081", 10)],
        "mobile": [("32", 10), ("33", 10), ("34", 10), ("347", 10), ("39", 10)],
        "other": [("800", 9), ("848", 9)],
    },
    "NL": {
        "fixed": [("20", 9), ("10", 9), ("30", 9), ("70", 9), ("40", 9), ("50", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 10), ("800", 7), ("88", 9)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9), ("253", 9)],
        "mobile": [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9), ("808", 9), ("707", 9)],
    },
    "BR": {
        "fixed": [(a + d, 10) for a in ("11", "21", "31", "51", "41", "71") for d in "2345"],
        "mobile": [(a + "9", 11) for a in ("11", "21", "31", "51", "61", "85")],
        "other": [("800", 10), ("4004", 8), ("3003", 8)],
    },
    "IN": {
        "fixed": [("11", 10), ("22", 10), ("33", 10), ("44", 10), ("80", 10)],
        "mobile": [("9", 10), ("8", 10), ("7", 10), ("6", 10)],
        "other": [("1800", 11), ("1800", 10)],
    },
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9), ("8", 9)], "mobile": [("4", 9)], "other": [("1800", 10)]},
    "IE": {
        "fixed": [("1", 8), ("21", 9), ("91", 8)],
        "mobile": [("83", 9), ("85", 9), ("86", 9), ("87", 9)],
        "other": [("1800", 10)],
    },
    "AT": {
        "fixed": [("1", 9), ("1", 11), ("316", 10)],
        "mobile": [("664", 10), ("676", 10), ("699", 11)],
        "other": [("800", 9)],
    },
    "CH": {
        "fixed": [("44", 9), ("31", 9), ("61", 9), ("22", 9)],
        "mobile": [("76", 9), ("78", 9), ("79", 9)],
        "other": [("800", 9)],
    },
    "BE": {
        "fixed": [("2", 8), ("3", 8), ("9", 8), ("4", 8)],
        "mobile": [("47", 9), ("48", 9), ("49", 9)],
        "other": [("800", 8)],
    },
}

# towns for local-announced numbers (none named in v52): region -> [(town, area code)]
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Albany", "518"),
        ("Reno", "775"),
        ("Savannah", "912"),
        ("Duluth", "218"),
        ("Fresno", "559"),
        ("Akron", "330"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Norwich", "1603"),
        ("Cardiff", "29"),
        ("Leicester", "116"),
        ("York", "1904"),
        ("Exeter", "1392"),
        ("Aberdeen", "1224"),
        ("Sheffield", "114"),
    ],
    "DE": [
        ("Kassel", "561"),
        ("Bonn", "228"),
        ("Augsburg", "821"),
        ("Kiel", "431"),
        ("Würzburg", "931"),
        ("Erfurt", "361"),
        ("Regensburg", "941"),
        ("Osnabrück", "541"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Haarlem", "23"),
        ("Tilburg", "13"),
        ("Maastricht", "43"),
        ("Delft", "15"),
        ("Nijmegen", "24"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Natal", "84"),
        ("Vitória", "27"),
        ("Londrina", "43"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Indore", "731"),
        ("Hyderabad", "40"),
        ("Ahmedabad", "79"),
        ("Coimbatore", "422"),
    ],
}
LOCAL_NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}
TRUNK = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}


def _draw(rng, region, prefix, length, types):
    for _ in range(500):
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if region == "US" and nsn[3] in "01":
            continue
        if region == "US" and nsn[3:6] == "555":
            continue
        try:
            num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.region_code_for_number(num) != region:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in types:
            n = phonenumbers.length_of_geographical_area_code(num)
            if types is FIXED and region != "IT" and n and nsn[n] in "01":
                continue
            return num
    raise RuntimeError(f"no number for {region} {prefix}")


def draw(rng, region, kind):
    """A valid number of REGION, kind 'fixed', 'mobile' or 'other'."""
    prefix, length = rng.choice(PREFIXES[region][kind])
    types = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
    return _draw(rng, region, prefix, length, types)


def draw_local(rng, region, area):
    """A fixed-line number in AREA; returns (number, subscriber digits)."""
    for _ in range(50):
        num = _draw(rng, region, area, LOCAL_NSN_LEN[region], FIXED)
        if phonenumbers.length_of_geographical_area_code(num) == len(area):
            nsn = phonenumbers.national_significant_number(num)
            if nsn[len(area)] in "01":
                continue
            return num, nsn[len(area) :]
    raise RuntimeError(f"no local number for {region} {area}")


def e164(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _intl_std(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _nat_std(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _split_area(num):
    nsn = phonenumbers.national_significant_number(num)
    n = phonenumbers.length_of_geographical_area_code(num)
    if n == 0:
        n = phonenumbers.length_of_national_destination_code(num)
    return nsn[:n], nsn[n:]


def national_forms(num, region):
    """Fresh national habits for REGION (each checked by parse-back in write())."""
    nsn = phonenumbers.national_significant_number(num)
    a, s = _split_area(num)
    f = [_nat_std(num)]
    if region == "US":
        f += [
            f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
            f"({nsn[:3]}){nsn[3:6]}-{nsn[6:]}",
            f"1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
            f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
        ]
    elif region == "GB":
        if nsn.startswith("20"):
            f += [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:2]}-{nsn[2:6]}-{nsn[6:]}"]
        elif nsn.startswith("7"):
            f += [f"0{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}", f"0{nsn[:4]} {nsn[4:7]}{nsn[7:]}"]
        else:
            f += [f"0{a}-{s[:3]}-{s[3:]}", f"0{a} {s}"]
    elif region == "DE":
        f += [f"0{a} {_g(s, [3, 3, 2])}", f"(0{a}) {s}", f"0{a}-{s}", f"0{a} {s[:-2]}-{s[-2:]}"]
    elif region == "FR":
        f += [
            f"0{_g(nsn, [1, 2, 2, 2, 2], '.')}",
            f"0{nsn[0]} {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}".replace(" ", ""),
        ]
    elif region == "ES":
        f += [_g(nsn, [3, 2, 2, 2]), _g(nsn, [3, 3, 3], "."), _g(nsn, [3, 3, 3], "-")]
    elif region == "IT":
        f += [f"{a} {_g(s, [4, 4])}", _g(nsn, [3, 3, 4], "."), f"{a}.{s}"]
    elif region == "NL":
        f += [
            f"(0{a}) {_g(s, [3, 2, 2])}",
            f"0{a} {_g(s, [3, 2, 2])}",
            f"0{a}-{_g(s, [3, 2, 2])}",
            f"0{nsn[0]} {_g(nsn[1:], [3, 3, 2])}" if nsn.startswith("6") else f"0{a} {s}",
        ]
    elif region == "PT":
        f += [_g(nsn, [3, 3, 3]), _g(nsn, [2, 3, 2, 2]), _g(nsn, [3, 3, 3], ".")]
    elif region == "BR":
        f += [
            f"({a}) {s[:-4]}.{s[-4:]}",
            f"0{a} {s[:-4]}-{s[-4:]}",
            f"0xx{a} {s[:-4]}-{s[-4:]}",
            f"({a}){s[:-4]}-{s[-4:]}",
        ]
    elif region == "IN":
        if nsn[0] in "6789":
            f += [f"{nsn[:5]}-{nsn[5:]}", nsn, f"0{nsn[:5]}-{nsn[5:]}"]
        else:
            f += [f"(0{a}) {_g(s, [4, 4])}", f"0{a} {_g(s, [4, 4])}", f"0{a}-{s[:4]}-{s[4:]}"]
    return f


def intl_forms(num, region):
    nsn = phonenumbers.national_significant_number(num)
    cc = str(num.country_code)
    a, s = _split_area(num)
    f = [_intl_std(num), f"+{cc} {nsn}"]
    if region in ("GB", "DE", "NL", "AT", "CH", "BE", "AU", "IE") and not nsn.startswith("0"):
        f += [f"+{cc} (0){a} {s}", f"+{cc} (0) {a} {s}"]
    if region == "FR":
        f += [
            f"+33 (0){nsn[0]} {_g(nsn[1:], [2, 2, 2, 2])}",
            f"+33 {nsn[0]}.{_g(nsn[1:], [2, 2, 2, 2], '.')}",
        ]
    if region in ("ES", "PT", "IT"):
        f += [f"(+{cc}) {_g(nsn, [3, 3, 3])}" if len(nsn) == 9 else f"(+{cc}) {a} {s}"]
    if region == "US":
        f += [f"+1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"+1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"]
    if region == "BR":
        f += [f"+55 {a} {s[:-4]}-{s[-4:]}", f"+55 ({a}) {s[:-4]}.{s[-4:]}"]
    if region == "IN":
        f += [f"+91 {nsn[:5]} {nsn[5:]}" if nsn[0] in "6789" else f"+91 {a} {s[:4]} {s[4:]}"]
    return f


def other_forms(num, region):
    nsn = phonenumbers.national_significant_number(num)
    f = [_nat_std(num)]
    if region == "US":
        f += [
            f"1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
            f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}",
        ]
    elif region == "GB":
        f += [f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"0{nsn}"]
    elif region == "DE":
        f += [f"0{nsn[:3]} {_g(nsn[3:], [3, 4])}", f"0{nsn[:4]}-{nsn[4:]}"]
    elif region == "IN":
        f += [f"{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}", f"{nsn[:4]} {nsn[4:]}"]
    elif region == "BR":
        f += [f"{nsn[:4]}.{nsn[4:]}" if len(nsn) == 8 else f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
    elif region in ("ES", "IT", "PT"):
        f += [_g(nsn, [3, 3, 3], ".") if len(nsn) == 9 else _nat_std(num)]
    elif region == "NL":
        f += [f"0{nsn[:3]}-{nsn[3:]}" if nsn.startswith("800") else f"0{nsn[:2]} {nsn[2:]}"]
    return f


def local_forms(sub, region):
    if region == "US":
        return [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]}.{sub[3:]}", f"{sub[:3]} {sub[3:]}"]
    if region == "GB":
        if len(sub) == 8:
            return [f"{sub[:4]} {sub[4:]}", sub]
        if len(sub) == 7:
            return [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
        return [f"{sub[:3]} {sub[3:]}", f"{sub[:2]} {sub[2:]}", sub]
    if region == "DE":
        k = len(sub)
        return [_g(sub, [k - 4, 2, 2]) if k > 5 else _g(sub, [k - 2]), sub, f"{sub[:-2]}-{sub[-2:]}"]
    if region == "NL":
        return [sub, _g(sub, [3, 2, 2]) if len(sub) == 7 else _g(sub, [2, 2, 2, 2]), f"{sub[:3]}-{sub[3:]}"]
    if region == "BR":
        return [f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]}-{sub[4:]}"]
    if region == "IN":
        k = len(sub)
        return [sub, f"{sub[: k - 4]}-{sub[k - 4 :]}", f"{sub[: k - 4]} {sub[k - 4 :]}"]
    raise ValueError(region)


def put_back(text, region, area):
    """Parse a local form with its area code (and trunk prefix) put back."""
    return phonenumbers.parse(TRUNK[region] + area + " " + text, region)


def parses_to(text, region, num):
    try:
        got = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(got) and e164(got) == e164(num)


def write(rng, num, region, mode):
    """A written form of NUM that parses back to it (mode national, international or other)."""
    forms = {"national": national_forms, "international": intl_forms, "other": other_forms}[mode](num, region)
    forms = [f for f in forms if parses_to(f, region, num)]
    return rng.choice(forms)


def write_local(rng, sub, region, area, num):
    forms = [f for f in local_forms(sub, region) if e164(put_back(f, region, area)) == e164(num)]
    return rng.choice(forms)
