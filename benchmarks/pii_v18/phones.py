"""Phone numbers for v18: drawing valid numbers per region and writing them in habits."""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

REGIONS = ["GB", "NL", "FR", "DE", "IN", "BR", "US", "ES", "IT", "AT", "IE", "CH", "AU", "BE"]
SUBSCRIBER_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
BRACKET_REGIONS = {"US", "BR", "DE", "GB", "NL", "IN"}
TYPES = {
    "fixed": (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
    "mobile": (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
    "toll-free": (T.TOLL_FREE,),
    "shared-cost": (T.SHARED_COST,),
    "uan": (T.UAN,),
    "premium-rate": (T.PREMIUM_RATE,),
}
SERVICE_KINDS = ["toll-free", "shared-cost", "uan", "premium-rate"]
_DESC = {
    "fixed": "fixed_line",
    "mobile": "mobile",
    "toll-free": "toll_free",
    "shared-cost": "shared_cost",
    "uan": "uan",
    "premium-rate": "premium_rate",
}


def trunk_zero(region):
    return pn.PhoneMetadata.metadata_for_region(region).national_prefix == "0"


def service_kinds(region):
    """Service kinds phonenumbers has an example for in this region."""
    return [k for k in SERVICE_KINDS if pn.example_number_for_type(region, TYPES[k][0]) is not None]


def draw(rng, region, kind):
    """A random number of this kind that phonenumbers calls valid for the region."""
    ex = pn.example_number_for_type(region, TYPES[kind][0])
    nsn = pn.national_significant_number(ex)
    md = pn.PhoneMetadata.metadata_for_region(region)
    lengths = [n for n in getattr(md, _DESC[kind]).possible_length if abs(n - len(nsn)) <= 1] or [len(nsn)]
    for i in range(30000):
        if kind in ("fixed", "mobile"):
            keep = 1 if i % 3 == 0 else 0
        else:
            keep = 3 if i > 8000 else rng.choice([1, 2, 3])
        length = len(nsn) if i > 15000 or rng.random() < 0.7 else rng.choice(lengths)
        head = nsn[:keep] if keep else rng.choice("123456789" if region != "IT" else "0123")
        digits = head + "".join(rng.choice("0123456789") for _ in range(length - len(head)))
        try:
            num = pn.parse("+%d%s" % (ex.country_code, digits), None)
        except pn.NumberParseException:
            continue
        if pn.region_code_for_number(num) != region or not pn.is_valid_number(num):
            continue
        if pn.number_type(num) in TYPES[kind]:
            return num
    raise RuntimeError("no %s number for %s" % (kind, region))


def area_len(num):
    return pn.length_of_geographical_area_code(num)


def e164(num):
    return pn.format_number(num, F.E164)


def draw_subscriber(rng, region):
    """A fixed-line number whose subscriber part (area code cut off) is >= 5 digits, not 0/1-initial."""
    while True:
        num = draw(rng, region, "fixed")
        al = area_len(num)
        sub = pn.national_significant_number(num)[al:]
        if al > 0 and len(sub) >= 6 and sub[0] not in "01":
            return num, sub


def write_subscriber(rng, sub, region):
    habits = ["split_space", "split_space", "split_dash", "split_dot", "pairs", "none"]
    if region == "US":
        habits = ["split_dash", "split_dash", "split_space", "split_dot", "none"]
    habit = rng.choice(habits)
    h = len(sub) // 2 if len(sub) != 7 else 3
    if habit == "split_space":
        return sub[:h] + " " + sub[h:], habit
    if habit == "split_dash":
        return sub[:h] + "-" + sub[h:], habit
    if habit == "split_dot":
        return sub[:h] + "." + sub[h:], habit
    if habit == "pairs":
        first = 3 if len(sub) % 2 else 2
        rest = sub[first:]
        return " ".join([sub[:first]] + [rest[i : i + 2] for i in range(0, len(rest), 2)]), habit
    return sub, habit


def _groups(num, fmt):
    return re.findall(r"\d+", pn.format_number(num, fmt))


def write_national(rng, num, region, habits=None):
    """Write a number in national form with a habit; falls back to the standard form if it misparses."""
    habits = habits or ["spaces", "spaces", "dashes", "dots", "slash", "brackets", "none", "standard"]
    if region == "US":
        habits = ["dashes", "dashes", "dots", "brackets", "brackets", "us1", "spaces", "standard"]
    habit = rng.choice(habits)
    if habit == "brackets" and region not in BRACKET_REGIONS:
        habit = "spaces"
    g = _groups(num, F.NATIONAL)
    if region == "BR" and habit not in ("standard", "brackets"):
        g = ["0" + g[0]] + g[1:] if rng.random() < 0.5 else g
    if habit == "spaces":
        text = " ".join(g)
    elif habit == "dashes":
        text = "-".join(g)
    elif habit == "dots":
        text = ".".join(g)
    elif habit == "slash":
        text = g[0] + "/" + " ".join(g[1:])
    elif habit == "brackets":
        text = "(" + g[0] + ") " + "-".join(g[1:]) if region == "US" else "(" + g[0] + ") " + " ".join(g[1:])
    elif habit == "none":
        text = "".join(g)
    elif habit == "us1":
        sep = rng.choice(["-", " "])
        text = "1" + sep + sep.join(g)
    else:
        text = pn.format_number(num, F.NATIONAL)
    if not _same(text, region, num):
        habit, text = "standard", pn.format_number(num, F.NATIONAL)
    return text, habit


def _same(text, region, num):
    try:
        back = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(back) and e164(back) == e164(num)


def write_international(rng, num, doc_region):
    region = pn.region_code_for_number(num)
    cc = str(num.country_code)
    g = _groups(num, F.INTERNATIONAL)[1:]
    habits = ["plus_spaces", "plus_spaces", "zero_zero", "paren_cc", "plus_dashes"]
    if trunk_zero(region):
        habits.append("trunk_zero")
    if doc_region == "US" and rng.random() < 0.5:
        habits = ["us_011"]
    habit = rng.choice(habits)
    body = " ".join(g)
    if habit == "plus_spaces":
        text = "+" + cc + " " + body
    elif habit == "zero_zero":
        text = "00" + cc + " " + body
    elif habit == "paren_cc":
        text = "(+" + cc + ") " + body
    elif habit == "plus_dashes":
        text = "+" + cc + "-" + "-".join(g)
    elif habit == "trunk_zero":
        text = "+" + cc + " (0)" + body
    else:
        text = "011 " + cc + " " + body
    return text, habit


def normalise_international(text):
    """What checks.py parses: (0) dropped, (+CC) unwrapped, 00/011 turned into +."""
    t = text.replace("(0)", "")
    t = re.sub(r"^\(\+(\d+)\)", r"+\1", t)
    if t.startswith("011"):
        t = "+" + t[3:].lstrip()
    elif t.startswith("00"):
        t = "+" + t[2:]
    return t


def phone_entry(mode, text, num):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": pn.region_code_for_number(num),
        "e164": e164(num),
        "area_len": area_len(num),
    }
