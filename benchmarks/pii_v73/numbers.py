"""Phone numbers: drawing valid numbers with phonenumbers and writing them the way people do."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
FREE = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# local regions: (town, area code without trunk prefix, subscriber length)
AREAS = {
    "US": [
        ("Sarasota", "941", 7),
        ("Asheville", "828", 7),
        ("Scottsdale", "480", 7),
        ("Fort Myers", "239", 7),
        ("Dayton", "937", 7),
        ("Albuquerque", "505", 7),
        ("Green Bay", "920", 7),
        ("Tulsa", "918", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Sheffield", "114", 7),
        ("Leicester", "116", 7),
        ("Edinburgh", "131", 7),
        ("Bournemouth", "1202", 6),
        ("Exeter", "1392", 6),
        ("Brighton", "1273", 6),
        ("York", "1904", 6),
    ],
    "DE": [
        ("Lübeck", "451", 7),
        ("Bamberg", "951", 7),
        ("Göttingen", "551", 7),
        ("Kassel", "561", 7),
        ("Regensburg", "941", 7),
        ("Bielefeld", "521", 7),
        ("Oldenburg", "441", 7),
        ("Trier", "651", 6),
    ],
    "NL": [
        ("Zwolle", "38", 7),
        ("Haarlem", "23", 7),
        ("Arnhem", "26", 7),
        ("Maastricht", "43", 7),
        ("Apeldoorn", "55", 7),
        ("Deventer", "570", 6),
        ("Nijmegen", "24", 7),
        ("Enschede", "53", 7),
    ],
    "BR": [
        ("Porto Alegre", "51", 8),
        ("Recife", "81", 8),
        ("Florianópolis", "48", 8),
        ("Campinas", "19", 8),
        ("Goiânia", "62", 8),
        ("Natal", "84", 8),
        ("Manaus", "92", 8),
        ("Vitória", "27", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Kolkata", "33", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Ahmedabad", "79", 8),
        ("Hyderabad", "40", 8),
        ("Kochi", "484", 7),
        ("Chandigarh", "172", 7),
    ],
}
SUB_FIRST = {"US": "23456789", "GB": "2345678", "DE": "2345678", "NL": "2345678", "BR": "2345", "IN": "2"}

# national-significant-number prefixes and lengths for drawing non-local numbers
DRAW = {
    ("US", "fixed"): (["212", "305", "415", "617", "702", "813", "919", "503"], 10),
    ("US", "mobile"): (["206", "404", "512", "720"], 10),
    ("US", "free"): (["800", "888", "877", "866"], 10),
    ("GB", "fixed"): (["20", "161", "117", "1224", "1865", "29"], 10),
    ("GB", "mobile"): (["74", "75", "77", "78", "79"], 10),
    ("GB", "free"): (["800", "808"], 10),
    ("DE", "fixed"): (["30", "40", "89", "221", "711", "69"], 10),
    ("DE", "mobile"): (["151", "160", "170", "171", "176"], 11),
    ("DE", "free"): (["800"], 10),
    ("FR", "fixed"): (["1", "2", "3", "4", "5"], 9),
    ("FR", "mobile"): (["6", "7"], 9),
    ("FR", "free"): (["800", "805"], 9),
    ("ES", "fixed"): (["91", "93", "95", "96", "98"], 9),
    ("ES", "mobile"): (["6"], 9),
    ("ES", "free"): (["900"], 9),
    ("IT", "fixed"): (["02", "06", "011", "055", "081"], 10),
    ("IT", "mobile"): (["32", "33", "34", "35", "38"], 10),
    ("IT", "free"): (["800"], 9),
    ("NL", "fixed"): (["20", "10", "30", "70", "40"], 9),
    ("NL", "mobile"): (["6"], 9),
    ("NL", "free"): (["800"], 10),
    ("PT", "fixed"): (["21", "22", "239", "253"], 9),
    ("PT", "mobile"): (["91", "92", "93", "96"], 9),
    ("PT", "free"): (["800"], 9),
    ("BR", "fixed"): (["11", "21", "31", "41", "61"], 10),
    ("BR", "mobile"): (["119", "219", "319", "419", "619"], 11),
    ("BR", "free"): (["800"], 10),
    ("IN", "fixed"): (["11", "22", "44", "80"], 10),
    ("IN", "mobile"): (["98", "97", "94", "88", "70"], 10),
    ("IN", "free"): (["1800"], 11),
    ("AT", "fixed"): (["1", "316", "512"], 9),
    ("AT", "mobile"): (["664", "676", "699"], 10),
    ("CH", "fixed"): (["44", "31", "61", "21", "22"], 9),
    ("CH", "mobile"): (["76", "78", "79"], 9),
    ("BE", "fixed"): (["2", "3", "9", "4"], 8),
    ("BE", "mobile"): (["47", "48", "49"], 9),
    ("AU", "fixed"): (["2", "3", "7", "8"], 9),
    ("AU", "mobile"): (["4"], 9),
    ("IE", "fixed"): (["1"], 8),
    ("IE", "mobile"): (["83", "85", "86", "87"], 9),
}
WANT = {"fixed": FIXED, "mobile": MOBILE, "free": FREE}


def draw(rng, region, kind):
    """A valid national significant number of the wanted type."""
    prefixes, length = DRAW[(region, kind)]
    for _ in range(500):
        pre = rng.choice(prefixes)
        body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if body[len(pre)] == "0" or body[len(pre)] == "1":
            continue
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), body))
        if pn.is_valid_number(num) and pn.number_type(num) in WANT[kind]:
            if region == "IT" and kind != "free" and pn.region_code_for_number(num) != "IT":
                continue
            return body
    raise RuntimeError((region, kind))


def draw_local(rng, region, area, sublen):
    for _ in range(500):
        sub = rng.choice(SUB_FIRST[region]) + "".join(rng.choice("0123456789") for _ in range(sublen - 1))
        num = pn.parse("+%d%s%s" % (pn.country_code_for_region(region), area, sub))
        if pn.is_valid_number(num) and pn.number_type(num) in FIXED:
            assert pn.length_of_geographical_area_code(num) == len(area), (region, area)
            return sub
    raise RuntimeError((region, area))


def e164(region, nsn):
    return "+%d%s" % (pn.country_code_for_region(region), nsn)


def trunk(region):
    return {"US": "1", "BR": "0", "IT": "", "ES": "", "PT": "", "AU": "0"}.get(region, "0")


def put_back(region, text, area):
    """The dialable national form of a subscriber-only number, to parse back."""
    return trunk(region) + area + text if region != "US" else area + text


def g(s, *sizes):
    """Split s into groups of the given sizes (the last group takes the rest)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _groups(region, nsn):
    num = pn.parse(e164(region, nsn))
    nat = [
        x
        for x in pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
        .replace("(", " ")
        .replace(")", " ")
        .replace("-", " ")
        .split()
    ]
    intl = (
        pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL).split(" ", 1)[1].replace("-", " ").split()
    )
    return nat, intl, "+%d" % num.country_code


