"""Phone numbers: towns and area codes, drawing valid numbers, and the writing habits of v49."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "NL": "31",
    "BR": "55",
    "IN": "91",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "PT": "351",
    "AU": "61",
    "IE": "353",
    "AT": "43",
    "CH": "41",
    "BE": "32",
}

# Towns whose fixed lines are written subscriber-only (local-announced): (town, area code)
AREAS = {
    "US": [
        ("Toledo", "419"),
        ("Tulsa", "918"),
        ("Spokane", "509"),
        ("Fresno", "559"),
        ("Omaha", "402"),
        ("Knoxville", "865"),
        ("Boise", "208"),
        ("Savannah", "912"),
        ("Wichita", "316"),
        ("Albany", "518"),
    ],
    "GB": [
        ("Cardiff", "29"),
        ("Southampton", "23"),
        ("Coventry", "24"),
        ("Belfast", "28"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leeds", "113"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
    ],
    "DE": [
        ("Kassel", "561"),
        ("Rostock", "381"),
        ("Freiburg", "761"),
        ("Osnabrück", "541"),
        ("Würzburg", "931"),
        ("Passau", "851"),
        ("Koblenz", "261"),
        ("Erfurt", "361"),
        ("Ulm", "731"),
    ],
    "NL": [
        ("Zwolle", "38"),
        ("Leeuwarden", "58"),
        ("Arnhem", "26"),
        ("Haarlem", "23"),
        ("Enschede", "53"),
        ("Alkmaar", "72"),
        ("Dordrecht", "78"),
        ("Deventer", "570"),
        ("Middelburg", "118"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Porto Alegre", "51"),
        ("Salvador", "71"),
        ("Fortaleza", "85"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Natal", "84"),
        ("Campinas", "19"),
        ("Vitória", "27"),
    ],
    "IN": [
        ("Lucknow", "522"),
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Nagpur", "712"),
        ("Kochi", "484"),
        ("Indore", "731"),
        ("Varanasi", "542"),
        ("Guwahati", "361"),
        ("Dehradun", "135"),
    ],
}
NSN_LEN = {"US": 10, "BR": 10, "IN": 10}


def _sub_len(region, area):
    if region == "GB":
        return 10 - len(area)
    if region == "DE":
        return 7 if len(area) == 3 else 6
    if region == "NL":
        return 9 - len(area)
    return NSN_LEN[region] - len(area)


def parse_ok(text, region, e164):
    try:
        n = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n) and pn.format_number(n, pn.PhoneNumberFormat.E164) == e164


def draw_local(rng, region, area):
    """A fixed line in the given area: returns (nsn, subscriber)."""
    n_sub = _sub_len(region, area)
    for _ in range(500):
        first = rng.choice("2345678") if region != "BR" else rng.choice("2345")
        sub = first + "".join(rng.choice("0123456789") for _ in range(n_sub - 1))
        num = pn.parse("+" + CC[region] + area + sub)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE):
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return area + sub, sub
    raise RuntimeError((region, area))


def draw(rng, region, ntype):
    """Any valid number of the given type: returns the national significant number."""
    ex = pn.example_number_for_type(region, ntype)
    nsn = pn.national_significant_number(ex)
    keep = {T.MOBILE: 2, T.FIXED_LINE: 2}.get(ntype, len(nsn) - 6)
    if region in ("FR", "PT", "ES"):
        keep = min(keep, 2) if ntype in (T.MOBILE, T.FIXED_LINE) else keep
    for _ in range(2000):
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        num = pn.parse("+" + CC[region] + cand)
        ok = {ntype, T.FIXED_LINE_OR_MOBILE} if ntype in (T.FIXED_LINE, T.MOBILE) else {ntype}
        if pn.is_valid_number(num) and pn.number_type(num) in ok and pn.region_code_for_number(num) == region:
            return cand
    return nsn


def area_len(region, nsn):
    return pn.length_of_geographical_area_code(pn.parse("+" + CC[region] + nsn))


def e164(region, nsn):
    return "+" + CC[region] + nsn
