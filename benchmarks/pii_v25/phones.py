"""Phone numbers for the v25 held-out set: drawing valid numbers and writing them as people do.

Every number is drawn digit by digit and kept only if phonenumbers calls it valid and of the wanted
type; every spelling is parsed back with phonenumbers and must give the same number, else the plain
phonenumbers spelling is used instead.
"""

import re
from dataclasses import dataclass

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

# numbering plan used for national, list and service numbers in each locale
PLAN = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "de_DE": "DE",
    "fr_FR": "FR",
    "pt_BR": "BR",
    "es_ES": "ES",
    "nl_NL": "NL",
    "it_IT": "IT",
    "en_AU": "GB",
    "en_IE": "GB",
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "nl_BE": "NL",
}
# locales whose own numbers are only ever written internationally
OWN = {
    "en_AU": "AU",
    "en_IE": "IE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "nl_BE": "BE",
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
EUROPE = ("GB", "DE", "NL", "FR", "ES", "IT", "AT", "CH", "BE", "IE")
TRUNK_ZERO = ("GB", "DE", "NL", "FR", "AT", "CH", "BE", "AU", "IE")

# geographic area codes (national significant digits) and either the NSN length or sub lengths
GEO = {
    "US": (
        [
            "212",
            "312",
            "415",
            "617",
            "503",
            "206",
            "404",
            "713",
            "305",
            "612",
            "720",
            "919",
            "614",
            "412",
            "816",
            "215",
            "602",
            "702",
        ],
        None,
        [7],
    ),
    "GB": (
        [
            "20",
            "121",
            "161",
            "113",
            "114",
            "117",
            "131",
            "141",
            "151",
            "1223",
            "1865",
            "1603",
            "1392",
            "1273",
            "1904",
            "1228",
        ],
        10,
        None,
    ),
    "DE": (
        [
            "30",
            "40",
            "89",
            "221",
            "69",
            "711",
            "351",
            "341",
            "511",
            "6221",
            "7071",
            "421",
            "911",
            "228",
            "5251",
            "361",
            "331",
        ],
        None,
        [6, 7, 8],
    ),
    "NL": (
        ["20", "10", "70", "30", "40", "50", "24", "71", "15", "346", "513", "575", "118", "348"],
        9,
        None,
    ),
    "BR": (["11", "21", "31", "41", "51", "61", "71", "81", "85", "48", "19", "27", "62"], None, [8]),
    "IN": (
        ["11", "22", "33", "44", "80", "40", "20", "79", "141", "172", "522", "484", "135", "891"],
        10,
        None,
    ),
    "FR": (["1", "2", "3", "4", "5"], 9, None),
    "ES": (["91", "93", "96", "95", "94", "98", "971", "922"], 9, None),
    "IT": (["02", "06", "011", "055", "081", "051", "041", "010"], None, [6, 7, 8]),
    "AT": (["1", "316", "512", "662", "732", "463"], None, [5, 6, 7, 8]),
    "CH": (["44", "31", "61", "21", "22", "71", "41"], 9, None),
    "BE": (["2", "3", "9", "4", "10", "16", "50"], 8, None),
    "AU": (["2", "3", "7", "8"], 9, None),
    "IE": (["1", "21", "91", "61", "51", "74"], None, [5, 6, 7]),
}
MOBILE = {
    "GB": (["73", "74", "75", "77", "78", "79"], [10]),
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
        ],
        [10, 11],
    ),
    "NL": (["61", "62", "63", "64", "65"], [9]),
    "IN": (["98", "97", "96", "94", "93", "91", "88", "87", "80", "79", "77", "70", "63"], [10]),
    "FR": (["6", "73", "75", "76", "77", "78"], [9]),
    "ES": (["6", "71", "72", "73", "74"], [9]),
    "IT": (["320", "328", "333", "338", "339", "340", "347", "348", "349", "366", "388", "393"], [10]),
    "AT": (["650", "660", "664", "676", "680", "681", "699"], [9, 10, 11]),
    "CH": (["75", "76", "77", "78", "79"], [9]),
    "BE": (
        [
            "470",
            "471",
            "472",
            "474",
            "475",
            "476",
            "477",
            "478",
            "479",
            "484",
            "485",
            "486",
            "487",
            "488",
            "489",
            "491",
            "492",
            "493",
            "494",
            "495",
            "496",
            "497",
            "498",
            "499",
        ],
        [9],
    ),
    "AU": (["4"], [9]),
    "IE": (["83", "85", "86", "87", "89"], [9]),
}
SERVICE = {
    "US": (["800", "888", "877", "866", "855", "844", "900"], [10]),
    "GB": (["800", "808", "345", "300", "330", "333", "845", "871", "909"], [9, 10]),
    "DE": (["800", "1801", "1802", "1803", "1805", "1806", "900"], [9, 10, 11]),
    "NL": (["800", "900", "909", "906"], [7, 10]),
    "BR": (["800", "300", "4004", "4003", "4020", "4062"], [8, 10]),
    "IN": (["1800", "1860"], [10, 11]),
    "FR": (["800", "805", "809", "810", "820", "891", "899"], [9]),
    "ES": (["900", "901", "902", "800", "803", "806"], [9]),
    "IT": (["800", "803", "848", "199", "892", "895"], [6, 9, 10]),
}
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.PREMIUM_RATE, T.UAN)
DIGITS = "0123456789"


