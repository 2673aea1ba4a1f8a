"""Phone numbers for v61: drawn at random from a prefix, kept when phonenumbers says valid and of the wanted
type, then written in one of this set's habits; every written form is parsed back in checks.py."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# local regions: town -> area code (without trunk prefix), subscriber length
AREAS = {
    "US": {
        "Tulsa": ("918", 7),
        "Fresno": ("559", 7),
        "Savannah": ("912", 7),
        "Albany": ("518", 7),
        "Lansing": ("517", 7),
        "Reno": ("775", 7),
        "Dayton": ("937", 7),
        "Santa Fe": ("505", 7),
    },
    "GB": {
        "Leeds": ("113", 7),
        "Glasgow": ("141", 7),
        "Cardiff": ("29", 8),
        "Norwich": ("1603", 6),
        "Brighton": ("1273", 6),
        "York": ("1904", 6),
        "Aberdeen": ("1224", 6),
        "Bath": ("1225", 6),
    },
    "DE": {
        "Augsburg": ("821", 7),
        "Kassel": ("561", 7),
        "Potsdam": ("331", 7),
        "Lübeck": ("451", 7),
        "Bamberg": ("951", 7),
        "Heidelberg": ("6221", 6),
        "Regensburg": ("941", 7),
        "Weimar": ("3643", 6),
    },
    "NL": {
        "Haarlem": ("23", 7),
        "Delft": ("15", 7),
        "Zwolle": ("38", 7),
        "Maastricht": ("43", 7),
        "Arnhem": ("26", 7),
        "Nijmegen": ("24", 7),
        "Tilburg": ("13", 7),
        "Leeuwarden": ("58", 7),
    },
    "BR": {
        "Recife": ("81", 8),
        "Porto Alegre": ("51", 8),
        "Florianópolis": ("48", 8),
        "Goiânia": ("62", 8),
        "Manaus": ("92", 8),
        "Campinas": ("19", 8),
        "Belo Horizonte": ("31", 8),
        "Natal": ("84", 8),
    },
    "IN": {
        "Pune": ("20", 8),
        "Kolkata": ("33", 8),
        "Jaipur": ("141", 7),
        "Lucknow": ("522", 7),
        "Kochi": ("484", 7),
        "Hyderabad": ("40", 8),
        "Mysuru": ("821", 7),
        "Bhubaneswar": ("674", 7),
    },
}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}

# (prefixes, national significant length, types)
DRAW = {
    "US": {
        "fixed": (["918", "559", "912", "614", "402", "505", "651", "804"], 10, FIXED),
        "mobile": (["917", "646", "213", "415"], 10, MOBILE),
        "other": (["800", "888", "877", "866"], 10, OTHER),
    },
    "GB": {
        "fixed": (["113", "141", "1603", "1273", "1904", "292"], 10, FIXED),
        "mobile": (["74", "75", "77", "78", "79"], 10, MOBILE),
        "other": (["808", "3000", "3001", "345", "3303"], 10, OTHER),
    },
    "DE": {
        "fixed": (["821", "561", "331", "451", "951", "941"], 10, FIXED),
        "mobile": (["151", "160", "171", "176", "152"], 11, MOBILE),
        "other": (["800"], 10, OTHER),
    },
    "NL": {
        "fixed": (["23", "15", "38", "43", "26", "24"], 9, FIXED),
        "mobile": (["61", "62", "63", "64", "65"], 9, MOBILE),
        "other": (["800"], 7, OTHER),
    },
    "BR": {
        "fixed": (["813", "513", "483", "623", "313"], 10, FIXED),
        "mobile": (["819", "519", "489", "119", "219"], 11, MOBILE),
        "other": (["800"], 10, OTHER),
    },
    "IN": {
        "fixed": (["202", "332", "1412", "5222", "4842", "402"], 10, FIXED),
        "mobile": (["98", "97", "94", "90", "88", "70"], 10, MOBILE),
        "other": (["1800"], 11, OTHER),
    },
    "FR": {
        "fixed": (["1", "2", "3", "4", "5"], 9, FIXED),
        "mobile": (["6", "7"], 9, MOBILE),
        "other": (["800", "805", "809"], 9, OTHER),
    },
    "ES": {
        "fixed": (["91", "93", "95", "96", "98"], 9, FIXED),
        "mobile": (["6", "71", "72"], 9, MOBILE),
        "other": (["900", "800", "901"], 9, OTHER),
    },
    "IT": {
        "fixed": (["06", "02", "055", "011", "081"], 10, FIXED),
        "mobile": (["33", "34", "32", "39"], 10, MOBILE),
        "other": (["800", "803"], 9, OTHER),
    },
    "PT": {
        "fixed": (["21", "22", "23", "25"], 9, FIXED),
        "mobile": (["91", "92", "93", "96"], 9, MOBILE),
        "other": (["800", "808"], 9, OTHER),
    },
    "CH": {"fixed": (["44", "31", "61", "21", "22"], 9, FIXED), "mobile": (["76", "78", "79"], 9, MOBILE)},
    "AT": {"fixed": (["1"], 9, FIXED), "mobile": (["664", "676", "699"], 10, MOBILE)},
    "BE": {"fixed": (["2", "3", "9"], 8, FIXED), "mobile": (["47", "48", "49"], 9, MOBILE)},
    "IE": {"fixed": (["1"], 8, FIXED), "mobile": (["85", "86", "87"], 9, MOBILE)},
    "AU": {"fixed": (["2", "3", "7", "8"], 9, FIXED), "mobile": (["4"], 9, MOBILE)},
}
CC = {r: str(phonenumbers.country_code_for_region(r)) for r in DRAW}


def e164(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def _valid(nsn, region, types):
    try:
        num = phonenumbers.parse("+" + CC[region] + nsn, None)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in types:
        if phonenumbers.region_code_for_number(num) == region:
            return num
    return None


def draw(rng, region, kind):
    prefixes, length, types = DRAW[region][kind]
    for _ in range(5000):
        p = rng.choice(prefixes)
        nsn = p + "".join(str(rng.randrange(10)) for _ in range(length - len(p)))
        if kind != "other" and nsn[len(p)] in "01":
            continue
        num = _valid(nsn, region, types)
        if num is not None:
            return nsn, num
    raise RuntimeError(f"no {kind} number for {region}")


def draw_local(rng, region, town):
    area, sublen = AREAS[region][town]
    for _ in range(5000):
        first = "2345" if region in ("BR", "IN") else "23456789"
        sub = rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(sublen - 1))
        num = _valid(area + sub, region, FIXED)
        if num is None:
            continue
        if phonenumbers.length_of_geographical_area_code(num) != len(area):
            continue
        return sub, num
    raise RuntimeError(f"no local number for {town}")


def put_back(region, area, local):
    """Local form -> full national form with trunk prefix and area code."""
    return TRUNK[region] + area + local


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _lead(nsn, region):
    """Split a national significant number into its leading code and the rest."""
    if region == "US":
        return nsn[:3], nsn[3:]
    for n in (4, 3, 2, 1):
        if region == "GB" and nsn.startswith("7"):
            return nsn[:4], nsn[4:]
        if region == "NL" and nsn.startswith("6"):
            return nsn[:1], nsn[1:]
        if region == "IN" and nsn[0] in "6789":
            return nsn[:5], nsn[5:]
        if region == "BR":
            return nsn[:2], nsn[2:]
        num = phonenumbers.parse("+" + CC[region] + nsn, None)
        g = phonenumbers.length_of_geographical_area_code(
            num
        ) or phonenumbers.length_of_national_destination_code(num)
        if g:
            return nsn[:g], nsn[g:]
        del n
    return nsn[:3], nsn[3:]


def _rest(rest, region):
    if region == "BR":
        return rest[:-4] + "@" + rest[-4:]
    if len(rest) == 8:
        return _g(rest, [4, 4])
    if len(rest) == 7:
        return _g(rest, [3, 4])
    if len(rest) == 6:
        return _g(rest, [3, 3])
    return _g(rest, [3, 3, 3])


def national(rng, region, nsn):
    a, r = _lead(nsn, region)
    sp = _rest(r, region)
    if region == "US":
        e, x = r[:3], r[3:]
        return rng.choice(
            [f"({a}){e}-{x}", f"{a}.{e}.{x}", f"1-{a}-{e}-{x}", f"1.{a}.{e}.{x}", f"({a}) {e}.{x}"]
        )
    if region == "GB":
        return rng.choice([f"0{a}-{sp.replace(' ', '-')}", f"0{a} {sp}", f"0{a}-{r}"])
    if region == "DE":
        return rng.choice([f"(0{a}) {r}", f"0{a} {sp}", f"0{a}-{r}", f"(0{a}) {sp}"])
    if region == "NL":
        if a == "6":
            return rng.choice(["06 " + _g(r, [2, 2, 2, 2]), f"(06) {_g(r, [4, 4])}", "06-" + _g(r, [4, 4])])
        return rng.choice([f"(0{a}) {sp}", f"0{a} {_g(r, [3, 2, 2])}", f"0{a} {r}"])
    if region == "BR":
        x = r[:-4]
        y = r[-4:]
        return rng.choice([f"({a}) {x}.{y}", f"{a} {x}.{y}", f"({a}){x}-{y}", f"({a}) {x} {y}"])
    if region == "IN":
        if nsn[0] in "6789":
            return rng.choice([f"{a}-{r}", f"{a} {r}", f"0{a}-{r}"])
        return rng.choice([f"(0{a}) {sp}", f"0{a} {sp}", f"0{a}-{sp.replace(' ', '')}"])
    if region == "FR":
        d = "0" + nsn
        return rng.choice([_g(d, [2, 2, 2, 2, 2], "."), _g(d, [2, 2, 2, 2, 2])])
    if region == "ES":
        if nsn[0] in "67":
            return rng.choice([_g(nsn, [3, 2, 2, 2]), _g(nsn, [3, 3, 3])])
        return rng.choice([_g(nsn, [3, 3, 3]), _g(nsn, [3, 3, 3], "-")])
    if region == "IT":
        if nsn[0] == "3":
            return rng.choice([_g(nsn, [3, 3, 4], "."), _g(nsn, [3, 3, 4]), _g(nsn, [3, 7])])
        return rng.choice([_g(nsn, [len(a), 4, 4]), _g(nsn, [len(a), 4, 4], ".")])
    if region == "PT":
        return rng.choice([_g(nsn, [3, 3, 3]), _g(nsn, [3, 3, 3], "-")])
    raise ValueError(region)


def international(rng, region, nsn):
    a, r = _lead(nsn, region)
    sp = _rest(r, region)
    cc = CC[region]
    if region == "US":
        e, x = r[:3], r[3:]
        return rng.choice([f"+1-{a}-{e}-{x}", f"+1.{a}.{e}.{x}", f"+1 {a}-{e}-{x}"])
    if region == "BR":
        x, y = r[:-4], r[-4:]
        return rng.choice([f"+55 {a} {x}.{y}", f"+55 {a} {x}-{y}", f"+55 ({a}) {x} {y}"])
    if region in ("GB", "DE", "NL", "CH", "AT", "BE", "IE", "AU"):
        if region == "NL" and a == "6":
            sp = _g(r, [4, 4])
        if region in ("CH", "BE"):
            sp = _g(r, {6: [2, 2, 2], 7: [3, 2, 2], 8: [2, 2, 2, 2]}.get(len(r), [3, 3, 3]))
        if region == "AT" and a == "1":
            sp = _g(r, [4, 4])
        return rng.choice([f"+{cc} (0){a} {sp}", f"+{cc} (0) {a} {sp}", f"+{cc} {a} {sp}"])
    if region == "IN":
        if nsn[0] in "6789":
            return rng.choice([f"+91 {a} {r}", f"+91-{a}-{r}", f"+91 {a}-{r}"])
        return rng.choice([f"+91 {a} {sp}", f"+91-{a}-{r}", f"+91 {a}-{r}"])
    if region == "FR":
        return rng.choice(["+33 " + _g(nsn, [1, 2, 2, 2, 2]), "+33 (0)" + _g(nsn, [1, 2, 2, 2, 2])])
    if region == "ES":
        return rng.choice(["(+34) " + _g(nsn, [3, 3, 3]), "+34 " + _g(nsn, [3, 2, 2, 2])])
    if region == "IT":
        return rng.choice(
            [
                f"+39 {national(rng, region, nsn)}",
                f"(+39) {_g(nsn, [3, 3, 4]) if nsn[0] == '3' else _g(nsn, [len(a), 4, 4])}",
            ]
        )
    if region == "PT":
        return rng.choice(["(+351) " + _g(nsn, [3, 3, 3]), "+351 " + _g(nsn, [3, 3, 3])])
    raise ValueError(region)


def other(rng, region, nsn):
    if region == "US":
        return rng.choice(
            [
                f"({nsn[:3]}) {nsn[3:6]}.{nsn[6:]}",
                f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
                f"1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            ]
        )
    if region == "GB":
        return "0" + (_g(nsn, [3, 3, 4]) if nsn[0] == "8" else _g(nsn, [3, 3, 4], "-"))
    if region == "DE":
        return rng.choice(["0" + _g(nsn, [3, 3, 4]), "0" + _g(nsn, [3, 7], "-")])
    if region == "NL":
        return "0" + _g(nsn, [3, 4])
    if region == "BR":
        return rng.choice(["0" + _g(nsn, [3, 3, 4]), "0" + _g(nsn, [3, 3, 4], ".")])
    if region == "IN":
        return rng.choice([_g(nsn, [4, 3, 4]), _g(nsn, [4, 3, 4], "-")])
    if region == "FR":
        return _g("0" + nsn, [2, 2, 2, 2, 2], ".")
    if region in ("ES", "PT"):
        return rng.choice([_g(nsn, [3, 3, 3]), _g(nsn, [3, 3, 3], ".")])
    if region == "IT":
        return rng.choice([_g(nsn, [3, 3, 3]), _g(nsn, [3, 3, 3], ".")])
    raise ValueError(region)


def local_form(rng, region, sub):
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", sub])
    if len(sub) == 8:
        return (
            rng.choice([_g(sub, [4, 4]), sub, _g(sub, [2, 2, 2, 2])])
            if region != "IN"
            else rng.choice([_g(sub, [4, 4]), sub])
        )
    if len(sub) == 7:
        return rng.choice([_g(sub, [3, 4]), _g(sub, [3, 2, 2]), sub])
    return rng.choice([sub, _g(sub, [2, 2, 2]), _g(sub, [3, 3])])
