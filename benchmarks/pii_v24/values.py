"""Values for the v24 held-out set: phone numbers (made and checked with phonenumbers), cards, IBANs,
e-mails, IPs and SSNs. Every generator takes a random.Random and returns plain data."""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
OWN_INTL_ONLY = {"AT": "DE", "CH": "DE", "BE": "FR", "AU": "GB", "IE": "GB"}
NEIGHBOUR = {
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_CH": "FR",
    "fr_BE": "FR",
    "nl_BE": "NL",
    "en_AU": "GB",
    "en_IE": "GB",
}
ALL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN", "FR", "ES", "IT", "CH", "AU", "AT", "BE", "IE")
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.PREMIUM_RATE, T.UAN)


def digits(s):
    return re.sub(r"\D", "", s)


AREAS = {
    "US": "212 312 415 617 713 206 303 404 503 602 612 614 702 305 919 513 816 410 215 971",
    "GB": "20 121 131 141 161 113 117 114 1223 1865 151 118 1273 1904 1392 29 28",
    "DE": "30 40 89 221 69 711 211 351 341 511 911 421 761 6221 7071 4321 228 231",
    "NL": "20 10 70 30 40 50 24 26 43 58 71 73 13 35 53",
    "BR": "11 21 31 41 51 61 71 81 85 19 48 62 27 91",
    "IN": "11 22 33 44 80 40 20 79 141 484 471 522 172 712",
    "FR": "1 2 3 4 5",
    "ES": "91 93 96 95 94 98 97",
    "IT": "02 06 011 055 081 051 041 010 045",
    "CH": "21 22 31 44 61 71 41 52",
    "AT": "1 316 512 662 732 463 2742",
    "BE": "2 3 9 4 16 50 10 81",
    "AU": "2 3 7 8",
    "IE": "1 21 91 61 51 57",
}
MOBILE = {
    "GB": "77 78 79 74 75",
    "DE": "151 160 170 171 176 157 152 162",
    "NL": "6",
    "BR": "",
    "IN": "98 99 97 94 93 90 88 87 70 63",
    "FR": "6 7",
    "ES": "6 7",
    "IT": "3",
    "CH": "76 77 78 79",
    "AT": "664 676 699 650 660",
    "BE": "47 48 49",
    "AU": "4",
    "IE": "83 85 86 87 89",
    "US": "",
}


def _from_prefix(rng, region, prefixes, types, need_area=False):
    cc = pn.country_code_for_region(region)
    for _ in range(3000):
        pre = rng.choice(prefixes)
        if region == "BR" and T.MOBILE in types:
            pre = pre + "9"
        total = rng.randint(max(len(pre) + 4, 6), 11)
        cand = pre + "".join(rng.choice("0123456789") for _ in range(total - len(pre)))
        num = pn.parse("+%d%s" % (cc, cand), None)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in types:
            continue
        if need_area:
            alen = pn.length_of_geographical_area_code(num)
            if alen <= 0 or alen > 4 or total - alen < 5 or cand[alen] in "01":
                continue
        return num
    raise RuntimeError("no number for " + region)


def _random_number(rng, region, types, need_area=False):
    if T.MOBILE in types and MOBILE.get(region):
        return _from_prefix(rng, region, MOBILE[region].split(), types, need_area)
    if T.MOBILE in types and region == "BR":
        return _from_prefix(rng, region, AREAS[region].split(), types, need_area)
    if T.FIXED_LINE in types or T.FIXED_LINE_OR_MOBILE in types:
        return _from_prefix(rng, region, AREAS[region].split(), types, need_area)
    examples = [pn.example_number_for_type(region, t) for t in types]
    examples = [e for e in examples if e is not None]
    for _ in range(4000):
        ex = rng.choice(examples)
        nsn = pn.national_significant_number(ex)
        keep = min(rng.choice((2, 3, 4)), len(nsn) - 4)
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        num = pn.parse("+" + str(ex.country_code) + cand, None)
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in types
        ):
            return num
    raise RuntimeError("no number for " + region)


def e164(num):
    return pn.format_number(num, F.E164)


