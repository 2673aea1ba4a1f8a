"""Phone numbers for v63: draws checked with phonenumbers, written in each country's habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat, PhoneNumberType

T = PhoneNumberType
FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# Towns and area codes (national significant digits, no trunk prefix) for the six local regions.
AREAS = {
    "US": [
        ("Tulsa", "918"),
        ("Omaha", "402"),
        ("Reno", "775"),
        ("Savannah", "912"),
        ("Duluth", "218"),
        ("Fresno", "559"),
        ("Albany", "518"),
        ("Wichita", "316"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Norwich", "1603"),
        ("Exeter", "1392"),
    ],
    "DE": [
        ("Kiel", "431"),
        ("Lübeck", "451"),
        ("Kassel", "561"),
        ("Erfurt", "361"),
        ("Ulm", "731"),
        ("Regensburg", "941"),
        ("Potsdam", "331"),
        ("Trier", "651"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Maastricht", "43"),
        ("Tilburg", "13"),
        ("Haarlem", "23"),
        ("Delft", "15"),
        ("Enschede", "53"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Natal", "84"),
        ("Vitória", "27"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Ahmedabad", "79"),
        ("Kochi", "484"),
        ("Indore", "731"),
    ],
}
SUB_LEN = {"US": [7], "GB": [7, 6], "DE": [6, 7], "NL": [7], "BR": [8], "IN": [10]}
SUB_FIRST = {"US": "2345689", "GB": "2345679", "DE": "2345678", "NL": "2345678", "BR": "2345", "IN": "2"}

# Prefixes to draw non-local numbers from (national significant digits), with total lengths.
DRAW = {
    "US": {
        "fixed": [("415", 10), ("617", 10), ("503", 10), ("704", 10)],
        "mobile": [("646", 10), ("949", 10)],
        "other": [("800", 10), ("888", 10), ("877", 10)],
    },
    "GB": {
        "fixed": [("113", 10), ("151", 10), ("1223", 10), ("1865", 10)],
        "mobile": [("77", 10), ("78", 10), ("74", 10)],
        "other": [("808", 10), ("800", 10), ("345", 10)],
    },
    "DE": {
        "fixed": [("40", 10), ("89", 10), ("221", 10), ("711", 10)],
        "mobile": [("151", 11), ("160", 10), ("172", 10), ("157", 11)],
        "other": [("800", 10), ("180", 10)],
    },
    "FR": {
        "fixed": [("1", 9), ("4", 9), ("5", 9), ("2", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("805", 9), ("800", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("96", 9), ("98", 9)],
        "mobile": [("6", 9), ("71", 9)],
        "other": [("900", 9), ("800", 9)],
    },
    "IT": {
        "fixed": [("02", 10), ("06", 10), ("011", 10), ("055", 10)],
        "mobile": [("34", 10), ("33", 10), ("32", 10)],
        "other": [("800", 9), ("803", 9)],
    },
    "NL": {
        "fixed": [("20", 9), ("10", 9), ("70", 9), ("30", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 7), ("800", 10)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("23", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9), ("808", 9)],
    },
    "BR": {
        "fixed": [("11", 10), ("21", 10), ("31", 10), ("41", 10)],
        "mobile": [("119", 11), ("219", 11), ("519", 11)],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("11", 10), ("22", 10), ("80", 10), ("44", 10)],
        "mobile": [("98", 10), ("91", 10), ("70", 10), ("63", 10)],
        "other": [("1800", 11), ("1860", 11)],
    },
    "AU": {"fixed": [("2", 9), ("3", 9), ("8", 9)], "mobile": [("4", 9)], "other": []},
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 9)], "mobile": [("85", 9), ("87", 9)], "other": []},
    "CH": {"fixed": [("44", 9), ("31", 9), ("61", 9)], "mobile": [("79", 9), ("78", 9)], "other": []},
    "AT": {"fixed": [("1", 9), ("662", 10), ("316", 10)], "mobile": [("664", 10), ("676", 10)], "other": []},
    "BE": {"fixed": [("2", 8), ("9", 8), ("4", 8)], "mobile": [("47", 9), ("49", 9)], "other": []},
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def draw(rng, region, kind):
    """A valid number (PhoneNumber) of the wanted type, drawn from one of DRAW's prefixes."""
    for _ in range(500):
        prefix, total = rng.choice(DRAW[region][kind])
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(total - len(prefix)))
        if kind == "fixed" and nsn[len(prefix)] in "01":
            continue
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, region)
        if pn.is_valid_number(num) and pn.number_type(num) in TYPES[kind]:
            if pn.region_code_for_number(num) == region:
                return num
    raise RuntimeError(f"no {kind} number for {region}")