@dataclass
class Num:
    region: str
    nsn: str
    area_len: int
    obj: object
    kind: str  # geo, mobile or service

    @property
    def e164(self) -> str:
        return pn.format_number(self.obj, F.E164)

    @property
    def sub(self) -> str:
        return self.nsn[self.area_len :]


def _num(region: str, nsn: str):
    cc = pn.country_code_for_region(region)
    try:
        obj = pn.parse(f"+{cc}{nsn}", region)
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(obj) or pn.region_code_for_number(obj) != region:
        return None
    return obj


def _fill(rng, head: str, total: int, first: str = "23456789") -> str:
    if len(head) >= total:
        return head
    return head + rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(total - len(head) - 1))


def geo(region: str, rng, strict_area: bool = False) -> Num:
    """A fixed-line number with a geographic area code."""
    areas, nsn_len, subs = GEO[region]
    for _ in range(2000):
        area = rng.choice(areas)
        total = nsn_len if nsn_len else len(area) + rng.choice(subs)
        nsn = _fill(rng, area, total)
        if region == "IT":
            nsn = area + "".join(rng.choice(DIGITS) for _ in range(total - len(area)))
        obj = _num(region, nsn)
        if obj is None or pn.number_type(obj) not in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE):
            continue
        alen = pn.length_of_geographical_area_code(obj)
        if strict_area and alen != len(area):
            continue
        nat = str(obj.national_number)
        if obj.italian_leading_zero:
            nat = "0" * (obj.number_of_leading_zeros or 1) + nat
        return Num(region, nat, alen, obj, "geo")
    raise RuntimeError(f"no geographic number for {region}")


def mobile(region: str, rng) -> Num:
    if region == "US":
        return geo("US", rng, strict_area=True)
    if region == "BR":
        for _ in range(2000):
            area = rng.choice(GEO["BR"][0])
            nsn = area + "9" + rng.choice("6789") + "".join(rng.choice(DIGITS) for _ in range(7))
            obj = _num(region, nsn)
            if obj is not None and pn.number_type(obj) == T.MOBILE:
                return Num(region, nsn, pn.length_of_geographical_area_code(obj), obj, "mobile")
        raise RuntimeError("no BR mobile")
    heads, lens = MOBILE[region]
    for _ in range(2000):
        nsn = _fill(rng, rng.choice(heads), rng.choice(lens), DIGITS)
        obj = _num(region, nsn)
        if obj is not None and pn.number_type(obj) in (T.MOBILE, T.FIXED_LINE_OR_MOBILE):
            return Num(region, nsn, pn.length_of_geographical_area_code(obj), obj, "mobile")
    raise RuntimeError(f"no mobile for {region}")


def local_geo(region: str, rng) -> Num:
    """A number whose subscriber part people dial on its own inside the area (BR: landline or mobile)."""
    if region == "BR" and rng.random() < 0.45:
        num = mobile("BR", rng)
        if num.area_len == 2:
            return num
    return geo(region, rng, strict_area=True)


