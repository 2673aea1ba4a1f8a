"""Phone numbers for v112: drawn from prefixes, kept when valid, written in new habits."""

import phonenumbers as pn

FIXED = (pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)
MOBILE = (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)
FREE = (pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN)

# towns for subscriber-only numbers: region -> [(town, area code)]; area code without trunk prefix
AREAS = {
    "US": [
        ("Savannah", "912"),
        ("Charleston", "843"),
        ("Asheville", "828"),
        ("Santa Fe", "505"),
        ("Providence", "401"),
        ("Tulsa", "918"),
        ("Omaha", "402"),
        ("Richmond", "804"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Birmingham", "121"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("Manchester", "161"),
        ("Newcastle", "191"),
    ],
    "DE": [
        ("Kassel", "561"),
        ("Bielefeld", "521"),
        ("Augsburg", "821"),
        ("Leipzig", "341"),
        ("Würzburg", "931"),
        ("Potsdam", "331"),
        ("Dresden", "351"),
        ("Nürnberg", "911"),
    ],
    "NL": [
        ("Haarlem", "23"),
        ("Groningen", "50"),
        ("Maastricht", "43"),
        ("Arnhem", "26"),
        ("Zwolle", "38"),
        ("Tilburg", "13"),
        ("Delft", "15"),
        ("Nijmegen", "24"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Porto Alegre", "51"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Manaus", "92"),
        ("Natal", "84"),
        ("Campinas", "19"),
        ("Vitória", "27"),
    ],
    "IN": [
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Ahmedabad", "79"),
        ("Kochi", "484"),
        ("Indore", "731"),
    ],
}
SUB_LEN = {"US": 7, "GB": 7, "DE": 7, "NL": 7, "BR": 8}
TRUNK = {"GB": "0", "DE": "0", "NL": "0", "IN": "0", "US": "", "BR": ""}

# (prefix choices, national significant length) per region and kind
PREFIX = {
    "US": {
        "fixed": (["312", "415", "617", "713", "404", "206", "503", "612"], 10),
        "free": (["800", "888", "877", "866"], 10),
    },
    "GB": {
        "fixed": (["113", "121", "131", "141", "161", "117", "118", "191"], 10),
        "mobile": (["7700", "7480", "7529", "7712", "7831", "7958"], 10),
        "free": (["800", "808"], 10),
    },
    "DE": {
        "fixed": (["561", "521", "821", "341", "89", "30", "40", "221"], 10),
        "mobile": (["151", "152", "160", "171", "176", "157"], 11),
        "free": (["800"], 10),
    },
    "FR": {"fixed": (["1", "2", "3", "4", "5"], 9), "mobile": (["6", "7"], 9), "free": (["800", "805"], 9)},
    "ES": {"fixed": (["91", "93", "954", "96", "985"], 9), "mobile": (["6"], 9), "free": (["900"], 9)},
    "IT": {
        "fixed": (["02", "06", "011", "055", "081"], 10),
        "mobile": (["33", "34", "32", "39"], 10),
        "free": (["800"], 9),
    },
    "NL": {"fixed": (["20", "10", "30", "50", "43", "23"], 9), "mobile": (["6"], 9), "free": (["800"], 10)},
    "PT": {"fixed": (["21", "22", "239"], 9), "mobile": (["91", "92", "93", "96"], 9), "free": (["800"], 9)},
    "BR": {
        "fixed": (["11", "21", "31", "41", "81", "51"], 10),
        "mobile": (["119", "219", "319", "419"], 11),
        "free": (["800"], 10),
    },
    "IN": {
        "fixed": (["11", "22", "33", "40", "80", "141"], 10),
        "mobile": (["9", "8", "7"], 10),
        "free": (["1800"], 10),
    },
    "AT": {"fixed": (["1", "316", "662"], 10), "mobile": (["664", "660", "676"], 10)},
    "CH": {"fixed": (["44", "31", "61", "21"], 9), "mobile": (["76", "78", "79"], 9)},
    "BE": {"fixed": (["2", "3", "9"], 8), "mobile": (["47", "48", "49"], 9)},
    "IE": {"fixed": (["1", "21"], 9), "mobile": (["85", "86", "87"], 9)},
    "AU": {"fixed": (["2", "3", "7", "8"], 9), "mobile": (["4"], 9)},
}
KIND_TYPES = {"fixed": FIXED, "mobile": MOBILE, "free": FREE}


def draw(rng, region, kind, area=None):
    """A valid number of the wanted type; area: a geographical area code (local numbers)."""
    for _ in range(5000):
        if area is not None:
            first = rng.choice("23456789") if region != "BR" else rng.choice("2345")
            sub_len = SUB_LEN.get(region, 8 if len(area) == 2 else 7)
            nsn = area + first + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        else:
            prefixes, length = PREFIX[region][kind]
            pre = rng.choice(prefixes)
            nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
            if region == "US" and nsn[3] in "01":
                continue
        num = pn.parse(nsn, region)
        if not pn.is_valid_number(num) or pn.number_type(num) not in KIND_TYPES[kind]:
            continue
        if pn.national_significant_number(num) != nsn or pn.region_code_for_number(num) != region:
            continue
        if area is not None and pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num
    raise RuntimeError(f"no number for {region} {kind} {area}")


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def intl_plain(num):
    return pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)