def _sp(gs):
    return " ".join(gs)


# national styles per region, each f(nat, intl, kind) -> text; None where the style does not apply
NATIONAL = {
    "US": [
        lambda n, i, k: "-".join(n),
        lambda n, i, k: "(%s)%s-%s" % tuple(n),
        lambda n, i, k: ".".join(n),
        lambda n, i, k: "1-" + "-".join(n),
    ],
    "GB": [
        lambda n, i, k: _sp(n),
        lambda n, i, k: n[0] + "-" + " ".join(n[1:]) if k == "mobile" else None,
        lambda n, i, k: "(%s) %s" % (n[0], _sp(n[1:])) if len(n[0]) == 3 else None,
    ],
    "DE": [
        lambda n, i, k: "(%s) %s" % (n[0], _sp(n[1:])),
        lambda n, i, k: n[0] + "-" + "".join(n[1:]),
        lambda n, i, k: n[0] + " " + "".join(n[1:])[:4] + " " + "".join(n[1:])[4:],
    ],
    "FR": [lambda n, i, k: _sp(n), lambda n, i, k: ".".join(n)],
    "ES": [
        lambda n, i, k: _sp(n),
        lambda n, i, k: "".join(n)[:3] + " " + "".join(n)[3:6] + " " + "".join(n)[6:],
        lambda n, i, k: (
            "".join(n)[:3] + "-" + "".join(n)[3:6] + "-" + "".join(n)[6:] if k == "mobile" else None
        ),
    ],
    "IT": [
        lambda n, i, k: _sp(n),
        lambda n, i, k: "(%s) %s" % (n[0], "".join(n[1:])) if k == "fixed" else None,
        lambda n, i, k: n[0] + "." + "".join(n[1:]) if k == "mobile" else None,
    ],
    "NL": [
        lambda n, i, k: _sp(n),
        lambda n, i, k: "(%s) %s" % (n[0], _sp(n[1:])) if k == "fixed" else None,
        lambda n, i, k: "06-" + "".join(n[1:])[:4] + " " + "".join(n[1:])[4:] if k == "mobile" else None,
    ],
    "PT": [lambda n, i, k: _sp(n), lambda n, i, k: "".join(n)],
    "BR": [
        lambda n, i, k: "%s %s" % (n[0], _sp(n[1:]).replace("-", " ")),
        lambda n, i, k: "(%s) %s" % (n[0], "".join(n[1:])[:-4] + " " + "".join(n[1:])[-4:]),
    ],
    "IN": [
        lambda n, i, k: _sp(n),
        lambda n, i, k: "(%s) %s" % (n[0], "".join(n[1:])) if k == "fixed" else None,
        lambda n, i, k: "".join(n)[1:6] + " " + "".join(n)[6:] if k == "mobile" else None,
    ],
}
INTL = {
    "US": [lambda n, i, c: "+1-" + "-".join(n), lambda n, i, c: "+1 %s-%s-%s" % tuple(n)],
    "GB": [lambda n, i, c: "%s (0)%s" % (c, _sp(i)), lambda n, i, c: "%s (0) %s" % (c, _sp(i))],
    "DE": [lambda n, i, c: "%s (0)%s" % (c, _sp(i)), lambda n, i, c: "%s %s %s" % (c, i[0], "".join(i[1:]))],
    "FR": [lambda n, i, c: "%s (0)%s" % (c, _sp(i)), lambda n, i, c: "%s %s" % (c, _sp(i))],
    "ES": [lambda n, i, c: "%s %s" % (c, _sp(i)), lambda n, i, c: "%s %s" % (c, "".join(i))],
    "IT": [lambda n, i, c: "%s %s" % (c, _sp(i)), lambda n, i, c: "%s %s" % (c, "".join(i))],
    "NL": [lambda n, i, c: "%s (0)%s" % (c, _sp(i)), lambda n, i, c: "%s %s" % (c, _sp(i))],
    "PT": [lambda n, i, c: "%s %s" % (c, _sp(i))],
    "BR": [
        lambda n, i, c: "%s %s" % (c, _sp(i).replace("-", " ")),
        lambda n, i, c: "%s %s" % (c, "-".join(i)),
    ],
    "IN": [lambda n, i, c: "%s %s" % (c, _sp(i)), lambda n, i, c: "%s-%s" % (c, "".join(i))],
    "AT": [lambda n, i, c: "%s (0)%s" % (c, _sp(i))],
    "CH": [lambda n, i, c: "%s (0)%s" % (c, _sp(i)), lambda n, i, c: "%s %s" % (c, _sp(i))],
    "BE": [lambda n, i, c: "%s (0)%s" % (c, _sp(i))],
    "AU": [lambda n, i, c: "%s %s" % (c, _sp(i)), lambda n, i, c: "%s (0)%s" % (c, _sp(i))],
    "IE": [lambda n, i, c: "%s (0)%s" % (c, _sp(i))],
}


