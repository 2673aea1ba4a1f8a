"""Phone numbers for v69: drawn at random, kept when phonenumbers calls them valid, written in habits new
against v52, and checked to parse back to the same number (local forms with trunk and area code put back)."""

import phonenumbers as pn

# towns and their geographical area codes, for documents with subscriber-only (local) numbers
AREAS = {
    "US": [
        ("Savannah", "912"),
        ("Asheville", "828"),
        ("Napa", "707"),
        ("Charleston", "843"),
        ("Sedona", "928"),
        ("Santa Fe", "505"),
        ("Burlington", "802"),
        ("Traverse City", "231"),
        ("Lake Tahoe", "530"),
        ("Annapolis", "410"),
    ],
    "GB": [
        ("Bath", "1225"),
        ("York", "1904"),
        ("Cheltenham", "1242"),
        ("Harrogate", "1423"),
        ("Edinburgh", "131"),
        ("Cambridge", "1223"),
        ("Brighton", "1273"),
        ("Leeds", "113"),
        ("Glasgow", "141"),
    ],
    "DE": [
        ("Köln", "221"),
        ("Dresden", "351"),
        ("Leipzig", "341"),
        ("Hannover", "511"),
        ("Nürnberg", "911"),
        ("Stuttgart", "711"),
        ("Düsseldorf", "211"),
        ("Bremen", "421"),
    ],
    "NL": [
        ("Haarlem", "23"),
        ("Delft", "15"),
        ("Maastricht", "43"),
        ("Zwolle", "38"),
        ("Nijmegen", "24"),
        ("Den Bosch", "73"),
        ("Amersfoort", "33"),
        ("Arnhem", "26"),
    ],
    "BR": [
        ("Florianópolis", "48"),
        ("Gramado", "54"),
        ("Campinas", "19"),
        ("Recife", "81"),
        ("Belo Horizonte", "31"),
        ("Paraty", "24"),
        ("Búzios", "22"),
        ("Porto Alegre", "51"),
    ],
    "IN": [
        ("Jaipur", "141"),
        ("Udaipur", "294"),
        ("Goa", "832"),
        ("Kochi", "484"),
        ("Mysuru", "821"),
        ("Agra", "562"),
        ("Pune", "20"),
        ("Hyderabad", "40"),
        ("Lucknow", "522"),
    ],
}

TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}

# leading digits of the national significant number for fixed, mobile and 'other' numbers
PREFIX = {
    "US": {"mobile": ["415", "646", "720", "469", "503", "617"], "other": ["877", "866", "855"]},
    "GB": {"mobile": ["74", "75", "77", "78", "79"], "other": ["800", "808", "345"]},
    "DE": {"mobile": ["151", "152", "160", "162", "170", "172", "176", "179"], "other": ["800"]},
    "NL": {"mobile": ["61", "62", "64", "65"], "other": ["800"]},
    "BR": {"mobile": ["4899", "1199", "2198", "5198"], "other": ["800"]},
    "IN": {"mobile": ["98", "97", "94", "88", "70"], "other": ["1800"]},
    "FR": {"fixed": ["1", "2", "3", "4", "5"], "mobile": ["6", "7"], "other": ["800", "805"]},
    "ES": {"fixed": ["91", "93", "95", "96", "98"], "mobile": ["61", "62", "65", "69"], "other": ["900"]},
    "IT": {
        "fixed": ["06", "02", "055", "011"],
        "mobile": ["347", "333", "338", "320", "389"],
        "other": ["800"],
    },
    "PT": {"fixed": ["21", "22"], "mobile": ["91", "92", "93", "96"], "other": ["800"]},
    "AT": {"fixed": ["1", "512", "662"], "mobile": ["664", "660", "676", "699"]},
    "CH": {"fixed": ["44", "31", "21", "22", "61"], "mobile": ["76", "77", "78", "79"]},
    "BE": {"fixed": ["2", "3", "9"], "mobile": ["470", "475", "486", "495"]},
    "IE": {"fixed": ["1", "21", "91"], "mobile": ["83", "85", "86", "87"]},
    "AU": {"fixed": ["2", "3", "7", "8"], "mobile": ["41", "42", "43", "45"]},
}

