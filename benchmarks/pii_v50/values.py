"""Phone numbers and other values for pii_v50: drawn with phonenumbers and checked by it."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "NL": 31,
    "BR": 55,
    "IN": 91,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "PT": 351,
    "AT": 43,
    "CH": 41,
    "BE": 32,
    "IE": 353,
    "AU": 61,
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")

# region -> (town, area code without trunk prefix, subscriber length)
AREAS = {
    "US": [
        ("Spokane", "509", 7),
        ("Tucson", "520", 7),
        ("Raleigh", "919", 7),
        ("Boise", "208", 7),
        ("Albany", "518", 7),
        ("Madison", "608", 7),
    ],
    "GB": [
        ("Leicester", "116", 7),
        ("Sheffield", "114", 7),
        ("Norwich", "1603", 6),
        ("Exeter", "1392", 6),
        ("Glasgow", "141", 7),
        ("Aberdeen", "1224", 6),
    ],
    "DE": [
        ("Leipzig", "341", 7),
        ("Bremen", "421", 7),
        ("Freiburg", "761", 7),
        ("Kiel", "431", 7),
        ("Münster", "251", 6),
        ("Hamburg", "40", 8),
    ],
    "NL": [
        ("Utrecht", "30", 7),
        ("Groningen", "50", 7),
        ("Eindhoven", "40", 7),
        ("Haarlem", "23", 7),
        ("Zwolle", "38", 7),
        ("Leiden", "71", 7),
    ],
    "BR": [
        ("Curitiba", "41", 8),
        ("Salvador", "71", 8),
        ("Porto Alegre", "51", 8),
        ("Fortaleza", "85", 8),
        ("Belém", "91", 8),
        ("Campinas", "19", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Chennai", "44", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Nagpur", "712", 7),
        ("Kolkata", "33", 8),
    ],
    "FR": [("Lyon", "4", 8), ("Lille", "3", 8), ("Nantes", "2", 8), ("Toulouse", "5", 8)],
    "ES": [("Valencia", "96", 7), ("Bilbao", "94", 7), ("Zaragoza", "976", 6), ("Málaga", "952", 6)],
    "IT": [("Torino", "011", 7), ("Bologna", "051", 7), ("Firenze", "055", 7), ("Bari", "080", 7)],
    "PT": [("Porto", "22", 7), ("Braga", "253", 6), ("Faro", "289", 6), ("Lisboa", "21", 7)],
    "AT": [("Graz", "316", 6), ("Linz", "732", 6), ("Salzburg", "662", 6), ("Innsbruck", "512", 6)],
    "CH": [("Zürich", "44", 7), ("Bern", "31", 7), ("Basel", "61", 7), ("Lausanne", "21", 7)],
    "BE": [("Gent", "9", 7), ("Antwerpen", "3", 7), ("Liège", "4", 7), ("Namur", "81", 6)],
    "IE": [("Cork", "21", 7), ("Galway", "91", 6), ("Limerick", "61", 6), ("Dublin", "1", 7)],
    "AU": [("Perth", "8", 8), ("Brisbane", "7", 8), ("Melbourne", "3", 8), ("Sydney", "2", 8)],
}
HI_TOWNS = {
    "Pune": "पुणे",
    "Chennai": "चेन्नई",
    "Jaipur": "जयपुर",
    "Lucknow": "लखनऊ",
    "Nagpur": "नागपुर",
    "Kolkata": "कोलकाता",
}
MOBILE = {
    "US": [("", 10)],
    "GB": [("74", 10), ("78", 10), ("75", 10)],
    "DE": [("152", 11), ("176", 11)],
    "NL": [("6", 9)],
    "BR": [("119", 11), ("419", 11), ("719", 11)],
    "IN": [("9", 10), ("7", 10)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9)],
    "IT": [("34", 10), ("33", 10)],
    "PT": [("91", 9), ("93", 9)],
    "AT": [("664", 10), ("676", 10)],
    "CH": [("79", 9), ("76", 9)],
    "BE": [("47", 9), ("49", 9)],
    "IE": [("87", 9), ("85", 9)],
    "AU": [("4", 9)],
}
SERVICE = {
    "US": [("800", 10), ("888", 10)],
    "GB": [("800", 10)],
    "DE": [("800", 11)],
    "NL": [("800", 7)],
    "BR": [("800", 10)],
    "IN": [("1800", 11)],
    "FR": [("80", 9)],
    "ES": [("900", 9)],
    "IT": [("800", 9)],
    "PT": [("800", 9)],
    "AT": [("800", 9)],
    "CH": [("800", 9)],
    "BE": [("800", 8)],
    "IE": [("1800", 10)],
    "AU": [("1800", 10)],
}


def _digits(rng, prefix, total):
    return prefix + "".join(str(rng.randrange(10)) for _ in range(total - len(prefix)))


def _make(rng, region, prefix, total, types):
    for _ in range(60):
        d = _digits(rng, prefix, total)
        if region == "US" and (d[3] in "01" or d[4:6] == "11"):
            continue
        try:
            num = pn.parse(f"+{CC[region]}{d}", region)
        except pn.NumberParseException:
            continue
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in types
            and pn.national_significant_number(num) == d.lstrip()
        ):
            return num
    raise RuntimeError(f"no number for {region} {prefix}")


def fixed(rng, region, town=None):
    """(number, town, area) for a fixed line of a town of region."""
    areas = AREAS[region]
    t = town or rng.choice(areas)
    first = {"BR": "2345", "IN": "2", "BE": "2345"}.get(region, "2345678")
    for _ in range(20):
        pre = t[1] + rng.choice(first)
        try:
            num = _make(rng, region, pre, len(t[1]) + t[2], (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE))
            break
        except RuntimeError:
            continue
    return num, t[0], t[1]


def mobile(rng, region):
    if region == "US":
        return fixed(rng, "US")[0]
    p, n = rng.choice(MOBILE[region])
    return _make(rng, region, p, n, (T.MOBILE, T.FIXED_LINE_OR_MOBILE))


def service(rng, region):
    p, n = rng.choice(SERVICE[region])
    return _make(rng, region, p, n, (T.TOLL_FREE, T.SHARED_COST))


def area_len(num):
    return pn.length_of_geographical_area_code(num)


def e164(num):
    return pn.format_number(num, F.E164)


def nsn(num):
    return pn.national_significant_number(num)


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _habits(num, region, kind):
    """Fresh written forms (besides NATIONAL/INTERNATIONAL) for a number."""
    d = nsn(num)
    al = area_len(num) if kind == "fixed" else 0
    a, s = d[:al], d[al:]
    f = []
    if region == "US":
        f += [
            f"{d[:3]}.{d[3:6]}.{d[6:]}",
            f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
            f"({d[:3]}){d[3:6]}-{d[6:]}",
            f"+1.{d[:3]}.{d[3:6]}.{d[6:]}",
        ]
    elif region == "GB":
        if kind == "mobile":
            f += [f"0{d[:4]} {d[4:7]} {d[7:]}", f"+44 {d[:4]} {d[4:]}", f"0044 {d[:4]} {d[4:]}"]
        elif al:
            f += [f"0{a} {s}", f"+44 {a} {s}", f"0044 {a} {_g(s, (3,))}"]
    elif region == "DE":
        if al:
            f += [f"0{a}-{s}", f"+49 {a} {s}", f"0049 {a} {s}", f"(0{a}) {s}"]
        else:
            f += [f"0{d[:3]} {d[3:]}", f"+49 {d[:3]} {d[3:]}", f"0{d[:3]}-{_g(d[3:], (3, 3))}"]
    elif region == "NL":
        if al:
            f += [f"0{a}-{s}", f"+31 {a} {_g(s, (3, 2))}", f"0031 {a} {s}"]
        else:
            f += [f"0{d[0]}-{d[1:]}", f"0031 {d[0]} {_g(d[1:], (4,))}", f"+31 6{d[1:]}"]
    elif region == "FR":
        p = [d[0]] + [d[i : i + 2] for i in range(1, 9, 2)]
        f += ["0" + ".".join(p), "0033 " + " ".join(p), "0" + d, "+33" + d]
    elif region == "ES":
        f += [_g(d, (3, 3)), f"+34 {d}", f"0034 {_g(d, (3, 3))}"]
    elif region == "IT":
        if al or d.startswith("0"):
            f += [f"{d[:3]}/{d[3:]}", f"+39-{d[:3]}-{d[3:]}", f"{d[:3]} {_g(d[3:], (3,))}"]
        else:
            f += [f"{d[:3]}-{d[3:]}", _g(d, (3, 3)), f"0039 {d}"]
    elif region == "PT":
        f += [f"+351 {d}", f"00351 {_g(d, (3, 3))}", _g(d, (3, 3))]
    elif region == "BR":
        if kind == "mobile":
            f += [f"+55 {d[:2]} {d[2:7]}-{d[7:]}", f"{d[:2]} {d[2:7]}-{d[7:]}", f"({d[:2]}){d[2:7]}-{d[7:]}"]
        else:
            f += [
                f"({d[:2]}){d[2:6]}-{d[6:]}",
                f"{d[:2]} {d[2:6]} {d[6:]}",
                f"+55 ({d[:2]}) {d[2:6]}-{d[6:]}",
            ]
    elif region == "IN":
        if kind == "mobile":
            f += [f"+91-{d}", d, f"+91 {d[:5]}-{d[5:]}"]
        elif al:
            f += [f"0{a}-{s}", f"+91-{a}-{s}", f"0{a} {s}"]
    elif region == "AT":
        f += [f"0043 {a} {s}" if al else f"0043 {d[:3]} {d[3:]}", f"+43 {a}/{s}" if al else f"+43 {d}"]
    elif region == "CH":
        f += [f"0041 {d[:2]} {_g(d[2:], (3, 2))}", f"+41{d}"]
    elif region == "BE":
        f += [f"0032 {a} {s}" if al else f"0032 {d[:3]} {d[3:]}", f"+32 {d}"]
    elif region == "IE":
        f += [f"00353 {a} {s}" if al else f"00353 {d[:2]} {d[2:]}", f"+353 {d}"]
    elif region == "AU":
        f += [
            f"+61 ({d[0]}) {d[1:5]} {d[5:]}" if kind == "fixed" else f"+61 {d}",
            f"+61-{_g(d, (1, 4), '-')}",
        ]
    return f


def parses_to(text, num, doc_region):
    for r in {pn.region_code_for_number(num), doc_region}:
        try:
            if pn.parse(text, r) != num:
                return False
        except pn.NumberParseException:
            return False
    return pn.is_valid_number(pn.parse(text, pn.region_code_for_number(num)))


def write(rng, num, doc_region, kind="fixed", intl=False, service_num=False):
    """A written form of num and its mode ('international' or 'national')."""
    region = pn.region_code_for_number(num)
    if service_num:
        forms = [pn.format_number(num, F.INTERNATIONAL if intl else F.NATIONAL)]
    else:
        forms = [pn.format_number(num, F.INTERNATIONAL)] + _habits(num, region, kind)
        if not intl:
            forms.append(pn.format_number(num, F.NATIONAL))
        if rng.random() < 0.7:
            forms = forms[1:] or forms
    rng.shuffle(forms)
    for form in forms:
        is_intl = form.startswith(("+", "(+", "00"))
        if intl and not is_intl:
            continue
        if parses_to(form, num, doc_region):
            return form, "international" if is_intl else "national"
    form = pn.format_number(num, F.INTERNATIONAL)
    assert parses_to(form, num, doc_region)
    return form, "international"


def local_form(rng, num):
    """The subscriber part (digits after the area code), in fresh groupings."""
    region = pn.region_code_for_number(num)
    d = nsn(num)
    s = d[area_len(num) :]
    if region == "US":
        return f"{s[:3]}-{s[3:]}"
    if region == "GB":
        return rng.choice([s, f"{s[:2]} {s[2:]}"]) if len(s) == 6 else rng.choice([s, f"{s[:3]}-{s[3:]}"])
    if region == "DE":
        if len(s) == 6:
            return f"{s[:2]} {s[2:4]} {s[4:]}"
        if len(s) == 7:
            return rng.choice([f"{s[:3]} {s[3:5]} {s[5:]}", f"{s[:3]}-{s[3:]}"])
        return f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"
    if region == "NL":
        return rng.choice([f"{s[:3]} {s[3:5]} {s[5:]}", f"{s[:3]}-{s[3:]}"])
    if region == "BR":
        return rng.choice([f"{s[:4]} {s[4:]}", f"{s[:4]} - {s[4:]}"])
    if region == "IN":
        return f"{s[:4]} {s[4:]}" if len(s) == 8 else rng.choice([f"{s[:3]} {s[3:]}", f"{s[:3]}-{s[3:]}"])
    raise ValueError(region)
