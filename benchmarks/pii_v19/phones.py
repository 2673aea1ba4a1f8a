"""Phone numbers for the v19 set: drawing valid numbers and writing them the way people do."""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PF
from phonenumbers import PhoneNumberType as PT

PLAN_REGIONS = ("US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR")
OWN_REGIONS = ("AU", "IE", "AT", "CH", "BE")
ALL_REGIONS = PLAN_REGIONS + OWN_REGIONS
SUBSCRIBER_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
TRUNK_ZERO = ("DE", "GB", "AT", "CH", "NL", "BE", "FR", "AU", "IE")
BRACKET_REGIONS = ("US", "BR", "DE", "GB", "NL", "IN")
SERVICE_TYPES = {
    "toll-free": PT.TOLL_FREE,
    "shared-cost": PT.SHARED_COST,
    "uan": PT.UAN,
    "premium-rate": PT.PREMIUM_RATE,
}
FIXED_OK = (PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE)
MOBILE_OK = (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE)
_DESC = {
    PT.FIXED_LINE: "fixed_line",
    PT.MOBILE: "mobile",
    PT.TOLL_FREE: "toll_free",
    PT.SHARED_COST: "shared_cost",
    PT.UAN: "uan",
    PT.PREMIUM_RATE: "premium_rate",
}


def service_kinds(region):
    """Service kinds phonenumbers has an example for in a region."""
    return [k for k, t in SERVICE_TYPES.items() if pn.example_number_for_type(region, t) is not None]


def _lengths(region, ptype, example_len):
    md = pn.PhoneMetadata.metadata_for_region(region)
    desc = getattr(md, _DESC[ptype])
    lens = [n for n in (desc.possible_length or ()) if example_len - 1 <= n <= example_len + 1]
    return lens or [example_len]


def draw(rng, region, kind):
    """A valid number of `kind` (fixed, mobile or a service kind) for `region`."""
    ptype = {"fixed": PT.FIXED_LINE, "mobile": PT.MOBILE, **SERVICE_TYPES}[kind]
    ok = {"fixed": FIXED_OK, "mobile": MOBILE_OK}.get(kind, (ptype,))
    ex = pn.example_number_for_type(region, ptype)
    nsn = pn.national_significant_number(ex)
    keep = 1 if kind in ("fixed", "mobile") else min(3, len(nsn) - 3)
    lens = _lengths(region, ptype, len(nsn))
    cc = pn.country_code_for_region(region)
    for _ in range(20000):
        n = rng.choice(lens)
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(n - keep))
        num = pn.PhoneNumber(country_code=cc, national_number=int(digits))
        if nsn.startswith("0"):
            num.italian_leading_zero = True
            if digits.startswith("00"):
                continue
        if pn.is_valid_number_for_region(num, region) and pn.number_type(num) in ok:
            return num
    raise RuntimeError(f"no {kind} number for {region}")


def draw_subscriber(rng, region):
    """A fixed-line number whose subscriber part (area code cut off) is >= 6 digits, not 0/1-led."""
    while True:
        num = draw(rng, region, "fixed")
        area = pn.length_of_geographical_area_code(num)
        sub = pn.national_significant_number(num)[area:]
        if area > 0 and len(sub) >= 6 and sub[0] not in "01":
            return num, area, sub


def e164(num):
    return pn.format_number(num, PF.E164)


def _groups(num):
    return re.findall(r"\d+", pn.format_number(num, PF.NATIONAL))


NATIONAL_HABITS = ("spaces", "dashes", "dots", "slash", "brackets", "none", "standard", "us1")


def write_national(rng, num, region, habit):
    """National form in a habit; falls back to phonenumbers' national format if it does not parse back."""
    std = pn.format_number(num, PF.NATIONAL)
    g = _groups(num)
    if region == "BR" and habit != "standard" and rng.random() < 0.5:
        g[0] = "0" + g[0]
    if habit == "spaces":
        s = " ".join(g)
    elif habit == "dashes":
        s = "-".join(g)
    elif habit == "dots":
        s = ".".join(g)
    elif habit == "slash" and len(g) > 1:
        s = g[0] + "/" + " ".join(g[1:])
    elif habit == "brackets" and len(g) > 1:
        s = std if region == "US" else "(" + g[0] + ") " + " ".join(g[1:])
    elif habit == "none":
        s = "".join(g)
    elif habit == "us1":
        s = rng.choice(("1-", "1 ")) + rng.choice(("-", " ")).join(g)
    else:
        s = std
    try:
        back = pn.parse(s, region)
        if e164(back) == e164(num) and pn.is_valid_number_for_region(back, region):
            return s
    except pn.NumberParseException:
        pass
    return std


def national_habit(rng, region):
    pool = ["spaces", "spaces", "dashes", "dots", "slash", "none", "standard"]
    if region in BRACKET_REGIONS:
        pool.append("brackets")
    if region == "US":
        pool.append("us1")
    return rng.choice(pool)


def write_international(rng, num, region, habit):
    s = pn.format_number(num, PF.INTERNATIONAL)
    cc, rest = s.split(" ", 1)
    rest_g = re.findall(r"\d+", rest)
    if habit == "plus_dashes":
        return cc + "-" + "-".join(rest_g)
    if habit == "zero_zero":
        return "00" + cc[1:] + " " + " ".join(rest_g)
    if habit == "paren_cc":
        return "(" + cc + ") " + " ".join(rest_g)
    if habit == "trunk_zero":
        return cc + " (0)" + " ".join(rest_g)
    if habit == "us_011":
        return "011 " + cc[1:] + " " + " ".join(rest_g)
    return s


def intl_habit(rng, region, doc_region):
    pool = ["plus_spaces", "plus_spaces", "plus_dashes", "zero_zero", "paren_cc"]
    if region in TRUNK_ZERO:
        pool.append("trunk_zero")
    if doc_region == "US" and rng.random() < 0.5:
        return "us_011"
    return rng.choice(pool)


SUB_HABITS = ("split_space", "split_dash", "split_dot", "pairs", "none")


def write_subscriber(rng, sub, region):
    habit = rng.choice([h for h in SUB_HABITS if not (h == "pairs" and region == "US")])
    cut = 3 if len(sub) == 7 else len(sub) // 2
    if habit == "pairs":
        head = sub[:3] if len(sub) % 2 else sub[:2]
        rest = sub[len(head) :]
        return habit, " ".join([head] + [rest[i : i + 2] for i in range(0, len(rest), 2)])
    sep = {"split_space": " ", "split_dash": "-", "split_dot": "."}.get(habit, "")
    return habit, sub[:cut] + sep + sub[cut:]


def phone_entry(text, mode, num, region):
    area = pn.length_of_geographical_area_code(num)
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": e164(num),
        "area_len": area,
    }


def local_number(rng, region, subscriber_share):
    """(value text, habit, entry-maker) for an announced or roster slot of a plan region."""
    if region in SUBSCRIBER_REGIONS and rng.random() < subscriber_share:
        num, _area, sub = draw_subscriber(rng, region)
        habit, text = write_subscriber(rng, sub, region)
        return text, habit, num, "subscriber"
    if region == "IN":
        kind = "mobile" if rng.random() < 0.8 else "fixed"
    else:
        kind = rng.choice(("fixed", "mobile"))
    num = draw(rng, region, kind)
    habit = national_habit(rng, region)
    return write_national(rng, num, region, habit), habit, num, "full"
