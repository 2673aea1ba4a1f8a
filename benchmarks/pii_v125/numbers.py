"""Phone numbers for v125: drawing valid numbers and writing them in fresh habits."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberType as T

# Towns with their area codes (national significant prefix, without trunk 0), for local numbers.
AREAS = {
    "US": [
        ("Sedona", "928"),
        ("Asheville", "828"),
        ("Santa Fe", "505"),
        ("Boulder", "720"),
        ("Ithaca", "607"),
        ("Eugene", "541"),
        ("Burlington", "802"),
        ("Savannah", "912"),
        ("Duluth", "218"),
        ("Taos", "575"),
    ],
    "GB": [
        ("Glastonbury", "1458"),
        ("Totnes", "1803"),
        ("Brighton", "1273"),
        ("Hebden Bridge", "1422"),
        ("Bath", "1225"),
        ("Norwich", "1603"),
        ("Edinburgh", "131"),
        ("York", "1904"),
        ("Stroud", "1453"),
    ],
    "DE": [
        ("Heidelberg", "6221"),
        ("Lüneburg", "4131"),
        ("Bamberg", "951"),
        ("Konstanz", "7531"),
        ("Tübingen", "7071"),
        ("Weimar", "3643"),
        ("Potsdam", "331"),
        ("Kassel", "561"),
        ("Regensburg", "941"),
    ],
    "NL": [
        ("Nijmegen", "24"),
        ("Haarlem", "23"),
        ("Deventer", "570"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Maastricht", "43"),
        ("Amersfoort", "33"),
        ("Alkmaar", "72"),
    ],
    "BR": [
        ("Florianópolis", "48"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Belo Horizonte", "31"),
        ("Goiânia", "62"),
        ("Brasília", "61"),
        ("Salvador", "71"),
        ("Campinas", "19"),
    ],
    "IN": [
        ("Dehradun", "135"),
        ("Pune", "20"),
        ("Mysuru", "821"),
        ("Varanasi", "542"),
        ("Puducherry", "413"),
        ("Bengaluru", "80"),
        ("Jaipur", "141"),
        ("Kochi", "484"),
    ],
}

# Non-geographic prefixes to draw from (national significant number starts).
MOBILE = {
    "US": ["312", "646", "415", "206", "617"],
    "GB": ["7700", "7911", "7823", "7468"],
    "DE": ["151", "160", "172", "176", "157"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["33", "34", "32", "39"],
    "NL": ["6"],
    "PT": ["91", "93", "96"],
    "BR": ["119", "219", "489", "519"],
    "IN": ["98", "97", "94", "88", "70"],
    "CH": ["79", "78", "76"],
    "AT": ["664", "676", "699"],
    "BE": ["47", "48", "49"],
    "AU": ["4"],
    "IE": ["85", "86", "87"],
}
FIXED = {
    "US": ["212", "303", "503", "808", "310"],
    "GB": ["20", "161", "117", "113", "1865"],
    "DE": ["30", "40", "89", "221", "711"],
    "FR": ["1", "4", "5", "2", "3"],
    "ES": ["91", "93", "95", "96"],
    "IT": ["06", "02", "055", "011"],
    "NL": ["20", "10", "30", "70"],
    "PT": ["21", "22", "239"],
    "BR": ["113", "213", "313", "413"],
    "IN": ["11", "22", "44", "80"],
    "CH": ["44", "31", "61", "21"],
    "AT": ["1", "316", "512", "662"],
    "BE": ["2", "3", "9", "4"],
    "AU": ["2", "3", "7", "8"],
    "IE": ["1", "21", "91"],
}
FREE = {
    "US": ["800", "888", "877", "866"],
    "GB": ["800", "808"],
    "DE": ["800"],
    "FR": ["800", "805"],
    "ES": ["900"],
    "IT": ["800", "803"],
    "NL": ["800"],
    "PT": ["800"],
    "BR": ["800"],
    "IN": ["1800"],
}
LENGTHS = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11, 9],
    "FR": [9],
    "ES": [9],
    "IT": [10, 9],
    "NL": [9],
    "PT": [9],
    "BR": [10, 11],
    "IN": [10],
    "CH": [9],
    "AT": [10, 11, 9],
    "BE": [8, 9],
    "AU": [9],
    "IE": [9],
}
FREE_LEN = {"US": [10], "GB": [10], "DE": [10], "IN": [11], "BR": [10], "IT": [9], "FR": [9]}

OK_TYPES = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "free": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}


def cc_of(region: str) -> int:
    return phonenumbers.country_code_for_region(region)


def _try(region: str, nsn: str, kind: str) -> phonenumbers.PhoneNumber | None:
    try:
        n = phonenumbers.parse("+%d%s" % (cc_of(region), nsn), None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != region:
        return None
    if phonenumbers.number_type(n) not in OK_TYPES[kind]:
        return None
    return n


def draw(rng: random.Random, region: str, kind: str, prefix: str | None = None) -> str:
    """Return a valid national significant number of the wanted kind."""
    table = {"fixed": FIXED, "mobile": MOBILE, "free": FREE}[kind]
    lens = FREE_LEN.get(region, LENGTHS[region]) if kind == "free" else LENGTHS[region]
    for _ in range(5000):
        pre = prefix if prefix is not None else rng.choice(table[region])
        if region == "IT" and kind == "fixed":
            pass
        total = rng.choice(lens)
        if region == "GB" and pre in ("800", "808") and rng.random() < 0.5:
            total = 9 if pre == "800" else 10
        rest = total - len(pre)
        if rest < 3:
            continue
        nsn = pre + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        if _try(region, nsn, kind) is not None:
            if prefix is not None:
                n = _try(region, nsn, kind)
                if phonenumbers.length_of_geographical_area_code(n) != len(prefix):
                    continue
            return nsn
    raise RuntimeError("no number for %s %s %s" % (region, kind, prefix))


def e164(region: str, nsn: str) -> str:
    return "+%d%s" % (cc_of(region), nsn)


def _g(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _pairs(s: str) -> str:
    """Group from the left in pairs, an odd digit left at the front."""
    if len(s) % 2:
        return " ".join([s[0]] + [s[i : i + 2] for i in range(1, len(s), 2)])
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def national_forms(region: str, nsn: str, kind: str) -> list[str]:
    """Written national forms (habits) for a number; all are checked by parse_back."""
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        if kind == "free":
            return ["%s-%s-%s" % (a, b, c), "1 %s %s %s" % (a, b, c), "(%s)%s-%s" % (a, b, c)]
        return [
            "%s-%s-%s" % (a, b, c),
            "(%s)%s-%s" % (a, b, c),
            "%s.%s.%s" % (a, b, c),
            "1.%s.%s.%s" % (a, b, c),
        ]
    if region == "GB":
        n = "0" + nsn
        if nsn.startswith("7"):
            return ["%s-%s-%s" % (n[:5], n[5:8], n[8:]), "%s %s" % (n[:5], n[5:]), n]
        if nsn.startswith("8"):
            return ["%s %s %s" % (n[:4], n[4:7], n[7:]), "%s-%s" % (n[:4], n[4:])]
        if nsn.startswith("20"):
            return ["%s-%s-%s" % (n[:3], n[3:7], n[7:]), "(%s) %s %s" % (n[:3], n[3:7], n[7:])]
        al = phonenumbers.length_of_geographical_area_code(phonenumbers.parse("+44" + nsn)) + 1
        a, s = n[:al], n[al:]
        return ["%s-%s-%s" % (a, s[:3], s[3:]), "%s %s" % (a, s), "(%s)-%s" % (a, s)]
    if region == "DE":
        n = "0" + nsn
        if kind == "mobile":
            return ["%s-%s" % (n[:4], n[4:]), "%s %s %s" % (n[:4], n[4:7], n[7:]), "(%s) %s" % (n[:4], n[4:])]
        if kind == "free":
            return ["%s %s %s" % (n[:4], n[4:7], n[7:]), "%s-%s" % (n[:4], n[4:])]
        al = phonenumbers.length_of_geographical_area_code(phonenumbers.parse("+49" + nsn)) + 1
        a, s = n[:al], n[al:]
        return ["(%s) %s" % (a, s), "%s-%s" % (a, s), "%s %s" % (a, _pairs(s))]
    if region == "FR":
        n = "0" + nsn
        dots = ".".join(n[i : i + 2] for i in range(0, 10, 2))
        sp = " ".join(n[i : i + 2] for i in range(0, 10, 2))
        if kind == "free":
            return ["%s %s %s %s" % (n[:4], n[4:6], n[6:8], n[8:]), dots]
        return [dots, sp, "%s %s" % (n[:2], n[2:])]
    if region == "ES":
        if nsn[0] in "67":
            return [
                "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "%s-%s-%s-%s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
            ]
        return [
            "%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
            "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]),
        ]
    if region == "IT":
        if nsn[0] == "3":
            return ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])]
        if kind == "free":
            return ["%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s %s" % (nsn[:3], nsn[3:])]
        k = 2 if nsn[:2] in ("06", "02") else 3
        return ["%s %s" % (nsn[:k], nsn[k:]), "%s %s %s" % (nsn[:k], nsn[k : k + 4], nsn[k + 4 :])]
    if region == "NL":
        n = "0" + nsn
        if nsn[0] == "6":
            return [_pairs(n[:2] + n[2:]).replace(" ", " ", 1), "%s %s %s" % (n[:2], n[2:6], n[6:])]
        if kind == "free":
            return ["%s %s %s" % (n[:4], n[4:7], n[7:]), "%s %s" % (n[:4], n[4:])]
        k = 3 if nsn[:2] in ("20", "10", "30", "70", "23", "24", "26", "33", "38", "43", "72") else 4
        return [
            "(%s) %s %s" % (n[:k], n[k : k + 3], n[k + 3 :]),
            "%s %s %s" % (n[:k], n[k : k + 3], n[k + 3 :]),
        ]
    if region == "PT":
        return ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])]
    if region == "BR":
        a, s = nsn[:2], nsn[2:]
        if kind == "free":
            return ["0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "0%s-%s" % (nsn[:3], nsn[3:])]
        h = len(s) - 4
        return [
            "(%s) %s-%s" % (a, s[:h], s[h:]),
            "(0%s) %s-%s" % (a, s[:h], s[h:]),
            "%s %s %s" % (a, s[:h], s[h:]),
        ]
    if region == "IN":
        if kind == "mobile":
            return [
                "%s-%s" % (nsn[:5], nsn[5:]),
                "0 %s %s" % (nsn[:5], nsn[5:]),
                "0%s-%s" % (nsn[:5], nsn[5:]),
            ]
        if kind == "free":
            return ["%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:]), "%s-%s-%s" % (nsn[:4], nsn[4:7], nsn[7:])]
        al = phonenumbers.length_of_geographical_area_code(phonenumbers.parse("+91" + nsn))
        a, s = nsn[:al], nsn[al:]
        return ["(0%s) %s" % (a, s), "0%s-%s" % (a, s), "0%s %s %s" % (a, s[: len(s) // 2], s[len(s) // 2 :])]
    raise KeyError(region)


def intl_forms(region: str, nsn: str) -> list[str]:
    cc = cc_of(region)
    out = ["+%d-%s" % (cc, nsn)]
    if region == "US":
        return ["+1-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "+1.%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])]
    if region in ("GB", "DE", "NL", "CH", "AT", "BE", "IE", "AU", "FR"):
        n = phonenumbers.parse("+%d%s" % (cc, nsn))
        al = phonenumbers.length_of_geographical_area_code(n)
        if al == 0:
            al = phonenumbers.length_of_national_destination_code(n)
        a, s = nsn[:al], nsn[al:]
        out = ["+%d (0)%s %s" % (cc, a, s), "(+%d) %s %s" % (cc, a, s), "+%d %s %s" % (cc, a, s)]
        if region == "FR":
            out.append("+33 %s.%s" % (nsn[0], ".".join(nsn[i : i + 2] for i in range(1, 9, 2))))
        return out
    if region in ("ES", "PT", "IT"):
        return ["(+%d) %s %s %s" % (cc, nsn[:3], nsn[3:6], nsn[6:]), "+%d %s" % (cc, nsn)]
    if region == "BR":
        h = len(nsn) - 6
        return ["+55 %s %s-%s" % (nsn[:2], nsn[2 : 2 + h], nsn[2 + h :]), "+55-%s-%s" % (nsn[:2], nsn[2:])]
    if region == "IN":
        if nsn[0] in "6789":
            return ["+91 %s %s" % (nsn[:5], nsn[5:]), "+91 %s-%s" % (nsn[:5], nsn[5:])]
        return ["+91 (%s) %s" % (nsn[:2], nsn[2:]), out[0]]
    return out


def local_forms(region: str, sub: str) -> list[str]:
    """Subscriber-only forms for announced local numbers."""
    if region == "US":
        return ["%s.%s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])]
    if region == "GB":
        if len(sub) == 8:
            return ["%s-%s" % (sub[:4], sub[4:]), "%s %s" % (sub[:4], sub[4:])]
        if len(sub) == 6:
            return ["%s-%s" % (sub[:3], sub[3:]), sub]
        return ["%s-%s" % (sub[:3], sub[3:]), "%s %s" % (sub[:3], sub[3:])]
    if region == "DE":
        if len(sub) >= 7:
            return ["%s-%s" % (sub[:3], sub[3:]), "%s %s" % (sub[:4], sub[4:])]
        return ["%s-%s" % (sub[:3], sub[3:]), "%s/%s" % (sub[:2], sub[2:])]
    if region == "NL":
        if len(sub) == 7:
            return ["%s %s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])]
        return ["%s %s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:2], sub[2:])]
    if region == "BR":
        return ["%s %s" % (sub[:4], sub[4:]), sub]
    if region == "IN":
        h = len(sub) // 2
        return ["%s %s" % (sub[:h], sub[h:]), "%s-%s" % (sub[:h], sub[h:])]
    raise KeyError(region)


def put_back(region: str, area: str, local_text: str) -> str:
    """The local form with its area code (and trunk prefix) put back, for parsing."""
    if region in ("US", "BR"):
        return area + " " + local_text
    return "0" + area + " " + local_text


def parse_back(text: str, region: str) -> str | None:
    try:
        n = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n):
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def type_of(e: str) -> int:
    return phonenumbers.number_type(phonenumbers.parse(e))


def area_len(e: str) -> int:
    return phonenumbers.length_of_geographical_area_code(phonenumbers.parse(e))
