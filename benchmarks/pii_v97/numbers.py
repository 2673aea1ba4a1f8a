"""Phone numbers: drawing valid numbers, writing them in people's habits, putting local forms back."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

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
TRUNK = {"US": "1", "BR": "0", "IT": "", "ES": "", "PT": ""}

# towns whose fixed lines are written as subscriber numbers (local-announced); area without trunk prefix
AREAS = {
    "US": [
        ("Asheville", "828"),
        ("Eugene", "541"),
        ("Savannah", "912"),
        ("Burlington", "802"),
        ("Fresno", "559"),
        ("Lexington", "859"),
        ("Boulder", "303"),
        ("Ann Arbor", "734"),
    ],
    "GB": [
        ("Norwich", "1603"),
        ("Exeter", "1392"),
        ("York", "1904"),
        ("Cambridge", "1223"),
        ("Leeds", "113"),
        ("Bath", "1225"),
        ("Harrogate", "1423"),
        ("Chester", "1244"),
    ],
    "DE": [
        ("Erfurt", "361"),
        ("Potsdam", "331"),
        ("Bamberg", "951"),
        ("Lüneburg", "4131"),
        ("Kassel", "561"),
        ("Heidelberg", "6221"),
        ("Ulm", "731"),
        ("Konstanz", "7531"),
    ],
    "NL": [
        ("Haarlem", "23"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Delft", "15"),
        ("Groningen", "50"),
        ("Eindhoven", "40"),
        ("Apeldoorn", "55"),
        ("Alkmaar", "72"),
    ],
    "BR": [
        ("Campinas", "19"),
        ("Florianópolis", "48"),
        ("Recife", "81"),
        ("Goiânia", "62"),
        ("Manaus", "92"),
        ("Porto Alegre", "51"),
        ("Natal", "84"),
        ("Vitória", "27"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Coimbatore", "422"),
        ("Mysuru", "821"),
        ("Dehradun", "135"),
        ("Nagpur", "712"),
    ],
}
FIXED = {
    "FR": ["1", "2", "3", "4", "5"],
    "ES": ["91", "93", "95", "96", "98", "976"],
    "IT": ["06", "02", "055", "011", "0571", "049"],
    "PT": ["21", "22", "239", "289"],
    "AT": ["1", "512", "316", "662"],
    "CH": ["31", "44", "61", "71"],
    "BE": ["2", "3", "9", "4"],
    "AU": ["2", "3", "7", "8"],
    "IE": ["1", "21", "91"],
}
MOBILE = {
    "GB": ["74", "75", "77", "78", "79"],
    "DE": ["151", "160", "170", "176", "157"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["32", "33", "34", "35", "36", "38", "39"],
    "NL": ["6"],
    "PT": ["91", "92", "93", "96"],
    "IN": ["9", "8", "7"],
    "AT": ["664", "676", "699"],
    "CH": ["76", "78", "79"],
    "BE": ["47", "48", "49"],
    "AU": ["4"],
    "IE": ["83", "85", "86", "87"],
}
FREE = {
    "US": ["800", "833", "844", "855", "866", "877", "888"],
    "GB": ["800", "808", "345", "330"],
    "DE": ["800"],
    "FR": ["800", "805"],
    "ES": ["900", "800"],
    "IT": ["800", "803"],
    "NL": ["800"],
    "PT": ["800", "808"],
    "BR": ["800"],
    "IN": ["1800"],
}
LENS = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11],
    "FR": [9],
    "ES": [9],
    "IT": [9, 10],
    "NL": [9],
    "PT": [9],
    "BR": [10, 11],
    "IN": [10],
    "AT": [9, 10, 11],
    "CH": [9],
    "BE": [8, 9],
    "AU": [9],
    "IE": [8, 9],
}
FREE_LENS = {
    "US": [10],
    "GB": [10, 9],
    "DE": [10, 11],
    "FR": [9],
    "ES": [9],
    "IT": [9, 10],
    "NL": [7, 10],
    "PT": [9],
    "BR": [10, 11],
    "IN": [10, 11],
}
OTHER_TYPES = {T.TOLL_FREE, T.SHARED_COST, T.UAN}


def _draw(rng, region, prefixes, lens, ok):
    for _ in range(5000):
        pre = rng.choice(prefixes)
        n = rng.choice(lens)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        num = pn.parse("+" + str(CC[region]) + nsn)
        if pn.is_valid_number(num) and ok(pn.number_type(num)):
            return nsn, num
    raise RuntimeError("no number for " + region)


def fixed_in_area(rng, region, area):
    lens = LENS[region] if region != "IN" else [10]

    def ok(t):
        return t in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)

    for _ in range(200):
        nsn, num = _draw(rng, region, [area], lens, ok)
        if pn.length_of_geographical_area_code(num) == len(area) and nsn[len(area)] not in "01":
            return nsn, num
    raise RuntimeError("no local number for " + region + area)


def draw(rng, region, kind):
    """kind: fixed, mobile, other. Returns (nsn, number, head length)."""
    if kind == "other":
        nsn, num = _draw(rng, region, FREE[region], FREE_LENS[region], lambda t: t in OTHER_TYPES)
        return nsn, num, len(rng.choice([p for p in FREE[region] if nsn.startswith(p)]))
    if kind == "mobile" and region in MOBILE:
        nsn, num = _draw(
            rng, region, MOBILE[region], LENS[region], lambda t: t in (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
        )
        head = pn.length_of_national_destination_code(num) or 2
        return nsn, num, head
    if kind == "mobile" and region == "BR":
        area = rng.choice(AREAS["BR"])[1]
        nsn, num = _draw(rng, region, [area + "9"], [11], lambda t: t == T.MOBILE)
        return nsn, num, 2
    if region in AREAS:
        nsn, num = fixed_in_area(rng, region, rng.choice(AREAS[region])[1])
    else:
        nsn, num = _draw(rng, region, FIXED[region], LENS[region], lambda t: t in (T.FIXED_LINE,))
    head = pn.length_of_geographical_area_code(num) or pn.length_of_national_destination_code(num) or 2
    return nsn, num, head


def grp(s, sizes):
    """Split s into groups of the given sizes; the last group takes what is left."""
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def half(s, sep=" "):
    k = {5: 2, 6: 3, 7: 3, 8: 4, 9: 3}.get(len(s), len(s) // 2)
    return s[:k] + sep + s[k:]


def pairs_r(s, sep=" "):
    """Pairs counted from the right, as German subscriber numbers are often written: 5 55 12 3 -> 55 51 23."""
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-2:])
        s = s[:-2]
    parts.insert(0, s)
    return sep.join(parts)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def parses_back(text, region, want):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and e164(num) == want


def put_back(sub_text, region, area):
    """A subscriber-only form with its trunk prefix and area code put back."""
    trunk = {"US": "1", "BR": "0", "IN": "0"}.get(region, "0")
    return trunk + area + "".join(c for c in sub_text if c.isdigit())