def draw_local(rng, region, area):
    """(PhoneNumber, subscriber digits) for a fixed line in the area; area code length checked."""
    for _ in range(2000):
        n = rng.choice(SUB_LEN[region])
        if region == "IN":
            n = 10 - len(area)
        sub = rng.choice(SUB_FIRST[region]) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + area + sub, region)
        if not pn.is_valid_number(num) or pn.number_type(num) not in FIXED:
            continue
        if pn.region_code_for_number(num) != region:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError(f"no local number for {region} {area}")


def nsn(num):
    return pn.national_significant_number(num)


def e164(num):
    return pn.format_number(num, PhoneNumberFormat.E164)


def _grp(digits, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return [g for g in out if g]


def _pairs_right(digits):
    """German habit: pairs counted from the right, '4 56 78 90'."""
    out = []
    while len(digits) > 2:
        out.insert(0, digits[-2:])
        digits = digits[:-2]
    out.insert(0, digits)
    return " ".join(out)


def local_form(rng, region, sub):
    """Subscriber part only, in a habit of the region (new against v52's list)."""
    if region == "US":
        return rng.choice([sub[:3] + "." + sub[3:], sub[:3] + "-" + sub[3:], sub[:3] + "–" + sub[3:]])
    if region == "GB":
        if len(sub) == 7:
            return rng.choice([sub[:3] + " " + sub[3:], sub[:3] + "-" + sub[3:]])
        return rng.choice([sub[:2] + " " + sub[2:4] + " " + sub[4:], sub[:3] + "-" + sub[3:]])
    if region == "DE":
        return rng.choice([_pairs_right(sub), sub[:3] + "-" + sub[3:], sub])
    if region == "NL":
        return rng.choice(
            [sub[:3] + " " + sub[3:], sub[:2] + " " + sub[2:4] + " " + sub[4:], sub[:3] + "-" + sub[3:]]
        )
    if region == "BR":
        return rng.choice([sub[:4] + "." + sub[4:], sub, sub[:4] + " - " + sub[4:]])
    if region == "IN":
        if len(sub) == 8:
            return rng.choice([sub[:4] + "-" + sub[4:], sub])
        return rng.choice([sub[:3] + "-" + sub[3:], sub, sub[:3] + " " + sub[3:]])
    raise ValueError(region)


def national(rng, num):
    """National form, in a habit of the region."""
    r = pn.region_code_for_number(num)
    d = nsn(num)
    t = pn.number_type(num)
    std = pn.format_number(num, PhoneNumberFormat.NATIONAL)
    if r == "US":
        return rng.choice(
            [
                f"{d[:3]}-{d[3:6]}-{d[6:]}",
                f"{d[:3]}.{d[3:6]}.{d[6:]}",
                f"({d[:3]}){d[3:6]}-{d[6:]}",
                f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
            ]
        )
    if r == "GB":
        if t in MOBILE and d.startswith("7"):
            return rng.choice(["0" + d, f"0{d[:4]} {d[4:7]}-{d[7:]}", f"0{d[:4]}-{d[4:]}"])
        return rng.choice([std, std.replace(" ", "-"), "0" + d])
    if r == "DE":
        if t in OTHER:
            return rng.choice([f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]}-{d[3:]}"])
        ac = pn.length_of_geographical_area_code(num) or 3
        a, s = d[:ac], d[ac:]
        if t in MOBILE:
            return rng.choice([f"0{a} {s}", f"0{a}-{s[:4]} {s[4:]}", f"0{a} {s[:3]} {s[3:]}"])
        return rng.choice([f"0{a} {s}", f"(0{a}) {_pairs_right(s)}", f"0{a}-{s}", f"0{a} {_pairs_right(s)}"])
    if r == "FR":
        sp = "0" + d[0] + " " + " ".join(_grp(d[1:], [2, 2, 2, 2]))
        return rng.choice([sp, sp.replace(" ", "."), "0" + d])
    if r == "ES":
        return rng.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"])
    if r == "IT":
        if d.startswith("0"):
            ac = 2 if d[1] in "26" else 3
            return rng.choice([f"{d[:ac]} {d[ac : ac + 4]} {d[ac + 4 :]}", f"{d[:ac]}.{d[ac:]}"])
        if t in OTHER:
            return rng.choice([f"{d[:3]} {d[3:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])
        return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:]}"])
    if r == "NL":
        if d.startswith("6"):
            return rng.choice([f"06 {d[1:4]} {d[4:6]} {d[6:]}", f"06-{d[1:4]} {d[4:6]} {d[6:]}"])
        if t in OTHER:
            return rng.choice([f"0{d[:3]} {d[3:]}", f"0{d[:3]}-{d[3:]}"])
        ac = pn.length_of_geographical_area_code(num) or 2
        return rng.choice([f"0{d[:ac]} {d[ac : ac + 3]} {d[ac + 3 :]}", f"(0{d[:ac]}) {d[ac:]}"])
    if r == "PT":
        return rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}"])
    if r == "BR":
        if t in OTHER:
            return rng.choice([f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]}.{d[3:6]}.{d[6:]}"])
        a, s = d[:2], d[2:]
        if len(s) == 9:
            return rng.choice([f"({a}) {s[:5]}-{s[5:]}", f"{a} {s}", f"({a}) {s[:5]}.{s[5:]}"])
        return rng.choice([f"({a}) {s[:4]}.{s[4:]}", f"(0{a}) {s[:4]}-{s[4:]}", f"{a} {s[:4]} {s[4:]}"])
    if r == "IN":
        if t in OTHER:
            return rng.choice([d, f"{d[:4]} {d[4:7]} {d[7:]}"])
        if t in MOBILE and d[0] in "6789":
            return rng.choice([f"{d[:5]}-{d[5:]}", f"{d[:5]} {d[5:]}", f"0{d[:5]}-{d[5:]}"])
        ac = pn.length_of_geographical_area_code(num) or 2
        return rng.choice([f"0{d[:ac]}-{d[ac:]}", f"(0{d[:ac]}) {d[ac : ac + 4]} {d[ac + 4 :]}"])
    return std


