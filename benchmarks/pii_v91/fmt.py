"""Number-writing habits of v91: each form is parsed back to the same valid number before it is used."""

import phonenumbers as pn

NAT, INTL = pn.PhoneNumberFormat.NATIONAL, pn.PhoneNumberFormat.INTERNATIONAL


def _nat(num):
    return pn.format_number(num, NAT)


def _intl(num):
    return pn.format_number(num, INTL)


def _cc(num):
    return "+" + str(num.country_code)


def _groups(digits, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def _pairs(d):
    """French/Dutch style pairs from the left, an odd digit kept in front."""
    head = d[: len(d) % 2]
    rest = [d[i : i + 2] for i in range(len(head), len(d), 2)]
    return ([head] if head else []) + rest


def _area_split(num):
    """(area code, subscriber) for geographic numbers, else (first block, rest) of the national format."""
    n = pn.national_significant_number(num)
    al = pn.length_of_geographical_area_code(num) or pn.length_of_national_destination_code(num)
    if al <= 0:
        al = 3
    return n[:al], n[al:]


def national(num, habit):
    n = pn.national_significant_number(num)
    region = pn.region_code_for_number(num)
    area, sub = _area_split(num)
    tp = "" if region in ("US", "ES", "IT", "PT", "BR") else "0"
    if habit == "plain":
        return _nat(num)
    if habit == "us_dots":
        return f"{n[:3]}.{n[3:6]}.{n[6:]}"
    if habit == "us_tight":
        return f"({n[:3]}){n[3:6]}-{n[6:]}"
    if habit == "us_dashes":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if habit == "us_one_dots":
        return f"1.{n[:3]}.{n[3:6]}.{n[6:]}"
    if habit == "gb_dash_area":
        s = _nat(num).split(" ", 1)
        return s[0] + "-" + s[1]
    if habit == "paren_area":
        return f"({tp}{area}) {_spaced_sub(region, sub)}"
    if habit == "area_space_sub":
        return f"{tp}{area} {_spaced_sub(region, sub)}"
    if habit == "dots_pairs":
        return ".".join(_pairs(tp + n))
    if habit == "es_dots":
        return f"{n[:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}"
    if habit == "es_spaced":
        return f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if habit == "es_mobile_pairs":
        return f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if habit == "de_mobile_3_4":
        return f"0{n[:3]} {n[3:6]} {n[6:]}"
    if habit == "it_four":
        if len(area) != 2:
            return _nat(num)
        return f"{area} " + " ".join(_groups(sub, [4, 4]))
    if habit == "it_mobile_3_3_4":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if habit == "it_mobile_dot":
        return f"{n[:3]}.{n[3:]}"
    if habit == "nl_mobile_pairs":
        return "06 " + " ".join(_pairs(n[1:]))
    if habit == "pt_three":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if habit == "br_paren_space":
        return f"({n[:2]}) {n[2:-4]} {n[-4:]}"
    if habit == "br_dashes":
        return f"{n[:2]}-{n[2:-4]}-{n[-4:]}"
    if habit == "br_zero_area":
        return f"(0{n[:2]}) {n[2:-4]}-{n[-4:]}"
    if habit == "in_mobile_5_5":
        return f"{n[:5]} {n[5:]}"
    if habit == "in_mobile_dash":
        return f"{n[:5]}-{n[5:]}"
    if habit == "solid":
        return tp + n
    if habit == "de_slash_spaced":
        return f"0{area} / {_spaced_sub(region, sub)}"
    raise KeyError(habit)


def _spaced_sub(region, sub):
    if region == "DE":
        return " ".join(_pairs(sub)) if len(sub) <= 7 else " ".join(_groups(sub, [4, 4]))
    if region == "NL":
        return " ".join(_groups(sub, [3, 2, 2])) if len(sub) == 7 else " ".join(_groups(sub, [4, 4]))
    if region in ("GB", "IN"):
        return " ".join(_groups(sub, [3, 4])) if len(sub) == 7 else " ".join(_groups(sub, [4, 4]))
    if region == "BR":
        return sub[:-4] + "-" + sub[-4:]
    if region == "FR":
        return " ".join(_pairs(sub))
    return sub


def international(num, habit):
    n = pn.national_significant_number(num)
    nat = _nat(num)
    region = pn.region_code_for_number(num)
    if habit == "plain":
        return _intl(num)
    if habit == "zero_in_parens":
        body = _intl(num)[len(_cc(num)) + 1 :]
        if region in ("IT", "US", "ES", "PT", "BR"):
            return _intl(num)
        return f"{_cc(num)} (0){body}"
    if habit == "dashes":
        return _cc(num) + "-" + "-".join(_intl(num)[len(_cc(num)) + 1 :].replace("-", " ").split())
    if habit == "solid":
        return _cc(num) + n
    if habit == "nat_grouping":
        # +CC followed by the national grouping without its trunk prefix (as many people copy it)
        if region in ("US", "ES", "IT", "PT") or not nat.startswith("0"):
            return _intl(num)
        return _cc(num) + " " + nat[1:].replace("(", "").replace(")", "")
    if habit == "fr_pairs":
        return f"+33 {n[0]} " + " ".join(_pairs(n[1:]))
    if habit == "us_dashes":
        return f"+1-{n[:3]}-{n[3:6]}-{n[6:]}"
    if habit == "br_mobile":
        return f"+55 {n[:2]} {n[2:-4]}-{n[-4:]}"
    if habit == "in_mobile":
        return f"+91 {n[:5]} {n[5:]}"
    raise KeyError(habit)


def local(region, sub, habit):
    if habit == "solid":
        return sub
    if region == "US":
        sep = {"dash": "-", "space": " ", "dot": "."}[habit]
        return sub[:3] + sep + sub[3:]
    if region == "GB":
        if len(sub) == 8:
            return sub[:4] + " " + sub[4:]
        return sub[:3] + " " + sub[3:]
    if region == "DE":
        return " ".join(_pairs(sub)) if habit == "pairs" else sub[:3] + " " + sub[3:]
    if region == "NL":
        return sub[:3] + " " + sub[3:5] + " " + sub[5:] if habit == "pairs" else sub[:3] + " " + sub[3:]
    if region == "BR":
        sep = {"dash": "-", "space": " ", "dot": "."}[habit]
        return sub[:4] + sep + sub[4:]
    if region == "IN":
        sep = {"dash": "-", "space": " "}[habit]
        return sub[:-4] + sep + sub[-4:]
    raise KeyError(region)


LOCAL_HABITS = {
    "US": ["dash", "dash", "space", "dot", "solid"],
    "GB": ["space", "space", "solid"],
    "DE": ["pairs", "pairs", "three", "solid"],
    "NL": ["pairs", "three", "solid"],
    "BR": ["dash", "dash", "space", "dot"],
    "IN": ["space", "dash", "solid"],
}

NATIONAL_HABITS = {
    "US": {
        "fixed": ["plain", "us_dots", "us_tight", "us_dashes", "us_dashes", "us_one_dots"],
        "mobile": ["plain", "us_dots", "us_dashes", "us_dashes"],
        "other": ["us_one_dots", "us_dashes", "plain"],
    },
    "GB": {
        "fixed": ["plain", "plain", "gb_dash_area", "paren_area"],
        "mobile": ["plain", "plain", "gb_dash_area"],
        "other": ["plain"],
    },
    "DE": {
        "fixed": ["plain", "paren_area", "area_space_sub", "de_slash_spaced"],
        "mobile": ["plain", "de_mobile_3_4"],
        "other": ["plain"],
    },
    "FR": {
        "fixed": ["plain", "plain", "dots_pairs", "dots_pairs"],
        "mobile": ["plain", "dots_pairs"],
        "other": ["plain"],
    },
    "ES": {"fixed": ["es_spaced", "es_dots", "plain"], "mobile": ["plain", "es_spaced"], "other": ["plain"]},
    "IT": {
        "fixed": ["plain", "it_four"],
        "mobile": ["plain", "it_mobile_3_3_4", "it_mobile_dot"],
        "other": ["plain"],
    },
    "NL": {
        "fixed": ["plain", "paren_area", "area_space_sub"],
        "mobile": ["plain", "nl_mobile_pairs"],
        "other": ["plain"],
    },
    "PT": {"fixed": ["pt_three", "plain"], "mobile": ["pt_three"], "other": ["plain"]},
    "BR": {
        "fixed": ["plain", "br_paren_space", "br_dashes", "br_zero_area"],
        "mobile": ["plain", "br_paren_space", "br_dashes"],
        "other": ["plain"],
    },
    "IN": {
        "fixed": ["plain", "paren_area"],
        "mobile": ["in_mobile_5_5", "in_mobile_dash"],
        "other": ["plain"],
    },
}
INTL_HABITS = {
    "*": ["plain", "zero_in_parens", "zero_in_parens", "nat_grouping"],
    "US": ["plain", "us_dashes", "us_dashes"],
    "FR": ["fr_pairs", "zero_in_parens", "plain"],
    "GB": ["plain", "zero_in_parens", "zero_in_parens", "dashes"],
    "BR": ["br_mobile", "plain"],
    "IN": ["plain", "dashes"],
    "ES": ["plain", "dashes"],
    "IT": ["plain", "solid"],
    "PT": ["plain", "solid"],
}


def checked(num, text, region):
    try:
        back = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return (
        pn.is_valid_number(back)
        and back.country_code == num.country_code
        and (pn.national_significant_number(back) == pn.national_significant_number(num))
    )


def write_national(rng, num, kind):
    region = pn.region_code_for_number(num)
    opts = list(NATIONAL_HABITS[region][kind])
    rng.shuffle(opts)
    for h in opts:
        try:
            t = national(num, h)
        except (KeyError, IndexError):
            continue
        if checked(num, t, region):
            return t
    return _nat(num)


def write_international(rng, num, home, kind):
    region = pn.region_code_for_number(num)
    opts = list(INTL_HABITS.get(region, INTL_HABITS["*"]))
    if region == "IN" and kind == "mobile":
        opts = ["in_mobile", "in_mobile", "dashes"]
    rng.shuffle(opts)
    for h in opts:
        t = international(num, h)
        if checked(num, t, home):
            return t
    return _intl(num)
