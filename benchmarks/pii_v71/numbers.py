"""Phone numbers for the v71 set: drawn at random from a prefix, kept when valid and of the wanted type,
written in the habits below, and every written form parsed back to the same valid number."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIX, MOB, FREE = "fixed", "mobile", "free"

# region -> kind -> list of (prefix of the national significant number, nsn length)
PREFIXES = {
    "US": {
        FIX: [(a, 10) for a in ("406", "928", "828", "435", "541", "307", "218", "802", "907", "970")],
        MOB: [(a, 10) for a in ("208", "303", "505", "801", "509")],
        FREE: [(a, 10) for a in ("800", "888", "877", "866")],
    },
    "GB": {
        FIX: [("1463", 10), ("1397", 10), ("1539", 10), ("1768", 10), ("1874", 10), ("114", 10), ("29", 10)],
        MOB: [("77", 10), ("78", 10), ("79", 10), ("74", 10), ("75", 10)],
        FREE: [("800", 10), ("808", 10), ("300", 10), ("345", 10), ("330", 10)],
    },
    "DE": {
        FIX: [("8821", 10), ("8652", 10), ("8322", 10), ("3943", 10), ("511", 10), ("89", 10), ("7651", 10)],
        MOB: [("151", 11), ("152", 11), ("160", 10), ("170", 10), ("171", 10), ("175", 10), ("176", 11)],
        FREE: [("800", 10), ("1805", 10), ("1806", 10)],
    },
    "FR": {
        FIX: [(d, 9) for d in ("1", "2", "3", "4", "5")],
        MOB: [("6", 9), ("7", 9)],
        FREE: [("800", 9), ("805", 9), ("809", 9)],
    },
    "ES": {
        FIX: [(d, 9) for d in ("91", "93", "95", "96", "974", "987", "958")],
        MOB: [("6", 9), ("71", 9)],
        FREE: [("900", 9), ("800", 9)],
    },
    "IT": {
        FIX: [("06", 10), ("02", 10), ("0461", 10), ("0471", 10), ("0165", 10), ("055", 10)],
        MOB: [("33", 10), ("34", 10), ("32", 10), ("39", 10)],
        FREE: [("800", 9), ("803", 9)],
    },
    "NL": {
        FIX: [(d, 9) for d in ("20", "50", "55", "26", "222", "320", "58", "318", "24")],
        MOB: [("6", 9)],
        FREE: [("800", 10), ("800", 7)],
    },
    "PT": {
        FIX: [("21", 9), ("22", 9), ("289", 9), ("239", 9), ("291", 9)],
        MOB: [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
        FREE: [("800", 9)],
    },
    "BR": {
        FIX: [(a + "3", 10) for a in ("48", "92", "67", "65", "45", "54", "24", "84", "11")],
        MOB: [(a + "9", 11) for a in ("48", "92", "67", "65", "45", "21", "11", "31")],
        FREE: [("800", 10)],
    },
    "IN": {
        FIX: [("135", 10), ("177", 10), ("821", 10), ("361", 10), ("44", 10), ("22", 10), ("80", 10)],
        MOB: [("9", 10), ("8", 10), ("7", 10)],
        FREE: [("1800", 11)],
    },
    "AT": {FIX: [("512", 10), ("662", 10), ("1", 10), ("5372", 10)], MOB: [("664", 10), ("676", 10)]},
    "CH": {FIX: [("27", 9), ("81", 9), ("33", 9), ("44", 9), ("31", 9)], MOB: [("79", 9), ("78", 9)]},
    "BE": {FIX: [("2", 8), ("87", 8), ("61", 8), ("9", 8)], MOB: [("47", 9), ("48", 9), ("49", 9)]},
    "IE": {FIX: [("1", 9), ("66", 9), ("64", 9), ("91", 9)], MOB: [("85", 9), ("86", 9), ("87", 9)]},
    "AU": {FIX: [("2", 9), ("3", 9), ("7", 9), ("8", 9)], MOB: [("4", 9)]},
}

WANT = {
    FIX: (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
    MOB: (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
    FREE: (T.TOLL_FREE, T.SHARED_COST, T.UAN),
}

# local regions: town -> national area code (without trunk prefix)
AREAS = {
    "US": {
        "Bozeman": "406",
        "Flagstaff": "928",
        "Asheville": "828",
        "Moab": "435",
        "Bend": "541",
        "Jackson Hole": "307",
        "Duluth": "218",
        "Burlington": "802",
        "Anchorage": "907",
        "Estes Park": "970",
    },
    "GB": {
        "Inverness": "1463",
        "Fort William": "1397",
        "Kendal": "1539",
        "Penrith": "1768",
        "Brecon": "1874",
        "Sheffield": "114",
        "Aviemore": "1479",
        "Dolgellau": "1341",
        "Keswick": "17687",
    },
    "DE": {
        "Garmisch-Partenkirchen": "8821",
        "Berchtesgaden": "8652",
        "Oberstdorf": "8322",
        "Füssen": "8362",
        "Wernigerode": "3943",
        "Hannover": "511",
        "München": "89",
        "Titisee-Neustadt": "7651",
        "Bad Schandau": "35022",
    },
    "NL": {
        "Den Burg": "222",
        "Apeldoorn": "55",
        "Arnhem": "26",
        "Lelystad": "320",
        "Terschelling": "562",
        "Groningen": "50",
        "Leeuwarden": "58",
        "Ede": "318",
        "Nijmegen": "24",
    },
    "BR": {
        "Florianópolis": "48",
        "Manaus": "92",
        "Campo Grande": "67",
        "Cuiabá": "65",
        "Foz do Iguaçu": "45",
        "Gramado": "54",
        "Petrópolis": "24",
        "Natal": "84",
        "Bonito": "67",
    },
    "IN": {
        "Dehradun": "135",
        "Shimla": "177",
        "Mysuru": "821",
        "Guwahati": "361",
        "Darjeeling": "354",
        "Munnar": "4865",
        "Leh": "1982",
        "Ooty": "423",
    },
}
LOCAL_NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}


def _valid(num, kind):
    return pn.is_valid_number(num) and pn.number_type(num) in WANT[kind]


def draw(rng, region, kind):
    """Return (nsn digits, ndc length) of a valid number of the given kind."""
    opts = PREFIXES[region][kind]
    for _ in range(500):
        pre, length = rng.choice(opts)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if region == "US" and nsn[3] in "01":
            continue
        if region == "IT" and kind == FIX and not nsn.startswith("0"):
            continue
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, None)
        if _valid(num, kind) and pn.region_code_for_number(num) == region:
            return nsn, _ndc_len(num)
    raise RuntimeError(f"no number for {region} {kind}")


def _ndc_len(num):
    n = pn.length_of_geographical_area_code(num)
    return n or pn.length_of_national_destination_code(num)


def draw_local(rng, region, town):
    area = AREAS[region][town]
    length = LOCAL_NSN_LEN[region]
    if region == "IN" and len(area) > 3:
        length = 10
    for _ in range(2000):
        first = rng.choice("23456789")
        sub = first + "".join(rng.choice("0123456789") for _ in range(length - len(area) - 1))
        if region == "BR":
            sub = rng.choice("2334") + sub[1:]
        if region == "IN":
            sub = "2" + sub[1:]
        nsn = area + sub
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, None)
        if _valid(num, FIX) and pn.length_of_geographical_area_code(num) == len(area):
            return sub
    raise RuntimeError(f"no local number for {region} {town}")


def put_back(region, area, local):
    """National form of a local number: trunk prefix and area code put back."""
    digits = "".join(c for c in local if c.isdigit())
    return TRUNK[region] + area + digits


def e164(nsn, region):
    return "+" + str(pn.country_code_for_region(region)) + nsn


def _g(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def national(rng, region, nsn, ndc, kind):
    """One national written form, in habits not used by v52."""
    a, r = nsn[:ndc], nsn[ndc:]
    if region == "US":
        return rng.choice(
            [
                f"{a}-{r[:3]}-{r[3:]}",
                f"{a}.{r[:3]}.{r[3:]}",
                f"({a}){r[:3]}-{r[3:]}",
                f"1-{a}-{r[:3]}-{r[3:]}",
                f"1.{a}.{r[:3]}.{r[3:]}",
            ]
        )
    if region == "GB":
        if kind == FIX and ndc == 3:
            return rng.choice([f"0{a}-{r[:3]}-{r[3:]}", f"0{a} {r[:3]} {r[3:]}", f"0{a}-{r}"])
        if kind == FIX:
            return rng.choice([f"0{a} {r[:3]} {r[3:]}", f"0{a}-{r}", f"0{a}.{r[:3]}.{r[3:]}"])
        return rng.choice(
            [f"0{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}", f"0{nsn[:4]} {nsn[4:]}", f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
        )
    if region == "DE":
        if kind == MOB:
            return rng.choice([f"0{a} {r[:4]} {r[4:]}", f"(0{a}) {r}", f"0{a}-{r}"])
        if kind == FREE:
            return rng.choice([f"0{a} {r[:3]} {r[3:]}", f"0{a}-{r}"])
        pairs = " ".join(_g(r[::-1], *[2] * 6))[::-1]
        return rng.choice([f"(0{a}) {r}", f"0{a}-{r}", f"0{a} {pairs}", f"(0{a}) {pairs}"])
    if region == "FR":
        d = "0" + nsn
        return rng.choice(
            [
                " ".join(_g(d, 2, 2, 2, 2, 2)),
                ".".join(_g(d, 2, 2, 2, 2, 2)),
                f"{d[:2]} {d[2:4]}{d[4:6]} {d[6:8]}{d[8:]}",
            ]
        )
    if region == "ES":
        if nsn[0] in "67":
            return rng.choice(
                [f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"]
            )
        return rng.choice(
            [
                f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
                f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                f"({nsn[:2]}) {nsn[2:5]} {nsn[5:7]} {nsn[7:]}" if nsn[:2] in ("91", "93") else nsn,
            ]
        )
    if region == "IT":
        if kind == MOB:
            return rng.choice(
                [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:]}", f"{nsn[:3]}-{nsn[3:]}"]
            )
        if kind == FREE:
            return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:]}"])
        return rng.choice([f"{a} {r[:4]} {r[4:]}", f"({a}) {r}", f"{a}.{r}"])
    if region == "NL":
        if kind == MOB:
            return rng.choice([f"06 {r[:3]} {r[3:5]} {r[5:]}", f"(06) {r}", f"06.{r}"])
        if kind == FREE:
            return f"0{a} {r[:3]} {r[3:]}" if len(r) == 7 else f"0{a} {r}"
        return rng.choice([f"(0{a}) {r[:3]} {r[3:5]} {r[5:]}", f"0{a} {r[:3]} {r[3:]}", f"0{a}/{r}"])
    if region == "PT":
        return rng.choice(
            [
                f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}",
            ]
        )
    if region == "BR":
        if kind == FREE:
            return rng.choice([f"0800 {nsn[3:6]} {nsn[6:]}", f"0800.{nsn[3:6]}.{nsn[6:]}"])
        if kind == MOB:
            return rng.choice([f"({a}) {r[:5]}-{r[5:]}", f"{a} {r[:5]}-{r[5:]}", f"(0{a}) {r[:5]}-{r[5:]}"])
        return rng.choice([f"({a}) {r[:4]}.{r[4:]}", f"{a} {r[:4]}.{r[4:]}", f"(0{a}) {r[:4]}-{r[4:]}"])
    if region == "IN":
        if kind == FREE:
            return rng.choice([f"1800 {nsn[4:]}", nsn])
        if kind == MOB:
            return rng.choice([f"{nsn[:5]} {nsn[5:]}", f"0{nsn[:5]}-{nsn[5:]}", f"0{nsn}"])
        return rng.choice(
            [f"(0{a}) {r[:4]} {r[4:]}" if len(r) == 8 else f"(0{a}) {r}", f"0{a} {r}", f"0{a}-{r}"]
        )
    raise ValueError(region)


def international(rng, region, nsn, ndc, kind):
    cc = str(pn.country_code_for_region(region))
    a, r = nsn[:ndc], nsn[ndc:]
    trunkless = region in ("US", "IT", "ES", "PT")
    forms = [f"+{cc}-{a}-{r}", f"+{cc} {a} {r}"]
    if not trunkless and kind != FREE:
        forms.append(f"+{cc} (0){a} {r}")
    if region == "US":
        forms = [f"+1-{a}-{r[:3]}-{r[3:]}", f"+1 {a}-{r[:3]}-{r[3:]}", f"+1.{a}.{r[:3]}.{r[3:]}"]
    elif region == "FR":
        forms = [
            f"+33 (0){nsn[0]} " + " ".join(_g(nsn[1:], 2, 2, 2, 2)),
            f"+33 {nsn[0]} " + " ".join(_g(nsn[1:], 2, 2, 2, 2)),
            f"+33.{nsn[0]}." + ".".join(_g(nsn[1:], 2, 2, 2, 2)),
        ]
    elif region == "BR":
        forms = [f"+55 {a} {r[:-4]}-{r[-4:]}", f"+55 ({a}) {r[:-4]} {r[-4:]}", f"+55-{a}-{r}"]
    elif region == "CH":
        forms = [f"+41 (0){a} {r[:3]} {r[3:5]} {r[5:]}", f"+41-{a}-{r[:3]}-{r[3:5]}-{r[5:]}", f"+41 {a} {r}"]
    return rng.choice(forms)


def local(rng, region, sub):
    """Subscriber-only written forms (new habits)."""
    n = len(sub)
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}–{sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
    if region == "GB":
        if n == 7:
            return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"])
        if n == 6:
            return rng.choice([f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]}-{sub[3:]}"])
        if n == 5:
            return rng.choice([sub, f"{sub[:2]} {sub[2:]}"])
        return rng.choice([f"{sub[:4]} {sub[4:]}", f"{sub[:4]}-{sub[4:]}"])
    if region == "DE":
        pairs = " ".join(_g(sub[::-1], *[2] * 6))[::-1]
        return rng.choice([pairs, sub, f"{sub[:3]} {sub[3:]}" if n == 6 else pairs])
    if region == "NL":
        if n == 7:
            return rng.choice([f"{sub[:3]} {sub[3:]}", sub, f"{sub[:3]} {sub[3:5]} {sub[5:]}"])
        return rng.choice([f"{sub[:2]} {sub[2:4]} {sub[4:]}", sub, f"{sub[:3]}-{sub[3:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]} - {sub[4:]}"])
    if region == "IN":
        if n == 7:
            return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"])
        if n == 5:
            return rng.choice([sub, f"{sub[:2]}-{sub[2:]}"])
        if n == 6:
            return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}"])
        return rng.choice([f"{sub[:4]}-{sub[4:]}", sub, f"{sub[:4]} {sub[4:]}"])
    raise ValueError(region)


def parses_to(text, region, want_e164):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == want_e164