def personal_number(rng, region, mobile_share=0.45):
    if region == "US":
        types = (T.FIXED_LINE_OR_MOBILE, T.FIXED_LINE, T.MOBILE)
    elif rng.random() < mobile_share:
        types = (T.MOBILE,) if region == "BR" else (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
    else:
        types = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
    return _random_number(rng, region, types)


def local_number(rng, region):
    if region == "US":
        types = (T.FIXED_LINE_OR_MOBILE, T.FIXED_LINE)
    elif region == "BR" and rng.random() < 0.5:
        types = (T.MOBILE,)
    else:
        types = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
    return _random_number(rng, region, types, need_area=True)


SERVICE_WEIGHTS = ((T.TOLL_FREE, 6), (T.SHARED_COST, 3), (T.PREMIUM_RATE, 1), (T.UAN, 2))


def service_number(rng, region):
    types = []
    for t, w in SERVICE_WEIGHTS:
        if pn.example_number_for_type(region, t) is not None and not (
            region in ("GB", "IN") and t in (T.UAN, T.PREMIUM_RATE)
        ):
            types += [t] * w
    t = rng.choice(types)
    return _random_number(rng, region, (t,))


def _regroup(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def national_styles(num):
    """Candidate national spellings as (style, text); the caller keeps those that parse back."""
    region = pn.region_code_for_number(num)
    nat = pn.format_number(num, F.NATIONAL)
    nsn = pn.national_significant_number(num)
    alen = pn.length_of_geographical_area_code(num)
    out = [("pn_national", nat)]
    if region == "FR":
        nat = nat.replace("0 8", "08", 1)
        out = [("pn_national", nat), ("fr_dots", nat.replace(" ", ".")), ("fr_compact", "0" + nsn)]
    elif region == "US":
        out += [
            ("us_dots", nsn[:3] + "." + nsn[3:6] + "." + nsn[6:]),
            ("us_dashes", nsn[:3] + "-" + nsn[3:6] + "-" + nsn[6:]),
            ("us_paren_tight", "(" + nsn[:3] + ")" + nsn[3:6] + "-" + nsn[6:]),
            ("us_one_dash", "1-" + nsn[:3] + "-" + nsn[3:6] + "-" + nsn[6:]),
        ]
    elif region == "BR":
        rest = nsn[2:]
        out += [
            ("br_no_paren", nsn[:2] + " " + rest[:-4] + "-" + rest[-4:]),
            ("br_zero_area", "(0" + nsn[:2] + ") " + rest[:-4] + " " + rest[-4:]),
        ]
    elif region == "IN":
        out += [
            ("in_hyphen_std", "0" + nsn[:alen] + "-" + nsn[alen:])
            if alen
            else ("in_ten", nsn[:5] + " " + nsn[5:]),
            ("in_zero_split", "0" + nsn[:5] + "-" + nsn[5:]),
        ]
    elif region in ("DE", "AT"):
        if alen:
            out += [
                ("de_hyphen_area", "0" + nsn[:alen] + "-" + nsn[alen:]),
                ("de_paren_area", "(0" + nsn[:alen] + ") " + nsn[alen:]),
            ]
        elif nsn[:2] in ("15", "16", "17") and len(nsn) in (10, 11):
            sizes = (3, 4) if len(nsn) == 10 else (4, 4)
            out += [("de_mobile_split", "0" + nsn[:3] + " " + _regroup(nsn[3:], sizes, " "))]
    elif region == "NL":
        if alen:
            out += [("nl_dash", "0" + nsn[:alen] + "-" + nsn[alen:])]
        elif nsn.startswith("6"):
            out += [("nl_06_dash", "0" + nsn[:1] + "-" + nsn[1:])]
    elif region == "GB":
        out += [
            ("gb_compact_mobile", "0" + nsn)
            if not alen
            else ("gb_paren_area", "(0" + nsn[:alen] + ") " + nsn[alen : alen + 3] + " " + nsn[alen + 3 :])
        ]
    elif region == "IT":
        out += [("it_slash", nat.replace(" ", "/", 1)), ("it_compact", nsn)]
    elif region == "ES":
        out += [("es_triplets", _regroup(nsn, (3, 3, 3), " ")), ("es_dots", _regroup(nsn, (3, 2, 2, 2), "."))]
    return out


def international_styles(num):
    cc = str(num.country_code)
    nsn = pn.national_significant_number(num)
    intl = pn.format_number(num, F.INTERNATIONAL)
    body = intl[len(cc) + 2 :]
    region = pn.region_code_for_number(num)
    out = [
        ("pn_intl", intl),
        ("plus_dashes", "+" + cc + "-" + re.sub(r"[ ]", "-", body)),
        ("plus_compact", "+" + cc + nsn),
        ("paren_cc", "(+" + cc + ") " + body),
        ("double_zero_dots", "00" + cc + "." + re.sub(r"[ -]", ".", body)),
    ]
    if region in ("GB", "DE", "NL", "IT", "CH", "AT", "BE", "IE", "AU"):
        out.append(("plus_zero_bracket", "+" + cc + " (0) " + body))
    if region == "US":
        out.append(("us_plus_dots", "+1." + nsn[:3] + "." + nsn[3:6] + "." + nsn[6:]))
    if region == "BR":
        out.append(("br_plus_paren", "+55 (" + nsn[:2] + ") " + nsn[2:-4] + "-" + nsn[-4:]))
    if region == "IN":
        out.append(("in_plus_hyphen", "+91-" + nsn[:5] + " " + nsn[5:]))
    return out


def parses_to(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)


def pick_style(rng, cands, region, num):
    ok = [c for c in cands if parses_to(c[1], region, num)]
    return rng.choice(ok)


def local_text(rng, num):
    """Subscriber digits only, as the area's people write them."""
    nsn = pn.national_significant_number(num)
    alen = pn.length_of_geographical_area_code(num)
    region = pn.region_code_for_number(num)
    nat = pn.format_number(num, F.NATIONAL)
    skip = len(digits(nat)) - len(nsn) + alen
    i = 0
    while skip:
        if nat[i].isdigit():
            skip -= 1
        i += 1
    pn_sub = nat[i:].lstrip(" )-/")
    sub = nsn[alen:]
    cands = [("sub_pn", pn_sub)]
    if region == "US":
        cands += [("sub_us_dot", sub[:3] + "." + sub[3:]), ("sub_us_space", sub[:3] + " " + sub[3:])]
    elif region == "GB":
        cands += [("sub_compact", sub)]
        if len(sub) == 8:
            cands.append(("sub_gb_dash", sub[:4] + "-" + sub[4:]))
    elif region == "DE":
        cands += [("sub_compact", sub), ("sub_de_split", _regroup(sub, (3, 3), " ") if len(sub) > 6 else sub)]
    elif region == "NL":
        cands += [("sub_compact", sub), ("sub_nl_pairs", sub[:3] + " " + _regroup(sub[3:], (2, 2), " "))]
    elif region == "BR":
        cands += [("sub_br_space", sub[:-4] + " " + sub[-4:])]
        if len(sub) == 9:
            cands.append(("sub_br_nine", sub[0] + " " + sub[1:5] + "-" + sub[5:]))
    elif region == "IN":
        cands += [("sub_compact", sub)]
        if len(sub) >= 7:
            cands.append(("sub_in_dash", sub[:-4] + "-" + sub[-4:]))
    return rng.choice(cands), alen
