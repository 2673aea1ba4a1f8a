"""Phone numbers for v84: drawing valid numbers, writing them in the habits of each region, local forms."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

from .areas import PREFIXES

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
SERVICE = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "NL": 31,
    "PT": 351,
    "BR": 55,
    "IN": 91,
    "AT": 43,
    "CH": 41,
    "BE": 32,
    "AU": 61,
    "IE": 353,
}


def _fill(rng, prefix, length):
    return prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))


def draw(rng, region, kind, prefix=None, length=None):
    """A random valid number of the wanted kind ('fixed', 'mobile', 'service'); returns PhoneNumber."""
    want = {"fixed": FIXED, "mobile": MOBILE, "service": SERVICE}[kind]
    for _ in range(5000):
        if prefix is None:
            pre, ln = rng.choice(PREFIXES[kind][region])
        else:
            pre, ln = prefix, length
        nsn = _fill(rng, pre, ln)
        num = pn.parse("+%d%s" % (CC[region], nsn))
        if pn.is_valid_number(num) and pn.number_type(num) in want:
            if pn.region_code_for_number(num) == region:
                return num
    raise RuntimeError("no number for %s %s %s" % (region, kind, prefix))


def draw_local(rng, region, area):
    """A fixed-line number of area `area` whose geographical area code is exactly `area`."""
    length = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}[region]
    for _ in range(5000):
        num = draw(rng, region, "fixed", prefix=area, length=length)
        nsn = pn.national_significant_number(num)
        if region == "BR" and nsn[len(area)] not in "2345":
            continue
        if pn.length_of_geographical_area_code(num) == len(area):
            return num
    raise RuntimeError("no local number for %s %s" % (region, area))


def nsn_of(num):
    return pn.national_significant_number(num)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def ndc_len(num):
    return pn.length_of_national_destination_code(num)


def split(digits, groups):
    """Cut digits into groups; 'R' takes the rest (at most one)."""
    fixed = sum(g for g in groups if g != "R")
    out, pos = [], 0
    for g in groups:
        n = len(digits) - fixed if g == "R" else g
        out.append(digits[pos : pos + n])
        pos += n
    assert pos == len(digits)
    return out


def _sub_groups(sub, style):
    """Group a subscriber part: style 'a' = 3-4/4-4 style, 'p' = pairs, 's' = solid."""
    n = len(sub)
    if style == "s":
        return [sub]
    if style == "p":
        if n % 2 == 0:
            return [sub[i : i + 2] for i in range(0, n, 2)]
        return [sub[:3]] + [sub[i : i + 2] for i in range(3, n, 2)]
    if n <= 6:
        return [sub[:3], sub[3:]] if n == 6 else [sub[: n - 3], sub[n - 3 :]]
    if n == 7:
        return [sub[:3], sub[3:]]
    return [sub[: n - 4], sub[n - 4 :]]


# Writing habits.  Each habit: (name, template); the template gets N (the national destination code or,
# for regions without one, the leading digits), S (subscriber groups joined by the habit's separator).
# A habit is a function (num) -> text; a few need the number's shape.


def _parts(num):
    nsn = nsn_of(num)
    k = ndc_len(num) or 3
    return nsn[:k], nsn[k:]


def fmt(num, habit):
    """Write num in a named habit; returns the text."""
    region = pn.region_code_for_number(num)
    nsn = nsn_of(num)
    ndc, sub = _parts(num)
    cc = str(CC[region])
    g = _sub_groups(sub, "a")
    p = _sub_groups(sub, "p")
    h = habit
    if h == "dots":
        return ndc + "." + ".".join(g)
    if h == "dashes":
        return ndc + "-" + "-".join(g)
    if h == "paren-tight":
        return "(" + ndc + ")" + "-".join(g)
    if h == "one-dots":
        return "1." + ndc + "." + ".".join(g)
    if h == "plus-dashes":
        return "+" + cc + "-" + ndc + "-" + "-".join(g)
    if h == "plus-dots":
        return "+" + cc + "." + ndc + "." + ".".join(g)
    if h == "plus-solid-space":
        return "+" + cc + " " + nsn
    if h == "plus-groups":
        return "+" + cc + " " + ndc + " " + " ".join(g)
    if h == "plus-pairs":
        return "+" + cc + " " + ndc + " " + " ".join(p)
    if h == "plus-zero":
        return "+" + cc + " (0)" + ndc + " " + " ".join(g)
    if h == "plus-zero-pairs":
        return "+" + cc + " (0)" + ndc + " " + " ".join(p)
    if h == "plus-zero-solid":
        return "+" + cc + " (0) " + ndc + " " + sub
    if h == "paren-plus":
        return "(+" + cc + ") " + ndc + " " + " ".join(g)
    if h == "paren-plus-dots":
        return "(+" + cc + ") " + ndc + "." + sub
    if h == "trunk-dashes":
        return "0" + ndc + "-" + "-".join(g)
    if h == "trunk-groups":
        return "0" + ndc + " " + " ".join(g)
    if h == "trunk-pairs":
        return "0" + ndc + " " + " ".join(p)
    if h == "trunk-dash-solid":
        return "0" + ndc + "-" + sub
    if h == "trunk-space-solid":
        return "0" + ndc + " " + sub
    if h == "trunk-paren-solid":
        return "(0" + ndc + ") " + sub
    if h == "trunk-paren-pairs":
        return "(0" + ndc + ") " + " ".join(p)
    if h == "trunk-paren-groups":
        return "(0" + ndc + ") " + " ".join(g)
    if h == "trunk-dash-pairs":
        return "0" + ndc + "-" + " ".join(p)
    if h == "fr-dots":
        return ".".join(split("0" + nsn, (2, 2, 2, 2, 2)))
    if h == "fr-spaces":
        return " ".join(split("0" + nsn, (2, 2, 2, 2, 2)))
    if h == "fr-plus-zero":
        return "+33 (0)" + nsn[0] + " " + " ".join(split(nsn[1:], (2, 2, 2, 2)))
    if h == "fr-plus":
        return "+33 " + nsn[0] + " " + " ".join(split(nsn[1:], (2, 2, 2, 2)))
    if h == "nine-3-2-2-2":
        return " ".join(split(nsn, (3, 2, 2, 2)))
    if h == "nine-3-3-3-dots":
        return ".".join(split(nsn, (3, 3, 3)))
    if h == "nine-3-3-3-dashes":
        return "-".join(split(nsn, (3, 3, 3)))
    if h == "nine-3-3-3":
        return " ".join(split(nsn, (3, 3, 3)))
    if h == "plus-nine-3-2-2-2":
        return "+" + cc + " " + " ".join(split(nsn, (3, 2, 2, 2)))
    if h == "paren-plus-nine-3-3-3":
        return "(+" + cc + ") " + " ".join(split(nsn, (3, 3, 3)))
    if h == "plus-nine-3-3-3":
        return "+" + cc + " " + " ".join(split(nsn, (3, 3, 3)))
    if h == "it-space-4-4":
        return ndc_it(nsn, " ")
    if h == "it-dots":
        return ndc_it(nsn, ".")
    if h == "it-mob-3-3-4":
        return " ".join(split(nsn, (3, 3, "R")))
    if h == "it-mob-dots":
        return ".".join(split(nsn, (3, 3, "R")))
    if h == "it-mob-dash":
        return nsn[:3] + "-" + nsn[3:]
    if h == "plus-it-mob":
        return "+39 " + " ".join(split(nsn, (3, 3, "R")))
    if h == "plus-it-fixed":
        return "+39 " + ndc_it(nsn, " ")
    if h == "paren-plus-it-mob":
        return "(+39) " + nsn[:3] + "." + nsn[3:]
    if h == "nl-mob-pairs":
        return "06 " + " ".join(split(nsn[1:], (2, 2, 2, 2)))
    if h == "nl-mob-paren":
        return "(06) " + nsn[1:5] + " " + nsn[5:]
    if h == "nl-plus-zero-mob":
        return "+31 (0)6 " + nsn[1:5] + " " + nsn[5:]
    if h == "nl-plus-mob":
        return "+31 6 " + nsn[1:5] + " " + nsn[5:]
    if h == "br-paren-dot":
        return "(" + ndc + ") " + sub[:-4] + "." + sub[-4:]
    if h == "br-dashes":
        return ndc + "-" + sub[:-4] + "-" + sub[-4:]
    if h == "br-paren-solid":
        return "(" + ndc + ") " + sub
    if h == "br-mob-paren":
        return "(" + ndc + ") " + sub[:5] + "-" + sub[5:]
    if h == "br-mob-dot":
        return ndc + " " + sub[:5] + "." + sub[5:]
    if h == "br-mob-9dot":
        return "(" + ndc + ") " + sub[0] + "." + sub[1:5] + "-" + sub[5:]
    if h == "br-plus":
        return "+55 " + ndc + " " + sub[:-4] + " " + sub[-4:]
    if h == "br-plus-paren-mob":
        return "+55 (" + ndc + ") " + sub[:-4] + "-" + sub[-4:]
    if h == "br-plus-dashes":
        return "+55-" + ndc + "-" + sub[:-4] + "-" + sub[-4:]
    if h == "br-trunk":
        return "0" + ndc + " " + sub[:-4] + "-" + sub[-4:]
    if h == "in-mob-5-5":
        return nsn[:5] + " " + nsn[5:]
    if h == "in-mob-zero":
        return "0 " + nsn[:5] + " " + nsn[5:]
    if h == "in-mob-3-3-4":
        return "-".join(split(nsn, (3, 3, 4)))
    if h == "in-plus-mob":
        return "+91 " + nsn[:5] + " " + nsn[5:]
    if h == "in-plus-mob-334":
        return "+91 " + " ".join(split(nsn, (3, 3, 4)))
    if h == "svc-4-3-4":
        return "-".join(split(nsn, (4, 3, "R")))
    if h == "svc-4-2-4":
        return " ".join(split(nsn, (4, 2, "R")))
    if h == "us-svc-dots":
        return ".".join(split(nsn, (3, 3, 4)))
    if h == "us-svc-one":
        return "1 " + " ".join(split(nsn, (3, 3, 4)))
    if h == "zero-svc-3-3-R":
        return "0" + nsn[:3] + " " + " ".join(split(nsn[3:], (3, "R")))
    if h == "zero-svc-dash":
        return "0" + nsn[:3] + "-" + "-".join(split(nsn[3:], (3, "R")))
    if h == "zero-svc-dots":
        return "0" + nsn[:3] + "." + ".".join(split(nsn[3:], (3, "R")))
    if h == "zero-svc-solid":
        return "0" + nsn[:3] + " " + nsn[3:]
    raise KeyError(h)


def ndc_it(nsn, sep):
    k = 2 if nsn[:2] in ("02", "06") else 3
    rest = nsn[k:]
    return (
        nsn[:k] + " " + sep.join(split(rest, ("R", 4)))
        if sep == " "
        else nsn[:k] + "." + rest[:4] + "." + rest[4:]
    )


# habits by region and kind; international ones for the 'international' mode
NATIONAL = {
    ("US", "fixed"): ["dots", "dashes", "paren-tight", "one-dots"],
    ("US", "mobile"): ["dots", "dashes", "paren-tight"],
    ("GB", "fixed"): ["trunk-dashes", "trunk-groups", "trunk-paren-groups"],
    ("GB", "mobile"): ["trunk-dash-solid", "trunk-groups"],
    ("DE", "fixed"): ["trunk-paren-solid", "trunk-pairs", "trunk-dash-pairs", "trunk-space-solid"],
    ("DE", "mobile"): ["trunk-space-solid", "trunk-dash-solid", "trunk-pairs"],
    ("FR", "fixed"): ["fr-dots", "fr-spaces"],
    ("FR", "mobile"): ["fr-dots", "fr-spaces"],
    ("ES", "fixed"): ["nine-3-2-2-2", "nine-3-3-3-dots"],
    ("ES", "mobile"): ["nine-3-2-2-2", "nine-3-3-3-dots", "nine-3-3-3-dashes"],
    ("IT", "fixed"): ["it-space-4-4", "it-dots"],
    ("IT", "mobile"): ["it-mob-3-3-4", "it-mob-dots", "it-mob-dash"],
    ("NL", "fixed"): ["trunk-paren-pairs", "trunk-groups", "trunk-dash-pairs"],
    ("NL", "mobile"): ["nl-mob-pairs", "nl-mob-paren"],
    ("PT", "fixed"): ["nine-3-3-3"],
    ("PT", "mobile"): ["nine-3-3-3", "nine-3-3-3-dashes"],
    ("BR", "fixed"): ["br-paren-dot", "br-dashes", "br-paren-solid", "br-trunk"],
    ("BR", "mobile"): ["br-mob-paren", "br-mob-dot", "br-mob-9dot"],
    ("IN", "fixed"): ["trunk-paren-groups", "trunk-dashes", "trunk-space-solid"],
    ("IN", "mobile"): ["in-mob-5-5", "in-mob-zero", "in-mob-3-3-4"],
}

INTERNATIONAL = {
    "US": ["plus-dashes", "plus-dots", "plus-solid-space"],
    "GB": ["plus-zero", "plus-dashes", "plus-groups"],
    "DE": ["plus-zero", "plus-zero-solid", "plus-pairs"],
    "FR": ["fr-plus-zero", "fr-plus"],
    "ES": ["plus-nine-3-2-2-2", "paren-plus-nine-3-3-3"],
    "IT": ["plus-it-mob", "paren-plus-it-mob"],
    "NL": ["plus-zero", "plus-groups"],
    "PT": ["plus-nine-3-3-3", "paren-plus-nine-3-3-3"],
    "BR": ["br-plus", "br-plus-paren-mob", "br-plus-dashes"],
    "IN": ["plus-groups"],
    "AT": ["plus-zero", "plus-groups"],
    "CH": ["plus-zero-pairs", "plus-pairs"],
    "BE": ["plus-zero-pairs", "plus-pairs"],
    "AU": ["plus-zero", "plus-groups", "plus-dashes"],
    "IE": ["plus-zero", "plus-groups"],
}
INTERNATIONAL_BY_KIND = {
    ("IT", "fixed"): ["plus-it-fixed"],
    ("NL", "mobile"): ["nl-plus-zero-mob", "nl-plus-mob"],
    ("IN", "fixed"): ["plus-groups", "plus-zero"],
    ("IN", "mobile"): ["in-plus-mob", "in-plus-mob-334"],
}


def intl_habits(region, kind):
    return INTERNATIONAL_BY_KIND.get((region, kind), INTERNATIONAL[region])


SERVICE_HABITS = {
    "US": ["us-svc-dots", "us-svc-one", "dashes"],
    "GB": ["zero-svc-3-3-R", "zero-svc-dash"],
    "DE": ["zero-svc-3-3-R", "zero-svc-dash", "zero-svc-solid"],
    "FR": ["fr-dots", "fr-spaces"],
    "ES": ["nine-3-3-3-dots", "nine-3-3-3-dashes"],
    "IT": ["nine-3-3-3-dots", "nine-3-3-3-dashes"],
    "NL": ["zero-svc-dash", "zero-svc-solid"],
    "PT": ["nine-3-3-3", "nine-3-3-3-dashes"],
    "BR": ["zero-svc-dots", "zero-svc-3-3-R"],
    "IN": ["svc-4-3-4"],
}

# local forms of the subscriber part, by region (the document's area code is left out)
LOCAL_HABITS = {
    "US": ["dot", "solid"],
    "GB": ["dash", "solid-sp"],
    "DE": ["dash-pairs", "dash-tail2"],
    "NL": ["dash", "nl-2-2-3"],
    "BR": ["dot4", "solid"],
    "IN": ["dash4", "solid"],
}


def fmt_local(sub, habit):
    n = len(sub)
    if habit == "dot":
        return sub[:3] + "." + sub[3:]
    if habit == "solid":
        return sub
    if habit == "dash":
        return sub[: n - 4] + "-" + sub[n - 4 :]
    if habit == "solid-sp":
        return sub[: n - 4] + " " + sub[n - 4 :]
    if habit == "dash-pairs":
        if n % 2:
            return sub[:3] + "-" + "-".join(sub[i : i + 2] for i in range(3, n, 2))
        return "-".join(sub[i : i + 2] for i in range(0, n, 2))
    if habit == "dash-tail2":
        return sub[:-2] + "-" + sub[-2:]
    if habit == "nl-2-2-3":
        return sub[:2] + " " + sub[2:4] + " " + sub[4:] if n == 7 else sub[:3] + " " + sub[3:]
    if habit == "dot4":
        return sub[:-4] + "." + sub[-4:]
    if habit == "dash4":
        return sub[:-4] + "-" + sub[-4:]
    raise KeyError(habit)


def put_back(local_text, region, area):
    """The local form with its area code (and trunk prefix) put back, parsed in the region."""
    digits = "".join(c for c in local_text if c.isdigit())
    trunk = "" if region == "US" else "0"
    return pn.parse(trunk + area + digits, region)


def parses_to(text, region, num):
    """True when text parses (in region) to the same valid number."""
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)
