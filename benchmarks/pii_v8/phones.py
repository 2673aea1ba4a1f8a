"""Phone numbers: valid full numbers per region, their written forms, and subscriber-only tails."""

import random
import re

import phonenumbers
from phonenumbers import PhoneNumberFormat as Fmt

from .validity import SUBSCRIBER_REGIONS, full_number_ok, subscriber_ok

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "NL": 31,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "BR": 55,
    "IN": 91,
    "AU": 61,
    "IE": 353,
    "AT": 43,
    "CH": 41,
    "BE": 32,
}

# (national significant number prefix, digits that follow, first digit of what follows)
GEO = {
    "US": [
        (a, 7, "23456789")
        for a in (
            "212",
            "312",
            "415",
            "503",
            "617",
            "720",
            "512",
            "404",
            "614",
            "216",
            "919",
            "608",
            "802",
            "207",
            "505",
        )
    ],
    "GB": [
        ("20", 8, "378"),
        ("161", 7, "2-9"),
        ("113", 7, "2-9"),
        ("117", 7, "9"),
        ("131", 7, "2-9"),
        ("141", 7, "2-9"),
        ("1865", 6, "2-7"),
        ("1223", 6, "2-7"),
        ("1603", 6, "2-7"),
        ("1392", 6, "2-7"),
    ],
    "DE": [
        ("30", 8, "2-9"),
        ("89", 8, "2-9"),
        ("40", 8, "2-9"),
        ("221", 7, "2-9"),
        ("69", 8, "2-9"),
        ("711", 7, "2-9"),
        ("351", 7, "2-9"),
        ("7621", 6, "2-9"),
        ("8652", 5, "2-9"),
        ("911", 7, "2-9"),
    ],
    "NL": [
        ("20", 7, "2-9"),
        ("10", 7, "2-9"),
        ("70", 7, "2-9"),
        ("30", 7, "2-9"),
        ("76", 7, "2-9"),
        ("165", 6, "2-9"),
        ("294", 6, "2-9"),
        ("546", 6, "2-9"),
        ("50", 7, "2-9"),
    ],
    "FR": [("1", 8, "2-9"), ("4", 8, "2-9"), ("5", 8, "2-9"), ("3", 8, "2-9"), ("2", 8, "2-9")],
    "ES": [("91", 7, "2-9"), ("93", 7, "2-9"), ("96", 7, "2-9"), ("95", 7, "2-9"), ("98", 7, "2-9")],
    "IT": [
        ("02", 8, "2-9"),
        ("06", 8, "2-9"),
        ("011", 7, "2-9"),
        ("055", 7, "2-9"),
        ("051", 7, "2-9"),
        ("081", 7, "2-9"),
    ],
    "BR": [(a, 8, "2345") for a in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "48")],
    "IN": [(a, 8, "2") for a in ("22", "11", "80", "44", "33", "20", "40", "79")],
    "AU": [("29", 7, "0-9"), ("39", 7, "0-9"), ("73", 7, "0-9"), ("89", 7, "0-9")],
    "IE": [("1", 7, "2-9"), ("21", 7, "2-9"), ("74", 7, "9"), ("91", 6, "2-9")],
    "AT": [("1", 7, "2-9"), ("662", 6, "2-9"), ("512", 6, "2-9"), ("316", 6, "2-9")],
    "CH": [("44", 7, "2-9"), ("61", 7, "2-9"), ("22", 7, "3-9"), ("31", 7, "3-9")],
    "BE": [("2", 7, "2-9"), ("9", 7, "2-9"), ("3", 7, "2-9"), ("69", 6, "2-9"), ("4", 7, "2-9")],
}
MOBILE = {
    "US": [("917", 7, "2-9")],
    "GB": [("7", 9, "4-9")],
    "DE": [("15", 9, "1-9"), ("17", 8, "0-9")],
    "NL": [("6", 8, "1-5")],
    "FR": [("6", 8, "0-9"), ("7", 8, "3-9")],
    "ES": [("6", 8, "0-9")],
    "IT": [("3", 9, "2-9")],
    "BR": [(a, 9, "9") for a in ("11", "21", "31", "71", "81")],
    "IN": [("9", 9, "0-9"), ("8", 9, "0-9"), ("7", 9, "0-9")],
    "AU": [("4", 8, "0-9")],
    "IE": [("8", 8, "5-7")],
    "AT": [("66", 8, "4")],
    "CH": [("7", 8, "5-9")],
    "BE": [("4", 8, "7-9")],
}
SPECIAL = {
    "US": [("800", 7, "2-9"), ("888", 7, "2-9"), ("877", 7, "2-9")],
    "GB": [("800", 7, "0-9"), ("345", 7, "0-9"), ("300", 7, "0-9")],
    "DE": [("800", 7, "0-9")],
    "NL": [("800", 4, "0-9"), ("900", 4, "0-9")],
    "FR": [("80", 7, "0-9")],
    "ES": [("900", 6, "0-9"), ("901", 6, "0-9")],
    "IT": [("800", 6, "0-9")],
    "BR": [("800", 7, "0-9")],
    "IN": [("1800", 7, "0-9")],
}


def _first(rng: random.Random, spec: str) -> str:
    if "-" in spec:
        lo, hi = spec.split("-")
        return str(rng.randint(int(lo), int(hi)))
    return rng.choice(spec)


