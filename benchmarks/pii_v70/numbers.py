"""Phone numbers for the v70 set: drawn at random, kept when valid, written in fresh habits."""

import phonenumbers as pn

T = pn.PhoneNumberType
FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# local regions: (town, area code without trunk prefix, subscriber length, first digits allowed)
AREAS = {
    "US": [
        ("Columbus", "614", 7, "2345678"),
        ("Tulsa", "918", 7, "2345678"),
        ("Omaha", "402", 7, "2345678"),
        ("Rochester", "585", 7, "2345678"),
        ("Savannah", "912", 7, "2345678"),
        ("Albuquerque", "505", 7, "2345678"),
        ("Providence", "401", 7, "2345678"),
        ("Lexington", "859", 7, "2345678"),
    ],
    "GB": [
        ("Leeds", "113", 7, "234"),
        ("Sheffield", "114", 7, "234"),
        ("Nottingham", "115", 7, "89"),
        ("Edinburgh", "131", 7, "2345"),
        ("Glasgow", "141", 7, "2345"),
        ("Cardiff", "29", 8, "2"),
        ("Norwich", "1603", 6, "2345678"),
        ("Exeter", "1392", 6, "2345678"),
    ],
    "DE": [
        ("Dresden", "351", 7, "2345"),
        ("Leipzig", "341", 7, "2345"),
        ("Kassel", "561", 6, "2345"),
        ("Regensburg", "941", 6, "2345"),
        ("Kiel", "431", 6, "2345"),
        ("Göttingen", "551", 6, "2345"),
        ("Heidelberg", "6221", 6, "2345"),
        ("Augsburg", "821", 6, "2345"),
    ],
    "NL": [
        ("Zwolle", "38", 7, "4"),
        ("Arnhem", "26", 7, "3"),
        ("Nijmegen", "24", 7, "3"),
        ("Maastricht", "43", 7, "3"),
        ("Haarlem", "23", 7, "5"),
        ("Delft", "15", 7, "2"),
        ("Tilburg", "13", 7, "5"),
        ("Enschede", "53", 7, "4"),
    ],
    "BR": [
        ("Porto Alegre", "51", 8, "3"),
        ("Recife", "81", 8, "3"),
        ("Goiânia", "62", 8, "3"),
        ("Florianópolis", "48", 8, "3"),
        ("Campinas", "19", 8, "3"),
        ("Manaus", "92", 8, "3"),
        ("Natal", "84", 8, "3"),
        ("Vitória", "27", 8, "3"),
    ],
    "IN": [
        ("Pune", "20", 8, "2"),
        ("Kolkata", "33", 8, "2"),
        ("Hyderabad", "40", 8, "2"),
        ("Jaipur", "141", 7, "2"),
        ("Lucknow", "522", 7, "2"),
        ("Ahmedabad", "79", 8, "2"),
        ("Kochi", "484", 7, "2"),
        ("Coimbatore", "422", 7, "2"),
    ],
}

TRUNK = {"US": "", "BR": "", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}

