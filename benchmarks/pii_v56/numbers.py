"""Phone numbers for v56: drawn from prefixes, checked with phonenumbers, written in fresh habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# region -> kind -> (prefixes of the national significant number, candidate lengths)
PREFIXES = {
    "US": {
        "fixed": (["207", "808", "702", "407", "928", "843", "504", "970"], [10]),
        "mobile": (["415", "617", "305", "512"], [10]),
        "other": (["800", "888", "877", "866", "855"], [10]),
    },
    "GB": {
        "fixed": (["131", "141", "151", "161", "191", "113", "1225", "1904", "1273"], [10]),
        "mobile": (["7400", "7500", "771", "780", "791"], [10]),
        "other": (["800", "808"], [10]),
    },
    "DE": {
        "fixed": (["30", "89", "40", "351", "451", "6221", "8821", "6722"], [10, 11, 9]),
        "mobile": (["151", "160", "170", "171", "176", "157", "162"], [10, 11]),
        "other": (["800"], [10]),
    },
    "FR": {
        "fixed": (["1", "2", "3", "4", "5"], [9]),
        "mobile": (["6", "7"], [9]),
        "other": (["800", "805", "809"], [9]),
    },
    "ES": {
        "fixed": (["91", "93", "95", "96", "971", "928", "922"], [9]),
        "mobile": (["6", "71"], [9]),
        "other": (["900", "800"], [9]),
    },
    "IT": {
        "fixed": (["06", "02", "055", "041", "081", "0471"], [9, 10]),
        "mobile": (["33", "34", "32", "38", "39"], [10]),
        "other": (["800", "803"], [9]),
    },
    "NL": {
        "fixed": (["20", "10", "30", "43", "50", "222", "118"], [9]),
        "mobile": (["6"], [9]),
        "other": (["800"], [10]),
    },
    "PT": {
        "fixed": (["21", "22", "289", "291"], [9]),
        "mobile": (["91", "92", "93", "96"], [9]),
        "other": (["800"], [9]),
    },
    "BR": {
        "fixed": (["112", "213", "413", "483", "713", "542"], [10]),
        "mobile": (["119", "219", "419", "489", "719"], [11]),
        "other": (["800"], [10]),
    },
    "IN": {
        "fixed": (["112", "222", "442", "802", "1412"], [10]),
        "mobile": (["98", "97", "96", "99", "93", "70", "81"], [10]),
        "other": (["1800"], [11]),
    },
    "AT": {"fixed": (["1", "512", "662"], [8, 9, 10]), "mobile": (["664", "676", "699"], [10, 11])},
    "CH": {"fixed": (["44", "22", "31", "81"], [9]), "mobile": (["76", "78", "79"], [9])},
    "BE": {"fixed": (["2", "3", "9"], [8]), "mobile": (["47", "48", "49"], [9])},
    "AU": {"fixed": (["2", "3", "7", "8"], [9]), "mobile": (["4"], [9])},
    "IE": {"fixed": (["1", "21", "91"], [8, 9]), "mobile": (["83", "85", "86", "87"], [9])},
}
WANT = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}

# Local regions: towns with their area codes (tourist towns)
AREAS = {
    "US": [
        ("Bar Harbor", "207"),
        ("Honolulu", "808"),
        ("Las Vegas", "702"),
        ("Orlando", "407"),
        ("Flagstaff", "928"),
        ("Charleston", "843"),
        ("New Orleans", "504"),
        ("Aspen", "970"),
    ],
    "GB": [
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("Manchester", "161"),
        ("Newcastle", "191"),
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
    ],
    "DE": [
        ("Dresden", "351"),
        ("Lübeck", "451"),
        ("Heidelberg", "6221"),
        ("Garmisch-Partenkirchen", "8821"),
        ("Rüdesheim", "6722"),
        ("Cochem", "2671"),
        ("Füssen", "8362"),
        ("Berchtesgaden", "8652"),
    ],
    "NL": [
        ("Maastricht", "43"),
        ("Den Burg", "222"),
        ("Haarlem", "23"),
        ("Giethoorn", "521"),
        ("Middelburg", "118"),
        ("Delft", "15"),
        ("Alkmaar", "72"),
        ("Groningen", "50"),
    ],
    "BR": [
        ("Florianópolis", "48"),
        ("Gramado", "54"),
        ("Foz do Iguaçu", "45"),
        ("Ouro Preto", "31"),
        ("Paraty", "24"),
        ("Natal", "84"),
        ("Bonito", "67"),
        ("Porto Seguro", "73"),
    ],
    "IN": [
        ("Jaipur", "141"),
        ("Udaipur", "294"),
        ("Panaji", "832"),
        ("Agra", "562"),
        ("Varanasi", "542"),
        ("Shimla", "177"),
        ("Kochi", "484"),
        ("Mysuru", "821"),
    ],
}
NSN_LEN = {"US": [10], "GB": [10], "DE": [9, 10, 11], "NL": [9], "BR": [10], "IN": [10]}
SUB_FIRST = {"US": "23456789", "GB": "2345678", "DE": "2345678", "NL": "2345678", "BR": "2345", "IN": "2"}


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def draw(rng, region, kind):
    prefixes, lengths = PREFIXES[region][kind]
    for _ in range(2000):
        pre = rng.choice(prefixes)
        n = rng.choice(lengths)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if pn.is_valid_number(num) and pn.number_type(num) in WANT[kind]:
            if pn.region_code_for_number(num) == region:
                return num
    raise RuntimeError(f"no {kind} number for {region}")


def draw_local(rng, region, area):
    """A fixed-line number in the given area code whose geographical area code is exactly `area`."""
    for _ in range(5000):
        n = rng.choice(NSN_LEN[region])
        rest = n - len(area)
        if rest < 5:
            continue
        sub = rng.choice(SUB_FIRST[region]) + "".join(rng.choice("0123456789") for _ in range(rest - 1))
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + area + sub)
        if not pn.is_valid_number(num) or pn.number_type(num) not in FIXED:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError(f"no local number for {region} {area}")


def nsn_of(num):
    return pn.national_significant_number(num)


def split(num):
    """(ndc, subscriber) using phonenumbers' national destination code length."""
    nsn = nsn_of(num)
    k = pn.length_of_national_destination_code(num)
    if k <= 0:
        k = 3 if len(nsn) > 8 else 2
    return nsn[:k], nsn[k:]


