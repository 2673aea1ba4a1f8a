"""Phone numbers for v121: drawn from prefixes, kept when phonenumbers calls them valid and of the wanted
type, written in the habits below, and parsed back (put_back) before use."""

import phonenumbers as pn

PNT = pn.PhoneNumberType

# region -> (country code, trunk prefix)
CC = {
    "US": ("1", "1"),
    "GB": ("44", "0"),
    "DE": ("49", "0"),
    "NL": ("31", "0"),
    "BR": ("55", "0"),
    "IN": ("91", "0"),
    "FR": ("33", "0"),
    "ES": ("34", ""),
    "IT": ("39", ""),
    "PT": ("351", ""),
    "AT": ("43", "0"),
    "CH": ("41", "0"),
    "BE": ("32", "0"),
    "IE": ("353", "0"),
    "AU": ("61", "0"),
}

# towns with their area code (without trunk prefix) and subscriber lengths, for local numbers
AREAS = {
    "US": [
        ("Eugene", "541"),
        ("Duluth", "218"),
        ("Asheville", "828"),
        ("Bangor", "207"),
        ("Missoula", "406"),
        ("Flagstaff", "928"),
        ("Olympia", "360"),
        ("Marquette", "906"),
    ],
    "GB": [
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Sheffield", "114"),
        ("Bristol", "117"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Leeds", "113"),
        ("Reading", "118"),
    ],
    "DE": [
        ("Titisee-Neustadt", "7651"),
        ("Freudenstadt", "7441"),
        ("Arnsberg", "2931"),
        ("Schmallenberg", "2972"),
        ("Zwiesel", "9922"),
        ("Eberswalde", "3334"),
        ("Hann. Münden", "5541"),
        ("Bad Berleburg", "2751"),
    ],
    "NL": [
        ("Apeldoorn", "55"),
        ("Zwolle", "38"),
        ("Venlo", "77"),
        ("Arnhem", "26"),
        ("Nijmegen", "24"),
        ("Enschede", "53"),
        ("Groningen", "50"),
        ("Eindhoven", "40"),
    ],
    "BR": [
        ("Lages", "49"),
        ("Ponta Grossa", "42"),
        ("Joinville", "47"),
        ("Santarém", "93"),
        ("Porto Velho", "69"),
        ("Três Lagoas", "67"),
        ("Vitória da Conquista", "77"),
        ("Ribeirão Preto", "16"),
    ],
    "IN": [
        ("Chennai", "44"),
        ("Kolkata", "33"),
        ("Pune", "20"),
        ("Hyderabad", "40"),
        ("Dehradun", "135"),
        ("Jabalpur", "761"),
        ("Shimla", "177"),
        ("Coimbatore", "422"),
    ],
}
SUBLEN = {"US": (7,), "GB": (7,), "DE": (6, 7), "NL": (7,), "BR": (8,)}

# national-significant-number prefixes for non-local draws
FIXED = {
    "US": ["503", "612", "802", "865", "907", "509", "715"],
    "GB": ["1463", "1738", "1387", "1434", "1224", "1392", "1743", "2920"],
    "DE": ["7621", "761", "89", "7721", "351", "3641", "551", "8551"],
    "NL": ["591", "592", "318", "523", "543", "15", "71", "30"],
    "BR": ["413", "493", "423", "513", "623", "313"],
    "IN": ["1352", "1772", "7612", "4222", "1912", "8212"],
    "FR": ["3", "4", "5", "2"],
    "ES": ["94", "98", "974", "988", "96"],
    "IT": ["0461", "0471", "0437", "0432", "0165", "011", "06"],
    "PT": ["21", "22", "253", "273", "258"],
    "AT": ["662", "3612", "512", "4242", "316"],
    "CH": ["27", "81", "31", "44", "26"],
    "BE": ["61", "63", "84", "87", "9"],
    "IE": ["21", "61", "91"],
    "AU": ["2", "3", "7", "8"],
}
MOBILE = {
    "US": ["541", "406", "828"],
    "GB": ["741", "782", "795", "754"],
    "DE": ["151", "160", "172", "176"],
    "NL": ["6"],
    "BR": ["419", "499", "479", "119"],
    "IN": ["94", "88", "70", "98"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["34", "32", "39", "36"],
    "PT": ["91", "93", "96"],
    "AT": ["664", "676", "699"],
    "CH": ["79", "78", "76"],
    "BE": ["47", "48", "49"],
    "IE": ["85", "86", "87"],
    "AU": ["4"],
}
OTHER = {
    "US": [("800", 10), ("888", 10), ("877", 10)],
    "GB": [("800", 10), ("808", 10), ("345", 10)],
    "DE": [("800", 10)],
    "NL": [("800", 10), ("800", 7)],
    "BR": [("800", 10)],
    "IN": [("1800", 11)],
    "FR": [("80", 9), ("81", 9)],
    "ES": [("900", 9), ("901", 9)],
    "IT": [("800", 9)],
    "PT": [("800", 9), ("808", 9)],
}
NSNLEN = {
    "US": (10,),
    "GB": (10,),
    "DE": (9, 10, 11),
    "NL": (9,),
    "BR": (10, 11),
    "IN": (10,),
    "FR": (9,),
    "ES": (9,),
    "IT": (9, 10),
    "PT": (9,),
    "AT": (9, 10, 11),
    "CH": (9,),
    "BE": (8, 9),
    "IE": (9,),
    "AU": (9,),
}


def parse(text, region):
    return pn.parse(text, region)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def _draw(rng, region, prefixes, want, lengths=None):
    for _ in range(4000):
        pre = rng.choice(prefixes)
        if isinstance(pre, tuple):
            pre, n = pre
        else:
            n = rng.choice(lengths or NSNLEN[region])
        if n <= len(pre):
            continue
        nsn = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre)))
        num = parse("+" + CC[region][0] + nsn, region)
        if pn.is_valid_number(num) and pn.number_type(num) in want:
            return nsn
    raise RuntimeError("no number for " + region)


