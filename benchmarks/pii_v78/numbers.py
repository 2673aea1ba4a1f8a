"""Phone numbers for v78: drawn from prefixes, kept when phonenumbers says valid, written in fresh habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "NL": "31",
    "PT": "351",
    "BR": "55",
    "IN": "91",
    "AT": "43",
    "CH": "41",
    "BE": "32",
    "AU": "61",
    "IE": "353",
}

# towns and area codes of the six local regions (area code length is asserted against phonenumbers)
AREAS = {
    "US": [
        ("Asheville", "828"),
        ("Duluth", "218"),
        ("Savannah", "912"),
        ("Missoula", "406"),
        ("Burlington", "802"),
        ("Eugene", "541"),
        ("Ithaca", "607"),
        ("Fresno", "559"),
    ],
    "GB": [
        ("Norwich", "1603"),
        ("Cardiff", "29"),
        ("Leeds", "113"),
        ("Exeter", "1392"),
        ("Harrogate", "1423"),
        ("Shrewsbury", "1743"),
        ("Canterbury", "1227"),
        ("Sheffield", "114"),
    ],
    "DE": [
        ("Göttingen", "551"),
        ("Bamberg", "951"),
        ("Lüneburg", "4131"),
        ("Kassel", "561"),
        ("Ulm", "731"),
        ("Erfurt", "361"),
        ("Potsdam", "331"),
        ("Bielefeld", "521"),
    ],
    "NL": [
        ("Haarlem", "23"),
        ("Zwolle", "38"),
        ("Deventer", "570"),
        ("Alkmaar", "72"),
        ("Nijmegen", "24"),
        ("Wageningen", "317"),
        ("Amersfoort", "33"),
        ("Hoorn", "229"),
    ],
    "BR": [
        ("Campinas", "19"),
        ("Florianópolis", "48"),
        ("Goiânia", "62"),
        ("Londrina", "43"),
        ("Porto Alegre", "51"),
        ("Vitória", "27"),
        ("Natal", "84"),
        ("Cuiabá", "65"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Mysuru", "821"),
        ("Dehradun", "135"),
    ],
}
NSN_LEN = {"US": 10, "GB": 10, "NL": 9, "BR": 10, "IN": 10}

# (prefix choices, national significant number lengths) per region and kind
PREFIX = {
    ("US", "mobile"): (["917", "646", "415", "303", "503", "615"], [10]),
    ("US", "fixed"): (["312", "617", "206", "512", "414"], [10]),
    ("US", "other"): (["800", "888", "877", "866"], [10]),
    ("GB", "mobile"): (["74", "75", "77", "78", "79"], [10]),
    ("GB", "fixed"): (["1223", "1865", "121", "117", "131"], [10]),
    ("GB", "other"): (["800", "808"], [10]),
    ("DE", "mobile"): (["151", "160", "162", "170", "171", "172", "175", "176", "177", "179"], [11, 10]),
    ("DE", "fixed"): (["30", "40", "89", "221", "711", "761"], [10, 11]),
    ("DE", "other"): (["800"], [10]),
    ("FR", "mobile"): (["6", "7"], [9]),
    ("FR", "fixed"): (["1", "2", "3", "4", "5"], [9]),
    ("FR", "other"): (["800", "805"], [9]),
    ("ES", "mobile"): (["6"], [9]),
    ("ES", "fixed"): (["91", "93", "95", "96", "98"], [9]),
    ("ES", "other"): (["900"], [9]),
    ("IT", "mobile"): (["333", "347", "320", "339", "348"], [10]),
    ("IT", "fixed"): (["06", "02", "055", "011", "051"], [10]),
    ("IT", "other"): (["800"], [9]),
    ("NL", "mobile"): (["6"], [9]),
    ("NL", "fixed"): (["10", "20", "30", "50", "40"], [9]),
    ("NL", "other"): (["800"], [7]),
    ("PT", "mobile"): (["91", "92", "93", "96"], [9]),
    ("PT", "fixed"): (["21", "22", "239", "253"], [9]),
    ("PT", "other"): (["800"], [9]),
    ("BR", "mobile"): (["119", "219", "419", "319", "719"], [11]),
    ("BR", "fixed"): (["113", "213", "413", "313", "713"], [10]),
    ("BR", "other"): (["800"], [10]),
    ("IN", "mobile"): (["98", "97", "99", "88", "70", "63"], [10]),
    ("IN", "fixed"): (["112", "222", "442", "802"], [10]),
    ("IN", "other"): (["1800"], [11]),
    ("AT", "fixed"): (["1", "512", "316", "662"], [10, 11]),
    ("AT", "mobile"): (["664", "676", "699"], [10, 11]),
    ("CH", "fixed"): (["44", "31", "61", "21"], [9]),
    ("CH", "mobile"): (["79", "78", "76"], [9]),
    ("BE", "fixed"): (["2", "3", "9"], [8]),
    ("BE", "mobile"): (["47", "48", "49"], [9]),
    ("AU", "fixed"): (["2", "3", "7", "8"], [9]),
    ("AU", "mobile"): (["4"], [9]),
    ("IE", "fixed"): (["1", "21", "91"], [8, 9]),
    ("IE", "mobile"): (["85", "86", "87"], [9]),
}
TYPES = {
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "other": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}


def _digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1)) if n > 0 else ""


def draw(rng, region, kind):
    """Return a valid NSN (string of digits) of region and kind."""
    prefixes, lengths = PREFIX[(region, kind)]
    for _ in range(500):
        pre = rng.choice(prefixes)
        nsn = pre + _digits(rng, rng.choice(lengths) - len(pre), "23456789")
        num = pn.parse("+" + CC[region] + nsn)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in TYPES[kind]
            and pn.region_code_for_number(num) == region
        ):
            return nsn
    raise RuntimeError((region, kind))


def draw_local(rng, region, area, sub_len=None, last=None):
    """A fixed line in the area; returns (nsn, subscriber)."""
    for _ in range(500):
        n = NSN_LEN.get(region) or rng.choice([10, 11])
        if sub_len:
            n = len(area) + sub_len
        sub = _digits(rng, n - len(area), "2345" if region in ("BR", "IN") else "23456789")
        if last is not None:
            sub = sub[:-1] + last
        num = pn.parse("+" + CC[region] + area + sub)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in TYPES["fixed"]
            and pn.region_code_for_number(num) == region
            and pn.length_of_geographical_area_code(num) == len(area)
        ):
            return area + sub, sub
    raise RuntimeError((region, area))


def e164(region, nsn):
    return "+" + CC[region] + nsn


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _pairs_right(s):
    parts = []
    while len(s) > 2:
        parts.insert(0, s[-2:])
        s = s[:-2]
    parts.insert(0, s)
    return " ".join(parts)


def intl(rng, region, nsn):
    """International forms: phonenumbers' grouping, with the (0) habit or dashes, or regional spacing."""
    num = pn.parse("+" + CC[region] + nsn)
    base = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    cc, rest = base.split(" ", 1)
    forms = [base]
    if region not in ("US", "IT", "ES", "PT", "BR"):
        forms.append(cc + " (0)" + rest)
    if region == "US":
        forms = ["+1-" + rest, "+1." + rest.replace(" ", ".", 1).replace("-", ".")]
    if region == "FR":
        forms.append(cc + " " + nsn[0] + " " + _g(nsn[1:], [2, 2, 2, 2]))
    if region == "IT":
        forms.append(cc + " " + nsn[:3] + "." + nsn[3:])
    if region == "BR":
        forms.append(cc + " " + nsn[:2] + " " + nsn[2:-4] + "-" + nsn[-4:])
    if region == "IN":
        forms.append(cc + " " + _g(nsn, [5, 5]) if nsn[0] in "6789" else cc + " " + rest.replace(" ", "-"))
    return rng.choice(forms)