def service(region: str, rng) -> Num:
    heads, lens = SERVICE[region]
    for _ in range(5000):
        nsn = _fill(rng, rng.choice(heads), rng.choice(lens), DIGITS)
        obj = _num(region, nsn)
        if obj is not None and pn.number_type(obj) in SERVICE_TYPES:
            return Num(region, nsn, pn.length_of_geographical_area_code(obj), obj, "service")
    raise RuntimeError(f"no service number for {region}")


def _groups(text: str) -> list:
    return re.findall(r"\d+", text)


def _pairs_right(digits: str) -> str:
    out = []
    while len(digits) > 2:
        out.insert(0, digits[-2:])
        digits = digits[:-2]
    out.insert(0, digits)
    return " ".join(out)


def _split(digits: str, at: int, sep: str) -> str:
    return digits[:at] + sep + digits[at:]


def _mid(digits: str) -> int:
    return {5: 2, 6: 3, 7: 3, 8: 4, 9: 5}.get(len(digits), len(digits) // 2)


NATIONAL_STYLES = {
    "US": ["pn", "pn", "dashed", "dotted", "paren_tight", "one_dashed", "spaced", "compact"],
    "GB": ["pn", "pn", "paren_first", "dashed", "compact", "gb_run"],
    "DE": ["pn", "slash", "slash_spaced", "paren_first", "area_dash", "pairs", "compact", "dashed"],
    "NL": ["pn", "area_dash", "area_dash", "paren_first", "nl_pairs", "compact"],
    "FR": ["pn", "pn", "dotted", "compact", "dashed"],
    "ES": ["pn", "triplets", "triplets", "compact", "dotted"],
    "IT": ["pn", "slash", "area_dash", "compact", "spaced_run"],
    "BR": ["pn", "no_paren", "br_nine", "dotted_tail", "br_dash"],
    "IN": ["pn", "area_dash", "no_trunk", "no_trunk", "dashed", "compact", "paren_first"],
}


def _national_candidate(num: Num, style: str) -> str:
    base = pn.format_number(num.obj, F.NATIONAL)
    g = _groups(base)
    rest = "".join(g[1:])
    if style == "pn":
        return base
    if style == "compact":
        return "".join(g)
    if style == "dashed":
        return "-".join(g)
    if style == "dotted":
        return ".".join(g)
    if style == "spaced":
        return " ".join(g)
    if style == "paren_tight":
        return f"({g[0]}){g[1]}-{g[2]}" if len(g) == 3 else None
    if style == "one_dashed":
        return "1-" + "-".join(g)
    if style == "paren_first":
        return f"({g[0]}) " + " ".join(g[1:])
    if style == "slash":
        return f"{g[0]}/{rest}"
    if style == "slash_spaced":
        return f"{g[0]} / " + _pairs_right(rest)
    if style == "area_dash":
        return f"{g[0]}-{rest}"
    if style == "pairs":
        return f"{g[0]} " + _pairs_right(rest)
    if style == "gb_run":
        return f"{g[0]} {rest}"
    if style == "nl_pairs":
        if len(rest) == 7:
            return f"{g[0]} {rest[:3]} {rest[3:5]} {rest[5:]}"
        return f"{g[0]} " + _pairs_right(rest)
    if style == "triplets":
        d = "".join(g)
        return " ".join(d[i : i + 3] for i in range(0, len(d), 3))
    if style == "spaced_run":
        return f"{g[0]} {rest}"
    if style == "no_paren":
        return f"{g[0]} " + "-".join(g[1:])
    if style == "br_nine":
        if len(rest) == 9:
            return f"({g[0]}) {rest[0]} {rest[1:5]}-{rest[5:]}"
        return None
    if style == "dotted_tail":
        return f"({g[0]}) " + ".".join(g[1:])
    if style == "br_dash":
        return f"{g[0]}-" + "-".join(g[1:])
    if style == "no_trunk":
        d = "".join(g)
        return (d[1:6] + " " + d[6:]) if d.startswith("0") and num.kind == "mobile" else None
    return None


def same(text: str, num: Num) -> bool:
    try:
        obj = pn.parse(text, num.region)
    except pn.NumberParseException:
        return False
    return pn.format_number(obj, F.E164) == num.e164


def national(num: Num, rng, style: str = None):
    """(text, style) in the national spelling of the number's own plan."""
    style = style or rng.choice(NATIONAL_STYLES.get(num.region, ["pn"]))
    if style in ("pairs", "slash_spaced") and num.kind != "geo":
        style = "pn"
    text = _national_candidate(num, style)
    if text is None or not same(text, num):
        return pn.format_number(num.obj, F.NATIONAL), "pn"
    return text, style


INTL_STYLES = [
    "pn_intl",
    "pn_intl",
    "e164",
    "zero_paren",
    "double_zero",
    "intl_dashed",
    "intl_dotted",
    "paren_cc",
    "cc_compact_rest",
]


def _intl_candidate(num: Num, style: str) -> str:
    base = pn.format_number(num.obj, F.INTERNATIONAL)
    g = _groups(base)
    cc = g[0]
    if style == "pn_intl":
        return base
    if style == "e164":
        return num.e164
    if style == "zero_paren" and num.region in TRUNK_ZERO:
        return f"+{cc} (0){' '.join(g[1:])}" if num.region != "GB" else f"+{cc} (0) {' '.join(g[1:])}"
    if style == "double_zero" and num.region in EUROPE:
        return f"00{cc} " + " ".join(g[1:])
    if style == "intl_dashed":
        return f"+{cc}-" + "-".join(g[1:])
    if style == "intl_dotted":
        return f"+{cc}." + ".".join(g[1:])
    if style == "paren_cc":
        return f"(+{cc}) " + " ".join(g[1:])
    if style == "cc_compact_rest":
        return f"+{cc} " + "".join(g[1:])
    if style == "us_paren" and num.region == "US":
        return f"+1 ({g[1]}) {g[2]}-{g[3]}"
    if style == "br_paren" and num.region == "BR":
        return f"+55 ({g[1]}) " + "-".join(g[2:])
    return None


def international(num: Num, rng):
    style = rng.choice(
        INTL_STYLES
        + (["us_paren"] * 3 if num.region == "US" else [])
        + (["br_paren"] * 3 if num.region == "BR" else [])
    )
    text = _intl_candidate(num, style)
    if text is None or not same(text, num):
        return pn.format_number(num.obj, F.INTERNATIONAL), "pn_intl"
    return text, style


LOCAL_STYLES = {
    "US": ["mid_dash", "mid_dash", "mid_dash", "mid_space", "plain", "mid_dot"],
    "GB": ["mid_space", "mid_space", "plain", "mid_dash"],
    "DE": ["plain", "pairs", "pairs", "mid_space", "three_two_two"],
    "NL": ["mid_space", "mid_dash", "plain", "three_two_two", "pairs"],
    "BR": ["mid_dash", "mid_dash", "mid_space", "plain", "br_nine", "mid_dot"],
    "IN": ["mid_space", "mid_space", "plain", "mid_dash"],
}


def local(num: Num, rng):
    """(text, style): the subscriber digits alone, grouped the way locals write them."""
    d = num.sub
    style = rng.choice(LOCAL_STYLES[num.region])
    if style == "br_nine" and len(d) != 9:
        style = "mid_dash"
    if style == "three_two_two" and len(d) != 7:
        style = "pairs"
    if style == "plain":
        return d, style
    if style == "mid_space":
        return _split(d, _mid(d), " "), style
    if style == "mid_dash":
        return _split(d, _mid(d), "-"), style
    if style == "mid_dot":
        return _split(d, _mid(d), "."), style
    if style == "pairs":
        return _pairs_right(d), style
    if style == "three_two_two":
        return f"{d[:3]} {d[3:5]} {d[5:]}", style
    if style == "br_nine":
        return f"{d[0]} {d[1:5]}-{d[5:]}", style
    return d, "plain"


def value(num: Num, mode: str, text: str) -> dict:
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": num.region,
        "e164": num.e164,
        "area_len": num.area_len,
    }
