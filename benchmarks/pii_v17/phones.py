"""Phone numbers for the v17 set: drawing valid numbers with phonenumbers and writing them in habits."""

import re

import phonenumbers
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

REGIONS = ["US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR", "BE", "CH", "AT", "IE", "AU"]
CC = {r: phonenumbers.country_code_for_region(r) for r in REGIONS}
SUBSCRIBER_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
TYPES = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "toll-free": {T.TOLL_FREE},
    "premium-rate": {T.PREMIUM_RATE},
    "shared-cost": {T.SHARED_COST},
    "uan": {T.UAN},
}
PN_TYPE = {
    "fixed": T.FIXED_LINE,
    "mobile": T.MOBILE,
    "toll-free": T.TOLL_FREE,
    "premium-rate": T.PREMIUM_RATE,
    "shared-cost": T.SHARED_COST,
    "uan": T.UAN,
}
TRUNK0 = {"DE", "AT", "CH", "GB", "NL", "BE", "IE", "AU"}


def service_kinds(region):
    return [k for k in ("toll-free", "premium-rate", "shared-cost", "uan") if _example(region, k)]


def _example(region, kind):
    ex = phonenumbers.example_number_for_type(region, PN_TYPE[kind])
    return phonenumbers.national_significant_number(ex) if ex else None


def draw(rng, region, kind, need_area=False):
    """A valid number of region and kind; with need_area a fixed line with a geographic area code."""
    ex = _example(region, kind)
    for attempt in range(6000):
        keep = 1 if attempt < 3000 else 2
        extra = rng.choice([0, 1, 1, 2]) if kind == "fixed" and region in {"DE", "AT"} else 0
        n = max(len(ex) + extra, keep + 3)
        digits = ex[:keep] + "".join(rng.choice("0123456789") for _ in range(n - keep))
        num = phonenumbers.parse("+%d%s" % (CC[region], digits), None)
        if not phonenumbers.is_valid_number_for_region(num, region):
            continue
        if phonenumbers.number_type(num) not in TYPES[kind]:
            continue
        if need_area:
            al = phonenumbers.length_of_geographical_area_code(num)
            if al == 0 or digits[al] in "01" or len(digits) - al < 5:
                continue
        return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def e164(num):
    return phonenumbers.format_number(num, F.E164)


def area_len(num):
    return phonenumbers.length_of_geographical_area_code(num)


def nsn(num):
    return phonenumbers.national_significant_number(num)


def _same(text, region, num):
    try:
        return e164(phonenumbers.parse(text, region)) == e164(num)
    except phonenumbers.NumberParseException:
        return False


def habit_of(text):
    """First match of bracket, slash, dot, dash, space, else none."""
    for name, ch in (("brackets", "("), ("slash", "/"), ("dots", "."), ("dashes", "-"), ("spaces", " ")):
        if ch in text:
            return name
    return "none"


def national(rng, num, region, habit=None):
    std = phonenumbers.format_number(num, F.NATIONAL)
    groups = [g for g in re.split(r"[^0-9]+", std) if g]
    if len(groups) > 2 and groups[0] == "0":
        groups = [groups[0] + groups[1]] + groups[2:]
    habit = habit or rng.choice(["spaces", "spaces", "dashes", "dots", "none", "slash", "brackets", "std"])
    cands = {
        "std": std,
        "spaces": " ".join(groups),
        "dashes": "-".join(groups),
        "dots": ".".join(groups),
        "none": "".join(groups),
        "slash": groups[0] + "/" + "".join(groups[1:]) if len(groups) > 1 else std,
        "brackets": "(%s) %s" % (groups[0], " ".join(groups[1:])) if len(groups) > 1 else std,
    }
    if region == "US" and rng.random() < 0.15:
        cands["spaces"] = "1 " + " ".join(groups)
        cands["dashes"] = "1-" + "-".join(groups)
    if habit == "brackets" and region not in {"US", "BR", "DE", "GB", "NL", "IN"}:
        habit = "spaces"
    text = cands[habit]
    if not _same(text, region, num):
        text = std
    assert _same(text, region, num), (text, region)
    return text


def subscriber(rng, num):
    """The number with its geographic area code cut off, in a writing habit."""
    s = nsn(num)[area_len(num) :]
    habit = rng.choice(["spaces", "spaces", "dashes", "none", "dots", "pairs"])
    if len(s) <= 4:
        return s
    cut = len(s) // 2 if len(s) != 7 else 3
    if habit == "pairs" and len(s) % 2 == 0:
        return " ".join(s[i : i + 2] for i in range(0, len(s), 2))
    sep = {"spaces": " ", "dashes": "-", "none": "", "dots": ".", "pairs": " "}[habit]
    return s[:cut] + sep + s[cut:]


def international(rng, num, region, allow_011=False):
    text = phonenumbers.format_number(num, F.INTERNATIONAL)
    cc = "+%d" % CC[region]
    rest = text[len(cc) + 1 :]
    style = rng.choice(["plus", "plus", "00", "brackets", "trunk", "dashes"])
    if allow_011 and rng.random() < 0.5:
        style = "011"
    if style == "00":
        text = "00%d %s" % (CC[region], rest)
    elif style == "011":
        text = "011 %d %s" % (CC[region], rest)
    elif style == "brackets":
        text = "(%s) %s" % (cc, rest)
    elif style == "trunk" and region in TRUNK0:
        text = "%s (0)%s" % (cc, rest)
    elif style == "dashes":
        text = cc + " " + rest.replace(" ", "-")
    assert e164(parse_intl(text)) == e164(num), text
    return text


def parse_intl(text):
    t = text.replace("(0)", "")
    t = re.sub(r"^\((\+\d+)\)", r"\1", t)
    if t.startswith("00"):
        t = "+" + t[2:]
    elif t.startswith("011"):
        t = "+" + t[3:]
    return phonenumbers.parse(t, None)
