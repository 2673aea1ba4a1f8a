"""Phone numbers for v57: drawn from a prefix, kept when phonenumbers calls them valid and of the wanted
type, then written in one of the habits below; every written form is parsed back in checks.py."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# towns with their area codes (national significant digits, no trunk prefix) and subscriber lengths
AREAS = {
    "US": [
        ("Dayton", "937", 7),
        ("Tulsa", "918", 7),
        ("Albany", "518", 7),
        ("Fresno", "559", 7),
        ("Savannah", "912", 7),
        ("Lansing", "517", 7),
        ("Omaha", "402", 7),
    ],
    "GB": [
        ("Norwich", "1603", 6),
        ("Leeds", "113", 7),
        ("Cardiff", "29", 8),
        ("Leicester", "116", 7),
        ("Exeter", "1392", 6),
        ("Aberdeen", "1224", 6),
    ],
    "DE": [
        ("Kassel", "561", 6),
        ("Regensburg", "941", 6),
        ("Bielefeld", "521", 6),
        ("Erfurt", "361", 6),
        ("Lübeck", "451", 6),
        ("Ulm", "731", 6),
        ("Göttingen", "551", 6),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Zwolle", "38", 7),
        ("Arnhem", "26", 7),
        ("Haarlem", "23", 7),
        ("Maastricht", "43", 7),
        ("Tilburg", "13", 7),
        ("Delft", "15", 7),
    ],
    "BR": [
        ("Recife", "81", 8),
        ("Manaus", "92", 8),
        ("Goiânia", "62", 8),
        ("Porto Alegre", "51", 8),
        ("Campinas", "19", 8),
        ("Natal", "84", 8),
        ("Florianópolis", "48", 8),
    ],
    "IN": [
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Pune", "20", 8),
        ("Kochi", "484", 7),
        ("Indore", "731", 7),
        ("Ahmedabad", "79", 8),
        ("Patna", "612", 7),
    ],
    "FR": [("", "1", 8), ("", "2", 8), ("", "3", 8), ("", "4", 8), ("", "5", 8)],
    "ES": [("", "91", 7), ("", "93", 7), ("", "95", 7), ("", "96", 7), ("", "98", 7)],
    "IT": [("", "06", 8), ("", "02", 8), ("", "055", 7), ("", "011", 7), ("", "081", 7)],
    "PT": [("", "21", 7), ("", "22", 7), ("", "239", 6), ("", "253", 6)],
    "AT": [("", "1", 8), ("", "316", 6), ("", "512", 6)],
    "CH": [("", "44", 7), ("", "31", 7), ("", "61", 7), ("", "21", 7)],
    "BE": [("", "2", 7), ("", "3", 7), ("", "9", 7), ("", "4", 7)],
    "IE": [("", "1", 7), ("", "21", 7)],
    "AU": [("", "2", 8), ("", "3", 8), ("", "7", 8), ("", "8", 8)],
}
MOBILES = {
    "US": [("", 10)],
    "GB": [("74", 8), ("75", 8), ("78", 8), ("79", 8)],
    "DE": [("151", 8), ("160", 7), ("171", 7), ("172", 7), ("176", 8), ("157", 8)],
    "NL": [("6", 8)],
    "BR": [],
    "IN": [("9", 9), ("8", 9), ("7", 9)],
    "FR": [("6", 8), ("7", 8)],
    "ES": [("6", 8)],
    "IT": [("33", 8), ("34", 8), ("32", 8)],
    "PT": [("91", 7), ("93", 7), ("96", 7)],
    "AT": [("664", 7), ("676", 7)],
    "CH": [("79", 7), ("78", 7)],
    "BE": [("47", 7), ("49", 7)],
    "IE": [("85", 7), ("87", 7)],
    "AU": [("4", 8)],
}
OTHERS = {
    "US": [("800", 7), ("888", 7), ("877", 7)],
    "GB": [("800", 7), ("345", 7), ("300", 7)],
    "DE": [("800", 7), ("1805", 6)],
    "NL": [("800", 7), ("800", 4)],
    "BR": [("800", 7)],
    "IN": [("1800", 7)],
    "FR": [("800", 6), ("805", 6)],
    "ES": [("900", 6)],
    "IT": [("800", 6)],
    "PT": [("800", 6), ("808", 6)],
}
HOME = {"AT": "DE", "CH": "FR", "BE": "NL", "IE": "GB", "AU": "GB"}


def _draw(rng, region, prefix, rest, types, tries=500):
    for _ in range(tries):
        nsn = prefix + "".join(str(rng.randrange(10)) for _ in range(rest))
        if region == "IT" and not nsn.startswith("0") and not nsn.startswith("3") and not nsn.startswith("8"):
            continue
        n = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, region)
        if pn.is_valid_number(n) and pn.number_type(n) in types and pn.region_code_for_number(n) == region:
            return pn.national_significant_number(n)
    raise RuntimeError(f"no number for {region} {prefix}")


def fixed(rng, region, area=None):
    """(nsn, area digits, subscriber length) for a fixed line; area chosen at random unless given."""
    if area is None:
        area = rng.choice(AREAS[region])
    _, code, sub = area
    for _ in range(50):
        first = rng.choice("2345") if region == "BR" else str(rng.randrange(2, 10))
        try:
            return _draw(rng, region, code + first, sub - 1, FIXED, 40), code
        except RuntimeError:
            continue
    raise RuntimeError(f"no fixed line for {region} {code}")


def mobile(rng, region):
    if region == "US":
        return fixed(rng, "US")[0]
    if region == "BR":
        return _draw(rng, region, rng.choice(AREAS["BR"])[1] + "9" + str(rng.randrange(6, 10)), 7, MOBILE)
    prefix, rest = rng.choice(MOBILES[region])
    return _draw(rng, region, prefix, rest, MOBILE)


def other(rng, region):
    prefix, rest = rng.choice(OTHERS[region])
    return _draw(rng, region, prefix, rest, OTHER)


def e164(region, nsn):
    return "+" + str(pn.country_code_for_region(region)) + nsn


def _g(s, *sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _pairs_right(s):
    """Group digits in pairs from the right: 45678 -> 4 56 78."""
    parts = []
    while len(s) > 2:
        parts.insert(0, s[-2:])
        s = s[:-2]
    parts.insert(0, s)
    return parts


def national(rng, region, nsn, area=None):
    """A national form in a habit new to v57."""
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return rng.choice([f"{a}.{b}.{c}", f"({a}){b}-{c}", f"{a}–{b}–{c}", f"{a}-{b}-{c}"])
    if region == "GB":
        if nsn.startswith("7"):
            return rng.choice([f"0{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}", f"0{nsn[:4]} {nsn[4:7]} {nsn[7:]}"])
        area = area or _gb_area(nsn)
        sub = nsn[len(area) :]
        if len(area) == 2:
            return rng.choice([f"(0{area}) {sub[:4]} {sub[4:]}", f"0{area}-{sub[:4]}-{sub[4:]}"])
        if len(area) == 3:
            return rng.choice([f"0{area}-{sub[:3]}-{sub[3:]}", f"0{area} {sub[:3]} {sub[3:]}"])
        return rng.choice([f"0{area}-{sub}", f"(0{area}) {sub[:3]} {sub[3:]}"])
    if region == "DE":
        if nsn.startswith("1"):
            pre = nsn[:3] if not nsn.startswith("180") else nsn[:4]
            return rng.choice([f"0{pre}-{nsn[len(pre) :]}", f"(0{pre}) {nsn[len(pre) :]}"])
        area = area or nsn[:3]
        sub = nsn[len(area) :]
        return rng.choice([f"(0{area}) {' '.join(_pairs_right(sub))}", f"0{area}-{sub}", f"0{area} {sub}"])
    if region == "NL":
        if nsn.startswith("6"):
            return rng.choice([f"06 {' '.join(_g(nsn[1:], 2, 2, 2, 2))}", f"06{nsn[1:]}"])
        if nsn.startswith("800"):
            return f"0800 {nsn[3:]}"
        area = area or nsn[:2]
        sub = nsn[len(area) :]
        return rng.choice([f"(0{area}) {sub}", f"0{area} {sub[:3]} {sub[3:]}", f"0{nsn}"])
    if region == "FR":
        d = "0" + nsn
        return rng.choice([".".join(_g(d, 2, 2, 2, 2, 2)), d, " ".join(_g(d, 2, 2, 2, 2, 2))])
    if region == "ES":
        return rng.choice(
            [f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", nsn]
        )
    if region == "IT":
        if nsn.startswith("3"):
            return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:]}"])
        if nsn.startswith("8"):
            return f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        a = 2 if nsn[1] in "26" else 3
        return rng.choice([f"{nsn[:a]} {nsn[a : a + 4]} {nsn[a + 4 :]}", f"{nsn[:a]}.{nsn[a:]}"])
    if region == "PT":
        return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", nsn])
    if region == "BR":
        a, rest = nsn[:2], nsn[2:]
        if len(rest) == 9:
            return rng.choice([f"({a}) {rest[:5]}-{rest[5:]}", f"{a} {rest[:5]}-{rest[5:]}"])
        if nsn.startswith("800"):
            return f"0800 {nsn[3:6]} {nsn[6:]}"
        return rng.choice(
            [f"({a}) {rest[:4]}.{rest[4:]}", f"({a}) {rest[:4]} {rest[4:]}", f"0{a} {rest[:4]}-{rest[4:]}"]
        )
    if region == "IN":
        if nsn[0] in "6789" and len(nsn) == 10:
            return rng.choice([f"{nsn[:5]}-{nsn[5:]}", nsn, f"0{nsn[:5]}-{nsn[5:]}"])
        if nsn.startswith("1800"):
            return f"1800-{nsn[4:7]}-{nsn[7:]}"
        area = area or nsn[:3]
        sub = nsn[len(area) :]
        return rng.choice(
            [
                f"0{area}-{sub}",
                f"0{area} {sub[:3]} {sub[3:]}" if len(sub) == 7 else f"0{area} {sub[:4]} {sub[4:]}",
            ]
        )
    raise ValueError(region)


def other_form(rng, region, nsn):
    if region == "US":
        return rng.choice([f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", f"1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"])
    if region == "GB":
        return f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if region == "DE":
        return f"0{nsn[:3]}-{nsn[3:]}" if nsn.startswith("800") else f"0{nsn[:4]} {nsn[4:]}"
    if region == "FR":
        return "0" + nsn[:1] + " " + " ".join(_g(nsn[1:], 2, 2, 2, 2))
    if region == "ES":
        return f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if region == "NL":
        return f"0{nsn[:3]}-{nsn[3:]}"
    if region == "BR":
        return f"0800 {nsn[3:6]} {nsn[6:]}"
    if region == "IN":
        return f"1800 {nsn[4:7]} {nsn[7:]}"
    if region == "IT":
        return f"{nsn[:3]}.{nsn[3:]}"
    if region == "PT":
        return f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    raise ValueError(region)


def international(rng, region, nsn):
    cc = str(pn.country_code_for_region(region))
    n = pn.parse("+" + cc + nsn, region)
    std = pn.format_number(n, pn.PhoneNumberFormat.INTERNATIONAL)
    body = std[len(cc) + 2 :]
    trunk_ok = region in ("GB", "DE", "NL", "FR", "AT", "CH", "BE", "AU", "IE")
    choices = [std, f"+{cc}-{body.replace(' ', '-')}", f"(+{cc}) {body}"]
    if trunk_ok:
        choices.append(f"+{cc} (0){body}" if region != "FR" else f"+{cc} (0){body}")
    if region == "US":
        choices = [f"+1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"+1 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", std]
    return rng.choice(choices)


def _gb_area(nsn):
    n = pn.parse("+44" + nsn, "GB")
    k = pn.length_of_geographical_area_code(n)
    return nsn[:k]


def local_form(rng, region, sub):
    """The subscriber part only, in a local habit new to v57."""
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}–{sub[3:]}"])
    if region == "GB":
        if len(sub) == 8:
            return f"{sub[:4]}-{sub[4:]}"
        if len(sub) == 7:
            return f"{sub[:3]}-{sub[3:]}"
        return f"{sub[:3]}-{sub[3:]}"
    if region == "DE":
        return rng.choice(["-".join(_pairs_right(sub)), f"{sub[:3]}-{sub[3:]}"])
    if region == "NL":
        return rng.choice([f"{sub[:3]}-{sub[3:]}", sub])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", sub])
    if region == "IN":
        if len(sub) == 8:
            return rng.choice([f"{sub[:4]}-{sub[4:]}", sub])
        return rng.choice([f"{sub[:3]}-{sub[3:]}", sub])
    raise ValueError(region)


def put_back(region, local, area):
    """The full national form of a local number: trunk prefix and area code put back."""
    trunk = {"US": "", "BR": "0", "IN": "0"}.get(region, "0")
    digits = "".join(ch for ch in local if ch.isdigit())
    if region == "US":
        return f"({area}) {digits}"
    return f"{trunk}{area} {digits}"
