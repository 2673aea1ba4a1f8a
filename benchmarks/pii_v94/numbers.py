"""Phone numbers for v94: drawn at random, kept when phonenumbers calls them valid and of the wanted type,
and written in the habits listed in make_heldout_set's docstring. Every written form is parsed back."""

from __future__ import annotations

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

E164 = pn.PhoneNumberFormat.E164

# region -> [(town, area code without trunk prefix, subscriber length, first subscriber digits)]
AREAS = {
    "US": [
        ("Omaha", "402", 7, "2345689"),
        ("Tulsa", "918", 7, "2345689"),
        ("Des Moines", "515", 7, "2345689"),
        ("Lexington", "859", 7, "2345689"),
        ("Asheville", "828", 7, "2345689"),
        ("Fresno", "559", 7, "2345689"),
        ("Albuquerque", "505", 7, "2345689"),
        ("Savannah", "912", 7, "2345689"),
        ("Duluth", "218", 7, "2345689"),
        ("Burlington", "802", 7, "2345689"),
    ],
    "GB": [
        ("Norwich", "1603", 6, "2345678"),
        ("York", "1904", 6, "2345678"),
        ("Exeter", "1392", 6, "2345678"),
        ("Leeds", "113", 7, "2345"),
        ("Sheffield", "114", 7, "2345"),
        ("Cambridge", "1223", 6, "2345678"),
        ("Aberdeen", "1224", 6, "2345678"),
        ("Swansea", "1792", 6, "2345678"),
        ("Hereford", "1432", 6, "2345678"),
        ("Carlisle", "1228", 6, "2345678"),
    ],
    "DE": [
        ("Kassel", "561", 6, "2345789"),
        ("Regensburg", "941", 6, "2345789"),
        ("Ulm", "731", 6, "2345789"),
        ("Bielefeld", "521", 6, "2345789"),
        ("Lübeck", "451", 6, "2345789"),
        ("Erfurt", "361", 6, "2345789"),
        ("Osnabrück", "541", 6, "2345789"),
        ("Passau", "851", 6, "2345789"),
        ("Trier", "651", 6, "2345789"),
        ("Göttingen", "551", 6, "2345789"),
    ],
    "NL": [
        ("Groningen", "50", 7, "23456"),
        ("Zwolle", "38", 7, "23456"),
        ("Arnhem", "26", 7, "23456"),
        ("Maastricht", "43", 7, "3456"),
        ("Haarlem", "23", 7, "23456"),
        ("Tilburg", "13", 7, "23456"),
        ("Deventer", "570", 6, "23456"),
        ("Alkmaar", "72", 7, "23456"),
        ("Eindhoven", "40", 7, "23"),
        ("Apeldoorn", "55", 7, "23456"),
    ],
    "BR": [
        ("Recife", "81", 8, "2345"),
        ("Manaus", "92", 8, "2345"),
        ("Goiânia", "62", 8, "2345"),
        ("Florianópolis", "48", 8, "2345"),
        ("Campinas", "19", 8, "2345"),
        ("Natal", "84", 8, "2345"),
        ("Vitória", "27", 8, "2345"),
        ("Londrina", "43", 8, "2345"),
        ("Porto Alegre", "51", 8, "2345"),
        ("Cuiabá", "65", 8, "2345"),
    ],
    "IN": [
        ("Pune", "20", 8, "2"),
        ("Jaipur", "141", 7, "2"),
        ("Lucknow", "522", 7, "2"),
        ("Kochi", "484", 7, "2"),
        ("Indore", "731", 7, "2"),
        ("Coimbatore", "422", 7, "2"),
        ("Surat", "261", 7, "2"),
        ("Mysuru", "821", 7, "2"),
        ("Hyderabad", "40", 8, "2"),
        ("Ahmedabad", "79", 8, "2"),
    ],
}

TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}

