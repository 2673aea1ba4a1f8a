"""Phone numbers: valid numbers per region and line type, and the ways people write them."""

from __future__ import annotations

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

from benchmarks.pii_v7.numbering import RANGES

TYPES = {
    "fixed": (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
    "mobile": (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
    "free": (T.TOLL_FREE, T.SHARED_COST, T.UAN, T.PREMIUM_RATE),
}


def make_number(rng, region: str, kind: str, subscriber: bool = False):
    """A valid number of `region` and line `kind`; with subscriber=True one whose local part is usable."""
    if kind == "mobile" and "mobile" not in RANGES[region]:
        kind = "fixed"
    cc = pn.country_code_for_region(region)
    for _ in range(500):
        prefix, lengths = rng.choice(RANGES[region][kind])
        length = rng.choice(lengths)
        rest = length - len(prefix) - 1
        nsn = prefix + rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(rest))
        num = pn.parse(f"+{cc}{nsn}")
        if not pn.is_valid_number(num) or pn.number_type(num) not in TYPES[kind]:
            continue
        if pn.region_code_for_number(num) != region:
            continue
        if subscriber:
            area = pn.length_of_geographical_area_code(num)
            if area == 0 or pn.national_significant_number(num)[area] in "01":
                continue
        return num
    raise RuntimeError(f"no {kind} number for {region}")


def parse_region(text: str, region: str, international: bool = False) -> str:
    """Region to parse a written number with (a US writer's 011 prefix on a foreign number needs US)."""
    return "US" if international and text.startswith("011 ") else region


def round_trips(text: str, num, region: str, international: bool = False) -> bool:
    try:
        got = pn.parse(text, parse_region(text, region, international))
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and pn.format_number(got, F.E164) == pn.format_number(num, F.E164)


def _regroup(digits: str, sizes) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(digits):
            break
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def group_local(digits: str, rng) -> str:
    """A subscriber part grouped as people write it."""
    n = len(digits)
    styles = {
        6: [(3, 3), (2, 2, 2), (6,)],
        7: [(3, 4), (3, 2, 2), (7,), (2, 2, 3)],
        8: [(4, 4), (2, 2, 2, 2), (8,), (3, 2, 3), (2, 3, 3)],
        9: [(5, 4), (1, 4, 4), (3, 3, 3), (9,)],
    }.get(n, [(n,)])
    sizes = rng.choice(styles)
    sep = rng.choice([" ", " ", "-", "."]) if len(sizes) == 2 else " "
    if n == 9 and sizes == (1, 4, 4):
        return digits[0] + " " + digits[1:5] + "-" + digits[5:]
    return sep.join(_regroup(digits, sizes))


def subscriber_text(num, rng, region: str) -> str:
    nsn = pn.national_significant_number(num)
    local = nsn[pn.length_of_geographical_area_code(num) :]
    if region == "US":
        return rng.choice(
            [
                f"{local[:3]}-{local[3:]}",
                f"{local[:3]}-{local[3:]}",
                f"{local[:3]}.{local[3:]}",
                f"{local[:3]} {local[3:]}",
            ]
        )
    if region == "BR":
        cut = len(local) - 4
        return rng.choice(
            [
                f"{local[:cut]}-{local[cut:]}",
                f"{local[:cut]}-{local[cut:]}",
                local,
                f"{local[:cut]} {local[cut:]}",
            ]
        )
    return group_local(local, rng)