TYPES = {
    "fixed": {pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE},
    "mobile": {pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE},
    "other": {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN},
}


def g(s, sizes, sep=" "):
    """Split digits s into groups of the given sizes (the last group takes the rest)."""
    out, i = [], 0
    for k in sizes[:-1]:
        out.append(s[i : i + k])
        i += k
    out.append(s[i:])
    return sep.join(x for x in out if x)


def draw(rng, region, kind, area=None):
    """A valid national significant number (string of digits) of the wanted kind."""
    md = pn.PhoneMetadata.metadata_for_region(region)
    desc = {"fixed": md.fixed_line, "mobile": md.mobile, "other": md.toll_free}[kind]
    lengths = list(desc.possible_length) or [10]
    for _ in range(5000):
        if area is not None:
            pre = area
        elif kind == "fixed" and region in AREAS:
            pre = rng.choice(AREAS[region])[1]
        else:
            pre = rng.choice(PREFIX[region][kind])
        if region == "DE" and area is not None:
            ln = len(area) + 7
        else:
            ln = rng.choice([x for x in lengths if 7 <= x <= 11] or lengths)
        if region == "IN" and kind == "other":
            ln = 11
        rest = ln - len(pre)
        if rest < 4:
            continue
        first = str(rng.randint(2, 9))
        nsn = pre + first + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        if region == "US" and nsn[3:6] == "555":
            continue
        num = pn.parse("+" + str(md.country_code) + nsn, None)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in TYPES[kind]:
            continue
        if area is not None and pn.length_of_geographical_area_code(num) != len(area):
            continue
        return nsn
    raise RuntimeError(f"no number for {region} {kind} {area}")


def _area_len(region, nsn):
    num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, None)
    return pn.length_of_geographical_area_code(num)


