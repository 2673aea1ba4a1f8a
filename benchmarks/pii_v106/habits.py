"""Number-writing habits. Each habit maps a number to a string; a form is kept only if it parses back."""

import phonenumbers as pn

from .numbers import digits, e164, nsn, parses_to

NAT = pn.PhoneNumberFormat.NATIONAL
INTL = pn.PhoneNumberFormat.INTERNATIONAL


def _nat(num):
    return pn.format_number(num, NAT)


def _intl(num):
    return pn.format_number(num, INTL)


def _cc(num):
    return "+" + str(num.country_code)


def _plain_groups(num):
    """National format split into digit groups, trunk prefix kept on the first group."""
    s = _nat(num)
    out, cur = [], ""
    for ch in s:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _pairs_right(s):
    out = []
    while len(s) > 3:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def _split(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


# --- national habits ---------------------------------------------------------------------------------
def n_dashes(num):
    return "-".join(_plain_groups(num))


def n_dots(num):
    return ".".join(_plain_groups(num))


def n_solid(num):
    return "".join(_plain_groups(num))


def n_paren_area(num):
    g = _plain_groups(num)
    return f"({g[0]}) " + " ".join(g[1:]) if len(g) > 1 else g[0]


def n_paren_tight(num):
    g = _plain_groups(num)
    return f"({g[0]})" + "-".join(g[1:]) if len(g) > 1 else g[0]


def n_area_dash_solid(num):
    g = _plain_groups(num)
    return g[0] + "-" + "".join(g[1:])


def n_area_pairs(num):
    g = _plain_groups(num)
    return g[0] + " " + _pairs_right("".join(g[1:]))


def n_paren_pairs(num):
    g = _plain_groups(num)
    return f"({g[0]}) " + _pairs_right("".join(g[1:]))


def n_default(num):
    return _nat(num)


def n_us_one_dashes(num):
    s = nsn(num)
    return f"1-{s[:3]}-{s[3:6]}-{s[6:]}"


def n_us_dots(num):
    s = nsn(num)
    return f"{s[:3]}.{s[3:6]}.{s[6:]}"


def n_gb_london_misgroup(num):
    s = nsn(num)
    return f"0{s[:3]} {s[3:6]} {s[6:]}"


def n_gb_mobile_misgroup(num):
    s = "0" + nsn(num)
    return f"{s[:4]} {s[4:7]} {s[7:]}"


def n_fr_pairs(num):
    s = "0" + nsn(num)
    return " ".join(s[i : i + 2] for i in range(0, 10, 2))


def n_fr_dots(num):
    s = "0" + nsn(num)
    return ".".join(s[i : i + 2] for i in range(0, 10, 2))


def n_three_three_three(num):
    s = nsn(num)
    return " ".join(_split(s, [3, 3, 3]))


def n_br_tight(num):
    s = nsn(num)
    return f"({s[:2]}){s[2:-4]}-{s[-4:]}"


def n_br_dot(num):
    s = nsn(num)
    return f"{s[:2]} {s[2:-4]}.{s[-4:]}"


def n_in_mobile_five(num):
    s = nsn(num)
    return f"{s[:5]}-{s[5:]}"


def n_in_mobile_plain(num):
    s = nsn(num)
    return f"{s[:5]} {s[5:]}"


def n_it_dots(num):
    s = nsn(num)
    if s.startswith("0"):
        return ".".join(_split(s, [2 if s[1] in "26" else 3, 4]))
    return ".".join(_split(s, [3, 3]))


# --- international habits ----------------------------------------------------------------------------
def i_default(num):
    return _intl(num)


def i_zero_paren(num):
    rest = _intl(num)[len(_cc(num)) + 1 :]
    return f"{_cc(num)} (0){rest}"


def i_zero_paren_space(num):
    rest = _intl(num)[len(_cc(num)) + 1 :]
    return f"{_cc(num)} (0) {rest}"


def i_dashes(num):
    rest = _intl(num)[len(_cc(num)) + 1 :]
    return _cc(num) + "-" + "-".join(g for g in rest.replace("-", " ").split() if g)


def i_dots(num):
    rest = _intl(num)[len(_cc(num)) + 1 :]
    return _cc(num) + " " + ".".join(g for g in rest.replace("-", " ").split() if g)


def i_cc_then_solid(num):
    return _cc(num) + " " + nsn(num)


def i_cc_area_solid(num):
    rest = [g for g in _intl(num)[len(_cc(num)) + 1 :].replace("-", " ").split() if g]
    return f"{_cc(num)} {rest[0]} " + "".join(rest[1:])


NATIONAL = {
    "US": [n_dashes, n_paren_tight, n_us_dots, n_us_one_dashes],
    "GB": [n_default, n_area_dash_solid, n_gb_london_misgroup, n_gb_mobile_misgroup],
    "DE": [n_paren_area, n_area_dash_solid, n_area_pairs, n_default],
    "FR": [n_fr_dots, n_fr_pairs],
    "ES": [n_three_three_three, n_solid, n_default],
    "IT": [n_default, n_it_dots, n_solid],
    "NL": [n_paren_pairs, n_default, n_area_dash_solid],
    "PT": [n_three_three_three, n_default],
    "BR": [n_default, n_br_tight, n_br_dot],
    "IN": [n_paren_area, n_area_dash_solid, n_in_mobile_five, n_in_mobile_plain],
}
INTERNATIONAL = {
    "US": [i_dashes, i_dots, i_default],
    "GB": [i_zero_paren, i_default, i_cc_area_solid],
    "DE": [i_zero_paren, i_default, i_zero_paren_space],
    "FR": [i_zero_paren, i_default],
    "ES": [i_default, i_cc_then_solid],
    "IT": [i_default, i_dots],
    "NL": [i_zero_paren, i_default],
    "PT": [i_default, i_cc_then_solid],
    "BR": [i_default, i_cc_area_solid],
    "IN": [i_default, i_dashes],
    "AT": [i_default, i_zero_paren],
    "CH": [i_default, i_zero_paren],
    "BE": [i_default, i_zero_paren],
    "IE": [i_default, i_zero_paren],
    "AU": [i_default, i_zero_paren],
}


# --- local (subscriber-only) habits: take the subscriber digits ------------------------------------------
def local_forms(region, sub):
    n = len(sub)
    if region == "US":
        return [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
    if region in ("GB", "DE", "NL", "IN") and n == 7:
        return [f"{sub[:3]} {sub[3:]}", sub]
    if n == 6:
        return [sub, f"{sub[:3]} {sub[3:]}"]
    if region == "BR":
        return [sub, f"{sub[:4]}.{sub[4:]}", f"{sub[:4]} {sub[4:]}"]
    return [f"{sub[:4]} {sub[4:]}", sub, f"{sub[:4]}-{sub[4:]}"]


ONLY_MOBILE = {"n_gb_mobile_misgroup", "n_in_mobile_five", "n_in_mobile_plain"}
NOT_MOBILE = {"n_paren_area", "n_area_dash_solid", "n_paren_tight", "n_br_dot"}


FREE_OK = {
    "n_default",
    "n_dashes",
    "n_solid",
    "n_three_three_three",
    "n_us_dots",
    "n_fr_pairs",
    "n_paren_tight",
}


def _fits(h, num, region, mobile):
    if pn.number_type(num) in (pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST):
        return h.__name__ in FREE_OK and not (region in ("IN", "BR") and h.__name__ == "n_paren_tight")
    if h.__name__ == "n_gb_london_misgroup":
        return nsn(num).startswith("20")
    if region in ("GB", "IN") and h.__name__ in ONLY_MOBILE:
        return mobile
    if region in ("IN", "DE") and h.__name__ in NOT_MOBILE:
        return not mobile
    return True


def write(rng, num, region, style):
    """style: national or international; falls back to phonenumbers' own formats."""
    table = NATIONAL if style == "national" else INTERNATIONAL
    mobile = pn.number_type(num) in (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    habits = [h for h in table.get(region, []) if _fits(h, num, region, mobile)]
    rng.shuffle(habits)
    for h in habits:
        try:
            s = h(num)
        except (IndexError, ValueError):
            continue
        if parses_to(s, region, num) and digits(s).endswith(nsn(num)[-4:]):
            return s
    s = _nat(num) if style == "national" else _intl(num)
    assert parses_to(s, region, num), (s, e164(num))
    return s
