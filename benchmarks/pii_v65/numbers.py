"""Phone numbers for the v65 set: drawn from prefixes with phonenumbers, written in fresh habits."""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# Local regions: (town, area code as in the national significant number).
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Savannah", "912"),
        ("Lexington", "859"),
        ("Albany", "518"),
        ("Reno", "775"),
        ("Eugene", "541"),
        ("Fresno", "559"),
        ("Dayton", "937"),
        ("Des Moines", "515"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Cardiff", "29"),
        ("Glasgow", "141"),
        ("Edinburgh", "131"),
        ("Norwich", "1603"),
        ("York", "1904"),
        ("Exeter", "1392"),
    ],
    "DE": [
        ("Kassel", "561"),
        ("Regensburg", "941"),
        ("Würzburg", "931"),
        ("Ulm", "731"),
        ("Bielefeld", "521"),
        ("Augsburg", "821"),
        ("Kiel", "431"),
        ("Erfurt", "361"),
        ("Potsdam", "331"),
        ("Heidelberg", "6221"),
    ],
    "NL": [
        ("Haarlem", "23"),
        ("Zwolle", "38"),
        ("Groningen", "50"),
        ("Arnhem", "26"),
        ("Nijmegen", "24"),
        ("Maastricht", "43"),
        ("Eindhoven", "40"),
        ("Tilburg", "13"),
        ("Delft", "15"),
        ("Alkmaar", "72"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Porto Alegre", "51"),
        ("Goiânia", "62"),
        ("Manaus", "92"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Natal", "84"),
        ("Vitória", "27"),
        ("São Luís", "98"),
        ("Londrina", "43"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Ahmedabad", "79"),
        ("Indore", "731"),
        ("Coimbatore", "422"),
        ("Hyderabad", "40"),
        ("Kolkata", "33"),
        ("Chandigarh", "172"),
    ],
}

# (prefixes, national significant number lengths) per region and type
SPEC = {
    ("US", "fixed"): (["402", "918", "614", "207", "505", "971", "615", "804"], [10]),
    ("US", "mobile"): (["415", "512", "617", "720", "919", "206"], [10]),
    ("US", "other"): (["800", "888", "877", "866", "855"], [10]),
    ("GB", "fixed"): (
        ["113", "114", "115", "117", "118", "121", "131", "141", "151", "161", "20", "29"],
        [10],
    ),
    ("GB", "mobile"): (["7400", "7500", "7700", "7800", "7900", "7956", "7723", "7482"], [10]),
    ("GB", "other"): (["800", "808"], [10]),
    ("DE", "fixed"): (["30", "40", "89", "221", "69", "711", "511", "351", "201"], [9, 10]),
    ("DE", "mobile"): (
        ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "178"],
        [10, 11],
    ),
    ("DE", "other"): (["800"], [10]),
    ("FR", "fixed"): (["1", "2", "3", "4", "5"], [9]),
    ("FR", "mobile"): (["6", "7"], [9]),
    ("FR", "other"): (["800", "805"], [9]),
    ("ES", "fixed"): (["91", "93", "95", "96", "94", "98"], [9]),
    ("ES", "mobile"): (["6", "71", "72"], [9]),
    ("ES", "other"): (["900", "800"], [9]),
    ("IT", "fixed"): (["02", "06", "011", "055", "081", "051"], [9, 10]),
    ("IT", "mobile"): (["320", "328", "333", "339", "347", "349", "366", "388"], [10]),
    ("IT", "other"): (["800", "803"], [9]),
    ("NL", "fixed"): (["20", "10", "30", "70", "40", "50", "53"], [9]),
    ("NL", "mobile"): (["6"], [9]),
    ("NL", "other"): (["800"], [7, 10]),
    ("PT", "fixed"): (["21", "22", "239", "253"], [9]),
    ("PT", "mobile"): (["91", "92", "93", "96"], [9]),
    ("PT", "other"): (["800"], [9]),
    ("BR", "fixed"): (["113", "213", "313", "413", "513", "613", "714", "812", "853"], [10]),
    ("BR", "mobile"): (["119", "219", "319", "419", "519", "619", "819", "859"], [11]),
    ("BR", "other"): (["800"], [10, 11]),
    ("IN", "fixed"): (["222", "112", "332", "442", "802", "402"], [10]),
    ("IN", "mobile"): (["98", "99", "97", "96", "94", "93", "90", "88", "70", "62"], [10]),
    ("IN", "other"): (["1800"], [11, 10]),
    ("AU", "fixed"): (["2", "3", "7", "8"], [9]),
    ("AU", "mobile"): (["4"], [9]),
    ("CH", "fixed"): (["21", "22", "31", "44", "61", "71"], [9]),
    ("CH", "mobile"): (["76", "77", "78", "79"], [9]),
    ("AT", "fixed"): (["1", "316", "512", "662", "732"], [8, 9, 10]),
    ("AT", "mobile"): (["664", "676", "699", "650", "660"], [10, 11]),
    ("BE", "fixed"): (["2", "3", "9", "4"], [8]),
    ("BE", "mobile"): (["470", "471", "472", "475", "477", "479", "484", "486", "495", "496"], [9]),
    ("IE", "fixed"): (["1", "21", "91", "61"], [8, 9]),
    ("IE", "mobile"): (["83", "85", "86", "87", "89"], [9]),
}
TRUNK = {
    "US": "1",
    "GB": "0",
    "DE": "0",
    "FR": "0",
    "ES": "",
    "IT": "",
    "NL": "0",
    "PT": "",
    "BR": "0",
    "IN": "0",
    "AU": "0",
    "CH": "0",
    "AT": "0",
    "BE": "0",
    "IE": "0",
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def _rand_digits(rng, n, first="23456789"):
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def draw(rng, region, kind, area=None):
    """A valid number of the wanted type: returns (PhoneNumber, nsn, prefix length used for grouping)."""
    prefixes, lengths = SPEC[(region, kind)] if area is None else ([area], None)
    for _ in range(2000):
        pre = rng.choice(prefixes)
        lens = lengths or (
            [10] if region in ("US", "GB", "IN", "BR") else [len(pre) + k for k in (5, 6, 7, 8)]
        )
        if region == "NL" and area is not None:
            lens = [9]
        nsn = pre + _rand_digits(rng, rng.choice(lens) - len(pre))
        if region == "IT" and kind == "fixed":
            nsn = pre + _rand_digits(rng, rng.choice(lens) - len(pre), "0123456789")
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in TYPES[kind]:
            continue
        if area is not None and pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, nsn
    raise RuntimeError(f"no number for {region} {kind} {area}")


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def cc(region):
    return str(pn.country_code_for_region(region))


def split(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return [g for g in out if g]


def _area_len(num, nsn, kind, region):
    if kind == "other":
        return 4 if region == "IN" else 3
    if kind == "fixed":
        n = pn.length_of_geographical_area_code(num)
        if n:
            return n
    return {
        "GB": 4,
        "DE": 3,
        "FR": 1,
        "ES": 3,
        "IT": 3,
        "NL": 1,
        "PT": 3,
        "BR": 2,
        "IN": 5,
        "AU": 3,
        "CH": 2,
        "AT": 3,
        "BE": 3,
        "IE": 2,
        "US": 3,
    }.get(region, 3)


def _sub_groups(sub, region):
    n = len(sub)
    if region == "US":
        return split(sub, [3, 4])
    if region in ("FR", "BE", "CH"):
        return split(sub, [2] * 5) if n % 2 == 0 else split(sub, [3] + [2] * 5)
    if region == "BR":
        return split(sub, [n - 4, 4])
    if n >= 7:
        return split(sub, [n - 4, 4])
    return split(sub, [3, 3]) if n == 6 else split(sub, [n])


# National habits (new in v65); tokens: t = trunk, a = area or mobile prefix, g = grouped subscriber.
NAT = {
    "US": ["{a}-{g}", "{a}.{g}", "({a}){g}", "{t}.{a}.{g}", "{t}-{a}-{g}"],
    "GB": ["{t}{a} {g}", "{t}{a}-{g}", "{t}{a} {s}"],
    "DE": ["{t}{a} {s}", "({t}{a}) {s}", "{t}{a}-{s}", "{t}{a} {g}"],
    "FR": ["{t}{a} {g}", "{t}{a}.{g}"],
    "ES": ["{a} {g}", "{a}{s}", "{a}-{g}"],
    "IT": ["{a} {g}", "{a} {s}", "{a}.{s}"],
    "NL": ["({t}{a}) {g}", "{t}{a} {g}", "{t}{a}{s}"],
    "PT": ["{a} {g}", "{a}{s}"],
    "BR": ["({a}) {g}", "({t}{a}) {g}", "{t}{a} {g}"],
    "IN": ["{t}{a} {g}", "({t}{a}) {s}", "{t}{a}-{s}"],
}
OTHER_FMT = {
    "US": ["{t}-{a}-{g}", "({a}) {g}", "{a}.{g}"],
    "GB": ["{t}{a} {s}", "{t}{a}-{s}"],
    "DE": ["{t}{a} {s}", "{t}{a}-{s}"],
    "FR": ["{t}{a} {g}", "{t}{a}.{g}"],
    "ES": ["{a} {g}", "{a}{s}"],
    "IT": ["{a} {g}", "{a}{s}"],
    "NL": ["{t}{a} {s}", "{t}{a}-{s}"],
    "PT": ["{a} {g}", "{a}{s}"],
    "BR": ["{t}{a} {g}", "{t}{a}-{s}"],
    "IN": ["{a} {g}", "{a}-{s}"],
}
INTL = ["+{c} {a} {g}", "+{c} (0){a} {g}", "+{c}-{a}-{g}", "+{c} {a}{s}", "+{c}.{a}.{g}", "+{c}{a}{s}"]
SEP = {
    "US": "-",
    "GB": " ",
    "DE": " ",
    "FR": " ",
    "ES": " ",
    "IT": " ",
    "NL": " ",
    "PT": " ",
    "BR": "-",
    "IN": " ",
    "AU": " ",
    "CH": " ",
    "AT": " ",
    "BE": " ",
    "IE": " ",
}


def write(rng, num, nsn, region, kind, intl=False):
    """A written form of the number that phonenumbers parses back to the same valid number."""
    al = _area_len(num, nsn, kind, region)
    a, sub = nsn[:al], nsn[al:]
    if kind == "mobile" and region == "BR":
        sub_g = sub[:5] + "-" + sub[5:]
    else:
        sub_g = SEP[region].join(_sub_groups(sub, region))
    forms = INTL if intl else (OTHER_FMT[region] if kind == "other" else NAT[region])
    t = TRUNK[region]
    for _ in range(30):
        tmpl = rng.choice(forms)
        if intl and "(0)" in tmpl and (t != "0" or region == "US"):
            continue
        if "{t}" in tmpl and not t:
            continue
        if (intl and region in ("BR", "IN") and "(0)" in tmpl) or (
            kind == "mobile" and region == "IN" and "(" in tmpl
        ):
            continue
        if region == "US" and "{t}" in tmpl and kind == "other":
            tmpl = "{t}-{a}-{g}"
        m = re.search(r"\{a\}\)?([-.])\{g\}", tmpl)
        g = sub_g.replace(SEP[region], m.group(1)) if m and region != "BR" else sub_g
        text = tmpl.format(t=t, a=a, g=g, s=sub, c=cc(region))
        back = pn.parse(text, region)
        if pn.is_valid_number(back) and e164(back) == e164(num):
            return text
    raise RuntimeError(f"no form for {nsn} {region}")


# Local (subscriber-only) habits, new in v65
LOCAL = {
    "US": [lambda s: s[:3] + "." + s[3:], lambda s: s[:3] + " - " + s[3:], lambda s: s[:3] + "-" + s[3:]],
    "GB": [
        lambda s: s[:-4] + "-" + s[-4:],
        lambda s: s[:-4] + " " + s[-4:] if len(s) == 8 else s[:3] + " " + s[3:],
    ],
    "DE": [
        lambda s: s[:-1] + "-" + s[-1:] if s.endswith("0") else s[:-2] + " " + s[-2:],
        lambda s: s[:-4] + "-" + s[-4:] if len(s) > 6 else s[:2] + "-" + s[2:],
        lambda s: s,
    ],
    "NL": [lambda s: s, lambda s: s[:2] + " " + s[2:4] + " " + s[4:] if len(s) == 7 else s[:2] + " " + s[2:]],
    "BR": [lambda s: s[:4] + " " + s[4:], lambda s: s[:4] + "." + s[4:]],
    "IN": [lambda s: s[:4] + "-" + s[4:] if len(s) == 8 else s[:3] + "-" + s[3:], lambda s: s],
}


def put_back(local, region, area):
    return TRUNK[region] + area + local if region != "US" else "1" + area + local


def local_number(rng, region, area):
    """A fixed line in the area; returns (e164, written local form)."""
    for _ in range(200):
        num, nsn = draw(rng, region, "fixed", area)
        sub = nsn[len(area) :]
        if region == "DE" and rng.random() < 0.35 and len(sub) <= 7:
            cand = nsn + "0"
            n2 = pn.parse("+49" + cand)
            if pn.is_valid_number(n2) and pn.number_type(n2) in FIXED:
                num, nsn, sub = n2, cand, cand[len(area) :]
        text = rng.choice(LOCAL[region])(sub)
        back = pn.parse(put_back(text, region, area), region)
        if pn.is_valid_number(back) and e164(back) == e164(num):
            return e164(num), text
    raise RuntimeError("no local number")