def national(rng, region, nsn, kind):
    """National forms, habits new against v52."""
    a = _area_len(region, nsn) if kind == "fixed" else 0
    s = nsn[a:]
    if region == "US":
        x, e, t = nsn[:3], nsn[3:6], nsn[6:]
        opts = [f"{x}.{e}.{t}", f"({x}){e}-{t}", f"1-{x}-{e}-{t}", f"{x}-{e}-{t}", f"1.{x}.{e}.{t}"]
    elif region == "GB":
        if kind == "mobile":
            opts = [f"0{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}", f"0{nsn}", f"0{nsn[:4]} {nsn[4:7]}-{nsn[7:]}"]
        elif kind == "other":
            opts = [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
        else:
            sub = g(s, [4, 4]) if len(s) == 8 else (g(s, [3, 4]) if len(s) == 7 else g(s, [3, 3]))
            opts = [f"0{nsn[:a]}-{sub.replace(' ', '-')}", f"(0{nsn[:a]}) {sub}", f"0{nsn}"]
    elif region == "DE":
        if kind == "mobile":
            opts = [f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]}-{nsn[3:]}", f"(0{nsn[:3]}) {g(nsn[3:], [3, 3])}"]
        elif kind == "other":
            opts = [f"0{nsn[:3]} {g(nsn[3:], [3, 4])}"]
        else:
            pairs = " ".join(reversed([s[max(0, i - 2) : i] for i in range(len(s), 0, -2)]))
            opts = [f"(0{nsn[:a]}) {s}", f"0{nsn[:a]}-{s}", f"0{nsn[:a]} {pairs}", f"(0{nsn[:a]}) {pairs}"]
    elif region == "FR":
        d = "0" + nsn
        if kind == "other":
            opts = [f"{d[:4]} {g(d[4:], [2, 2])}"]
        else:
            opts = [g(d, [2, 2, 2, 2]), g(d, [2, 2, 2, 2], "."), d]
    elif region == "ES":
        opts = [g(nsn, [3, 2, 2]), nsn] if kind != "other" else [g(nsn, [3, 3])]
        if kind == "mobile":
            opts = [g(nsn, [3, 2, 2]), nsn, g(nsn, [3, 3], " ")]
    elif region == "IT":
        if kind == "mobile":
            opts = [g(nsn, [3, 3]), f"{nsn[:3]}.{nsn[3:]}", f"{nsn[:3]}-{nsn[3:]}"]
        elif kind == "other":
            opts = [g(nsn, [3, 3])]
        else:
            p = 2 if nsn[:2] in ("06", "02") else 3
            opts = [g(nsn, [p, 4]), g(nsn, [p, 4], ".")]
    elif region == "NL":
        if kind == "mobile":
            opts = [g("0" + nsn, [2, 2, 2, 2]), f"06-{g(nsn[1:], [4])}", f"(06) {nsn[1:]}"]
        elif kind == "other":
            opts = [f"0{nsn[:3]} {g(nsn[3:], [3, 2])}"]
        else:
            sub3 = g(s, [3]) if len(s) == 7 else g(s, [3])
            opts = [f"0{nsn[:a]} {sub3}", f"(0{nsn[:a]}) {g(s, [3, 2]) if len(s) == 7 else g(s, [2, 2])}"]
    elif region == "PT":
        opts = [g(nsn, [3, 3]), nsn] if kind != "other" else [g(nsn, [3, 3])]
    elif region == "BR":
        if kind == "mobile":
            opts = [
                f"({nsn[:2]}) {nsn[2:7]}-{nsn[7:]}",
                f"{nsn[:2]} {nsn[2:7]}-{nsn[7:]}",
                f"({nsn[:2]}) {nsn[2:7]} {nsn[7:]}",
            ]
        elif kind == "other":
            opts = [f"0{nsn[:3]} {nsn[3:]}"]
        else:
            opts = [
                f"({nsn[:2]}) {s[:4]} {s[4:]}",
                f"{nsn[:2]} {s[:4]}.{s[4:]}",
                f"{nsn[:2]}-{s[:4]}-{s[4:]}",
            ]
    elif region == "IN":
        if kind == "mobile":
            opts = [g(nsn, [5]), nsn]
        elif kind == "other":
            opts = [nsn]
        else:
            opts = [f"(0{nsn[:a]}) {g(s, [len(s) - 4])}", f"0{nsn[:a]}-{s}"]
    else:
        raise ValueError(region)
    return rng.choice(opts)