def intl_zero(num):
    """'+41 (0)44 296 69 51': the trunk zero in brackets, as people write it in Europe and Australia."""
    s = intl_plain(num)
    cc, rest = s.split(" ", 1)
    return f"{cc} (0){rest}"


def _us(n, intl):
    a, e, s = n[:3], n[3:6], n[6:]
    if intl:
        return [f"+1-{a}-{e}-{s}", f"+1 {a}-{e}-{s}", f"+1.{a}.{e}.{s}"]
    return [f"{a}-{e}-{s}", f"({a}){e}-{s}", f"{a}.{e}.{s}", f"({a}) {e}\u2013{s}"]


def forms(num, kind, intl):
    """Written forms of a number for the national or international mode."""
    region = pn.region_code_for_number(num)
    n = pn.national_significant_number(num)
    if region == "US":
        return _us(n, intl)
    if region in ("AT", "CH", "BE", "IE", "AU"):
        return [intl_zero(num), intl_zero(num), intl_plain(num)]
    if region == "GB":
        if kind == "fixed":
            return (
                [f"+44 (0){g(n, [3, 3])}", f"+44 (0) {g(n, [3, 3])}"]
                if intl
                else [f"0{g(n, [3, 3])}", f"0{g(n, [3, 3], '-')}"]
            )
        if kind == "mobile":
            return (
                [f"+44 (0){g(n, [4])}", f"+44 {g(n, [4])}"]
                if intl
                else [f"0{g(n, [4])}", f"0{g(n, [4, 3], '-')}"]
            )
        return [f"0{g(n, [3, 3])}", f"0{g(n, [3, 3])}"]
    if region == "DE":
        if kind == "fixed":
            a = len(n) - 7
            return (
                [f"+49 (0){n[:a]} {n[a:]}", f"+49 {n[:a]} {g(n[a:], [1, 2, 2])}"]
                if intl
                else [f"(0{n[:a]}) {n[a:]}", f"0{n[:a]} {g(n[a:], [1, 2, 2])}", f"0{n[:a]}-{n[a:]}"]
            )
        if kind == "mobile":
            return (
                [f"+49 (0){n[:3]} {n[3:]}", f"+49 {n[:3]} {g(n[3:], [2, 2, 2])}"]
                if intl
                else [f"0{n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:]}"]
            )
        return [f"0800 {g(n[3:], [3, 2])}", f"(0800) {n[3:]}"]
    if region == "FR":
        if kind == "free":
            return [f"0{n[:3]} {g(n[3:], [2, 2])}", f"0{n[:3]}.{g(n[3:], [2, 2], '.')}"]
        return (
            [f"+33 {n[0]} {g(n[1:], [2, 2, 2])}", f"+33 (0){n[0]} {g(n[1:], [2, 2, 2])}"]
            if intl
            else [f"0{n[0]} {g(n[1:], [2, 2, 2])}", f"0{n[0]}.{g(n[1:], [2, 2, 2], '.')}"]
        )
    if region == "ES":
        if kind == "free":
            return [g(n, [3, 3]), g(n, [3, 3], "-")]
        if kind == "mobile":
            return (
                [f"+34 {g(n, [3, 2, 2])}", f"(+34) {g(n, [3, 3])}"]
                if intl
                else [g(n, [3, 2, 2]), g(n, [3, 3], ".")]
            )
        return (
            [f"+34 {g(n, [3, 2, 2])}", f"(+34) {g(n, [3, 2, 2])}"]
            if intl
            else [g(n, [3, 2, 2]), g(n, [3, 3], ".")]
        )
    if region == "IT":
        if kind == "free":
            return [g(n, [3, 3]), g(n, [3, 3], ".")]
        if kind == "mobile":
            return (
                [f"+39 {g(n, [3, 3])}", f"(+39) {n[:3]} {n[3:]}"]
                if intl
                else [g(n, [3, 3]), f"{n[:3]}.{n[3:]}", g(n, [3, 3], ".")]
            )
        a = 2 if n[1] in "26" else 3
        return (
            [f"+39 {n[:a]} {g(n[a:], [4])}", f"(+39) {n[:a]} {n[a:]}"]
            if intl
            else [f"{n[:a]} {g(n[a:], [4])}", f"{n[:a]}.{n[a:]}"]
        )
    if region == "NL":
        if kind == "free":
            return [f"0{g(n, [3, 3])}", f"0{n[:3]} {n[3:]}"]
        if kind == "mobile":
            return (
                [f"+31 (0)6 {g(n[1:], [4])}", f"+31 6 {g(n[1:], [4])}"]
                if intl
                else [f"06 {g(n[1:], [2, 2, 2])}", f"(06) {n[1:]}"]
            )
        return (
            [f"+31 (0){n[:2]} {g(n[2:], [3])}", f"+31 {n[:2]} {g(n[2:], [3, 2])}"]
            if intl
            else [f"0{n[:2]} {g(n[2:], [3])}", f"(0{n[:2]}) {g(n[2:], [3, 2])}"]
        )
    if region == "PT":
        if kind == "free":
            return [g(n, [3, 3]), g(n, [3, 3], ".")]
        return (
            [f"+351 {g(n, [3, 3])}", f"(+351) {g(n, [3, 3])}"] if intl else [g(n, [3, 3]), g(n, [3, 3], ".")]
        )
    if region == "BR":
        if kind == "free":
            return [f"0{g(n, [3, 3])}", f"0{n[:3]} {n[3:6]}-{n[6:]}"]
        if kind == "mobile":
            return (
                [f"+55 {n[:2]} {n[2:7]}-{n[7:]}", f"+55 ({n[:2]}) {n[2:7]} {n[7:]}"]
                if intl
                else [f"({n[:2]}) {n[2:7]}-{n[7:]}", f"{n[:2]} {n[2:7]}-{n[7:]}"]
            )
        return (
            [f"+55 {n[:2]} {n[2:6]}-{n[6:]}", f"+55 {n[:2]} {n[2:6]} {n[6:]}"]
            if intl
            else [f"({n[:2]}) {n[2:6]}-{n[6:]}", f"({n[:2]}) {n[2:6]}.{n[6:]}"]
        )
    if region == "IN":
        if kind == "free":
            return [g(n, [4, 2]), g(n, [4, 3]), f"{n[:4]}-{n[4:]}"]
        if kind == "mobile":
            return [f"+91 {g(n, [5])}", f"+91 {n[:5]}-{n[5:]}"] if intl else [g(n, [5]), f"{n[:5]}-{n[5:]}"]
        a = pn.length_of_geographical_area_code(num)
        return (
            [f"+91 {n[:a]} {g(n[a:], [4] if a == 2 else [3])}"]
            if intl
            else [f"(0{n[:a]}) {g(n[a:], [4] if a == 2 else [3])}", f"0{n[:a]}-{n[a:]}"]
        )
    raise KeyError(region)