def _draw(rng: random.Random, region: str, table: dict) -> phonenumbers.PhoneNumber:
    for _ in range(400):
        prefix, n, first = rng.choice(table[region])
        rest = _first(rng, first) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        num = phonenumbers.parse(f"+{CC[region]}{prefix.lstrip('0') if region != 'IT' else prefix}{rest}")
        if phonenumbers.is_valid_number_for_region(num, region):
            return num
    raise RuntimeError(f"no valid number for {region}")


def _entry(num: phonenumbers.PhoneNumber, region: str, text: str, mode: str) -> dict:
    return {
        "region": region,
        "e164": phonenumbers.format_number(num, Fmt.E164),
        "text": text,
        "area_len": phonenumbers.length_of_geographical_area_code(num),
        "mode": mode,
    }


def _vary(rng: random.Random, base: str, region: str) -> str:
    """A separator variant of a national form, kept only if it still parses to the same number."""
    pick = rng.random()
    if region == "US":
        m = re.fullmatch(r"\((\d{3})\) (\d{3})-(\d{4})", base)
        if m:
            a, b, c = m.groups()
            return rng.choice([base, f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"1-{a}-{b}-{c}", base])
    if pick < 0.45:
        return base
    if pick < 0.65:
        return base.replace(" ", "-")
    if pick < 0.8 and region in ("DE", "AT", "CH") and " " in base:
        head, tail = base.split(" ", 1)
        return head + "/" + tail.replace(" ", "")
    if pick < 0.9 and " " in base:
        head, tail = base.split(" ", 1)
        return head + " " + tail.replace(" ", "")
    return base.replace(" ", ".") if region in ("FR", "BE", "ES") else base


def national(rng: random.Random, region: str, kind: str = "any", mode: str = "national") -> dict:
    """A full number written in national form; kind is geo, mobile, special or any."""
    if kind == "any":
        kind = "mobile" if rng.random() < 0.35 else "geo"
    table = {"geo": GEO, "mobile": MOBILE, "special": SPECIAL}[kind]
    num = _draw(rng, region, table)
    base = phonenumbers.format_number(num, Fmt.NATIONAL)
    if region == "US" and kind == "special" and rng.random() < 0.6:
        nsn = phonenumbers.national_significant_number(num)
        base = f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    text = base if kind == "special" else _vary(rng, base, region)
    if region == "IN" and kind == "mobile" and rng.random() < 0.5:
        text = text.lstrip("0")
    e = _entry(num, region, text, mode)
    if not full_number_ok(text, region, e["e164"]):
        e["text"] = base
    return e


def international(rng: random.Random, region: str, writer: str = "EU") -> dict:
    num = _draw(rng, region, MOBILE if rng.random() < 0.3 else GEO)
    base = phonenumbers.format_number(num, Fmt.INTERNATIONAL)
    cc = f"+{CC[region]}"
    roll = rng.random()
    if writer == "US" and roll < 0.5:
        text = "011 " + base[1:]
    elif roll < 0.3:
        text = "00" + base[1:]
    elif roll < 0.5 and region in ("GB", "DE", "AT", "CH", "NL", "AU", "IE", "BE", "FR"):
        text = base.replace(cc + " ", cc + " (0)", 1)
    elif roll < 0.6:
        text = base.replace(" ", "-")
    else:
        text = base
    e = _entry(num, region, text, "international")
    if not full_number_ok(text, region, e["e164"], international=True):
        e["text"] = base
    return e


def _group(rng: random.Random, digits: str, region: str) -> str:
    n = len(digits)
    if region == "US":
        return digits[:3] + rng.choice(["-", "-", " ", "."]) + digits[3:]
    if region == "BR":
        return digits[: n - 4] + "-" + digits[n - 4 :]
    options = [digits]
    if n >= 7:
        options += [digits[: n - 4] + " " + digits[n - 4 :], digits[:3] + " " + digits[3:]]
    if n in (6, 8):
        options.append(" ".join(digits[i : i + 2] for i in range(0, n, 2)))
    if n == 6:
        options.append(digits[:3] + " " + digits[3:])
    if region == "DE" and n >= 6:
        options.append(digits[:2] + " " + digits[2:])
    return rng.choice(options)


def subscriber(rng: random.Random, region: str, mode: str) -> dict:
    """A valid number with its geographic area code cut off (US, GB, DE, NL, BR, IN only)."""
    assert region in SUBSCRIBER_REGIONS
    table = GEO if region != "BR" or rng.random() < 0.5 else MOBILE
    for _ in range(100):
        num = _draw(rng, region, table)
        area_len = phonenumbers.length_of_geographical_area_code(num)
        nsn = phonenumbers.national_significant_number(num)
        tail = nsn[area_len:]
        if area_len > 0 and tail[0] not in "01":
            e = _entry(num, region, _group(rng, tail, region), mode)
            if subscriber_ok(e["text"], region, e["e164"], area_len):
                return e
    raise RuntimeError(f"no subscriber number for {region}")


def local(rng: random.Random, region: str, mode: str) -> dict:
    """What a writer in region puts after an announcing phrase or in a roster row."""
    if region in ("FR", "ES", "IT"):
        return national(rng, region, mode=mode)
    if region == "IN":
        share = 0.75 if mode == "local-announced" else 0.8
        if rng.random() > share:
            return national(rng, region, kind="mobile" if rng.random() < 0.8 else "geo", mode=mode)
    return subscriber(rng, region, mode)
