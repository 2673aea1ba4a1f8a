"""Random valid telephone numbers and the ways people write them (held-out set v4).

Every number is drawn inside its region's numbering plan and kept only if
phonenumbers.is_valid_number accepts it. `Phone` carries what the self-check needs to verify the
rendered text again: the region, the national significant number, the form it was written in and,
for subscriber-only numbers, the length of the geographic area code that was cut off.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers as pn

NBSP = "\u00a0"
NINE = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN")
# regions whose subscribers may be dialled without the area code, so a local number exists
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
FOREIGN = ("CH", "AT", "BE", "SE", "PL", "AU", "JP", "MX", "ZA", "IE", "PT", "SG", "DK", "NO", "CZ", "CA")
FOREIGN += ("AR", "NZ", "GR", "FI", "TR", "AE", "KR", "IL")

T = pn.PhoneNumberType
# (national-significant prefix, total nsn length) per region and kind
GEO = {
    "US": [(a, 10) for a in ("212", "415", "312", "617", "206", "303", "512", "404", "503", "614", "919")],
    "GB": [("20", 10), ("121", 10), ("161", 10), ("113", 10), ("131", 10), ("141", 10), ("117", 10)]
    + [("151", 10), ("1223", 10), ("1865", 10), ("1273", 10), ("1904", 10), ("29", 10), ("28", 10)],
    "DE": [("30", 10), ("30", 9), ("40", 10), ("89", 10), ("89", 9), ("221", 10), ("69", 10), ("711", 10)]
    + [("211", 9), ("341", 10), ("351", 9), ("511", 10), ("911", 9), ("421", 10), ("228", 9)]
    + [("6221", 10), ("7071", 9), ("5551", 9), ("6131", 10)],
    "FR": [(a, 9) for a in ("1", "2", "3", "4", "5")],
    "ES": [(a, 9) for a in ("91", "93", "95", "96", "94", "976", "985", "928")],
    "IT": [("06", 10), ("02", 10), ("011", 10), ("055", 10), ("081", 10), ("051", 10), ("041", 10)]
    + [("0471", 10), ("0532", 9), ("0432", 10)],
    "NL": [(a, 9) for a in ("20", "10", "70", "30", "40", "50", "71", "73", "24", "346", "182", "544")],
    "BR": [(a, 10) for a in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48")],
    "IN": [(a, 10) for a in ("22", "11", "80", "44", "33", "40", "20", "79")],
}
MOBILE = {
    "US": [(a, 10) for a in ("646", "347", "917", "408", "718")],
    "GB": [("7700", 10), ("7911", 10), ("7481", 10), ("7523", 10), ("7834", 10)],
    "DE": [("151", 11), ("160", 10), ("170", 10), ("171", 10), ("172", 11), ("176", 11), ("157", 11)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9), ("7", 9)],
    "IT": [("33", 10), ("34", 10), ("32", 10), ("35", 10), ("39", 10), ("36", 10)],
    "NL": [("6", 9)],
    "BR": [(a + "9", 11) for a in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "19")],
    "IN": [(a, 10) for a in ("98", "99", "97", "94", "70", "81", "88", "63")],
}
SERVICE = {
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    "GB": [("800", 10), ("345", 10), ("330", 10), ("808", 10)],
    "DE": [("800", 11), ("800", 10)],
    "FR": [("800", 9), ("805", 9), ("809", 9)],
    "ES": [("900", 9), ("901", 9), ("902", 9)],
    "IT": [("800", 9), ("803", 9)],
    "NL": [("800", 7), ("800", 10), ("900", 7), ("88", 9)],
    "BR": [("800", 10), ("300", 10)],
    "IN": [("1800", 11), ("1800", 10)],
}
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.PREMIUM_RATE, T.UAN, T.FIXED_LINE_OR_MOBILE)
TRUNK = {"GB": "0", "DE": "0", "FR": "0", "NL": "0", "IN": "0", "BR": "0"}


@dataclass
class Phone:
    region: str
    cc: int
    nsn: str
    kind: str  # geo / mobile / service
    area_len: int


def _draw(rng: random.Random, region: str, table: dict, kinds: tuple) -> pn.PhoneNumber:
    for _ in range(2000):
        prefix, length = rng.choice(table[region])
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if region == "US" and nsn[3] in "01":
            continue
        num = pn.parse(f"+{pn.country_code_for_region(region)}{nsn}", None)
        if pn.national_significant_number(num) != nsn or not pn.is_valid_number(num):
            continue
        if pn.number_type(num) in kinds:
            return num
    raise RuntimeError(f"no number for {region}")


def draw_phone(rng: random.Random, region: str, kind: str, local: bool = False) -> Phone:
    """A valid number of `region`; `local` asks for one whose subscriber part can stand alone."""
    if region not in NINE:
        return _draw_foreign(rng, region)
    for _ in range(500):
        if kind == "geo":
            num = _draw(rng, region, GEO, (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE))
        elif kind == "mobile":
            num = _draw(rng, region, MOBILE, (T.MOBILE, T.FIXED_LINE_OR_MOBILE))
        else:
            num = _draw(rng, region, SERVICE, SERVICE_TYPES)
        nsn = pn.national_significant_number(num)
        area = pn.length_of_geographical_area_code(num) if kind != "service" else 0
        if local:
            if area == 0 or nsn[area] in "01":
                continue
            if not any(nsn.startswith(p) and len(p) == area for p, _ in GEO[region] + MOBILE[region]):
                if not (region == "BR" and area == 2):
                    continue
        return Phone(region, num.country_code, nsn, kind, area)
    raise RuntimeError(f"no local number for {region}")


def _draw_foreign(rng: random.Random, region: str) -> Phone:
    kinds = (T.MOBILE, T.FIXED_LINE)
    for _ in range(2000):
        ex = pn.example_number_for_type(region, rng.choice(kinds))
        nsn = pn.national_significant_number(ex)
        keep = max(2, len(nsn) - rng.randint(4, 6))
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        num = pn.parse("+" + str(ex.country_code) + cand, None)
        if pn.is_valid_number(num) and pn.national_significant_number(num) == cand:
            if pn.region_code_for_number(num) == region:
                return Phone(region, num.country_code, cand, "foreign", 0)
    raise RuntimeError(f"no number for {region}")


def group(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


SUB_GROUPS = {
    3: [[3]],
    4: [[4], [2, 2]],
    5: [[5], [3, 2], [2, 3]],
    6: [[6], [3, 3], [2, 2, 2]],
    7: [[7], [3, 4], [3, 2, 2]],
    8: [[8], [4, 4], [2, 2, 2, 2], [3, 3, 2]],
    9: [[5, 4], [1, 4, 4], [3, 3, 3], [9]],
}


def subscriber(rng: random.Random, ph: Phone, sep: str) -> str:
    """The subscriber part, grouped the way people of the region write it."""
    sub = ph.nsn[ph.area_len :]
    if ph.region == "US":
        return group(sub, [3], rng.choice(["-", "-", " ", ".", "\u2013"]))
    if ph.region == "BR":
        return group(sub, [len(sub) - 4], "-") if rng.random() < 0.85 else group(sub, [len(sub) - 4], sep)
    if ph.region == "FR":
        return group(sub, [2] * 5, sep)
    options = SUB_GROUPS.get(len(sub), [[len(sub)]])
    if ph.region in ("GB", "IN", "ES", "IT"):
        options = [o for o in options if set(o) != {2}] or options
    return group(sub, rng.choice(options), sep)


def _split(ph: Phone) -> tuple[str, str]:
    if ph.area_len:
        return ph.nsn[: ph.area_len], ph.nsn[ph.area_len :]
    num = pn.parse("+" + str(ph.cc) + ph.nsn, None)
    ndc = pn.length_of_national_destination_code(num)
    if ph.region == "BR" and ph.kind == "service":
        ndc = 3
    if ph.region in ("FR",):
        ndc = 1
    return ph.nsn[:ndc], ph.nsn[ndc:]


def national(rng: random.Random, ph: Phone) -> str:
    """Full national form with trunk prefix where the region has one."""
    if ph.kind == "service":
        return _service(rng, ph)
    seps = {"US": [" "], "DE": [" ", " ", "/", "-", NBSP, ""], "IT": [" ", " ", "/", "-", "", "."]}
    sep = rng.choice(seps.get(ph.region, [" ", " ", " ", "-", ".", NBSP, ""]))
    if ph.region == "ES":
        sizes = rng.choice([[3, 3, 3], [3, 2, 2, 2], [2, 3, 2, 2], [9]])
        return group(ph.nsn, sizes, sep)
    area, sub = _split(ph)
    body = subscriber(rng, Phone(ph.region, ph.cc, ph.nsn, ph.kind, len(area)), sep if sep != "/" else " ")
    r = ph.region
    if r == "US":
        style = rng.randrange(6)
        local = body.replace(" ", "-")
        return [
            f"({area}) {local}",
            f"{area}-{local}",
            f"{area}.{local.replace('-', '.')}",
            f"1-{area}-{local}",
            f"{area} {body}",
            f"1 ({area}) {local}",
        ][style]
    if r == "FR":
        return group("0" + ph.nsn, [2] * 5, rng.choice([" ", ".", "-", "", NBSP, " "]))
    if r == "BR":
        return rng.choice([f"({area}) {body}", f"({area}) {body}", f"{area} {body}", f"(0{area}) {body}"])
    trunk = TRUNK.get(r, "")
    mid = {"/": "/", "-": "-", "": rng.choice(["", " "])}.get(sep, " ")
    if r == "DE" and rng.random() < 0.35:
        mid = "/"
    if r == "IN" and ph.kind == "mobile":
        return rng.choice([group(ph.nsn, [5], " "), "0" + group(ph.nsn, [5], " "), ph.nsn, "0" + ph.nsn])
    if r in ("GB", "DE", "NL", "IN") and rng.random() < 0.15:
        return f"({trunk}{area}) {body}"
    if r == "NL" and rng.random() < 0.2:
        mid = " - "
    return f"{trunk}{area}{mid}{body}"


def _service(rng: random.Random, ph: Phone) -> str:
    num = pn.parse("+" + str(ph.cc) + ph.nsn, None)
    text = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    if ph.region == "US":
        a, e, s = ph.nsn[:3], ph.nsn[3:6], ph.nsn[6:]
        return rng.choice(
            [f"1-{a}-{e}-{s}", f"1 {a} {e} {s}", f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"1.{a}.{e}.{s}"]
        )
    if ph.region == "FR" and rng.random() < 0.5:
        return "0" + ph.nsn[:3] + " " + group(ph.nsn[3:], [2, 2, 2], " ")
    r = rng.random()
    if r < 0.2:
        return text.replace(" ", "-")
    if r < 0.3:
        return text.replace(" ", NBSP)
    return text


def _us_intl(rng: random.Random, ph: Phone) -> str:
    a, e, s = ph.nsn[:3], ph.nsn[3:6], ph.nsn[6:]
    return rng.choice(
        [f"+1 {a} {e} {s}", f"+1-{a}-{e}-{s}", f"+1 ({a}) {e}-{s}", f"+1.{a}.{e}.{s}", f"001 {a} {e} {s}"]
    )


def international(rng: random.Random, ph: Phone) -> str:
    """+CC or 00CC forms; sometimes with the (0) trunk marker Europeans like to keep."""
    num = pn.parse("+" + str(ph.cc) + ph.nsn, None)
    plus = "+" if rng.random() < 0.8 else "00"
    if ph.region == "US":
        return _us_intl(rng, ph)
    if ph.region not in NINE or rng.random() < 0.3:
        text = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
        sep = rng.choice([" ", " ", "-", ".", NBSP])
        text = text.replace(" ", sep).replace("-", sep) if sep != " " else text
        return plus + text[1:] if plus == "00" else text
    area, sub = _split(ph)
    sep = rng.choice([" ", " ", "-", ".", NBSP])
    body = subscriber(rng, Phone(ph.region, ph.cc, ph.nsn, ph.kind, len(area)), sep)
    zero = ""
    if ph.region in ("GB", "DE", "FR", "NL") and rng.random() < 0.25:
        zero = "(0)"
    if ph.region == "FR":
        return f"{plus}33 {zero}" + group(ph.nsn, [1, 2, 2, 2, 2], sep if sep else " ")
    return f"{plus}{ph.cc}{sep if sep != '.' else ' '}{zero}{area}{sep}{body}"


def local(rng: random.Random, ph: Phone) -> str:
    sep = rng.choice([" ", " ", "-", "", ".", NBSP])
    return subscriber(rng, ph, sep)


def ocr_spaced(rng: random.Random, text: str) -> str:
    """An OCR'd number: separators kept, an odd extra space between two digits."""
    idx = [i for i in range(1, len(text)) if text[i].isdigit() and text[i - 1].isdigit()]
    if not idx:
        return text
    i = rng.choice(idx)
    return text[:i] + " " + text[i:]


def e164(ph: Phone) -> str:
    return f"+{ph.cc}{ph.nsn}"
