"""Phone numbers for v99: areas, random valid numbers and the written habits (see make_heldout_set)."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
FREE = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# towns with their area codes (without trunk prefix), for the six local regions
AREAS = {
    "US": [
        ("Sacramento", "916"),
        ("Tulsa", "918"),
        ("Albuquerque", "505"),
        ("Omaha", "402"),
        ("Richmond", "804"),
        ("Des Moines", "515"),
        ("Savannah", "912"),
        ("Fresno", "559"),
        ("Lexington", "859"),
        ("Providence", "401"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Cambridge", "1223"),
        ("Norwich", "1603"),
        ("Exeter", "1392"),
        ("York", "1904"),
        ("Brighton", "1273"),
        ("London", "20"),
    ],
    "DE": [
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Hannover", "511"),
        ("Nürnberg", "911"),
        ("Bonn", "228"),
        ("Kiel", "431"),
        ("Augsburg", "821"),
        ("Regensburg", "941"),
        ("Potsdam", "331"),
        ("Heidelberg", "6221"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Eindhoven", "40"),
        ("Haarlem", "23"),
        ("Zwolle", "38"),
        ("Nijmegen", "24"),
        ("Amersfoort", "33"),
        ("Tilburg", "13"),
        ("Apeldoorn", "55"),
        ("Maastricht", "43"),
        ("Deventer", "570"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Goiânia", "62"),
        ("Campinas", "19"),
        ("Florianópolis", "48"),
        ("Manaus", "92"),
        ("Natal", "84"),
        ("Vitória", "27"),
        ("Londrina", "43"),
        ("São Luís", "98"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Indore", "731"),
        ("Kochi", "484"),
        ("Hyderabad", "40"),
        ("Kolkata", "33"),
        ("Ahmedabad", "79"),
        ("Coimbatore", "422"),
        ("Chandigarh", "172"),
    ],
}

# (prefixes, national significant number lengths) to draw from, by region and type
DRAW = {
    ("US", "fixed"): (["2", "3", "4", "5", "6", "7", "8", "9"], [10]),
    ("US", "mobile"): (["2", "3", "4", "5", "6", "7", "8", "9"], [10]),
    ("US", "free"): (["800", "888", "877", "866"], [10]),
    ("GB", "fixed"): (["113", "114", "117", "121", "131", "141", "151", "161", "1632", "1223", "20"], [10]),
    ("GB", "mobile"): (["74", "75", "77", "78", "79"], [10]),
    ("GB", "free"): (["800", "808", "345", "330"], [10]),
    ("DE", "fixed"): (["30", "40", "69", "89", "221", "211", "711", "341", "511"], [10, 11]),
    ("DE", "mobile"): (["151", "152", "160", "162", "170", "171", "172", "175", "176", "177"], [10, 11]),
    ("DE", "free"): (["800"], [10]),
    ("FR", "fixed"): (["1", "2", "3", "4", "5"], [9]),
    ("FR", "mobile"): (["6", "7"], [9]),
    ("FR", "free"): (["800", "805"], [9]),
    ("ES", "fixed"): (["91", "93", "95", "96", "94", "98"], [9]),
    ("ES", "mobile"): (["6", "71", "72"], [9]),
    ("ES", "free"): (["900", "800"], [9]),
    ("IT", "fixed"): (["02", "06", "011", "055", "051", "081"], [9, 10]),
    ("IT", "mobile"): (["32", "33", "34", "35", "36", "38", "39"], [10]),
    ("IT", "free"): (["800", "803"], [9]),
    ("NL", "fixed"): (["10", "20", "30", "70", "50", "40", "23", "570"], [9]),
    ("NL", "mobile"): (["6"], [9]),
    ("NL", "free"): (["800"], [10]),
    ("PT", "fixed"): (["21", "22", "239", "253", "289"], [9]),
    ("PT", "mobile"): (["91", "92", "93", "96"], [9]),
    ("PT", "free"): (["800"], [9]),
    ("BR", "fixed"): (["113", "213", "313", "413", "513", "613", "714", "812"], [10]),
    ("BR", "mobile"): (["119", "219", "319", "419", "519", "619", "719", "819"], [11]),
    ("BR", "free"): (["800"], [10]),
    ("IN", "fixed"): (["11", "22", "44", "80", "40", "20", "33"], [10]),
    ("IN", "mobile"): (["9", "8", "7"], [10]),
    ("IN", "free"): (["1800"], [11]),
    ("AT", "fixed"): (["1", "316", "512", "662", "732"], [10, 11]),
    ("AT", "mobile"): (["664", "660", "676", "699", "650"], [10, 11]),
    ("CH", "fixed"): (["44", "31", "61", "21", "22"], [9]),
    ("CH", "mobile"): (["76", "77", "78", "79"], [9]),
    ("BE", "fixed"): (["2", "3", "9", "4"], [8]),
    ("BE", "mobile"): (["47", "48", "49"], [9]),
    ("AU", "fixed"): (["2", "3", "7", "8"], [9]),
    ("AU", "mobile"): (["4"], [9]),
    ("IE", "fixed"): (["1", "21", "91", "61"], [8, 9]),
    ("IE", "mobile"): (["83", "85", "86", "87", "89"], [9]),
}

TYPES = {"fixed": FIXED, "mobile": MOBILE, "free": FREE}


def cc(region):
    return phonenumbers.country_code_for_region(region)


def draw(rng, region, kind, prefix=None, length=None):
    """A random valid number (NSN digits) of the wanted type; geographic area code checked for prefix."""
    prefixes, lengths = DRAW[(region, kind)]
    for _ in range(5000):
        p = prefix if prefix is not None else rng.choice(prefixes)
        n = length if length is not None else rng.choice(lengths)
        nsn = p + "".join(rng.choice("0123456789") for _ in range(n - len(p)))
        num = phonenumbers.parse("+" + str(cc(region)) + nsn)
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
            continue
        if phonenumbers.number_type(num) not in TYPES[kind]:
            continue
        if prefix is not None and nsn[len(p)] in "01":
            continue
        if prefix is not None and region != "US":
            if phonenumbers.length_of_geographical_area_code(num) != len(prefix):
                continue
        return nsn
    raise RuntimeError(f"no number for {region} {kind} {prefix}")


def e164(region, nsn):
    return "+" + str(cc(region)) + nsn


def local_length(region, area):
    """Subscriber length for a town's local numbers."""
    return {"US": 10, "GB": 10, "NL": 9, "BR": 10, "IN": 10}.get(region, 10 if len(area) <= 3 else 11)