def national(rng, region, kind, nsn):
    """Fresh national habits per region and kind."""
    n = nsn
    f = []
    if region == "US":
        f = [_g(n, [3, 3], "."), "(%s)%s-%s" % (n[:3], n[3:6], n[6:]), _g(n, [3, 3], "-")]
        if kind == "other":
            f += ["1." + _g(n, [3, 3], "."), "1-%s-%s-%s" % (n[:3], n[3:6], n[6:])]
    elif region == "GB":
        num = pn.parse("+44" + n)
        std = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
        f = [std, std.replace(" ", "-")]
        if kind == "mobile":
            f += ["0" + _g(n, [3, 3]), "0%s-%s-%s" % (n[:4], n[4:7], n[7:])]
    elif region == "DE":
        p = 3 if kind == "mobile" else (2 if n[:2] in ("30", "40", "89") else 3)
        if kind == "other":
            p = 3
        a, s = n[:p], n[p:]
        f = ["0%s %s" % (a, s), "(0%s) %s" % (a, s), "0%s-%s" % (a, s)]
        if kind == "mobile":
            f.append("(0%s) %s" % (a, _g(s, [3, 3])))
        if kind == "other":
            f = ["0800 %s %s" % (s[:3], s[3:]), "0800-" + s]
    elif region == "FR":
        f = [_g("0" + n, [2, 2, 2, 2], "."), _g("0" + n, [2, 2, 2, 2]), "0" + n]
        if kind == "other":
            f = ["0%s %s" % (n[:3], _g(n[3:], [2, 2])), _g("0" + n, [2, 2, 2, 2])]
    elif region == "ES":
        if kind == "mobile":
            f = [n, _g(n, [3, 3], "-"), _g(n, [3, 2, 2], ".")]
        elif kind == "other":
            f = [_g(n, [3, 3])]
        else:
            f = [n, _g(n, [3, 3]), _g(n, [3, 2, 2], "-")]
    elif region == "IT":
        if kind == "mobile":
            f = [_g(n, [3, 3]), n[:3] + "." + n[3:], _g(n, [3, 3], ".")]
        elif kind == "other":
            f = [_g(n, [3, 3]), _g(n, [3, 3], ".")]
        else:
            a = n[:2] if n[:2] in ("06", "02") else n[:3]
            s = n[len(a) :]
            f = [a + " " + _g(s, [4]), a + "." + _g(s, [4], "."), a + " " + s]
    elif region == "NL":
        if kind == "mobile":
            f = ["06 " + _g(n[1:], [2, 2, 2]), "06 " + _g(n[1:], [3, 3]), "06 " + _g(n[1:], [4])]
        elif kind == "other":
            f = ["0800 " + n[3:], "0800-" + n[3:]]
        else:
            a, s = n[:2], n[2:]
            f = ["0%s %s" % (a, _g(s, [3])), "(0%s) %s" % (a, s), "0%s %s" % (a, _g(s, [3, 2]))]
    elif region == "PT":
        f = [_g(n, [3, 3]), n]
    elif region == "BR":
        a, s = n[:2], n[2:]
        if kind == "mobile":
            f = ["(%s) %s-%s" % (a, s[:5], s[5:]), "(%s)%s-%s" % (a, s[:5], s[5:]), "%s %s" % (a, s)]
        elif kind == "other":
            f = ["0" + _g(n, [3, 3]), "0" + n]
        else:
            f = ["(%s) %s.%s" % (a, s[:4], s[4:]), "%s %s" % (a, s), "(%s) %s %s" % (a, s[:4], s[4:])]
    elif region == "IN":
        if kind == "mobile":
            f = [_g(n, [5]), n, "0" + n]
        elif kind == "other":
            f = [n[:4] + " " + n[4:], n]
        else:
            num = pn.parse("+91" + n)
            al = pn.length_of_geographical_area_code(num)
            a, s = n[:al], n[al:]
            f = ["(0%s) %s" % (a, s), "0%s-%s" % (a, s), "0%s %s" % (a, _g(s, [len(s) - 4]))]
    return rng.choice(f)


