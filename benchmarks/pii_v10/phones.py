"""Number plans for the tenth held-out set: draw valid numbers and write them as a local would.

Every full number is checked with phonenumbers (valid, right region, right type) and every written
full form is parsed back to the same E.164 number before it is used.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import phonenumbers as pn

T = pn.PhoneNumberType

# region -> country code, geographic area codes, (min, max) subscriber length, first-digit choices
GEO = {
    "US": (1, "206 303 317 404 405 503 512 602 612 614 617 702 713 802 808 919 207 312".split(), (7, 7)),
    "GB": (
        44,
        "20 121 131 141 151 161 113 114 115 116 117 118 1223 1865 1392 1603 1904 1227 1244".split(),
        (6, 8),
    ),
    "DE": (
        49,
        "30 40 89 69 221 211 711 511 351 341 421 911 228 761 4141 5251 6221 7531 8031 3641".split(),
        (5, 8),
    ),
    "NL": (31, "20 10 70 30 40 50 570 73 43 24 26 53 15 71 35 118 575 591".split(), (6, 7)),
    "BR": (55, "11 21 31 41 51 61 71 81 85 19 48 27 62".split(), (8, 8)),
    "IN": (91, "11 22 33 44 80 40 20 79 141 522 484 172".split(), (6, 8)),
    "FR": (33, "1 2 3 4 5".split(), (8, 8)),
    "ES": (34, "91 93 96 95 94 976 983 985 971 928".split(), (6, 7)),
    "IT": (39, "02 06 011 055 081 051 041 010 0461 0532".split(), (5, 8)),
    "AT": (43, "1 316 512 662 732 463".split(), (5, 8)),
    "CH": (41, "44 22 31 61 21 71 41".split(), (7, 7)),
    "BE": (32, "2 3 9 4 50 56 87".split(), (6, 7)),
    "AU": (61, "2 3 7 8".split(), (8, 8)),
    "IE": (353, "1 21 91 61 51 74".split(), (5, 7)),
}

MOBILE = {
    "US": ["2065", "3034", "6175"],
    "GB": ["77", "78", "79", "74", "75"],
    "DE": ["151", "152", "160", "170", "171", "172", "176", "157"],
    "NL": ["6"],
    "BR": ["119", "219", "319", "419", "519", "619", "719", "819"],
    "IN": ["98", "97", "96", "95", "94", "93", "91", "88", "87", "83", "79", "78", "76", "70", "63"],
    "FR": ["6", "7"],
    "ES": ["6", "71", "72"],
    "IT": ["32", "33", "34", "35", "36", "38", "39"],
    "AT": ["664", "650", "676", "699"],
    "CH": ["76", "77", "78", "79"],
    "BE": ["47", "48", "49"],
    "AU": ["4"],
    "IE": ["83", "85", "86", "87", "89"],
}
MOBILE_LEN = {
    "US": 10, "GB": 10, "DE": 11, "NL": 9, "BR": 11, "IN": 10, "FR": 9,
    "ES": 9, "IT": 10, "AT": 10, "CH": 9, "BE": 9, "AU": 9, "IE": 9,
}  # fmt: skip

# service numbers: (prefix of the national significant number, total NSN length)
SERVICE = {
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    "GB": [("800", 10), ("808", 10), ("345", 10), ("330", 10), ("300", 10), ("371", 10)],
    "DE": [("800", 10), ("800", 11), ("1805", 11), ("900", 11)],
    "NL": [("800", 7), ("900", 7), ("800", 10), ("909", 10)],
    "BR": [("800", 10), ("300", 10)],
    "IN": [("1800", 11), ("1800", 10)],
    "FR": [("80", 9), ("81", 9), ("82", 9), ("89", 9), ("97", 9)],
    "ES": [("900", 9), ("901", 9), ("902", 9)],
    "IT": [("800", 9), ("803", 9), ("840", 9), ("199", 9)],
}
SERVICE_TYPES = {T.TOLL_FREE, T.SHARED_COST, T.PREMIUM_RATE, T.UAN, T.VOIP, T.PERSONAL_NUMBER}

FIRST_SUB = "2345678"


@dataclass
class Num:
    region: str
    cc: int
    nsn: str  # national significant number (digits)
    kind: str  # geo / mobile / service
    obj: pn.PhoneNumber

    @property
    def e164(self) -> str:
        return pn.format_number(self.obj, pn.PhoneNumberFormat.E164)

    @property
    def area_len(self) -> int:
        return pn.length_of_geographical_area_code(self.obj)


def _digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _make(region: str, cc: int, nsn: str, kind: str) -> Num | None:
    try:
        obj = pn.parse("+%d%s" % (cc, nsn))
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(obj) or pn.region_code_for_number(obj) != region:
        return None
    t = pn.number_type(obj)
    if kind == "geo" and t not in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE):
        return None
    if kind == "mobile" and t not in (T.MOBILE, T.FIXED_LINE_OR_MOBILE):
        return None
    if kind == "service" and t not in SERVICE_TYPES:
        return None
    return Num(region, cc, nsn, kind, obj)


def draw(rng: random.Random, region: str, kind: str, subscriber: bool = False) -> Num:
    """A valid number; with subscriber=True a geographic one whose area code can be cut off cleanly."""
    cc = GEO[region][0]
    for _ in range(5000):
        if kind == "geo":
            area = rng.choice(GEO[region][1])
            lo, hi = GEO[region][2]
            sub = _digits(rng, rng.randint(lo, hi), FIRST_SUB)
            if region == "US" and (sub.startswith("555") or sub[1:3] == "11"):
                continue
            num = _make(region, cc, area + sub, kind)
        elif kind == "mobile":
            pre = rng.choice(MOBILE[region])
            num = _make(region, cc, pre + _digits(rng, MOBILE_LEN[region] - len(pre)), kind)
        else:
            pre, length = rng.choice(SERVICE[region])
            num = _make(region, cc, pre + _digits(rng, length - len(pre)), kind)
        if num is None:
            continue
        if subscriber:
            al = num.area_len
            if al == 0 or num.nsn[al] in "01":
                continue
        return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def national_base(num: Num) -> str:
    return pn.format_number(num.obj, pn.PhoneNumberFormat.NATIONAL)


def roundtrips(text: str, num: Num, region: str) -> bool:
    try:
        back = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(back) and pn.format_number(back, pn.PhoneNumberFormat.E164) == num.e164


def _regroup(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


def national_variants(num: Num) -> list[str]:
    """Ways a writer in the number's own country puts the full national number on paper."""
    base = national_base(num)
    groups = re.findall(r"\d+", base)
    flat = "".join(groups)
    r = num.region
    v = [base]
    if r == "US":
        a, b, c = groups[0], groups[1], groups[2]
        v += [
            "%s-%s-%s" % (a, b, c),
            "%s.%s.%s" % (a, b, c),
            "1-%s-%s-%s" % (a, b, c),
            "(%s) %s %s" % (a, b, c),
        ]
    elif r == "GB":
        v += [
            " ".join(groups),
            "(%s) %s" % (groups[0], " ".join(groups[1:])),
            groups[0] + " " + "".join(groups[1:]),
        ]
    elif r == "DE":
        head, rest = groups[0], "".join(groups[1:])
        v += ["%s/%s" % (head, rest), "(%s) %s" % (head, rest), "%s-%s" % (head, rest)]
        v.append("%s %s" % (head, _regroup(rest, [2] * 6, " ")) if len(rest) % 2 == 0 else base)
    elif r == "FR":
        v += [".".join(groups), flat, "-".join(groups)]
    elif r == "ES":
        v += [_regroup(flat, [3, 3, 3], " "), _regroup(flat, [3, 2, 2, 2], " "), flat]
    elif r == "IT":
        v += [groups[0] + " " + "".join(groups[1:]), groups[0] + "-" + "".join(groups[1:]), flat]
    elif r == "NL":
        head, rest = groups[0], "".join(groups[1:])
        v += ["%s-%s" % (head, rest), "(%s) %s" % (head, " ".join(groups[1:])), "%s - %s" % (head, rest)]
    elif r == "BR":
        v += [base.replace("(", "").replace(")", ""), "%s %s" % (groups[0], "-".join(groups[1:]))]
    elif r == "IN":
        v += ["-".join([groups[0], "".join(groups[1:])]), " ".join(groups)]
        if num.kind == "mobile":
            v += [flat.lstrip("0"), "0" + flat.lstrip("0"), _regroup(flat.lstrip("0"), [5, 5], "-")]
    return [x for x in dict.fromkeys(v) if roundtrips(x, num, r)]