def pairs(s):
    """Digits in pairs from the right, an odd lead kept as three: '3456789' -> '345 67 89'."""
    out = []
    while len(s) > 3:
        out.insert(0, s[-2:])
        s = s[:-2]
    if s:
        out.insert(0, s)
    return " ".join(out)


def threes(s, sep=" "):
    out = []
    while len(s) > 4:
        out.append(s[:3])
        s = s[3:]
    out.append(s)
    return sep.join(out)


def half(s, sep=" "):
    k = len(s) // 2 if len(s) % 2 == 0 else len(s) // 2 - 1
    if len(s) <= 5:
        return s
    return s[:k] + sep + s[k:] if len(s) % 2 == 0 else s[: len(s) - 4] + sep + s[-4:]


def intl_std(num):
    return pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)


def _us(num, intl):
    nsn = nsn_of(num)
    a, x, y = nsn[:3], nsn[3:6], nsn[6:]
    if intl:
        return [f"+1-{a}-{x}-{y}", f"+1.{a}.{x}.{y}", f"+1 ({a}) {x}.{y}"]
    return [f"{a}.{x}.{y}", f"({a}){x}-{y}", f"1-{a}-{x}-{y}", f"1.{a}.{x}.{y}", f"{a}-{x}-{y}"]


def _gb(num, intl):
    ndc, sub = split(num)
    g = half(sub)
    if intl:
        return [f"+44 (0){ndc} {g}", f"+44 (0) {ndc} {g}", f"+44 {ndc} {g}"]
    return [f"0{ndc}-{g}", f"0{ndc} {g}", f"0{ndc}-{sub}"]


