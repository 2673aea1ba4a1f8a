"""Number plans for v15: draw valid phone numbers with phonenumbers and cut subscriber parts."""

from __future__ import annotations

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "NL": 31,
    "BR": 55,
    "IN": 91,
    "AT": 43,
    "CH": 41,
    "BE": 32,
    "AU": 61,
    "IE": 353,
}

# geographic area codes (without trunk prefix) and the national significant number lengths to try
FIXED = {
    "US": (
        [
            "212",
            "312",
            "415",
            "617",
            "206",
            "303",
            "404",
            "512",
            "614",
            "702",
            "713",
            "801",
            "919",
            "503",
            "612",
            "215",
            "314",
            "504",
            "615",
            "816",
            "608",
            "843",
            "207",
            "505",
        ],
        [10],
    ),
    "GB": (
        [
            "20",
            "121",
            "161",
            "113",
            "117",
            "131",
            "141",
            "151",
            "114",
            "1223",
            "1865",
            "1273",
            "1904",
            "1392",
            "1603",
            "1225",
            "1752",
            "1482",
            "1332",
            "1244",
            "28",
            "29",
            "23",
            "24",
        ],
        [10],
    ),
    "DE": (
        [
            "30",
            "40",
            "89",
            "221",
            "69",
            "211",
            "711",
            "351",
            "341",
            "511",
            "911",
            "421",
            "6221",
            "7071",
            "2241",
            "531",
            "251",
            "761",
            "4321",
            "8031",
            "3641",
            "9131",
            "6131",
            "2151",
        ],
        [9, 10, 11],
    ),
    "NL": (
        [
            "20",
            "10",
            "70",
            "30",
            "40",
            "50",
            "43",
            "13",
            "15",
            "24",
            "26",
            "71",
            "72",
            "73",
            "523",
            "575",
            "485",
            "318",
            "341",
            "546",
            "592",
            "77",
            "58",
            "38",
        ],
        [9],
    ),
    "BR": (
        [
            "11",
            "21",
            "31",
            "41",
            "51",
            "61",
            "71",
            "81",
            "85",
            "91",
            "19",
            "27",
            "48",
            "62",
            "16",
            "92",
            "83",
            "47",
        ],
        [10],
    ),
    "IN": (
        [
            "11",
            "22",
            "33",
            "44",
            "80",
            "40",
            "20",
            "79",
            "141",
            "172",
            "484",
            "522",
            "512",
            "612",
            "361",
            "471",
            "821",
            "265",
        ],
        [10],
    ),
    "FR": (["1", "2", "3", "4", "5"], [9]),
    "ES": (["91", "93", "95", "96", "94", "976", "983", "985", "922", "928", "971", "981"], [9]),
    "IT": (
        ["06", "02", "011", "055", "081", "051", "010", "041", "080", "091", "0471", "0823", "0532", "070"],
        [9, 10],
    ),
    "AT": (["1", "316", "512", "662", "732", "463", "5572", "2742"], [8, 9, 10]),
    "CH": (["21", "22", "31", "41", "43", "44", "61", "71", "91", "26", "27", "32"], [9]),
    "BE": (["2", "3", "9", "4", "16", "50", "11", "56", "65", "81"], [8]),
    "AU": (["2", "3", "7", "8"], [9]),
    "IE": (["1", "21", "61", "91", "51", "71", "66", "74"], [8, 9]),
}
MOBILE = {
    "US": (["917", "646", "310", "773"], [10]),
    "GB": (["7700", "7911", "7823", "7564", "7415"], [10]),
    "DE": (["151", "160", "170", "171", "176", "152", "157", "162"], [10, 11]),
    "NL": (["6"], [9]),
    "BR": (["119", "219", "319", "419", "519", "619", "719", "819"], [11]),
    "IN": (["98", "97", "96", "95", "94", "93", "91", "90", "88", "87", "78", "70", "63", "62"], [10]),
    "FR": (["6", "7"], [9]),
    "ES": (["6", "6", "6", "6", "71", "74"], [9]),
    "IT": (["32", "33", "34", "35", "36", "37", "38", "39"], [10]),
    "AT": (["664", "650", "660", "676", "699"], [10, 11]),
    "CH": (["76", "77", "78", "79"], [9]),
    "BE": (["47", "48", "49"], [9]),
    "AU": (["4"], [9]),
    "IE": (["83", "85", "86", "87", "89"], [9]),
}
FIXED_TYPES = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)