def put_back(region, area, local):
    """A local (subscriber-only) form with trunk prefix and area code put back, as a dialled string."""
    digits = "".join(c for c in local if c.isdigit())
    trunk = {"US": "1", "BR": "0"}.get(region, "0")
    return trunk + area + digits


def parses_to(text, region, want):
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(num)
        and phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == want
    )


def _g(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _pairs(s):
    """Groups of two from the right (a leading single digit stays alone)."""
    head = s[: len(s) % 2]
    return ([head] if head else []) + [s[i : i + 2] for i in range(len(head), len(s), 2)]


def _area_len(region, nsn):
    num = phonenumbers.parse(e164(region, nsn))
    return phonenumbers.length_of_geographical_area_code(num) or 2


def habits(region, kind, nsn):
    """All written forms of one number used here: (national forms, international forms)."""
    c = "+" + str(cc(region))
    if region == "US":
        a, b, d = nsn[:3], nsn[3:6], nsn[6:]
        nat = [f"{a}-{b}-{d}", f"{a}.{b}.{d}", f"({a}){b}-{d}", f"1-{a}-{b}-{d}", f"1.{a}.{b}.{d}"]
        return nat, [f"+1-{a}-{b}-{d}", f"+1 {a}-{b}-{d}", f"+1.{a}.{b}.{d}"]
    if kind == "free":
        frees = {
            "GB": [" ".join(_g("0" + nsn, 4, 3, 4)), "-".join(_g("0" + nsn, 4, 3))],
            "DE": ["0" + nsn[:3] + " " + " ".join(_g(nsn[3:], 3, 2, 2)), "0" + nsn[:3] + " " + nsn[3:]],
            "FR": [" ".join(_pairs("0" + nsn)), ".".join(_pairs("0" + nsn))],
            "ES": [" ".join(_g(nsn, 3, 3, 3)), nsn[:3] + " " + " ".join(_pairs(nsn[3:]))],
            "IT": [".".join(_g(nsn, 3, 3, 3)), nsn[:3] + " " + nsn[3:]],
            "NL": ["0" + nsn[:3] + " " + " ".join(_g(nsn[3:], 3, 4)), "0" + nsn[:3] + "-" + nsn[3:]],
            "PT": [" ".join(_g(nsn, 3, 3, 3))],
            "BR": ["0" + nsn[:3] + " " + " ".join(_g(nsn[3:], 3, 4))],
            "IN": [nsn[:4] + " " + " ".join(_g(nsn[4:], 3, 4)), nsn[:4] + "-" + "-".join(_g(nsn[4:], 3, 4))],
        }
        return frees[region], []
    if kind == "fixed":
        al = _area_len(region, nsn)
        a, sub = nsn[:al], nsn[al:]
    else:
        a, sub = nsn[:3], nsn[3:]
        if region in ("NL",):
            a, sub = nsn[:1], nsn[1:]
        if region in ("FR", "BE", "CH", "AU"):
            a, sub = nsn[:1], nsn[1:]
        if region in ("IE", "BR"):
            a, sub = nsn[:2], nsn[2:]
        if region in ("ES", "IT", "PT"):
            a, sub = nsn[:3], nsn[3:]
    sp = " ".join(_g(sub, 3, 4)) if len(sub) == 7 else " ".join(_g(sub, 4, 4)) if len(sub) == 8 else sub
    if region == "GB":
        nat = (
            [f"0{a} {sp}", f"(0{a}) {sub}"]
            if kind == "fixed"
            else [f"0{a}{sub[:1]} {sub[1:]}", f"0{a}{sub[:1]}-{sub[1:]}"]
        )
        intl = (
            [f"{c} (0){a} {sp}", f"{c} {a} {sub}"] if kind == "fixed" else [f"{c} (0){a}{sub[:1]} {sub[1:]}"]
        )
        return nat, intl
    if region == "DE":
        nat = [f"(0{a}) {sub}", f"0{a} {sub}", f"0{a}-{sub}"]
        if len(sub) % 2 == 0:
            nat.append(f"0{a} " + " ".join(_pairs(sub)))
        return nat, [f"{c} (0){a} {sub}", f"{c} {a} " + " ".join(_g(sub, 4, 4))]
    if region == "NL":
        if kind == "mobile":
            return ["06 " + " ".join(_g(sub, 4, 4)), "06 " + " ".join(_pairs(sub))], [
                f"{c} (0)6 " + " ".join(_g(sub, 4, 4)),
                f"{c} 6 " + " ".join(_g(sub, 4, 4)),
            ]
        return [f"0{a} {sp}", f"(0{a}) {sub}", f"0{a}-" + sub[:3] + " " + " ".join(_pairs(sub[3:]))], [
            f"{c} (0){a} {sp}",
            f"{c} {a} {sp}",
        ]
    if region == "BR":
        if kind == "mobile":
            return [f"({a}) {sub[:5]}-{sub[5:]}", f"{a} {sub[:5]}-{sub[5:]}"], [
                f"{c} {a} {sub[:5]}-{sub[5:]}"
            ]
        return [f"({a}) {sub[:4]}-{sub[4:]}", f"0{a} {sub[:4]}-{sub[4:]}", f"{a} {sub}"], [
            f"{c} {a} {sub[:4]}-{sub[4:]}",
            f"{c} {a} {sub[:4]} {sub[4:]}",
        ]
    if region == "IN":
        if kind == "mobile":
            return [f"{nsn[:5]} {nsn[5:]}", nsn, f"0 {nsn[:5]} {nsn[5:]}"], [f"{c} {nsn[:5]} {nsn[5:]}"]
        return [f"(0{a}) {sp}", f"0{a}-{sub}"], [f"{c} {a} {sp}"]
    if region == "FR":
        return [" ".join(_pairs("0" + nsn)), ".".join(_pairs("0" + nsn))], [
            f"{c} (0){nsn[0]} " + " ".join(_pairs(nsn[1:])),
            f"{c} {nsn[0]} " + " ".join(_pairs(nsn[1:])),
        ]
    if region == "ES":
        three = " ".join(_g(nsn, 3, 3, 3))
        return [three, nsn, nsn[:3] + " " + " ".join(_pairs(nsn[3:]))], [f"{c} {three}", f"({c}) {three}"]
    if region == "IT":
        if kind == "mobile":
            return [f"{a} {sub[:3]} {sub[3:]}", f"{a}.{sub}"], [f"{c} {a} {sub[:3]} {sub[3:]}"]
        return [f"{a} {sub[:3]} {sub[3:]}", f"{a}.{sub[:3]}.{sub[3:]}"], [
            f"{c} {a} {sub[:3]} {sub[3:]}",
            f"({c}) {nsn}",
        ]
    if region == "PT":
        three = " ".join(_g(nsn, 3, 3, 3))
        return [three], [f"{c} {three}", f"({c}) {three}"]
    if region == "AT":
        return [], [f"{c} {a} {sub}", f"{c} (0){a} {sub}"]
    if region == "CH":
        return [], [
            f"{c} {nsn[:2]} " + " ".join(_g(nsn[2:], 3, 2, 2)),
            f"{c} (0){nsn[:2]} " + " ".join(_g(nsn[2:], 3, 2, 2)),
        ]
    if region == "BE":
        if kind == "mobile":
            return [], [f"{c} {nsn[:3]} " + " ".join(_pairs(nsn[3:]))]
        return [], [f"{c} {nsn[:1]} " + " ".join(_g(nsn[1:], 3, 2, 2))]
    if region == "AU":
        if kind == "mobile":
            return [], [f"{c} {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{c} (0) {nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
        return [], [f"{c} {nsn[0]} {nsn[1:5]} {nsn[5:]}"]
    if region == "IE":
        return [], [f"{c} (0){a} {sub}", f"{c} {a} " + " ".join(_g(sub, 3, 4))]
    raise KeyError(region)


def local_forms(region, sub):
    """Subscriber-only forms written for local numbers."""
    if region == "US":
        return [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
    if region == "GB":
        if len(sub) == 8:
            return [f"{sub[:4]} {sub[4:]}"]
        if len(sub) == 7:
            return [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
        return [sub]
    if region == "DE":
        out = [sub]
        if len(sub) == 6:
            out.append(" ".join(_pairs(sub)))
        if len(sub) == 7:
            out.append(f"{sub[:3]} {sub[3:]}")
        return out
    if region == "NL":
        if len(sub) == 7:
            return [f"{sub[:3]} {sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}"]
        return [" ".join(_pairs(sub)), sub]
    if region == "BR":
        return [f"{sub[:4]}.{sub[4:]}", f"{sub[:4]}-{sub[4:]}"]
    if region == "IN":
        if len(sub) == 8:
            return [f"{sub[:4]} {sub[4:]}", sub]
        return [sub, f"{sub[:3]} {sub[3:]}"]
    raise KeyError(region)