def international(rng, num):
    r = pn.region_code_for_number(num)
    d = nsn(num)
    cc = str(num.country_code)
    intl = pn.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    forms = [intl]
    if r == "US":
        forms += [f"+1-{d[:3]}-{d[3:6]}-{d[6:]}"]
    elif r in ("GB", "DE", "NL", "AT", "CH", "BE", "IE", "FR", "AU"):
        rest = intl[len(cc) + 2 :]
        forms += [f"+{cc} (0){rest}"]
    elif r in ("ES", "PT"):
        forms += [f"(+{cc}) {intl[len(cc) + 2 :]}"]
    elif r == "IT":
        forms += [f"(+39) {intl[4:]}", f"+39 {d}"]
    elif r == "BR":
        forms += [f"+55 ({d[:2]}) {d[2:-4]}-{d[-4:]}"]
    elif r == "IN":
        forms += [f"+91 {d[:5]} {d[5:]}" if d[0] in "6789" else f"+91-{d[:2]}-{d[2:]}"]
    return rng.choice(forms)


def check_written(text, region, e):
    """True when text parses back to e164 e, valid, in region."""
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and e164(num) == e


def put_back(local_text, region, area):
    """Local form with trunk prefix and area code restored."""
    digits = "".join(c for c in local_text if c.isdigit())
    return ("" if region == "US" else "0") + area + digits