def national(rng, region, nsn, kind):
    nat, intl, cc = _groups(region, nsn)
    opts = [s for s in (f(nat, intl, kind) for f in NATIONAL[region]) if s]
    return rng.choice(opts)


def international(rng, region, nsn):
    nat, intl, cc = _groups(region, nsn)
    return rng.choice(INTL[region])(nat, intl, cc)


def free_text(rng, region, nsn):
    nat, intl, cc = _groups(region, nsn)
    d = "".join(nat)
    forms = {
        "US": [d[:3] + "-" + d[3:6] + "-" + d[6:], "1 " + d[:3] + " " + d[3:6] + " " + d[6:]],
        "GB": [_sp(nat), d[:4] + "-" + d[4:7] + "-" + d[7:]],
        "DE": [d[:4] + " " + d[4:7] + " " + d[7:]],
        "FR": [" ".join([d[:2], d[2:4], d[4:6], d[6:8], d[8:]])],
        "ES": [d[:3] + " " + d[3:6] + " " + d[6:]],
        "IT": [d[:3] + " " + d[3:6] + " " + d[6:]],
        "NL": [d[:4] + "-" + d[4:7] + " " + d[7:]],
        "PT": [d[:3] + " " + d[3:6] + " " + d[6:]],
        "BR": [d[:4] + " " + d[4:7] + " " + d[7:]],
        "IN": [d[:4] + " " + d[4:]],
    }
    return rng.choice(forms[region])


def local_text(rng, region, sub):
    n = len(sub)
    forms = {
        "US": [sub[:3] + "." + sub[3:], sub[:3] + "\u2013" + sub[3:]],
        "GB": [sub[:3] + " " + sub[3:]] if n == 7 else [sub, sub[:3] + " " + sub[3:]],
        "DE": [
            sub[0] + " " + sub[1:3] + " " + sub[3:5] + " " + sub[5:],
            sub[:3] + " " + sub[3:5] + " " + sub[5:],
        ]
        if n == 7
        else [sub[:3] + " " + sub[3:], sub],
        "NL": [sub[:3] + " " + sub[3:], sub] if n == 7 else [sub[:3] + " " + sub[3:]],
        "BR": [sub[:4] + " " + sub[4:], sub[:4] + "." + sub[4:]],
        "IN": [sub, sub[:4] + "-" + sub[4:]] if n == 8 else [sub[:3] + " " + sub[3:], sub],
    }
    return rng.choice(forms[region])
