"""Phone numbers: drawing valid numbers and writing them in v20's habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

REGIONS = ["US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR", "AT", "CH", "BE", "AU", "IE"]
SERVICE = {
    "toll-free": ("toll_free", T.TOLL_FREE),
    "shared-cost": ("shared_cost", T.SHARED_COST),
    "uan": ("uan", T.UAN),
    "premium-rate": ("premium_rate", T.PREMIUM_RATE),
}
NBSP = "\u00a0"


def _desc(region, attr):
    return getattr(pn.PhoneMetadata.metadata_for_region(region), attr, None)


def service_kinds(region):
    out = []
    for name, (attr, _t) in SERVICE.items():
        d = _desc(region, attr)
        if d is not None and d.example_number:
            out.append(name)
    return out


def draw(rng, region, kind):
    """kind: fixed, mobile or a SERVICE name. Random digits after the example's first digit."""
    if kind in ("fixed", "mobile"):
        attr = "fixed_line" if kind == "fixed" else "mobile"
        ok = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE} if kind == "fixed" else {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
    else:
        attr, t = SERVICE[kind]
        ok = {t}
    d = _desc(region, attr)
    lengths = list(d.possible_length) or [len(d.example_number)]
    ex = d.example_number
    for tries in range(20000):
        keep = 1 if tries < 8000 else 2
        ln = rng.choice(lengths)
        if ln <= keep:
            continue
        digits = ex[:keep] + "".join(str(rng.randrange(10)) for _ in range(ln - keep))
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + digits)
        if pn.is_valid_number_for_region(num, region) and pn.number_type(num) in ok:
            return num
    raise RuntimeError(f"no {kind} number for {region}")


def e164(num):
    return pn.format_number(num, F.E164)


def nsn(num):
    return pn.national_significant_number(num)


def area_len(num):
    return pn.length_of_geographical_area_code(num)


def draw_subscriber(rng, region):
    """A fixed-line number whose subscriber part (area code cut off) has >= 6 digits, not 0/1-led."""
    while True:
        num = draw(rng, region, "fixed")
        a = area_len(num)
        sub = nsn(num)[a:]
        if a > 0 and 6 <= len(sub) <= 8 and sub[0] not in "01":
            return num, sub


# ---------------------------------------------------------------- writing habits
def _groups(s):
    out, cur = [], ""
    for ch in s:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    return out + ([cur] if cur else [])


def _chunks(s, size):
    parts = [s[i : i + size] for i in range(0, len(s), size)]
    if len(parts) > 1 and len(parts[-1]) == 1:
        last = parts.pop()
        parts[-1] += last
    return parts


SUB_HABITS = ["nbsp_split", "endash_split", "spaced_dash", "triplets", "tail3"]
SUB_HABITS_US = ["nbsp_split", "endash_split", "spaced_dash"]


def write_subscriber(rng, sub, region):
    habit = rng.choice(SUB_HABITS_US if region == "US" else SUB_HABITS)
    h = 3 if len(sub) == 7 else len(sub) // 2
    if habit == "nbsp_split":
        return habit, sub[:h] + NBSP + sub[h:]
    if habit == "endash_split":
        return habit, sub[:h] + "–" + sub[h:]
    if habit == "spaced_dash":
        return habit, sub[:h] + " - " + sub[h:]
    if habit == "triplets":
        return habit, " ".join(_chunks(sub, 3))
    return habit, sub[:-3] + " " + sub[-3:]


NAT_HABITS = ["nbsp", "endash", "spaced_dash", "slash_spaced", "pairs", "triplets", "dash_pairs"]
NAT_HABITS_US = ["nbsp", "endash_all", "spaced_dash", "slash_spaced"]
SERVICE_HABITS = ["nbsp", "endash", "spaced_dash", "triplets"]


def _national_parts(num, region, rng):
    std = pn.format_number(num, F.NATIONAL)
    if region == "BR":
        d = nsn(num)
        head = ("0" if rng.random() < 0.5 else "") + d[:2]
        return std, [head, d[2:]]
    return std, _groups(std)


def write_national(rng, num, region, service=False):
    std, g = _national_parts(num, region, rng)
    habits = SERVICE_HABITS if service else (NAT_HABITS_US if region == "US" else NAT_HABITS)
    habit = rng.choice([h for h in habits if not (region == "FR" and h == "triplets")])
    head, rest = g[0], "".join(g[1:])
    if len(g) == 1:
        head, rest = g[0][:4], g[0][4:]
    if habit == "nbsp":
        s = NBSP.join([head] + g[1:]) if len(g) > 1 else head + NBSP + rest
    elif habit == "endash":
        s = head + "–" + rest
    elif habit == "endash_all":
        s = "–".join(g)
    elif habit == "spaced_dash":
        s = head + " - " + (" ".join(g[1:]) if len(g) > 2 else rest)
    elif habit == "slash_spaced":
        s = head + " / " + ("-".join(g[1:]) if region == "US" else rest)
    elif habit == "pairs":
        s = head + " " + " ".join(_chunks(rest, 2))
    elif habit == "triplets":
        s = head + " " + " ".join(_chunks(rest, 3))
    else:
        s = head + "-" + "-".join(_chunks(rest, 2))
    try:
        ok = e164(pn.parse(s, region)) == e164(num)
    except pn.NumberParseException:
        ok = False
    if not ok:
        return "standard", std
    return habit, s


INTL_HABITS = ["plus_dots", "plus_compact", "zero_zero_dash", "plus_slash", "plus_paren_area", "plus_nbsp"]


def normalise_intl(s):
    t = s.replace("(0)", "")
    if t.startswith("(+"):
        t = "+" + t[2:].replace(")", "", 1)
    t = t.strip()
    if t.startswith("00"):
        t = "+" + t[2:]
    elif t.startswith("011"):
        t = "+" + t[3:]
    return t


def write_international(rng, num, us_doc):
    intl = pn.format_number(num, F.INTERNATIONAL)
    g = _groups(intl)
    cc, rest = g[0], g[1:]
    if us_doc and rng.random() < 0.5:
        habit, s = "us_011_dash", "011-" + cc + "-" + "-".join(rest)
    else:
        habit = rng.choice(INTL_HABITS)
        if habit == "plus_dots":
            s = "+" + cc + "." + ".".join(rest)
        elif habit == "plus_compact":
            s = e164(num)
        elif habit == "zero_zero_dash":
            s = "00" + cc + "-" + "-".join(rest)
        elif habit == "plus_slash":
            s = "+" + cc + " " + rest[0] + "/" + "".join(rest[1:]) if len(rest) > 1 else e164(num)
        elif habit == "plus_paren_area":
            s = "+" + cc + " (" + rest[0] + ") " + " ".join(rest[1:]) if len(rest) > 1 else e164(num)
        else:
            s = "+" + cc + NBSP + NBSP.join(rest)
    try:
        ok = e164(pn.parse(normalise_intl(s), None)) == e164(num)
    except pn.NumberParseException:
        ok = False
    if not ok or (s == e164(num) and habit != "plus_compact"):
        return "plus_compact", e164(num)
    return habit, s


def entry(mode, text, num, region):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": e164(num),
        "area_len": area_len(num),
    }
