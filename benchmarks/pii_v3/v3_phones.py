"""Phone numbers for the v3 held-out set: random valid numbers and the ways people write them.

A number is drawn digit by digit after a type prefix of its region's numbering plan and kept only if
phonenumbers.is_valid_number accepts it with the wanted type. Every written form is parsed back
(see `reparse`) and dropped unless it gives the same number. A local (subscriber-only) number is a
valid fixed-line number with its geographic area code cut off; it never starts with 0 or 1.
"""

from __future__ import annotations

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

IN_SCOPE = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN")
LOCAL_REGIONS = ("US", "GB", "DE", "IN", "BR", "NL")
FOREIGN = (
    "PL",
    "SE",
    "CH",
    "AT",
    "IE",
    "BE",
    "PT",
    "AU",
    "JP",
    "MX",
    "ZA",
    "AE",
    "SG",
    "DK",
    "NO",
    "AR",
    "TR",
    "GR",
    "CZ",
    "KE",
    "NG",
    "PH",
)
TRUNK_ZERO = ("GB", "DE", "NL", "FR", "CH", "AT", "BE", "IE", "TR", "ZA")  # "+44 (0)20 ..." is idiomatic

FIXED = (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
MOBILE = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
FREE = (PNT.TOLL_FREE,)

# (region, type) -> (prefixes of the national significant number, allowed lengths)
PLAN = {
    ("US", "fixed"): (["2", "3", "4", "5", "6", "7", "8", "9"], [10]),
    ("US", "mobile"): (["2", "3", "4", "5", "6", "7", "8", "9"], [10]),
    ("US", "free"): (["800", "888", "877", "866", "855", "844", "833"], [10]),
    ("GB", "fixed"): (
        ["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "23", "24", "28", "29"],
        [10],
    ),
    ("GB", "mobile"): (["71", "73", "74", "75", "77", "78", "79"], [10]),
    ("GB", "free"): (["800", "808"], [10]),
    ("DE", "fixed"): (
        ["2", "3", "4", "5", "6", "7", "8", "9", "30", "40", "89", "69", "221", "211"],
        [9, 10, 11],
    ),
    ("DE", "mobile"): (
        [
            "151",
            "152",
            "157",
            "159",
            "160",
            "162",
            "170",
            "171",
            "172",
            "173",
            "175",
            "176",
            "177",
            "178",
            "179",
        ],
        [10, 11],
    ),
    ("DE", "free"): (["800"], [10, 11]),
    ("FR", "fixed"): (["1", "2", "3", "4", "5", "9"], [9]),
    ("FR", "mobile"): (["6", "7"], [9]),
    ("FR", "free"): (["800", "805"], [9]),
    ("ES", "fixed"): (["91", "93", "94", "95", "96", "98", "97", "88", "86"], [9]),
    ("ES", "mobile"): (["6", "71", "72", "73", "74"], [9]),
    ("ES", "free"): (["800", "900"], [9]),
    ("IT", "fixed"): (
        ["02", "06", "011", "010", "051", "055", "081", "091", "041", "045", "070", "0"],
        [9, 10],
    ),
    ("IT", "mobile"): (["32", "33", "34", "35", "36", "38", "39"], [10]),
    ("IT", "free"): (["800", "803"], [9]),
    ("NL", "fixed"): (
        [
            "10",
            "13",
            "15",
            "20",
            "23",
            "24",
            "26",
            "30",
            "33",
            "35",
            "38",
            "40",
            "43",
            "45",
            "50",
            "53",
            "55",
            "70",
            "71",
            "72",
            "73",
            "74",
            "75",
            "76",
            "77",
            "78",
            "79",
        ],
        [9],
    ),
    ("NL", "mobile"): (["6"], [9]),
    ("NL", "free"): (["800"], [7, 9, 10, 11]),
    ("BR", "fixed"): (
        [
            "112",
            "113",
            "114",
            "212",
            "213",
            "313",
            "413",
            "513",
            "613",
            "713",
            "813",
            "853",
            "193",
            "272",
            "623",
            "483",
        ],
        [10],
    ),
    ("BR", "mobile"): (["119", "219", "319", "419", "519", "619", "719", "819", "859", "479", "929"], [11]),
    ("BR", "free"): (["800"], [10, 11]),
    ("IN", "fixed"): (
        [
            "112",
            "114",
            "116",
            "222",
            "226",
            "332",
            "402",
            "404",
            "802",
            "804",
            "442",
            "444",
            "202",
            "792",
            "141",
            "172",
            "484",
            "522",
        ],
        [10],
    ),
    ("IN", "mobile"): (["6", "7", "8", "9"], [10]),
    ("IN", "free"): (["1800"], [11]),
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "free": FREE}


def _draw(rng, region: str, prefixes, lengths, types, tries: int = 4000):
    for _ in range(tries):
        nsn = rng.choice(prefixes)
        length = rng.choice(lengths)
        while len(nsn) < length:
            nsn += str(rng.randrange(10))
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in types
            and pn.region_code_for_number(num) == region
        ):
            return num
    raise RuntimeError(f"no valid {region} number after {tries} tries")


def draw(rng, region: str, kind: str):
    """A valid number of `region`; kind is fixed, mobile or free."""
    if region in FOREIGN:
        ex = pn.example_number_for_type(region, PNT.MOBILE if kind == "mobile" else PNT.FIXED_LINE)
        nsn = pn.national_significant_number(ex)
        for plen in (1, 2, 3):
            try:
                return _draw(
                    rng,
                    region,
                    [nsn[:plen]],
                    [len(nsn)],
                    TYPES["mobile" if kind == "mobile" else "fixed"],
                    1500,
                )
            except RuntimeError:
                continue
        raise RuntimeError(region)
    prefixes, lengths = PLAN[(region, kind)]
    return _draw(rng, region, prefixes, lengths, TYPES[kind])


def area_len(num) -> int:
    return pn.length_of_geographical_area_code(num)


def draw_home(rng, region: str):
    """A fixed-line number whose area code frames the local numbers of one document."""
    while True:
        num = draw(rng, region, "fixed")
        alen = area_len(num)
        nsn = pn.national_significant_number(num)
        if 0 < alen and 4 < len(nsn) - alen <= 8 and nsn[alen] not in "01":
            return num


def draw_local(rng, home):
    """Another valid fixed-line number in home's area whose subscriber part starts with 2-9."""
    region = pn.region_code_for_number(home)
    nsn = pn.national_significant_number(home)
    alen = area_len(home)
    lengths = sorted({len(nsn) - 1, len(nsn), len(nsn) + 1} if region == "DE" else {len(nsn)})
    lengths = [n for n in lengths if 4 < n - alen <= 8]  # subscriber numbers of five to eight digits
    for _ in range(4000):
        digits = nsn[:alen] + rng.choice("23456789")
        length = rng.choice(lengths)
        while len(digits) < length:
            digits += str(rng.randrange(10))
        num = pn.parse("+" + str(home.country_code) + digits)
        if pn.is_valid_number(num) and pn.number_type(num) in FIXED and area_len(num) == alen:
            return num
    raise RuntimeError("no local number")


# ----------------------------------------------------------------------------------------------
# written forms


def reparse(text: str, region: str):
    """Parse a written number the way the self-check does."""
    if text.startswith("+"):
        return pn.parse(text, None)
    if text.startswith("00"):
        return pn.parse(text, "DE")  # any region whose international prefix is 00
    return pn.parse(text, region)


def _groups(num) -> list[str]:
    intl = pn.format_number(num, PNF.INTERNATIONAL)
    return re.findall(r"\d+", intl)[1:]


def _pairs(digits: str) -> str:
    if len(digits) % 2:
        return digits[:3] + " " + " ".join(digits[i : i + 2] for i in range(3, len(digits), 2))
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def national_forms(num) -> list[str]:
    region = pn.region_code_for_number(num)
    nsn = pn.national_significant_number(num)
    nat = pn.format_number(num, PNF.NATIONAL)
    if region == "US":
        a, e, s = nsn[:3], nsn[3:6], nsn[6:]
        return [
            nat,
            nat,
            f"{a}-{e}-{s}",
            f"{a}.{e}.{s}",
            f"{a} {e} {s}",
            f"1-{a}-{e}-{s}",
            f"({a}){e}-{s}",
            f"1 ({a}) {e}-{s}",
            nsn,
            f"{a}/{e}-{s}",
        ]
    ndc = pn.length_of_national_destination_code(num) or 2
    trunk = "" if region in ("IT", "ES") else "0"
    area, rest = trunk + nsn[:ndc], nsn[ndc:]
    groups = re.findall(r"\d+", nat)
    forms = [nat, nat, "".join(groups), "-".join(groups), f"{area} {rest}"]
    if region == "BR":
        ddd, sub = nsn[:2], nsn[2:]
        forms = [
            nat,
            nat,
            f"{ddd} {sub[:-4]}-{sub[-4:]}",
            f"({ddd}){sub[:-4]}-{sub[-4:]}",
            f"({ddd}) {sub}",
            f"{ddd} {sub[:-4]} {sub[-4:]}",
            f"({ddd}) {sub[:-4]} {sub[-4:]}",
        ]
        if ndc == 3:  # 0800
            forms = [nat, f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", "0" + nsn]
    elif region == "DE":
        forms += [
            f"{area}/{rest}",
            f"({area}) {rest}",
            f"{area} - {rest}",
            f"{area}-{rest}",
            f"{area} {_pairs(rest)}",
            f"{area}/{_pairs(rest)}",
        ]
    elif region == "GB":
        forms += [f"({area}) {' '.join(groups[1:])}", f"{area}-{''.join(groups[1:])}", f"{area} {rest}"]
    elif region == "FR":
        pairs = [("0" + nsn)[i : i + 2] for i in range(0, 10, 2)]
        forms += [".".join(pairs), "-".join(pairs), " ".join(pairs), " ".join(pairs)]
    elif region == "ES":
        forms += [
            f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            f"{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}",
            f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
        ]
    elif region == "IT":
        forms += [f"{area}/{rest}", f"{area}-{rest}", f"{area} {rest}", f"{area}.{rest}"]
    elif region == "NL":
        forms += [f"{area}-{rest}", f"({area}) {rest}", f"{area} {_pairs(rest)}", f"{area}-{_pairs(rest)}"]
    elif region == "IN":
        forms += [f"{area}-{rest}", f"{area} {rest[:4]} {rest[4:]}" if len(rest) == 8 else nat]
        if ndc < 4:
            forms.append(f"({area}) {rest}")
        if pn.number_type(num) in MOBILE and pn.number_type(num) != PNT.FIXED_LINE:
            forms += [f"{nsn[:5]} {nsn[5:]}", nsn, f"{nsn[:5]}-{nsn[5:]}", f"{nsn[:5]} {nsn[5:]}"]
    return forms


def intl_forms(num, allow_00: bool) -> list[str]:
    region = pn.region_code_for_number(num)
    cc = str(num.country_code)
    groups = _groups(num)
    intl = pn.format_number(num, PNF.INTERNATIONAL)
    e164 = pn.format_number(num, PNF.E164)
    forms = [intl, intl, intl, e164, f"+{cc}-" + "-".join(groups), f"+{cc} " + "".join(groups)]
    if region == "US":
        n = pn.national_significant_number(num)
        forms += [
            f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}",
            f"+1.{n[:3]}.{n[3:6]}.{n[6:]}",
            f"+1 {n[:3]} {n[3:6]} {n[6:]}",
        ]
    if region == "BR":
        forms += [f"+55 ({groups[0]}) " + " ".join(groups[1:])]
    if region in TRUNK_ZERO:
        forms += [f"+{cc} (0){' '.join(groups)}", f"+{cc} (0) {' '.join(groups)}"]
    if allow_00 and region != "US":
        forms += [f"00{cc} {' '.join(groups)}", f"00{cc} " + "".join(groups), f"00 {cc} {' '.join(groups)}"]
    return forms


def local_forms(num) -> list[str]:
    region = pn.region_code_for_number(num)
    nsn = pn.national_significant_number(num)
    sub = nsn[area_len(num) :]
    groups = _groups(num)
    tail: list[str] = []
    acc = ""
    for g in groups:
        if len(acc) >= area_len(num):
            tail.append(g)
        acc += g
    forms = [sub]
    if tail and "".join(tail) == sub:
        forms += [" ".join(tail), " ".join(tail), "-".join(tail)]
    if region == "US":
        forms = [f"{sub[:3]}-{sub[3:]}"] * 4 + [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}.{sub[3:]}", sub]
    elif region == "DE":
        forms += [_pairs(sub), _pairs(sub), sub]
    elif region == "BR":
        forms = [f"{sub[:-4]}-{sub[-4:]}"] * 3 + [f"{sub[:-4]} {sub[-4:]}", sub]
    elif region in ("IN", "NL") and len(sub) >= 7:
        forms += [f"{sub[:-4]} {sub[-4:]}", f"{sub[:3]} {sub[3:5]} {sub[5:]}" if len(sub) == 7 else sub]
    return forms


def write(rng, num, mode: str, doc_region: str | None) -> str:
    """One written form of `num`; mode is international, national or local."""
    region = pn.region_code_for_number(num)
    if mode == "international":
        forms = intl_forms(num, allow_00=doc_region not in (None, "US", "BR"))
    elif mode == "national":
        forms = national_forms(num)
    else:
        forms = local_forms(num)
    rng.shuffle(forms)
    for text in forms:
        if mode == "local":
            if re.sub(r"\D", "", text) == pn.national_significant_number(num)[area_len(num) :]:
                return text
            continue
        try:
            back = reparse(text, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(back) and e164(back) == e164(num):
            return text
    raise RuntimeError(f"no written form for {num}")


def e164(num) -> str:
    return pn.format_number(num, PNF.E164)
