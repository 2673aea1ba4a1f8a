"""Phone numbers for v54: drawing, writing habits, local forms and their put-back check."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}
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
    "IE": "353",
    "AU": "61",
}

# (prefix of the national significant number, total NSN length)
PREFIXES = {
    "US": {
        "fixed": [
            ("515", 10),
            ("402", 10),
            ("785", 10),
            ("605", 10),
            ("406", 10),
            ("701", 10),
            ("563", 10),
            ("319", 10),
            ("712", 10),
            ("620", 10),
            ("580", 10),
            ("806", 10),
            ("559", 10),
            ("541", 10),
        ],
        "mobile": [("308", 10), ("641", 10), ("208", 10), ("509", 10)],
        "other": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        "fixed": [
            ("1392", 10),
            ("1228", 10),
            ("1603", 10),
            ("1743", 10),
            ("1524", 10),
            ("1452", 10),
            ("1896", 10),
            ("1904", 10),
            ("1722", 10),
            ("1970", 10),
            ("1437", 10),
            ("1387", 10),
        ],
        "mobile": [("77", 10), ("78", 10), ("79", 10), ("74", 10)],
        "other": [("800", 10), ("808", 10), ("345", 10), ("330", 10), ("370", 10)],
    },
    "DE": {
        "fixed": [
            ("5251", 10),
            ("4941", 10),
            ("8031", 10),
            ("9561", 10),
            ("3841", 10),
            ("2561", 10),
            ("761", 10),
            ("541", 10),
            ("4261", 10),
            ("3581", 10),
        ],
        "mobile": [("151", 11), ("160", 10), ("170", 10), ("171", 10), ("175", 10), ("176", 11), ("157", 11)],
        "other": [("800", 10), ("1805", 10)],
    },
    "FR": {
        "fixed": [("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9), ("810", 9)],
    },
    "ES": {
        "fixed": [("974", 9), ("975", 9), ("925", 9), ("979", 9), ("983", 9), ("987", 9), ("967", 9)],
        "mobile": [("6", 9)],
        "other": [("900", 9), ("902", 9)],
    },
    "IT": {
        "fixed": [("0521", 10), ("0522", 10), ("0372", 10), ("0461", 10), ("0471", 10), ("0575", 10)],
        "mobile": [("33", 10), ("34", 10), ("32", 10)],
        "other": [("800", 9)],
    },
    "NL": {
        "fixed": [("58", 9), ("38", 9), ("50", 9), ("53", 9), ("513", 9), ("592", 9), ("413", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 10), ("800", 7)],
    },
    "PT": {
        "fixed": [("239", 9), ("253", 9), ("259", 9), ("266", 9), ("245", 9)],
        "mobile": [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9)],
    },
    "BR": {
        "fixed": [("643", 10), ("663", 10), ("553", 10), ("443", 10), ("163", 10), ("343", 10)],
        "mobile": [("649", 11), ("659", 11), ("549", 11), ("449", 11)],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("8212", 10), ("2162", 10), ("1812", 10), ("7552", 10), ("2612", 10), ("4312", 10)],
        "mobile": [("98", 10), ("94", 10), ("70", 10), ("81", 10), ("99", 10)],
        "other": [("1800", 11)],
    },
    "AT": {"fixed": [("7242", 10), ("3862", 10), ("512", 10)], "mobile": [("664", 10), ("676", 10)]},
    "CH": {"fixed": [("34", 9), ("41", 9), ("71", 9), ("81", 9)], "mobile": [("79", 9), ("78", 9)]},
    "BE": {"fixed": [("50", 8), ("51", 8), ("57", 8), ("89", 8)], "mobile": [("47", 9), ("49", 9)]},
    "IE": {"fixed": [("44", 9), ("56", 9), ("66", 9), ("74", 9)], "mobile": [("85", 9), ("87", 9)]},
    "AU": {"fixed": [("26", 9), ("35", 9), ("74", 9), ("86", 9)], "mobile": [("4", 9)]},
}

# towns for announced local numbers: region -> [(town, area code without trunk prefix, subscriber length)]
AREAS = {
    "US": [
        ("Ames", "515", 7),
        ("Salina", "785", 7),
        ("Sioux Falls", "605", 7),
        ("Billings", "406", 7),
        ("Fargo", "701", 7),
        ("Dubuque", "563", 7),
        ("Le Mars", "712", 7),
        ("Dodge City", "620", 7),
        ("Visalia", "559", 7),
        ("Pendleton", "541", 7),
    ],
    "GB": [
        ("Exeter", "1392", 6),
        ("Carlisle", "1228", 6),
        ("Norwich", "1603", 6),
        ("Shrewsbury", "1743", 6),
        ("Lancaster", "1524", 6),
        ("Gloucester", "1452", 6),
        ("Salisbury", "1722", 6),
        ("Dumfries", "1387", 6),
    ],
    "DE": [
        ("Paderborn", "5251", 6),
        ("Husum", "4841", 6),
        ("Rosenheim", "8031", 6),
        ("Coburg", "9561", 6),
        ("Güstrow", "3843", 6),
        ("Rheine", "5971", 6),
        ("Cloppenburg", "4471", 6),
        ("Vechta", "4441", 6),
    ],
    "NL": [
        ("Leeuwarden", "58", 7),
        ("Zwolle", "38", 7),
        ("Groningen", "50", 7),
        ("Enschede", "53", 7),
        ("Heerenveen", "513", 6),
        ("Assen", "592", 6),
        ("Veghel", "413", 6),
    ],
    "BR": [
        ("Rio Verde", "64", 8),
        ("Rondonópolis", "66", 8),
        ("Passo Fundo", "54", 8),
        ("Maringá", "44", 8),
        ("Ribeirão Preto", "16", 8),
        ("Uberaba", "34", 8),
    ],
    "IN": [
        ("Mysuru", "821", 7),
        ("Ahmednagar", "241", 7),
        ("Karnal", "184", 7),
        ("Nashik", "253", 7),
        ("Anand", "2692", 6),
        ("Ludhiana", "161", 7),
        ("Guntur", "863", 7),
    ],
}

TRUNK = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}


def grp(digits, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return [x for x in out if x]


def pairs_right(digits):
    """Pairs counted from the right, a leading single digit when odd (old German style)."""
    head = len(digits) % 2
    parts = [digits[:head]] if head else []
    parts += [digits[i : i + 2] for i in range(head, len(digits), 2)]
    return parts


def draw(rng, region, kind):
    """Draw a valid number of region and kind ('fixed', 'mobile', 'other'); return the parsed number."""
    for _ in range(500):
        prefix, total = rng.choice(PREFIXES[region][kind])
        rest = "".join(str(rng.randrange(10)) for _ in range(total - len(prefix)))
        nsn = prefix + rest
        num = pn.parse("+" + CC[region] + nsn, None)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        typ = pn.number_type(num)
        want = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
        if typ in want and (kind != "fixed" or region == "US" or typ == T.FIXED_LINE):
            if region == "US" and nsn[3:6] == "555":
                continue
            return num
    raise RuntimeError(f"no {kind} number for {region}")


def split(num):
    nsn = pn.national_significant_number(num)
    ndc = pn.length_of_national_destination_code(num)
    return nsn[:ndc], nsn[ndc:]


def _sp(parts, sep=" "):
    return sep.join(parts)


def habits(region, ndc, sub, mode):
    """Candidate writings (new habits) of one number; mode 'national', 'international' or 'other'."""
    n = ndc + sub
    if mode == "international":
        table = {
            "US": [f"+1-{ndc}-{sub[:3]}-{sub[3:]}", f"+1{n}", f"+1 ({ndc}) {sub[:3]}.{sub[3:]}"],
            "GB": [f"+44 (0){ndc} {_sp(grp(sub, [3, 3, 4]))}", f"+44 {ndc} {sub}", f"+44 (0) {ndc} {sub}"],
            "DE": [f"+49 (0){ndc} {sub}", f"+49 (0) {ndc} {_sp(pairs_right(sub))}", f"+49 {ndc} {sub}"],
            "FR": [
                f"+33 {ndc} {_sp(grp(sub, [2, 2, 2, 2]))}",
                f"+33 (0){ndc} {_sp(grp(sub, [2, 2, 2, 2]))}",
                f"+33.{ndc}.{'.'.join(grp(sub, [2, 2, 2, 2]))}",
            ],
            "ES": [f"+34 {n[:3]} {_sp(grp(n[3:], [2, 2, 2]))}", f"(+34) {n[:3]} {n[3:6]} {n[6:]}"],
            "IT": [
                f"+39 {ndc} {_sp(grp(sub, [4, 4]))}" if len(sub) == 8 else f"+39 {ndc} {sub}",
                f"+39 {n[:3]} {n[3:6]} {n[6:]}",
                f"+39 {ndc}.{sub}",
            ],
            "NL": [f"+31 (0){ndc} {sub}", f"+31 {ndc} {_sp(grp(sub, [len(sub) // 2]))}", f"+31-{ndc}-{sub}"],
            "PT": [f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"(+351) {n}"],
            "BR": [
                f"+55 {ndc} {sub[:-4]}-{sub[-4:]}",
                f"+55 {ndc} {sub[:-4]} {sub[-4:]}",
                f"+55-{ndc}-{sub}",
            ],
            "IN": [f"+91 {ndc} {_sp(grp(sub, [len(sub) - 4]))}", f"+91 {n[:5]} {n[5:]}", f"(+91) {n}"],
            "AT": [f"+43 (0){ndc} {sub}", f"+43 {ndc} {_sp(grp(sub, [3, 2, 2]))}"],
            "CH": [f"+41 (0){ndc} {_sp(grp(sub, [3, 2, 2]))}", f"+41 {ndc} {sub}"],
            "BE": [f"+32 (0){ndc} {_sp(grp(sub, [2, 2, 2]))}", f"+32 {ndc} {_sp(grp(sub, [2, 2, 2]))}"],
            "IE": [f"+353 (0){ndc} {_sp(grp(sub, [3, 4]))}", f"+353 {ndc} {sub}"],
            "AU": [f"+61 (0){ndc} {_sp(grp(sub, [4, 4]))}", f"+61 {ndc} {_sp(grp(sub, [len(sub) // 2]))}"],
        }
        return table[region]
    if mode == "other":
        table = {
            "US": [
                f"({ndc}) {sub[:3]}-{sub[3:]}",
                f"{ndc}.{sub[:3]}.{sub[3:]}",
                f"{ndc}-{sub[:3]}-{sub[3:]}",
            ],
            "GB": [f"0{ndc} {sub[:3]} {sub[3:]}", f"0{ndc}-{sub}"],
            "DE": [f"0{ndc} {sub}", f"0{ndc}-{_sp(grp(sub, [3, 2, 2]))}"],
            "FR": [f"0{n[0]} {_sp(grp(n[1:], [2, 2, 2, 2]))}", f"0{n[:3]}.{'.'.join(grp(n[3:], [2, 2, 2]))}"],
            "ES": [f"{n[:3]} {n[3:6]} {n[6:]}", n],
            "IT": [f"{n[:3]} {n[3:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"],
            "NL": [f"0{ndc} {sub}", f"0{ndc}-{sub}"],
            "PT": [f"{n[:3]} {n[3:6]} {n[6:]}"],
            "BR": [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:]}"],
            "IN": [n, f"{n[:4]} {n[4:]}"],
        }
        return table[region]
    table = {
        "US": [f"{ndc}-{sub[:3]}-{sub[3:]}", f"({ndc}){sub[:3]}-{sub[3:]}", f"{ndc}.{sub[:3]}.{sub[3:]}"],
        "GB": [f"0{ndc} {sub}", f"0{n}", f"0{ndc} {sub[:3]} {sub[3:]}" if len(sub) == 6 else f"0{ndc} {sub}"],
        "DE": [f"(0{ndc}) {_sp(pairs_right(sub))}", f"0{ndc} {sub}", f"0{ndc}-{sub}"],
        "FR": [
            f"0{ndc} {_sp(grp(sub, [2, 2, 2, 2]))}",
            f"0{ndc}.{'.'.join(grp(sub, [2, 2, 2, 2]))}",
            f"0{n}",
        ],
        "ES": [f"{n[:3]} {_sp(grp(n[3:], [2, 2, 2]))}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"],
        "IT": [
            f"{ndc} {sub}",
            f"{ndc}.{sub}",
            f"{n[:3]} {n[3:6]} {n[6:]}" if n[0] == "3" else f"{ndc} {sub}",
        ],
        "NL": [
            f"(0{ndc}) {sub}",
            f"0{ndc} {_sp(grp(sub, [3, 2, 2]) if len(sub) == 7 else pairs_right(sub))}",
            f"0{ndc}-{sub}",
        ],
        "PT": [f"{n[:3]} {n[3:6]} {n[6:]}", n],
        "BR": [
            f"({ndc}) {sub[:-4]}-{sub[-4:]}",
            f"0{ndc} {sub[:-4]}-{sub[-4:]}",
            f"{ndc} {sub[:-4]} {sub[-4:]}",
        ],
        "IN": [f"0{ndc} {_sp(grp(sub, [len(sub) - 4]))}", f"(0{ndc}) {sub}", f"0{ndc}-{sub}"],
    }
    out = table[region]
    if region == "IN" and n[0] in "6789":
        out = [f"{n[:5]} {n[5:]}", n, f"0{n}"]
    return out


def write(rng, num, mode):
    """A writing of num in mode that parses back to the same valid number; return the text."""
    region = pn.region_code_for_number(num)
    ndc, sub = split(num)
    cands = habits(region, ndc, sub, mode)
    rng.shuffle(cands)
    want = pn.format_number(num, pn.PhoneNumberFormat.E164)
    for text in cands:
        if parses_to(text, region, want):
            return text
    raise RuntimeError(f"no writing for {want}")


def parses_to(text, region, e164):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and pn.format_number(got, pn.PhoneNumberFormat.E164) == e164


def local_forms(region, sub):
    """New habits for subscriber-only numbers."""
    if region == "US":
        return [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}\u2013{sub[3:]}"]
    if region == "GB":
        return [" ".join(grp(sub, [2, 2, 2])), f"{sub[:3]}-{sub[3:]}"]
    if region == "DE":
        return [" ".join(pairs_right(sub)), f"{sub[:2]}-{sub[2:]}" if len(sub) == 6 else sub]
    if region == "NL":
        if len(sub) == 7:
            return [sub, f"{sub[:3]}-{sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}"]
        return [f"{sub[:2]}-{sub[2:]}", f"{sub[:2]}-{sub[2:4]}-{sub[4:]}"]
    if region == "BR":
        return [f"{sub[:4]}.{sub[4:]}", sub]
    if region == "IN":
        if len(sub) == 8:
            return [f"{sub[:4]}-{sub[4:]}", sub]
        if len(sub) == 7:
            return [f"{sub[:3]}-{sub[3:]}", sub]
        return [f"{sub[:3]}-{sub[3:]}", sub]
    raise KeyError(region)


def put_back(region, area, local_text):
    """The local text with trunk prefix and area code put back, as a dialled national string."""
    return f"{TRUNK[region]}{area} {local_text}"


def draw_local(rng, region, area, sublen):
    """A valid fixed-line number in area; return (local text, e164)."""
    for _ in range(500):
        first = "23456789"
        if region == "BR":
            first = "2345"
        sub = rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(sublen - 1))
        num = pn.parse("+" + CC[region] + area + sub, None)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in FIXED or (region != "US" and pn.number_type(num) != T.FIXED_LINE):
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        if region == "US" and sub.startswith("555"):
            continue
        e164 = pn.format_number(num, pn.PhoneNumberFormat.E164)
        text = rng.choice(local_forms(region, sub))
        if parses_to(put_back(region, area, text), region, e164):
            return text, e164
    raise RuntimeError(f"no local number for {region} {area}")
