"""Number plans for v11: how each region's numbers are drawn and how its writers put them on paper.

Every full number is drawn digit by digit from a short plan of prefixes and lengths, then kept only if
phonenumbers says it is valid and belongs to the region. Subscriber-only numbers are valid geographic
numbers with the area code cut off (never starting with 0 or 1).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

# region -> kind -> list of (prefix of the national significant number, digits still to draw)
PLANS: dict[str, dict[str, list[tuple[str, int]]]] = {
    "US": {
        "fixed": [
            (a, 7) for a in ("206", "303", "314", "402", "412", "503", "608", "614", "704", "802", "919")
        ],
        "mobile": [(a, 7) for a in ("267", "347", "469", "520", "571", "651", "720", "786")],
        "service": [(a, 7) for a in ("800", "833", "844", "855", "866", "877", "888")],
    },
    "GB": {
        "fixed": [("20", 8), ("121", 7), ("113", 7), ("117", 7), ("131", 7), ("141", 7), ("161", 7)]
        + [("1223", 6), ("1392", 6), ("1603", 6), ("1865", 6), ("1904", 6), ("1273", 6), ("29", 8)],
        "mobile": [("74", 8), ("75", 8), ("77", 8), ("78", 8), ("79", 8)],
        "service": [("800", 7), ("300", 7), ("330", 7), ("345", 7), ("844", 7), ("845", 7)],
    },
    "DE": {
        "fixed": [(a, 8) for a in ("30", "40", "69", "89")]
        + [(a, 7) for a in ("211", "221", "228", "231", "341", "351", "421", "511", "711", "911")]
        + [(a, 6) for a in ("2241", "4321", "5251", "6221", "7531", "8031", "6131", "7071")],
        "mobile": [(a, 8) for a in ("151", "152", "157", "159")]
        + [(a, 7) for a in ("160", "170", "171")]
        + [(a, 8) for a in ("172", "173", "175", "176", "177", "178", "179")],
        "service": [("800", 7), ("1806", 6), ("1803", 6)],
    },
    "NL": {
        "fixed": [(a, 7) for a in ("10", "20", "24", "26", "30", "40", "50", "70", "71", "73")]
        + [(a, 6) for a in ("111", "172", "251", "313", "413", "499", "575")],
        "mobile": [("6" + d, 7) for d in "12345"],
        "service": [("800", 4), ("800", 7), ("900", 4), ("900", 7), ("909", 4)],
    },
    "BR": {
        "fixed": [
            (a + d, 7)
            for a in ("11", "19", "21", "27", "31", "41", "48", "51", "61", "71", "81", "85")
            for d in "2345"
        ],
        "mobile": [
            (a + "9" + d, 7) for a in ("11", "21", "31", "41", "51", "61", "71", "81") for d in "6789"
        ],
        "service": [("800", 7), ("300", 7)],
    },
    "IN": {
        "fixed": [(a + "2", 7) for a in ("11", "20", "22", "33", "40", "44", "79", "80")]
        + [(a + "2", 6) for a in ("141", "172", "253", "484", "522", "821")],
        "mobile": [(d, 9) for d in "6789"],
        "service": [("1800", 6), ("1800", 7)],
    },
    "FR": {
        "fixed": [(d, 8) for d in "12345"],
        "mobile": [("6", 8), ("7", 8)],
        "service": [("800", 6), ("805", 6), ("806", 6), ("809", 6), ("810", 6), ("820", 6)],
    },
    "ES": {
        "fixed": [(a, 7) for a in ("91", "93", "94", "95", "96", "98")]
        + [(a, 6) for a in ("976", "983", "985")],
        "mobile": [("6", 8), ("71", 7), ("72", 7)],
        "service": [("900", 6), ("800", 6), ("901", 6), ("902", 6)],
    },
    "IT": {
        "fixed": [("02", 8), ("06", 8)]
        + [(a, 7) for a in ("011", "010", "041", "051", "055", "081", "091")]
        + [("0471", 6), ("0422", 6), ("0577", 6)],
        "mobile": [(a, 7) for a in ("320", "328", "333", "338", "339", "340", "347", "349", "366", "393")],
        "service": [("800", 6), ("803", 6), ("848", 6), ("199", 6)],
    },
    "CH": {
        "fixed": [(a, 7) for a in ("21", "22", "31", "41", "44", "61", "71")],
        "mobile": [(a, 7) for a in ("76", "77", "78", "79")],
    },
    "AT": {
        "fixed": [("1", 7), ("316", 6), ("512", 6), ("662", 6), ("732", 6)],
        "mobile": [("664", 7), ("650", 7), ("676", 7), ("699", 8)],
    },
    "BE": {
        "fixed": [("2", 7), ("3", 7), ("9", 7), ("50", 6), ("81", 6), ("16", 6)],
        "mobile": [("47" + d, 6) for d in "0123456789"] + [("49" + d, 6) for d in "0123456789"],
    },
    "AU": {"fixed": [(d, 8) for d in "2378"], "mobile": [("4", 8)]},
    "IE": {
        "fixed": [("1", 7), ("21", 7), ("91", 7), ("61", 6), ("51", 6)],
        "mobile": [("83", 7), ("85", 7), ("86", 7), ("87", 7), ("89", 7)],
    },
}
CC = {r: phonenumbers.country_code_for_region(r) for r in PLANS}
SUBSCRIBER_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
SERVICE_TYPES = {PNT.TOLL_FREE, PNT.PREMIUM_RATE, PNT.SHARED_COST, PNT.UAN, PNT.PERSONAL_NUMBER, PNT.VOIP}
KIND_TYPES = {
    "fixed": {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE},
    "mobile": {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE},
    "service": SERVICE_TYPES,
}


@dataclass
class Phone:
    text: str
    region: str
    e164: str
    area_len: int
    mode: str

    def meta(self) -> dict:
        return {"region": self.region, "e164": self.e164, "area_len": self.area_len}


def draw_number(rng: random.Random, region: str, kind: str) -> phonenumbers.PhoneNumber:
    """A valid number of the region and kind, drawn from the plan."""
    for _ in range(400):
        prefix, rest = rng.choice(PLANS[region][kind])
        nsn = prefix + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        if region == "IT" and nsn.startswith("0"):
            num = phonenumbers.parse("+39" + nsn)
        else:
            num = phonenumbers.parse(f"+{CC[region]}{nsn}")
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.region_code_for_number(num) != region:
            continue
        if phonenumbers.number_type(num) not in KIND_TYPES[kind]:
            continue
        return num
    raise RuntimeError(f"no valid {kind} number for {region}")


def e164(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, PNF.E164)


def area_len(num: phonenumbers.PhoneNumber) -> int:
    return phonenumbers.length_of_geographical_area_code(num)


def nsn_of(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.national_significant_number(num)


def _national_base(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, PNF.NATIONAL)


def _groups(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(g for g in out if g)


def national_variants(num: phonenumbers.PhoneNumber, region: str) -> list[str]:
    """Ways a writer of the region puts a full national number on paper."""
    base = _national_base(num)
    nsn = nsn_of(num)
    alen = area_len(num)
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"{a} {b} {c}"]
    if region == "FR":
        pairs = _groups("0" + nsn, (2, 2, 2, 2, 2), " ")
        return [pairs, pairs.replace(" ", "."), pairs.replace(" ", "-"), "0" + nsn]
    if region == "ES":
        out = [base, _groups(nsn, (3, 3, 3), " "), nsn]
        return out + ([_groups(nsn, (2, 3, 2, 2), " ")] if nsn[:2] in ("91", "93") else [])
    if region == "IT":
        out = [base, nsn]
        if alen:
            out.append(nsn[:alen] + "/" + nsn[alen:])
        else:
            out.append(nsn[:3] + "-" + nsn[3:])
        return out
    trunk = "0" + nsn
    if alen:
        area, sub = trunk[: alen + 1], nsn[alen:]
        out = [base, f"{area}/{sub}", f"({area}) {sub}", f"{area}-{sub}", f"{area} {sub}"]
        if region == "GB":
            out = [base, f"({area}) {base[len(area) + 1 :]}", f"{area} {sub}", f"{area}-{sub}"]
        if region == "BR":
            out = [base, f"{nsn[:2]} {sub[:-4]}-{sub[-4:]}", f"({nsn[:2]}) {sub}"]
        return out
    # mobiles and service numbers: no area code
    if phonenumbers.number_type(num) in SERVICE_TYPES:
        return [base]
    if region == "IN":
        return [nsn[:5] + " " + nsn[5:], nsn, "0" + nsn, "0" + nsn[:5] + " " + nsn[5:]]
    if region == "BR":
        return [base]
    if region == "DE":
        return [base, f"{trunk[:4]}/{trunk[4:]}", f"{trunk[:4]} {trunk[4:]}", f"{trunk[:4]}-{trunk[4:]}"]
    if region == "NL":
        return [base, f"06-{nsn[1:]}", f"06 {_groups(nsn[1:], (2, 2, 2, 2), ' ')}", f"06{nsn[1:]}"]
    if region == "GB":
        return [base, f"{trunk[:5]} {trunk[5:8]} {trunk[8:]}", trunk]
    return [base]


def subscriber_variants(sub: str, region: str) -> list[str]:
    """Ways a writer puts down a number without its area code."""
    n = len(sub)
    if region == "US":
        return [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]}.{sub[3:]}", f"{sub[:3]} {sub[3:]}"]
    if region == "BR":
        return [f"{sub[:-4]}-{sub[-4:]}", f"{sub[:-4]} {sub[-4:]}", sub]
    if n == 8:
        return [f"{sub[:4]} {sub[4:]}", f"{sub[:4]}-{sub[4:]}", sub, _groups(sub, (2, 2, 2, 2), " ")]
    if n == 7:
        return [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}", sub, _groups(sub, (3, 2, 2), " ")]
    if n == 6:
        return [sub, f"{sub[:3]} {sub[3:]}", _groups(sub, (2, 2, 2), " ")]
    return [sub, _groups(sub, (2, 3), " ")]


def international_variants(num: phonenumbers.PhoneNumber, writer: str) -> list[str]:
    """+CC forms, 00CC forms (011 for a US writer), with a (0) trunk marker where people use one."""
    base = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    cc = str(num.country_code)
    rest = base[len(cc) + 2 :]
    out = [base, f"00{cc} {rest}"]
    region = phonenumbers.region_code_for_number(num)
    if region in ("GB", "DE", "NL", "CH", "AT", "BE", "IE", "AU") and not rest.startswith("("):
        out.append(f"+{cc} (0){rest}")
    if region == "US":
        nsn = nsn_of(num)
        out = [base, f"+1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", f"001 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
    if writer == "US":
        out = [base, f"011 {cc} {rest}"]
    return out


def full_phone(rng: random.Random, region: str, mode: str, kind: str | None = None) -> Phone:
    """A full number in national form (mode national, local-announced, list-entry or other)."""
    if kind is None:
        kind = "service" if mode == "other" else rng.choice(("fixed", "fixed", "mobile"))
    num = draw_number(rng, region, kind)
    text = rng.choice(national_variants(num, region))
    return Phone(text, region, e164(num), area_len(num), mode)


def international_phone(rng: random.Random, region: str, writer: str) -> Phone:
    num = draw_number(rng, region, rng.choice(("fixed", "mobile")))
    text = rng.choice(international_variants(num, writer))
    return Phone(text, region, e164(num), area_len(num), "international")


def subscriber_phone(rng: random.Random, region: str, mode: str) -> Phone:
    """A geographic number written without its area code."""
    for _ in range(200):
        kind = "mobile" if region == "BR" and rng.random() < 0.35 else "fixed"
        num = draw_number(rng, region, kind)
        alen = area_len(num)
        sub = nsn_of(num)[alen:]
        if alen and sub[0] not in "01":
            return Phone(rng.choice(subscriber_variants(sub, region)), region, e164(num), alen, mode)
    raise RuntimeError(f"no subscriber number for {region}")


def local_phone(rng: random.Random, region: str, mode: str) -> Phone:
    """An announced or roster number: subscriber-only where people write so, else full national."""
    if region == "IN":
        share = 0.75 if mode == "local-announced" else 0.8
        if rng.random() < share:
            return subscriber_phone(rng, region, mode)
        return full_phone(rng, region, mode, "mobile" if rng.random() < 0.8 else "fixed")
    if region in SUBSCRIBER_REGIONS:
        return subscriber_phone(rng, region, mode)
    return full_phone(rng, region, mode)


def parse_written(text: str, region: str) -> list[str]:
    """E.164 forms a written full number reads as: national in the region, or with an international prefix."""
    t = text.replace("(0)", "")
    tries = [(t, region)]
    if t.startswith("+"):
        tries = [(t, None)]
    for prefix in ("011 ", "00"):
        if t.startswith(prefix):
            tries.append(("+" + t[len(prefix) :], None))
    out = []
    for cand, reg in tries:
        try:
            num = phonenumbers.parse(cand, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            out.append(e164(num))
    return out