# service numbers (mode "other"): (prefix of the NSN, NSN length, accepted type)
SERVICE = {
    "DE": [("800", 10, T.TOLL_FREE), ("900", 10, T.PREMIUM_RATE), ("180", 10, T.SHARED_COST)],
    "GB": [
        ("800", 10, T.TOLL_FREE),
        ("808", 10, T.TOLL_FREE),
        ("90", 10, T.PREMIUM_RATE),
        ("30", 10, T.UAN),
        ("34", 10, T.UAN),
    ],
    "FR": [("80", 9, T.TOLL_FREE), ("81", 9, T.SHARED_COST), ("89", 9, T.PREMIUM_RATE)],
    "ES": [
        ("900", 9, T.TOLL_FREE),
        ("800", 9, T.TOLL_FREE),
        ("901", 9, T.SHARED_COST),
        ("902", 9, T.SHARED_COST),
        ("803", 9, T.PREMIUM_RATE),
        ("807", 9, T.PREMIUM_RATE),
    ],
    "IT": [
        ("800", 9, T.TOLL_FREE),
        ("803", 9, T.TOLL_FREE),
        ("848", 9, T.SHARED_COST),
        ("89", 9, T.PREMIUM_RATE),
    ],
    "NL": [
        ("800", 7, T.TOLL_FREE),
        ("800", 9, T.TOLL_FREE),
        ("900", 7, T.PREMIUM_RATE),
        ("906", 7, T.PREMIUM_RATE),
        ("909", 7, T.PREMIUM_RATE),
    ],
    "BR": [
        ("800", 10, T.TOLL_FREE),
        ("4004", 8, T.SHARED_COST),
        ("4003", 8, T.SHARED_COST),
        ("300", 10, T.SHARED_COST),
    ],
    "IN": [("1800", 10, T.TOLL_FREE), ("1800", 11, T.TOLL_FREE), ("1860", 11, T.SHARED_COST)],
    "US": [
        ("800", 10, T.TOLL_FREE),
        ("888", 10, T.TOLL_FREE),
        ("877", 10, T.TOLL_FREE),
        ("866", 10, T.TOLL_FREE),
        ("900", 10, T.PREMIUM_RATE),
    ],
}
SERVICE_TYPES = (T.TOLL_FREE, T.PREMIUM_RATE, T.SHARED_COST, T.UAN)


def _draw(rng, region, prefixes, lengths, types, tries=400):
    for _ in range(tries):
        pre = rng.choice(prefixes)
        total = rng.choice(lengths)
        rest = total - len(pre)
        if rest < 3:
            continue
        digits = pre + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        num = pn.parse("+%d%s" % (CC[region], digits))
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in types
        ):
            return num
    raise RuntimeError("no number for %s %s" % (region, prefixes[:3]))


def nsn(num) -> str:
    return pn.national_significant_number(num)


def e164(num) -> str:
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def area_len(num) -> int:
    return pn.length_of_geographical_area_code(num)


def fixed(rng, region):
    pre, lengths = FIXED[region]
    return _draw(rng, region, pre, lengths, FIXED_TYPES)


def mobile(rng, region):
    pre, lengths = MOBILE[region]
    return _draw(rng, region, pre, lengths, MOBILE_TYPES)


def fixed_with_subscriber(rng, region):
    """A fixed-line number whose geographic area code can be cut off, leaving a part not led by 0 or 1."""
    for _ in range(200):
        num = fixed(rng, region)
        cut = area_len(num)
        sub = nsn(num)[cut:]
        if cut > 0 and sub[0] not in "01" and 5 <= len(sub) <= 8:
            return num, sub
    raise RuntimeError("no subscriber number for " + region)


def any_full(rng, region, p_mobile=0.35):
    return mobile(rng, region) if rng.random() < p_mobile else fixed(rng, region)


def service(rng, region):
    for _ in range(400):
        pre, total, want = rng.choice(SERVICE[region])
        digits = pre + "".join(str(rng.randint(0, 9)) for _ in range(total - len(pre)))
        num = pn.parse("+%d%s" % (CC[region], digits))
        if pn.is_valid_number(num) and pn.number_type(num) == want:
            return num
    raise RuntimeError("no service number for " + region)


def meta(num, text, mode, region):
    """Sidecar entry for a PHONE value."""
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": e164(num),
        "area_len": area_len(num),
    }
