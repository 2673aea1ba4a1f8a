"""Written forms of full numbers, national and international; every form is checked to round-trip."""

from __future__ import annotations

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F

from benchmarks.pii_v7.phones import group_local, round_trips

NATIONAL_STYLES = {
    "DE": ["base", "slash", "paren", "regroup", "dashfirst", "compact", "base"],
    "GB": ["base", "base", "paren", "regroup", "compact"],
    "NL": ["base", "dashfirst", "dashfirst", "regroup", "paren", "dash"],
    "FR": ["base", "base", "dots", "compact", "dash"],
    "ES": ["base", "base", "threes", "compact", "regroup"],
    "IT": ["base", "slash", "dashfirst", "compact", "dots", "regroup"],
    "IN": ["base", "dashfirst", "compact", "regroup", "nozero", "nozero"],
}


def _tokens(num, fmt):
    text = pn.format_number(num, fmt)
    return text, text.split(" ")


def _national_variant(num, style: str, rng) -> str:
    base, toks = _tokens(num, F.NATIONAL)
    first, rest = toks[0], "".join(toks[1:])
    rest = re.sub(r"\D", "", rest)
    if len(toks) == 1 or style == "base" or (style == "nozero" and pn.length_of_geographical_area_code(num)):
        return base
    return {
        "dash": "-".join(toks),
        "dots": ".".join(toks),
        "slash": f"{first}/{rest}" if rng.random() < 0.6 else f"{first} / {rest}",
        "paren": f"({first}) {rest}",
        "regroup": f"{first} {group_local(rest, rng)}",
        "dashfirst": f"{first}-{rest}",
        "compact": re.sub(r"\D", "", base),
        "threes": " ".join(re.findall(r"\d{1,3}", re.sub(r"\D", "", base))),
        "nozero": base.lstrip("0"),
    }[style]


def _us_national(num, rng) -> str:
    d = pn.national_significant_number(num)
    a, b, c = d[:3], d[3:6], d[6:]
    return rng.choice(
        [
            f"({a}) {b}-{c}",
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"1-{a}-{b}-{c}",
            f"{a} {b} {c}",
            f"({a}){b}-{c}",
            f"1 ({a}) {b}-{c}",
        ]
    )


def _br_national(num, rng) -> str:
    d = pn.national_significant_number(num)
    a, loc = d[:2], d[2:]
    cut = len(loc) - 4
    return rng.choice(
        [
            f"({a}) {loc[:cut]}-{loc[cut:]}",
            f"({a}) {loc[:cut]}-{loc[cut:]}",
            f"{a} {loc[:cut]}-{loc[cut:]}",
            f"({a}) {loc}",
            f"({a}){loc[:cut]}-{loc[cut:]}",
            f"{a} {loc[:cut]} {loc[cut:]}",
        ]
    )


def national_text(num, region: str, rng) -> str:
    if region == "US":
        text = _us_national(num, rng)
    elif region == "BR":
        text = _br_national(num, rng)
    else:
        text = _national_variant(num, rng.choice(NATIONAL_STYLES.get(region, ["base"])), rng)
    if round_trips(text, num, region):
        return text
    return pn.format_number(num, F.NATIONAL)


def _intl_variant(num, style: str, region: str) -> str:
    base, toks = _tokens(num, F.INTERNATIONAL)
    cc = toks[0]
    rest = " ".join(toks[1:])
    if style == "trunk" and region in ("DE", "AT", "CH", "GB", "NL", "BE", "IE", "AU"):
        return f"{cc} (0){rest}"
    if style == "zeros":
        return "00" + base[1:]
    if style == "dash":
        return f"{cc}-" + "-".join(re.split(r"[ -]", rest))
    if style == "compact":
        return f"{cc} " + re.sub(r"\D", "", rest)
    if style == "us011":
        return "011 " + base[1:]
    if style == "paren" and region == "US":
        d = pn.national_significant_number(num)
        return f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"
    return base


def intl_text(num, region: str, writer: str, rng) -> str:
    styles = ["base", "base", "base", "trunk", "zeros", "dash", "compact", "paren"]
    if writer == "US" and region != "US":
        styles.append("us011")
    text = _intl_variant(num, rng.choice(styles), region)
    if round_trips(text, num, region, international=True):
        return text
    return pn.format_number(num, F.INTERNATIONAL)


def other_text(num, region: str, rng) -> str:
    """Toll-free and shared-cost numbers in national form."""
    if region == "US":
        d = pn.national_significant_number(num)
        text = rng.choice(
            [
                f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
                f"{d[:3]}-{d[3:6]}-{d[6:]}",
                f"1 ({d[:3]}) {d[3:6]}-{d[6:]}",
                f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
            ]
        )
    else:
        text = _national_variant(num, rng.choice(["base", "base", "compact", "regroup"]), rng)
    if round_trips(text, num, region):
        return text
    return pn.format_number(num, F.NATIONAL)
