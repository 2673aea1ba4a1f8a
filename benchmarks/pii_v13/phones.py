"""Number plans and writing habits, written fresh for v13: random valid numbers and how people write them."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers as pn

PNT = pn.PhoneNumberType
SERVICE_TYPES = {PNT.TOLL_FREE, PNT.SHARED_COST, PNT.PREMIUM_RATE, PNT.UAN}
SUBSCRIBER_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "FR": 33,
    "NL": 31,
    "IN": 91,
    "IT": 39,
    "BR": 55,
    "ES": 34,
    "CH": 41,
    "AT": 43,
    "BE": 32,
    "AU": 61,
    "IE": 353,
}

# prefix of the national significant number -> candidate total lengths
FIXED = {
    "US": (
        [
            "212",
            "312",
            "415",
            "503",
            "614",
            "704",
            "773",
            "913",
            "303",
            "512",
            "617",
            "206",
            "402",
            "919",
            "801",
            "414",
            "505",
            "864",
        ],
        [10],
    ),
    "GB": (
        [
            "20",
            "121",
            "131",
            "161",
            "113",
            "117",
            "114",
            "115",
            "1223",
            "1865",
            "1904",
            "1392",
            "1603",
            "1752",
            "28",
            "29",
            "1224",
            "1382",
            "1524",
            "1743",
        ],
        [10, 9],
    ),
    "DE": (
        [
            "30",
            "40",
            "89",
            "221",
            "69",
            "711",
            "211",
            "351",
            "341",
            "511",
            "911",
            "228",
            "421",
            "6221",
            "7071",
            "761",
            "3641",
            "8031",
            "9131",
            "5251",
            "6131",
            "2151",
        ],
        [10, 11, 9],
    ),
    "FR": (["14", "13", "20", "24", "38", "47", "49", "55", "29", "32", "56", "43"], [9]),
    "NL": (
        [
            "20",
            "10",
            "70",
            "30",
            "40",
            "50",
            "13",
            "15",
            "71",
            "73",
            "76",
            "24",
            "38",
            "43",
            "53",
            "58",
            "118",
            "251",
            "341",
            "499",
            "575",
        ],
        [9],
    ),
    "IN": (["11", "22", "33", "44", "80", "40", "20", "79", "120", "141", "172", "522", "484", "135"], [10]),
    "IT": (
        [
            "06",
            "02",
            "011",
            "055",
            "051",
            "081",
            "041",
            "010",
            "0461",
            "0471",
            "045",
            "049",
            "070",
            "091",
            "095",
            "0521",
        ],
        [10, 9],
    ),
    "BR": (
        [
            "112",
            "113",
            "213",
            "313",
            "413",
            "513",
            "613",
            "713",
            "813",
            "853",
            "193",
            "273",
            "483",
            "623",
            "922",
        ],
        [10],
    ),
    "ES": (["91", "93", "96", "95", "94", "98", "976", "983", "971", "928", "922", "881"], [9]),
    "CH": (["21", "22", "31", "41", "43", "44", "52", "61", "71", "81", "91"], [9]),
    "AT": (["1", "316", "512", "662", "732", "463", "2742"], [8, 9, 10]),
    "BE": (["2", "3", "4", "9", "50", "56", "81", "10", "16", "71"], [8]),
    "AU": (["2", "3", "7", "8"], [9]),
    "IE": (["1", "21", "91", "61", "51", "66", "71", "74"], [8, 9]),
}
MOBILE = {
    "US": (["206", "312", "646", "917", "702", "480"], [10]),
    "GB": (["74", "75", "77", "78", "79"], [10]),
    "DE": (
        [
            "151",
            "152",
            "157",
            "160",
            "162",
            "170",
            "171",
            "172",
            "173",
            "174",
            "175",
            "176",
            "177",
            "178",
            "179",
            "159",
        ],
        [11, 10],
    ),
    "FR": (["6", "7"], [9]),
    "NL": (["61", "62", "63", "64", "65", "68"], [9]),
    "IN": (["98", "99", "97", "94", "93", "91", "88", "87", "80", "70", "73", "63"], [10]),
    "IT": (
        [
            "320",
            "328",
            "329",
            "333",
            "334",
            "338",
            "339",
            "340",
            "345",
            "347",
            "348",
            "349",
            "366",
            "388",
            "391",
            "393",
        ],
        [10],
    ),
    "BR": (["119", "219", "319", "419", "519", "619", "719", "819", "859", "199", "279", "489"], [11]),
    "ES": (["6", "71", "72", "73"], [9]),
    "CH": (["75", "76", "77", "78", "79"], [9]),
    "AT": (["650", "660", "664", "676", "680", "681", "688", "699"], [10, 11]),
    "BE": (["46", "47", "48", "49"], [9]),
    "AU": (["4"], [9]),
    "IE": (["83", "85", "86", "87", "89"], [9]),
}
SERVICE = {
    "US": (["800", "888", "877", "866", "855"], [10]),
    "GB": (["800", "808", "345", "344", "843", "844", "333"], [10, 9]),
    "DE": (["800", "180", "900"], [10, 11]),
    "FR": (["800", "805", "809", "810", "820", "825"], [9]),
    "NL": (["800", "900", "909"], [7, 8, 10]),
    "IN": (["1800"], [10, 11]),
    "IT": (["800", "803", "840", "848", "899"], [9]),
    "BR": (["800", "3004", "4004", "4003"], [10, 8]),
    "ES": (["900", "901", "902", "803", "806"], [9]),
}


@dataclass
class Number:
    region: str
    nsn: str  # national significant number (IT keeps its leading 0)
    area_len: int
    kind: str  # fixed, mobile, service
    prefix: str = ""

    @property
    def e164(self) -> str:
        return f"+{CC[self.region]}{self.nsn}"


def _check(region: str, nsn: str, kind: str, prefix: str = "") -> Number | None:
    try:
        num = pn.parse(f"+{CC[region]}{nsn}", None)
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number_for_region(num, region):
        return None
    ntype = pn.number_type(num)
    if kind == "service" and ntype not in SERVICE_TYPES:
        return None
    if kind != "service" and ntype in SERVICE_TYPES:
        return None
    if kind == "mobile" and ntype not in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE):
        return None
    if pn.national_significant_number(num) != nsn:
        return None
    return Number(region, nsn, pn.length_of_geographical_area_code(num), kind, prefix)


def random_number(rng, region: str, kind: str, need_area: bool = False) -> Number:
    table = {"fixed": FIXED, "mobile": MOBILE, "service": SERVICE}[kind]
    prefixes, lengths = table[region]
    for _ in range(4000):
        prefix = rng.choice(prefixes)
        length = rng.choice(lengths)
        fill = length - len(prefix)
        if fill < 3 or (region == "BR" and prefix[0] in "34" and length != 8):
            continue
        first = str(rng.randint(2, 9))
        nsn = prefix + first + "".join(str(rng.randint(0, 9)) for _ in range(fill - 1))
        got = _check(region, nsn, kind, prefix)
        if got is None:
            continue
        if need_area and (got.area_len == 0 or nsn[got.area_len] in "01"):
            continue
        return got
    raise RuntimeError(f"no {kind} number for {region}")


def group(digits: str, sizes) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(digits):
            break
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def split_pairs(digits: str) -> list[str]:
    """Pairs from the right, as French, Swiss and some German writers group."""
    if len(digits) % 2:
        return [digits[:3]] + [digits[i : i + 2] for i in range(3, len(digits), 2)]
    return [digits[i : i + 2] for i in range(0, len(digits), 2)]