def fixed(rng, region):
    return _draw(rng, region, FIXED[region], (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE))


def mobile(rng, region):
    want = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
    if region == "BR":
        return _draw(rng, region, MOBILE[region], want, (11,))
    return _draw(rng, region, MOBILE[region], want)


def other(rng, region):
    want = (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN)
    return _draw(rng, region, OTHER[region], want)


def local(rng, region, area):
    """A fixed line in the given area; returns the subscriber part."""
    lens = SUBLEN.get(region, (10 - len(area),))
    for _ in range(6000):
        n = rng.choice(lens)
        first = "23456789" if region != "BR" else "2345"
        sub = rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
        num = parse("+" + CC[region][0] + area + sub, region)
        if not pn.is_valid_number(num) or pn.number_type(num) not in (
            PNT.FIXED_LINE,
            PNT.FIXED_LINE_OR_MOBILE,
        ):
            continue
        if pn.length_of_geographical_area_code(num) == len(area):
            return sub
    raise RuntimeError("no local number for " + region + area)


def g(s, *sizes):
    """Split s into groups of the given sizes; the last group takes the rest."""
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def _de_area(nsn):
    num = parse("+49" + nsn, "DE")
    k = pn.length_of_geographical_area_code(num) or pn.length_of_national_destination_code(num)
    return nsn[:k], nsn[k:]


def _pairs_right(s):
    """German habit: pairs counted from the right, '4 56 78 90'."""
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def _ndc(region, nsn):
    num = parse("+" + CC[region][0] + nsn, region)
    k = pn.length_of_geographical_area_code(num) or pn.length_of_national_destination_code(num)
    return nsn[:k], nsn[k:]