def local_forms(region, sub):
    """Subscriber-only forms (the area code left off)."""
    if region == "US":
        return [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}\u2013{sub[3:]}"]
    if region == "GB":
        return [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
    if region == "DE":
        return [g(sub, [1, 2, 2]), f"{sub[:3]} {sub[3:]}"]
    if region == "NL":
        return [f"{sub[:3]} {sub[3:]}", sub]
    if region == "BR":
        return [f"{sub[:4]}.{sub[4:]}", f"{sub[:4]} {sub[4:]}"]
    if region == "IN":
        if len(sub) == 8:
            return [f"{sub[:4]}-{sub[4:]}", sub]
        return [sub, f"{sub[:3]}-{sub[3:]}"]
    raise KeyError(region)


def put_back(region, area, text):
    """The local text with its trunk prefix and area code put back, ready for phonenumbers.parse."""
    return TRUNK[region] + area + " " + text


def verify(text, region, e164_value, area=None):
    """None when the text parses back to the valid e164 number of the region, else a message."""
    src = put_back(region, area, text) if area else text
    try:
        num = pn.parse(src, region)
    except pn.NumberParseException as exc:
        return f"unparsable {text!r}: {exc}"
    if not pn.is_valid_number(num):
        return f"invalid {text!r}"
    if e164(num) != e164_value:
        return f"{text!r} parses to {e164(num)}, not {e164_value}"
    if area and pn.length_of_geographical_area_code(num) != len(area):
        return f"area length of {text!r} is not {len(area)}"
    return None