def international(rng, region, nsn, kind):
    """International forms, habits new against v52 (no 00 prefixes)."""
    cc = str(pn.country_code_for_region(region))
    a = _area_len(region, nsn) if kind == "fixed" else 0
    if region == "US":
        x, e, t = nsn[:3], nsn[3:6], nsn[6:]
        opts = [f"+1-{x}-{e}-{t}", f"+1 {x}-{e}-{t}", f"+1{nsn}"]
    elif region == "GB":
        if kind == "mobile":
            opts = [
                f"+44 (0) {nsn[:4]} {nsn[4:]}",
                f"+44-{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}",
                f"+44 {g(nsn, [4, 3])}",
            ]
        else:
            opts = [
                f"+44 (0){nsn[:a]} {g(nsn[a:], [3] if len(nsn) - a == 6 else [len(nsn) - a - 4])}",
                f"+44 {nsn[:a]} {nsn[a:]}",
            ]
    elif region == "DE":
        p = a or 3
        opts = [f"+49 (0){nsn[:p]} {nsn[p:]}", f"+49 (0) {nsn[:p]} {nsn[p:]}", f"+49 {nsn[:p]}-{nsn[p:]}"]
    elif region == "FR":
        opts = [f"+33 {nsn[0]} {g(nsn[1:], [2, 2, 2])}", f"+33 (0){nsn[0]} {g(nsn[1:], [2, 2, 2])}"]
    elif region == "ES":
        opts = [f"+34 {g(nsn, [3, 2, 2])}", f"+34 {nsn}"]
    elif region == "IT":
        opts = (
            [f"+39 {g(nsn, [3, 3])}", f"+39 {nsn[:3]}-{nsn[3:]}"]
            if kind == "mobile"
            else [f"+39 {g(nsn, [2 if nsn[:2] in ('06', '02') else 3, 4])}"]
        )
    elif region == "NL":
        if kind == "mobile":
            opts = [f"+31 (0)6 {g(nsn[1:], [4])}", f"+31 6 {g(nsn[1:], [2, 2, 2])}"]
        else:
            opts = [f"+31 {nsn[:a]} {g(nsn[a:], [3])}", f"+31 (0){nsn[:a]} {g(nsn[a:], [3])}"]
    elif region == "PT":
        opts = [f"+351 {g(nsn, [3, 3])}", f"+351 {g(nsn, [2, 3])}"]
    elif region == "BR":
        opts = [
            f"+55 {nsn[:2]} {nsn[2:-4]}-{nsn[-4:]}",
            f"+55 {nsn[:2]} {nsn[2:-4]} {nsn[-4:]}",
            f"+55-{nsn[:2]}-{nsn[2:-4]}-{nsn[-4:]}",
        ]
    elif region == "IN":
        opts = (
            [f"+91 {g(nsn, [5])}", f"+91-{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}"]
            if kind == "mobile"
            else [f"+91 {nsn[:a]} {g(nsn[a:], [len(nsn) - a - 4])}", f"+91 ({nsn[:a]}) {nsn[a:]}"]
        )
    elif region == "AT":
        p = a or 3
        opts = [f"+43 (0){nsn[:p]} {nsn[p:]}", f"+43 {nsn[:p]} {g(nsn[p:], [3])}"]
    elif region == "CH":
        opts = [f"+41 (0){nsn[:2]} {g(nsn[2:], [3, 2])}", f"+41 {nsn[:2]} {nsn[2:]}"]
    elif region == "BE":
        p = 3 if kind == "mobile" else 1
        opts = [f"+32 (0){nsn[:p]} {g(nsn[p:], [3, 2] if p == 1 else [2, 2])}", f"+32 {nsn[:p]} {nsn[p:]}"]
    elif region == "IE":
        p = 2 if kind == "mobile" or nsn[0] != "1" else 1
        opts = [f"+353 (0){nsn[:p]} {g(nsn[p:], [3])}", f"+353 {nsn[:p]} {nsn[p:]}"]
    elif region == "AU":
        p = 3 if kind == "mobile" else 1
        opts = [f"+61 (0){nsn[:p]} {g(nsn[p:], [3] if p == 3 else [4])}", f"+61 {nsn[:p]} {nsn[p:]}"]
    else:
        raise ValueError(region)
    return rng.choice(opts) if cc else ""


def local(rng, region, sub):
    """Subscriber-only forms, habits new against v52."""
    n = len(sub)
    if region == "US":
        opts = [f"{sub[:3]}.{sub[3:]}"]
    elif region == "GB":
        opts = [f"{sub[:4]}-{sub[4:]}"] if n == 8 else ([g(sub, [3])] if n == 7 else [g(sub, [2, 2])])
    elif region == "DE":
        opts = [g(sub, [3, 2]), sub] if n == 7 else [g(sub, [4]), sub]
    elif region == "NL":
        opts = [g(sub, [3]), f"{sub[:3]}-{sub[3:]}"] if n == 7 else [g(sub, [2, 2])]
    elif region == "BR":
        opts = [f"{sub[:4]}.{sub[4:]}", sub]
    elif region == "IN":
        opts = (
            [f"{sub[:4]}-{sub[4:]}", sub]
            if n == 8
            else ([g(sub, [3]), sub] if n == 7 else [g(sub, [2, 2]), sub])
        )
    else:
        raise ValueError(region)
    return rng.choice(opts)


def e164(region, nsn):
    return "+" + str(pn.country_code_for_region(region)) + nsn


def parses_to(text, region, want):
    """True when text parses in region to the valid number want (E.164)."""
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == want


def put_back(region, area, text):
    """A local form with its trunk prefix and area code put back."""
    return TRUNK[region] + area + " " + text