def subscriber_variants(num: Num) -> list[str]:
    """The number with its geographic area code cut off, grouped as people write it locally."""
    sub = num.nsn[num.area_len :]
    n = len(sub)
    r = num.region
    v = []
    if r == "US":
        v = [sub[:3] + "-" + sub[3:], sub[:3] + " " + sub[3:], sub[:3] + "." + sub[3:]]
    elif r == "BR":
        v = [sub[:-4] + "-" + sub[-4:], sub[:-4] + " " + sub[-4:]]
    elif n == 8:
        v = [sub[:4] + " " + sub[4:], sub] + ([] if r == "IN" else [_regroup(sub, [2, 2, 2, 2], " ")])
    elif n == 7:
        v = [sub[:3] + " " + sub[3:], sub, _regroup(sub, [3, 2, 2], " "), sub[:3] + "-" + sub[3:]]
    elif n == 6:
        v = [sub, sub[:3] + " " + sub[3:], _regroup(sub, [2, 2, 2], " ")]
    else:
        v = [sub, _regroup(sub, [3, 2], " ") if n == 5 else sub]
    return list(dict.fromkeys(v))


def international_variants(num: Num, writer: str) -> list[str]:
    """Written for dialling from abroad; writer is the region of the person writing it."""
    intl = pn.format_number(num.obj, pn.PhoneNumberFormat.INTERNATIONAL)
    rest = intl.split(" ", 1)[1]
    cc = str(num.cc)
    v = [intl, "+%s %s" % (cc, rest.replace("-", " "))]
    if writer == "US":
        v.append("011 %s %s" % (cc, rest))
    else:
        v.append("00%s %s" % (cc, rest))
    if num.region in ("GB", "DE", "AT", "CH", "NL", "BE", "AU", "IE") and num.kind != "service":
        v.append("+%s (0)%s" % (cc, rest))
    region_for_parse = "US" if writer == "US" else "DE"
    return [x for x in dict.fromkeys(v) if roundtrips(x, num, region_for_parse)]