# prefixes (national significant number) for mobiles and for 'other' (toll-free, shared-cost, UAN) numbers
MOBILE_PREFIX = {
    "US": ["614", "918", "402", "585", "720", "971"],
    "GB": ["7700", "7911", "7480", "7563", "7824"],
    "DE": ["151", "160", "172", "176", "157"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["33", "34", "32", "38"],
    "NL": ["6"],
    "PT": ["91", "93", "96"],
    "BR": ["119", "219", "319", "419", "519", "819"],
    "IN": ["98", "97", "90", "88", "70"],
    "CH": ["76", "78", "79"],
    "AT": ["664", "676", "699"],
    "BE": ["470", "475", "486", "496"],
    "IE": ["83", "85", "86", "87"],
    "AU": ["4"],
}
FIXED_PREFIX = {
    "US": ["212", "617", "303", "206", "512", "615"],
    "GB": ["20", "121", "161", "1865", "1223"],
    "DE": ["30", "40", "89", "221", "711", "69"],
    "FR": ["1", "2", "3", "4", "5"],
    "ES": ["91", "93", "95", "96"],
    "IT": ["06", "02", "011", "055", "081"],
    "NL": ["20", "10", "70", "30", "40"],
    "PT": ["21", "22", "239", "289"],
    "BR": ["113", "213", "313", "613", "713"],
    "IN": ["11", "22", "44", "80"],
    "CH": ["44", "31", "61", "21", "22"],
    "AT": ["1", "316", "512", "662"],
    "BE": ["2", "3", "9", "4"],
    "IE": ["1", "21", "61", "91"],
    "AU": ["2", "3", "7", "8"],
}
OTHER_PREFIX = {
    "US": ["800", "888", "877", "866"],
    "GB": ["800", "808", "345", "330"],
    "DE": ["800"],
    "FR": ["800", "805", "809"],
    "ES": ["900", "800"],
    "IT": ["800", "803"],
    "NL": ["800"],
    "PT": ["800", "808"],
    "BR": ["800"],
    "IN": ["1800"],
}
OTHER_LEN = {"US": 10, "GB": 10, "DE": 10, "FR": 9, "ES": 9, "IT": 9, "NL": 10, "PT": 9, "BR": 10, "IN": 11}


def e164(n):
    return pn.format_number(n, pn.PhoneNumberFormat.E164)


def nsn(n):
    return pn.national_significant_number(n)


def _draw(rng, region, prefixes, types, total=None):
    meta_len = {"US": 10, "BR": 11, "IN": 10, "FR": 9, "ES": 9, "NL": 9, "PT": 9, "CH": 9, "BE": 9, "AU": 9}
    for _ in range(500):
        p = rng.choice(prefixes)
        if total:
            length = total
        elif region in meta_len:
            length = meta_len[region]
        elif region == "BR" and p.endswith("3"):
            length = 10
        else:
            length = rng.choice(
                {"GB": [10], "DE": [10, 11], "IT": [9, 10], "AT": [10, 11], "IE": [9]}[region]
            )
        if region == "BR" and len(p) == 3 and p.endswith("3"):
            length = 10
        if region == "IT" and p.startswith("0"):
            length = rng.choice([9, 10])
        if region == "BE" and p in ("2", "3", "9", "4"):
            length = 8
        if region == "AT" and p == "1":
            length = rng.choice([9, 10])
        s = p + "".join(rng.choice("0123456789") for _ in range(length - len(p)))
        if len(s) > len(p) and s[len(p)] == "0" and region in ("US", "DE", "GB"):
            continue
        try:
            n = pn.parse("+" + str(pn.country_code_for_region(region)) + s, None)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(n) and pn.number_type(n) in types and pn.region_code_for_number(n) == region:
            return n
    raise RuntimeError(f"no number for {region}")


def draw_fixed(rng, region):
    return _draw(rng, region, FIXED_PREFIX[region], FIXED)


def draw_mobile(rng, region):
    return _draw(rng, region, MOBILE_PREFIX[region], MOBILE)


def draw_other(rng, region):
    return _draw(rng, region, OTHER_PREFIX[region], OTHER, OTHER_LEN[region])


def draw_local(rng, region, area):
    town, code, sub_len, first = area
    for _ in range(500):
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        n = pn.parse("+" + str(pn.country_code_for_region(region)) + code + sub, None)
        if not pn.is_valid_number(n) or pn.number_type(n) not in FIXED:
            continue
        if pn.length_of_geographical_area_code(n) != len(code):
            continue
        return n, sub
    raise RuntimeError(f"no local number for {town}")


def groups(n):
    """Digit groups of phonenumbers' national format, trunk prefix included where it writes one."""
    out, cur = [], ""
    for ch in pn.format_number(n, pn.PhoneNumberFormat.NATIONAL):
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _pairs_right(s):
    """'3456789' -> '3 45 67 89' (pairs counted from the right, the old German way)."""
    parts = []
    while len(s) > 2:
        parts.insert(0, s[-2:])
        s = s[:-2]
    parts.insert(0, s)
    return " ".join(parts)


def write_local(rng, region, sub):
    """Subscriber part only, in a habit of the region."""
    if region == "US":
        return rng.choice([sub[:3] + "." + sub[3:], sub[:3] + "\u2013" + sub[3:]])
    if region == "GB":
        if len(sub) == 8:
            return rng.choice([sub[:4] + "-" + sub[4:], sub])
        if len(sub) == 6:
            return rng.choice([sub, sub[:2] + " " + sub[2:4] + " " + sub[4:]])
        return rng.choice([sub[:3] + "-" + sub[3:], sub[:3] + " " + sub[3:]])
    if region == "DE":
        return rng.choice(
            [
                _pairs_right(sub),
                sub[:3] + " " + sub[3:] if len(sub) == 6 else sub[:3] + " " + sub[3:5] + " " + sub[5:],
            ]
        )
    if region == "NL":
        return rng.choice([sub[:3] + " " + sub[3:], sub[:2] + " " + sub[2:4] + " " + sub[4:]])
    if region == "BR":
        return rng.choice([sub[:4] + "." + sub[4:], sub[:4] + "\u2013" + sub[4:]])
    if region == "IN":
        if len(sub) == 8:
            return rng.choice(
                [sub[:4] + "-" + sub[4:], sub[:2] + " " + sub[2:4] + " " + sub[4:6] + " " + sub[6:]]
            )
        return rng.choice([sub[:3] + "-" + sub[3:], sub])
    raise ValueError(region)


def put_back(region, area_code, text):
    """The local form with its area code (and trunk prefix) restored, as dialled from outside the town."""
    return TRUNK[region] + area_code + " " + text


def write_national(rng, n, region):
    g = groups(n)
    d = nsn(n)
    typ = pn.number_type(n)
    if region == "US":
        a, b, c = d[:3], d[3:6], d[6:]
        return rng.choice(
            [f"{a}.{b}.{c}", f"{a}-{b}-{c}", f"({a}){b}-{c}", f"1-{a}-{b}-{c}", f"1.{a}.{b}.{c}"]
        )
    if region == "GB":
        if d.startswith("20"):
            return rng.choice([f"(020) {d[2:6]} {d[6:]}", f"0{d[:3]} {d[3:6]} {d[6:]}"])
        if d.startswith("7"):
            return rng.choice([f"0{d[:4]} {d[4:]}", f"0{d[:4]}-{d[4:]}"])
        return rng.choice([" ".join(g), "-".join(g)])
    if region == "DE":
        a = g[0]
        rest = "".join(g[1:])
        if typ in MOBILE and typ not in FIXED:
            return rng.choice([f"{a} {rest}", f"{a}-{rest}", f"({a}) {rest}"])
        return rng.choice([f"({a}) {rest}", f"{a} {rest}", f"{a}-{rest}", f"{a} {_pairs_right(rest)}"])
    if region == "FR":
        z = "0" + d
        pairs = [z[i : i + 2] for i in range(0, 10, 2)]
        return rng.choice([".".join(pairs), " ".join(pairs)])
    if region == "ES":
        return rng.choice([" ".join(g), d, f"{d[:3]} {d[3:6]} {d[6:]}"])
    if region == "IT":
        if d.startswith("3"):
            return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", f"{d[:3]} {d[3:]}"])
        return rng.choice([" ".join(g), ".".join(g)])
    if region == "NL":
        if d.startswith("6"):
            return rng.choice([f"06 {d[1:4]} {d[4:7]} {d[7:]}", f"06-{d[1:5]} {d[5:]}"])
        return rng.choice([f"({g[0]}) {' '.join(g[1:])}", " ".join(g)])
    if region == "PT":
        return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d])
    if region == "BR":
        a, s = d[:2], d[2:]
        return rng.choice([f"({a}) {s[:-4]} {s[-4:]}", f"(0{a}) {s[:-4]}-{s[-4:]}", f"{a} {s[:-4]}-{s[-4:]}"])
    if region == "IN":
        if typ in MOBILE and typ not in FIXED:
            return rng.choice([f"{d[:5]} {d[5:]}", f"0{d[:5]}-{d[5:]}"])
        return rng.choice([f"({g[0]}) {' '.join(g[1:])}", f"{g[0]}-{''.join(g[1:])}"])
    raise ValueError(region)