def _de(num, intl):
    ndc, sub = split(num)
    if ndc.startswith("1"):
        if intl:
            return [f"+49 (0){ndc} {sub}", f"+49 (0) {ndc} {sub[:4]} {sub[4:]}"]
        return [f"0{ndc}-{sub}", f"0{ndc} {sub[:4]} {sub[4:]}", f"(0{ndc}) {sub}"]
    if intl:
        return [f"+49 (0){ndc} {sub}", f"+49 (0) {ndc} {pairs(sub)}", f"+49 {ndc} {pairs(sub)}"]
    return [f"0{ndc}-{sub}", f"(0{ndc}) {pairs(sub)}", f"0{ndc} {pairs(sub)}", f"0{ndc} - {sub}"]


def _fr(num, intl):
    nsn = nsn_of(num)
    p = pairs(nsn[1:])
    if intl:
        return [f"+33 (0){nsn[0]} {p}", f"+33 {nsn[0]} {p}", f"+33 (0) {nsn[0]}.{p.replace(' ', '.')}"]
    return [f"0{nsn[0]}.{p.replace(' ', '.')}", f"0{nsn[0]} {p}", f"0{nsn[0]}-{p.replace(' ', '-')}"]


def _es(num, intl):
    nsn = nsn_of(num)
    t = f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    p = f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"
    if intl:
        return [f"(+34) {t}", f"+34 {p}", f"+34 {t}"]
    return [t, p, f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"]


def _it(num, intl):
    nsn = nsn_of(num)
    if nsn.startswith("3"):
        g = f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        if intl:
            return [f"(+39) {g}", f"+39 {g}", f"+39 {nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"]
        return [g, f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"{nsn[:3]}-{nsn[3:]}"]
    ndc, sub = split(num)
    if not ndc.startswith("0"):
        ndc, sub = nsn[:2], nsn[2:]
    g = half(sub)
    if intl:
        return [f"+39 {ndc} {g}", f"(+39) {ndc} {sub}", f"+39 {ndc}.{sub}"]
    return [f"{ndc} {g}", f"{ndc}.{sub}", f"({ndc}) {g}"]


def _nl(num, intl):
    ndc, sub = split(num)
    if ndc == "6" or len(sub) == 8:
        g = f"{sub[:3]} {sub[3:6]} {sub[6:]}" if len(sub) == 8 else half(sub)
        if intl:
            return [f"+31 (0){ndc} {sub[:4]} {sub[4:]}", f"+31 {ndc} {g}"]
        return [f"0{ndc} {g}", f"0{ndc}-{g}", f"0{ndc} {sub[:4]} {sub[4:]}"]
    g = f"{sub[:3]} {sub[3:]}" if len(sub) == 7 else f"{sub[:3]} {sub[3:]}"
    if intl:
        return [f"+31 (0){ndc} {g}", f"+31 {ndc} {g}", f"+31 (0) {ndc} {pairs(sub)}"]
    return [f"(0{ndc}) {g}", f"0{ndc} {g}", f"(0{ndc}) {sub}"]


def _pt(num, intl):
    nsn = nsn_of(num)
    t = f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if intl:
        return [f"(+351) {t}", f"+351 {t}", f"+351 {nsn}"]
    return [t, f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"]


def _br(num, intl):
    nsn = nsn_of(num)
    a, s = nsn[:2], nsn[2:]
    x, y = s[:-4], s[-4:]
    if intl:
        return [f"+55 {a} {x}-{y}", f"+55 {a} {x} {y}", f"+55 ({a}) {x}.{y}"]
    return [f"({a}) {x}.{y}", f"{a}-{x}-{y}", f"({a}) {x} {y}", f"({a}) {x}-{y}"]


def _in(num, intl):
    nsn = nsn_of(num)
    if pn.number_type(num) == T.MOBILE:
        if intl:
            return [f"+91 {nsn[:5]} {nsn[5:]}", f"+91-{nsn[:5]}-{nsn[5:]}", f"+91 {nsn[:5]}{nsn[5:]}"]
        return [f"{nsn[:5]}-{nsn[5:]}", f"{nsn[:5]} {nsn[5:]}", f"0{nsn[:5]}-{nsn[5:]}"]
    ndc, sub = split(num)
    g = f"{sub[:4]} {sub[4:]}" if len(sub) == 8 else f"{sub[:3]} {sub[3:]}"
    if intl:
        return [f"+91 {ndc} {g}", f"+91 ({ndc}) {sub}", f"+91-{ndc}-{g.replace(' ', '-')}"]
    return [f"(0{ndc}) {g}", f"0{ndc}-{g}", f"0{ndc} {sub}"]


def _other(num, region):
    nsn = nsn_of(num)
    if region == "US":
        return [
            f"1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
            f"({nsn[:3]}){nsn[3:6]}-{nsn[6:]}",
            f"1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
        ]
    if region == "GB":
        return [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:]}"]
    if region == "DE":
        return [f"0{nsn[:3]} {pairs(nsn[3:])}", f"(0{nsn[:3]}) {nsn[3:]}"]
    if region == "FR":
        return [pairs("0" + nsn), "0" + nsn[0] + "." + pairs(nsn[1:]).replace(" ", ".")]
    if region == "ES":
        return [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
    if region == "IT":
        return [f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"{nsn[:3]} {nsn[3:]}"]
    if region == "NL":
        return [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:]}"]
    if region == "PT":
        return [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}-{nsn[3:]}"]
    if region == "BR":
        return [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:]}"]
    if region == "IN":
        return [f"1 {nsn[1:4]} {nsn[4:7]} {nsn[7:]}", f"{nsn[:4]} {nsn[4:8]} {nsn[8:]}"]
    raise KeyError(region)