# region -> (prefixes to draw fixed / mobile / service numbers from, total national length)
DRAW = {
    "US": {"fixed": [("", 10)], "mobile": [("", 10)], "other": [("800", 10), ("888", 10), ("877", 10)]},
    "GB": {
        "fixed": [("20", 10), ("161", 10), ("121", 10), ("131", 10), ("1865", 10), ("1273", 10)],
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "other": [("800", 10), ("808", 10)],
    },
    "DE": {
        "fixed": [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("711", 10), ("351", 9)],
        "mobile": [("151", 11), ("160", 10), ("171", 10), ("176", 11), ("157", 11)],
        "other": [("800", 10)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("96", 9), ("954", 9), ("985", 9)],
        "mobile": [("6", 9)],
        "other": [("900", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("011", 10), ("055", 10), ("081", 10)],
        "mobile": [("33", 10), ("34", 10), ("32", 10)],
        "other": [("800", 9)],
    },
    "NL": {
        "fixed": [("20", 9), ("10", 9), ("30", 9), ("70", 9), ("24", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 10)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9)],
    },
    "BR": {
        "fixed": [("11", 10), ("21", 10), ("31", 10), ("41", 10), ("71", 10)],
        "mobile": [("119", 11), ("219", 11), ("319", 11), ("419", 11)],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("11", 10), ("22", 10), ("33", 10), ("80", 10)],
        "mobile": [("98", 10), ("97", 10), ("96", 10), ("70", 10), ("88", 10)],
        "other": [("1800", 11)],
    },
    "CH": {"fixed": [("44", 9), ("31", 9), ("61", 9)], "mobile": [("79", 9), ("78", 9)]},
    "AT": {"fixed": [("1", 10), ("316", 10), ("662", 10)], "mobile": [("664", 10), ("676", 10)]},
    "BE": {"fixed": [("2", 8), ("3", 8), ("9", 8)], "mobile": [("47", 9), ("49", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 9)], "mobile": [("85", 9), ("87", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9)], "mobile": [("4", 9)]},
}

WANT = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "other": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def draw(rng, region, kind):
    """A valid number of the region and kind: returns the national significant number (digits)."""
    for _ in range(5000):
        prefix, length = rng.choice(DRAW[region][kind])
        if region == "US" and not prefix:
            prefix = rng.choice("23456789") + _digits(rng, 2)
            prefix += rng.choice("23456789")
        nsn = prefix + _digits(rng, length - len(prefix))
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == region:
            if pn.number_type(num) in WANT[kind]:
                return pn.national_significant_number(num)
    raise RuntimeError((region, kind))


def draw_local(rng, region, area):
    """A valid fixed line in the area: returns (subscriber digits, nsn)."""
    town, code, sub_len, first = area
    for _ in range(5000):
        sub = rng.choice(first) + _digits(rng, sub_len - 1)
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + code + sub)
        if not (pn.is_valid_number(num) and pn.region_code_for_number(num) == region):
            continue
        if pn.number_type(num) not in WANT["fixed"]:
            continue
        if pn.length_of_geographical_area_code(num) != len(code):
            continue
        return sub, code + sub
    raise RuntimeError(area)


def e164(region, nsn):
    return "+" + str(pn.country_code_for_region(region)) + nsn


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _pairs_right(s):
    """Group in twos from the right (older German habit): 4567890 -> 4 56 78 90."""
    head = len(s) % 2
    parts = [s[:head]] if head else []
    parts += [s[i : i + 2] for i in range(head, len(s), 2)]
    return " ".join(parts)