def write_international(rng, n, region):
    cc = str(n.country_code)
    d = nsn(n)
    g = groups(n)
    zero = region in ("GB", "DE", "FR", "NL", "CH", "AT", "BE", "IE", "AU")
    if region == "US":
        return rng.choice([f"+1-{d[:3]}-{d[3:6]}-{d[6:]}", f"+1 {d[:3]}-{d[3:6]}-{d[6:]}"])
    if region == "FR":
        pairs = [d[0]] + [d[i : i + 2] for i in range(1, 9, 2)]
        return rng.choice([f"+33 (0){' '.join(pairs)}", f"+33 {' '.join(pairs)}"])
    body = list(g)
    if body and body[0].startswith("0") and region not in ("IT",):
        body[0] = body[0][1:]
    body = [b for b in body if b]
    if region == "BR":
        return rng.choice([f"+55 {d[:2]} {d[2:-4]}-{d[-4:]}", f"+55 {d[:2]} {d[2:-4]} {d[-4:]}"])
    if region == "IN":
        if d.startswith(("9", "8", "7")) and len(d) == 10 and pn.number_type(n) == T.MOBILE:
            return f"+91 {d[:5]} {d[5:]}"
        return "+91 " + " ".join(body)
    if region == "AU" and d.startswith("4"):
        return rng.choice([f"+61 (0){d[:3]} {d[3:6]} {d[6:]}", f"+61 {d[:3]} {d[3:6]} {d[6:]}"])
    if zero and rng.random() < 0.6:
        return f"+{cc} (0){' '.join(body)}"
    return f"+{cc} " + " ".join(body)


def write_other(rng, n, region):
    d = nsn(n)
    if region == "US":
        return rng.choice(
            [f"{d[:3]}.{d[3:6]}.{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}", f"({d[:3]}) {d[3:6]}-{d[6:]}"]
        )
    if region == "GB":
        return f"0{d[:3]} {d[3:6]} {d[6:]}"
    if region == "DE":
        return rng.choice([f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} - {d[3:]}"])
    if region == "FR":
        z = "0" + d
        return rng.choice(
            [".".join(z[i : i + 2] for i in range(0, 10, 2)), f"{z[:4]} {z[4:6]} {z[6:8]} {z[8:]}"]
        )
    if region in ("ES", "IT", "PT"):
        return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}" if region == "IT" else d])
    if region == "NL":
        return f"0{d[:3]} {d[3:6]} {d[6:]}"
    if region == "BR":
        return f"0{d[:3]} {d[3:6]} {d[6:]}"
    if region == "IN":
        return rng.choice([f"1-{d[1:4]}-{d[4:7]}-{d[7:]}", f"{d[:4]} {d[4:7]} {d[7:]}"])
    raise ValueError(region)


def parses_back(text, region, want):
    try:
        n = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n) and e164(n) == want