def write_national(rng, region, nsn, kind):
    """A national form (trunk prefix kept) in one of this set's habits."""
    if region == "US":
        a, e, s = g(nsn, 3, 3, 4)
        return rng.choice([f"{a}-{e}-{s}", f"{a}.{e}.{s}", f"({a}){e}-{s}", f"1-{a}-{e}-{s}"])
    if region == "GB":
        if kind == "mobile":
            a, b, c = g(nsn, 3, 3, 4)
            return rng.choice([f"0{nsn[:4]} {nsn[4:]}", f"0{a} {b} {c}"])
        if kind == "other":
            return rng.choice([f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"])
        a, b = _ndc("GB", nsn)
        if len(a) == 4:
            return rng.choice([f"0{a} {b}", f"0{a}-{b}"])
        return rng.choice([f"0{a} {b[:3]} {b[3:]}", f"0{a}-{b[:3]}-{b[3:]}"])
    if region == "DE":
        if kind == "mobile":
            return rng.choice([f"0{nsn[:3]} {nsn[3:]}", f"(0{nsn[:3]}) {nsn[3:6]} {nsn[6:]}"])
        if kind == "other":
            return f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        a, b = _de_area(nsn)
        return rng.choice([f"(0{a}) {b}", f"0{a} {_pairs_right(b)}", f"0{a}-{b}"])
    if region == "NL":
        if kind == "mobile":
            return rng.choice([f"06 {' '.join(g(nsn[1:], 2, 2, 2, 2))}", f"(06) {nsn[1:5]} {nsn[5:]}"])
        if kind == "other":
            return f"0{nsn[:3]} {nsn[3:]}"
        a, b = _ndc("NL", nsn)
        if len(b) == 7:
            return rng.choice([f"(0{a}) {b[:3]} {b[3:5]} {b[5:]}", f"0{a} {b[:3]} {b[3:]}"])
        return rng.choice([f"(0{a}) {b[:2]} {b[2:4]} {b[4:]}", f"0{a} {b[:3]} {b[3:]}"])
    if region == "BR":
        if kind == "other":
            return f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        a, b = nsn[:2], nsn[2:]
        if len(b) == 9:
            return rng.choice([f"({a}) {b[:5]}-{b[5:]}", f"{a} {b[:5]}-{b[5:]}"])
        return rng.choice([f"({a}) {b[:4]} {b[4:]}", f"(0{a}) {b[:4]}-{b[4:]}"])
    if region == "IN":
        if kind == "mobile":
            return rng.choice([f"{nsn[:5]} {nsn[5:]}", f"0 {nsn[:5]} {nsn[5:]}"])
        if kind == "other":
            return f"{nsn[:4]} {nsn[4:7]} {nsn[7:]}"
        a, b = _ndc("IN", nsn)
        return rng.choice([f"(0{a}) {b}", f"0{a}-{b}", f"0{a} {b[:3]} {b[3:]}"])
    if region == "FR":
        d = "0" + nsn
        parts = g(d, 2, 2, 2, 2, 2)
        if kind == "other":
            return f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}"
        return rng.choice([".".join(parts), " ".join(parts)])
    if region == "ES":
        if kind == "mobile":
            return rng.choice(
                [f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
            )
        if kind == "other":
            return f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        if nsn[:2] in ("91", "93"):
            return f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}"
        return f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"
    if region == "IT":
        if kind == "mobile":
            return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}-{nsn[3:]}"])
        if kind == "other":
            return f"{nsn[:3]} {nsn[3:]}"
        a, b = _ndc("IT", nsn)
        return rng.choice([f"{a} {b}", f"{a} {b[:4]} {b[4:]}" if len(b) > 6 else f"{a} {b[:3]} {b[3:]}"])
    if region == "PT":
        return f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    raise KeyError(region)


def write_intl(rng, region, nsn, kind):
    cc = CC[region][0]
    trunk = CC[region][1] == "0"
    if region == "US":
        a, e, s = g(nsn, 3, 3, 4)
        return rng.choice([f"+1-{a}-{e}-{s}", f"+1 {a}-{e}-{s}"])
    if region in ("FR", "BE") and kind != "other":
        if region == "FR":
            rest = " ".join(g(nsn[1:], 2, 2, 2, 2))
            return rng.choice([f"+33 (0){nsn[0]} {rest}", f"+33 {nsn[0]} {rest}"])
    if region == "BR":
        a, b = nsn[:2], nsn[2:]
        return f"+55 {a} {b[:-4]} {b[-4:]}"
    if region == "IN" and kind == "mobile":
        return f"+91 {nsn[:5]} {nsn[5:]}"
    a, b = _ndc(region, nsn)
    body = b if len(b) <= 4 else f"{b[:-4]} {b[-4:]}" if len(b) == 8 else f"{b[:3]} {b[3:]}"
    if len(b) == 7:
        body = f"{b[:3]} {b[3:]}"
    if len(b) == 6 and region in ("CH", "BE"):
        body = f"{b[:2]} {b[2:4]} {b[4:]}"
    if len(b) == 7 and region == "CH":
        body = f"{b[:3]} {b[3:5]} {b[5:]}"
    if trunk and kind != "mobile" and rng.random() < 0.6:
        return f"+{cc} (0){a} {body}"
    return f"+{cc} {a} {body}"


def write_local(rng, region, sub):
    if region == "US":
        return f"{sub[:3]}.{sub[3:]}"
    if region == "GB":
        return f"{sub[:3]} {sub[3:]}"
    if region == "DE":
        return rng.choice([_pairs_right(sub), f"{sub[:-4]} {sub[-4:-2]} {sub[-2:]}"])
    if region == "NL":
        return rng.choice([f"{sub[:3]} {sub[3:]}", sub])
    if region == "BR":
        return rng.choice([f"{sub[:4]} {sub[4:]}", sub])
    if region == "IN":
        if len(sub) == 8:
            return rng.choice([sub, f"{sub[:4]}-{sub[4:]}"])
        return rng.choice([sub, f"{sub[:3]}-{sub[3:]}"])
    raise KeyError(region)


def put_back(text, region, area_len, area=None):
    """Parse a written form back; local forms get trunk prefix and area code put back."""
    if area_len:
        digits = "".join(c for c in text if c.isdigit())
        trunk = CC[region][1]
        text = trunk + area + digits if region != "US" else "1" + area + digits
    num = parse(text, region)
    return num