def _fr(s):
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def national_forms(region, nsn, kind):
    """Candidate national spellings (habits real people use); callers pick one at random."""
    d = nsn
    if region == "US":
        a, b, c = d[:3], d[3:6], d[6:]
        return [
            f"{a}-{b}-{c}",
            f"({a}){b}-{c}",
            f"{a}.{b}.{c}",
            f"1.{a}.{b}.{c}",
            f"{a}\u2013{b}\u2013{c}",
            f"1-{a}-{b}-{c}",
        ]
    if region == "GB":
        z = "0" + d
        if d.startswith("7"):
            return [f"{z[:5]}-{z[5:8]}-{z[8:]}", f"{z[:5]} {z[5:]}", f"{z[:5]}-{z[5:]}"]
        if d.startswith("8"):
            return [f"{z[:4]} {z[4:7]} {z[7:]}", f"{z[:4]}-{z[4:]}"]
        if d.startswith("2"):
            return [f"{z[:3]}-{z[3:7]}-{z[7:]}", f"({z[:3]}) {z[3:7]} {z[7:]}"]
        if d[1] == "1" or d[2] == "1":
            cut = 4 if d[1] == "1" else 5
            return [f"{z[:cut]}-{z[cut:]}", f"{z[:cut]} {z[cut : cut + 3]} {z[cut + 3 :]}"]
        return [f"{z[:5]}-{z[5:]}", f"{z[:5]} {z[5:]}"]
    if region == "DE":
        z = "0" + d
        if d.startswith("1"):
            return [f"{z[:4]} {z[4:]}", f"{z[:4]}/{_g(z[4:], [3, 2, 2])}", f"({z[:4]}) {z[4:]}"]
        if d.startswith("800"):
            return [f"{z[:4]} {_g(z[4:], [3, 2, 2])}", f"{z[:4]}-{z[4:]}"]
        cut = 3 if d[:2] in ("30", "40", "89") else 4
        return [f"({z[:cut]}) {z[cut:]}", f"{z[:cut]}-{z[cut:]}", f"{z[:cut]} {_pairs_right(z[cut:])}"]
    if region == "FR":
        z = "0" + d
        if d.startswith("8"):
            return [f"{z[:4]} {z[4:7]} {z[7:]}", _fr(z)]
        return [".".join(z[i : i + 2] for i in range(0, 10, 2)), _fr(z)]
    if region == "ES":
        return [
            f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
            f"{d[:3]}.{d[3:6]}.{d[6:]}",
            f"{d[:3]} {d[3:6]} {d[6:]}",
        ]
    if region == "IT":
        if d.startswith("3"):
            return [f"{d[:3]}.{d[3:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:]}"]
        if d.startswith("8"):
            return [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:]}"]
        cut = 2 if d[1] != "1" or d.startswith("01") is False else 3
        cut = 3 if d.startswith(("011", "055", "081")) else 2
        return [
            f"{d[:cut]} {d[cut : cut + 4]} {d[cut + 4 :]}",
            f"{d[:cut]}.{d[cut : cut + 4]}.{d[cut + 4 :]}",
        ]
    if region == "NL":
        z = "0" + d
        if d.startswith("6"):
            return [f"06 {d[1:4]} {d[4:7]} {d[7:]}", f"06 {d[1:5]} {d[5:]}", f"06{d[1:]}"]
        if d.startswith("800"):
            return [f"0800 {d[3:6]} {d[6:]}", f"0800{d[3:]}"]
        cut = 4 if len(d) == 9 and d[:3] in ("570",) else 3
        return [
            f"({z[:cut]}) {_g(z[cut:], [3, 2, 2])}",
            f"{z[:cut]} {z[cut : cut + 3]} {z[cut + 3 :]}",
            f"{z[:cut]}{z[cut:]}",
        ]
    if region == "PT":
        return [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", f"{d[:2]} {d[2:5]} {d[5:]}"]
    if region == "BR":
        if d.startswith("800"):
            return [f"0800 {d[3:6]} {d[6:]}", f"0800.{d[3:6]}.{d[6:]}"]
        a, s = d[:2], d[2:]
        if len(s) == 9:
            return [
                f"({a}) {s[:5]}-{s[5:]}",
                f"({a}) {s[:5]} {s[5:]}",
                f"{a} {s[:5]}-{s[5:]}",
                f"(0{a}) {s[:5]}-{s[5:]}",
            ]
        return [f"({a}) {s[:4]} {s[4:]}", f"{a} {s}", f"(0{a}) {s[:4]}-{s[4:]}", f"{a}.{s[:4]}.{s[4:]}"]
    if region == "IN":
        if d.startswith("1800"):
            return [f"1800-{d[4:7]}-{d[7:]}", f"1800 {d[4:]}", f"1-800-{d[4:7]}-{d[7:]}"]
        if d[0] in "6789":
            return [f"{d[:5]}-{d[5:]}", f"{d}", f"0-{d}"]
        cut = 2 if d[:2] in ("11", "22", "33", "80", "20", "40", "79") else 3
        return [
            f"0{d[:cut]}-{d[cut:]}",
            f"0{d[:cut]} {d[cut : cut + 4]} {d[cut + 4 :]}",
            f"(0{d[:cut]}) {d[cut:]}",
        ]
    raise KeyError(region)


def intl_forms(region, nsn):
    cc = "+" + str(pn.country_code_for_region(region))
    d = nsn
    if region == "US":
        return [
            f"+1-{d[:3]}-{d[3:6]}-{d[6:]}",
            f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}",
            f"+1.{d[:3]}.{d[3:6]}.{d[6:]}",
        ]
    if region == "GB":
        cut = (
            4
            if not d.startswith(("7", "2")) and (d[1] == "1" or d[2] == "1")
            else (2 if d.startswith("2") else 4)
        )
        return [f"{cc} (0){d[:cut]} {d[cut:]}", f"{cc} {d[:cut]} {d[cut:]}", f"{cc}-{d[:cut]}-{d[cut:]}"]
    if region in ("DE", "AT"):
        cut = 3 if d.startswith(("1", "6")) or region == "DE" and d[:2] not in ("30", "40", "89") else 2
        if region == "AT" and d.startswith("1"):
            cut = 1
        return [f"{cc} (0){d[:cut]} {d[cut:]}", f"{cc} {d[:cut]} {d[cut:]}", f"{cc}/{d[:cut]}/{d[cut:]}"]
    if region == "CH":
        return [f"{cc} (0){d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"{cc} {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}"]
    if region == "BE":
        cut = 1 if len(d) == 8 and d[0] in "239" else 3 if len(d) == 9 else 2
        return [f"{cc} (0){d[:cut]} {_g(d[cut:], [3, 2, 2])}", f"{cc} {d[:cut]} {d[cut:]}"]
    if region == "FR":
        return [f"{cc} (0){d[0]} {_fr(d[1:])}", f"{cc} {d[:2]} {_g(d[2:], [3, 2, 2])}", f"{cc}{d}"]
    if region in ("ES", "PT"):
        return [f"({cc}) {d[:3]} {d[3:6]} {d[6:]}", f"{cc} {d[:3]} {d[3:6]} {d[6:]}", f"{cc}.{d}"]
    if region == "IT":
        return [f"({cc}) {d[:3]} {d[3:6]} {d[6:]}", f"{cc} {d[:2]} {d[2:6]} {d[6:]}", f"{cc}.{d}"]
    if region == "NL":
        cut = 1 if d.startswith("6") else 2
        return [
            f"{cc} (0){d[:cut]} {d[cut:]}",
            f"{cc} {d[:cut]} {d[cut : cut + 4]} {d[cut + 4 :]}",
            f"{cc}{d}",
        ]
    if region == "BR":
        s = d[2:]
        return [f"{cc} ({d[:2]}) {s[:-4]} {s[-4:]}", f"{cc} {d[:2]} {s[:-4]}-{s[-4:]}", f"{cc}{d}"]
    if region == "IN":
        return [f"{cc} {d[:5]} {d[5:]}", f"{cc}-{d[:2]}-{d[2:]}", f"({cc}) {d}"]
    if region in ("IE", "AU"):
        cut = 1 if d[0] in "1234" and not d.startswith("4") or d.startswith("1") else 3 if d[0] in "48" else 2
        return [f"{cc} (0){d[:cut]} {d[cut:]}", f"{cc} {d[:cut]} {_g(d[cut:], [3, 4])}"]
    raise KeyError(region)


def local_forms(region, sub):
    s = sub
    if region == "US":
        return [f"{s[:3]}.{s[3:]}", f"{s[:3]}\u2013{s[3:]}", f"{s[:3]}-{s[3:]}"]
    if region == "GB":
        if len(s) == 7:
            return [f"{s[:3]}-{s[3:]}", f"{s[:3]} {s[3:]}"]
        return [f"{s[:2]} {s[2:4]} {s[4:]}", f"{s[:3]}-{s[3:]}", s]
    if region == "DE":
        return [_pairs_right(s), f"{s[:3]} {s[3:]}", f"{s[:2]}-{s[2:4]}-{s[4:]}"]
    if region == "NL":
        if len(s) == 6:
            return [f"{s[:2]} {s[2:4]} {s[4:]}", f"{s[:3]}-{s[3:]}"]
        return [f"{s[:3]}-{s[3:]}", f"{s[:2]} {s[2:5]} {s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}"]
    if region == "BR":
        return [f"{s[:4]}.{s[4:]}", s, f"{s[:4]} - {s[4:]}"]
    if region == "IN":
        if len(s) == 8:
            return [s, f"{s[:4]}-{s[4:]}", f"{s[:2]} {s[2:5]} {s[5:]}"]
        return [s, f"{s[:3]}-{s[3:]}", f"{s[:3]} {s[3:]}"]
    raise KeyError(region)


def parses_to(text, region, want_e164):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, E164) == want_e164


def put_back(region, code, local_text):
    """A local form with its area code (and trunk prefix) put back, as a dialable national string."""
    if region == "US":
        return f"({code}) {local_text}"
    return f"{TRUNK[region]}{code} {local_text}"