def _generic_intl(num, region):
    std = intl_std(num)
    cc = "+" + str(num.country_code)
    rest = std[len(cc) + 1 :]
    return [f"{cc} (0){rest}", std]


WRITERS = {
    "US": _us,
    "GB": _gb,
    "DE": _de,
    "FR": _fr,
    "ES": _es,
    "IT": _it,
    "NL": _nl,
    "PT": _pt,
    "BR": _br,
    "IN": _in,
}


def forms(num, region, intl, other=False):
    if other:
        return _other(num, region)
    if region in WRITERS:
        return WRITERS[region](num, intl)
    return _generic_intl(num, region)


def parses_back(text, region, num):
    try:
        back = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(back) and e164(back) == e164(num)


def write(rng, num, region, intl, other=False):
    cands = [f for f in forms(num, region, intl, other) if parses_back(f, region, num)]
    if not cands:
        raise RuntimeError(f"no form for {e164(num)}")
    return rng.choice(cands)


def local_forms(region, sub):
    if region == "US":
        return [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
    if region == "GB":
        return [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"]
    if region == "DE":
        return [pairs(sub), sub, f"{sub[:-4]} {sub[-4:]}" if len(sub) > 6 else sub]
    if region == "NL":
        return [f"{sub[:3]} {sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]}-{sub[3:]}"]
    if region == "BR":
        return [f"{sub[:-4]}.{sub[-4:]}", sub, f"{sub[:-4]} {sub[-4:]}"]
    if region == "IN":
        if len(sub) == 8:
            return [sub, f"{sub[:4]}-{sub[4:]}"]
        return [sub, f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"]
    raise KeyError(region)


def put_back(region, area, local_text):
    """The local text with its area code (and trunk prefix) put back, as a national number."""
    if region in ("US", "BR"):
        return area + " " + local_text
    return "0" + area + " " + local_text
