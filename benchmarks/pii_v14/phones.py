"""Number plans for v14: valid numbers drawn per region and type, written in local habits."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import phonenumbers as pn

PNT = pn.PhoneNumberType
CC = {"US": 1, "GB": 44, "DE": 49, "FR": 33, "IT": 39, "ES": 34, "NL": 31, "BR": 55, "IN": 91}
CC.update({"AT": 43, "CH": 41, "BE": 32, "AU": 61, "IE": 353})

# geographic area codes (national significant digits, no trunk prefix) and the NSN lengths to try
FIXED = {
    "US": (["212", "312", "415", "503", "617", "713", "303", "206", "404", "614", "512", "919", "608"], [10]),
    "GB": (["20", "121", "161", "113", "117", "131", "141", "1223", "1865", "1603", "1392", "1904"], [10]),
    "DE": (["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "6221", "7071"], [9, 10, 11]),
    "NL": (["20", "10", "70", "30", "40", "50", "71", "24", "318", "485", "575", "222"], [9]),
    "BR": (["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48"], [10]),
    "IN": (["11", "22", "80", "44", "33", "40", "20", "79", "141", "522", "484", "612"], [10]),
    "FR": (["1", "2", "3", "4", "5"], [9]),
    "IT": (["02", "06", "011", "055", "081", "051", "041", "010", "070", "091"], [9, 10]),
    "ES": (["91", "93", "96", "954", "976", "981", "985", "944", "928", "971"], [9]),
    "AT": (["1", "316", "662", "512", "732", "463"], [8, 9, 10]),
    "CH": (["44", "31", "61", "22", "21", "91", "71", "41"], [9]),
    "BE": (["2", "3", "9", "4", "16", "50"], [8]),
    "AU": (["2", "3", "7", "8"], [9]),
    "IE": (["1", "21", "91", "61", "51"], [8, 9]),
}
MOBILE = {
    "US": (["917", "646", "310", "773", "202"], [10]),
    "GB": (["77", "78", "79", "74", "75"], [10]),
    "DE": (["151", "160", "170", "171", "176", "152", "157"], [10, 11]),
    "NL": (["6"], [9]),
    "BR": (["119", "219", "319", "419", "519", "619", "719", "819"], [11]),
    "IN": (["98", "97", "96", "94", "93", "90", "88", "87", "79", "70", "63"], [10]),
    "FR": (["6", "7"], [9]),
    "IT": (["33", "34", "32", "36", "38", "39"], [10]),
    "ES": (["6", "71", "72"], [9]),
    "AT": (["664", "676", "699", "650", "660"], [10, 11]),
    "CH": (["76", "77", "78", "79"], [9]),
    "BE": (["47", "48", "49"], [9]),
    "AU": (["4"], [9]),
    "IE": (["83", "85", "86", "87", "89"], [9]),
}
SERVICE = {
    "US": (["800", "888", "877", "866", "855", "844"], [10]),
    "GB": (["800", "808", "345", "344", "843", "870"], [10]),
    "DE": (["800", "1803", "1806", "900"], [11]),
    "NL": (["800", "900", "909"], [9, 10, 11]),
    "BR": (["800"], [10, 11]),
    "IN": (["1800", "1860"], [11]),
    "FR": (["80", "81", "82", "89"], [9]),
    "IT": (["800", "803", "899"], [9, 10]),
    "ES": (["900", "901", "902", "803", "806"], [9]),
}
SERVICE_TYPES = {PNT.TOLL_FREE, PNT.SHARED_COST, PNT.PREMIUM_RATE, PNT.UAN}
FIXED_TYPES = {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE}
MOBILE_TYPES = {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE}


@dataclass
class Phone:
    region: str
    num: pn.PhoneNumber
    text: str = ""
    mode: str = ""

    @property
    def e164(self) -> str:
        return pn.format_number(self.num, pn.PhoneNumberFormat.E164)

    @property
    def area_len(self) -> int:
        return pn.length_of_geographical_area_code(self.num)

    def sidecar(self) -> dict:
        return {"region": self.region, "e164": self.e164, "area_len": self.area_len}


def _draw(rng: random.Random, region: str, table: dict, types: set, subscriber: bool) -> pn.PhoneNumber:
    prefixes, lengths = table[region]
    for _ in range(400):
        pre = rng.choice(prefixes)
        length = rng.choice(lengths)
        if length - len(pre) < 4:
            continue
        rest = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) - 1))
        num = pn.parse("+%d%s" % (CC[region], pre + rest))
        if not pn.is_valid_number(num) or pn.number_type(num) not in types:
            continue
        if pn.region_code_for_number(num) != region:
            continue
        if subscriber and pn.length_of_geographical_area_code(num) != len(pre):
            continue
        return num
    raise RuntimeError("no number for %s" % region)


def fixed(rng: random.Random, region: str, subscriber: bool = False) -> Phone:
    return Phone(region, _draw(rng, region, FIXED, FIXED_TYPES, subscriber))


def mobile(rng: random.Random, region: str) -> Phone:
    return Phone(region, _draw(rng, region, MOBILE, MOBILE_TYPES, False))


def service(rng: random.Random, region: str) -> Phone:
    return Phone(region, _draw(rng, region, SERVICE, SERVICE_TYPES, False))


def nsn(num: pn.PhoneNumber) -> str:
    return pn.national_significant_number(num)


def _groups(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _chunk(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(digits):
            break
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def _pairs(digits: str) -> list[str]:
    head = len(digits) % 2
    return ([digits[: head + 2]] if head else []) + _chunk(digits[head + 2 if head else 0 :], [2] * 8)