def local(rng, region, sub):
    """Subscriber-only forms: one habit per region and length, new against v52."""
    s = sub
    if region == "US":
        f = [s[:3] + "." + s[3:], s]
    elif region == "GB":
        if len(s) == 7:
            f = [s[:3] + "-" + s[3:], s[:3] + " " + s[3:]]
        elif len(s) == 8:
            f = [s[:4] + "-" + s[4:]]
        else:
            f = [s[:3] + " " + s[3:]]
    elif region == "DE":
        f = [s[:-1] + "-" + s[-1]] if s.endswith("0") else [_pairs_right(s), s]
    elif region == "NL":
        f = (
            [s[:3] + " " + s[3:], s[:3] + "-" + s[3:]]
            if len(s) == 7
            else [_g(s, [2, 2]), s[:3] + " " + s[3:]]
        )
    elif region == "BR":
        f = [s[:4] + "." + s[4:], s]
    else:
        f = [s[:-4] + "-" + s[-4:], s]
    return rng.choice(f)


def put_back(region, text, area_len, area):
    """Local form with its trunk prefix and area code put back, as written nationally."""
    trunk = "" if region in ("US", "BR") else "0"
    if region == "BR":
        return area + " " + text
    if region == "US":
        return "(%s) %s" % (area, text)
    return trunk + area + " " + text


def parses_to(text, region, want):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == want
