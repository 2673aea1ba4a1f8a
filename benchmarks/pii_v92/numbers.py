"""Phone numbers for v92: drawn at random, kept when valid and of the wanted type, written in habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# towns and their area codes for the six local regions (subscriber-only numbers)
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Albuquerque", "505"),
        ("Savannah", "912"),
        ("Burlington", "802"),
        ("Duluth", "218"),
        ("Fresno", "559"),
        ("Lubbock", "806"),
        ("Asheville", "828"),
        ("Providence", "401"),
        ("Des Moines", "515"),
        ("Wichita", "316"),
    ],
    "GB": [
        ("Norwich", "1603"),
        ("York", "1904"),
        ("Exeter", "1392"),
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Brighton", "1273"),
        ("Cambridge", "1223"),
        ("Aberdeen", "1224"),
        ("Cardiff", "29"),
        ("Glasgow", "141"),
        ("Bath", "1225"),
    ],
    "DE": [
        ("Kiel", "431"),
        ("Lübeck", "451"),
        ("Erfurt", "361"),
        ("Regensburg", "941"),
        ("Würzburg", "931"),
        ("Bamberg", "951"),
        ("Trier", "651"),
        ("Göttingen", "551"),
        ("Heidelberg", "6221"),
        ("Konstanz", "7531"),
        ("Augsburg", "821"),
        ("Potsdam", "331"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Zwolle", "38"),
        ("Nijmegen", "24"),
        ("Maastricht", "43"),
        ("Haarlem", "23"),
        ("Delft", "15"),
        ("Eindhoven", "40"),
        ("Tilburg", "13"),
        ("Arnhem", "26"),
        ("Amersfoort", "33"),
        ("Deventer", "570"),
        ("Enschede", "53"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Porto Alegre", "51"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Natal", "84"),
        ("Campinas", "19"),
        ("Vitória", "27"),
        ("Londrina", "43"),
        ("Maceió", "82"),
        ("João Pessoa", "83"),
        ("Cuiabá", "65"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Ahmedabad", "79"),
        ("Kochi", "484"),
        ("Indore", "731"),
        ("Coimbatore", "422"),
        ("Varanasi", "542"),
        ("Patna", "612"),
        ("Chandigarh", "172"),
    ],
}

# leading digits and national significant number lengths to draw from, by region and type
PREFIX = {
    ("US", "fixed"): [(a, 10) for _, a in AREAS["US"]] + [("206", 10), ("617", 10), ("713", 10)],
    ("US", "mobile"): [("425", 10), ("503", 10), ("612", 10), ("720", 10)],
    ("US", "other"): [("800", 10), ("833", 10), ("877", 10)],
    ("GB", "fixed"): [("1603", 10), ("113", 10), ("1904", 10), ("29", 10), ("20", 10), ("131", 10)],
    ("GB", "mobile"): [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    ("GB", "other"): [("800", 10), ("808", 10)],
    ("DE", "fixed"): [("431", 10), ("89", 10), ("30", 10), ("221", 10), ("6221", 10), ("821", 9)],
    ("DE", "mobile"): [("151", 11), ("152", 11), ("160", 10), ("171", 10), ("176", 11), ("179", 10)],
    ("DE", "other"): [("800", 10), ("180", 10)],
    ("FR", "fixed"): [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    ("FR", "mobile"): [("6", 9), ("7", 9)],
    ("FR", "other"): [("800", 9), ("805", 9), ("806", 9)],
    ("ES", "fixed"): [("91", 9), ("93", 9), ("95", 9), ("96", 9), ("98", 9)],
    ("ES", "mobile"): [("6", 9), ("71", 9)],
    ("ES", "other"): [("900", 9), ("800", 9), ("901", 9)],
    ("IT", "fixed"): [("02", 10), ("06", 10), ("011", 10), ("055", 10), ("081", 10)],
    ("IT", "mobile"): [("320", 10), ("333", 10), ("347", 10), ("380", 10), ("393", 10)],
    ("IT", "other"): [("800", 9), ("803", 9)],
    ("NL", "fixed"): [("20", 9), ("10", 9), ("30", 9), ("50", 9), ("40", 9), ("570", 9)],
    ("NL", "mobile"): [("6", 9)],
    ("NL", "other"): [("800", 10), ("800", 7)],
    ("PT", "fixed"): [("21", 9), ("22", 9), ("239", 9), ("289", 9)],
    ("PT", "mobile"): [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
    ("PT", "other"): [("800", 9), ("808", 9)],
    ("BR", "fixed"): [(a + d, 10) for _, a in AREAS["BR"][:6] for d in "2345"],
    ("BR", "mobile"): [(a + "9", 11) for _, a in AREAS["BR"]],
    ("BR", "other"): [("800", 10)],
    ("IN", "fixed"): [(a + "2", 10) for _, a in AREAS["IN"]],
    ("IN", "mobile"): [("98", 10), ("97", 10), ("94", 10), ("88", 10), ("70", 10), ("63", 10)],
    ("IN", "other"): [("1800", 11), ("1800", 10)],
    ("AT", "fixed"): [("1", 10), ("316", 10), ("512", 10)],
    ("AT", "mobile"): [("664", 10), ("676", 10), ("699", 11)],
    ("CH", "fixed"): [("44", 9), ("31", 9), ("61", 9), ("22", 9)],
    ("CH", "mobile"): [("76", 9), ("78", 9), ("79", 9)],
    ("BE", "fixed"): [("2", 8), ("3", 8), ("9", 8), ("4", 8)],
    ("BE", "mobile"): [("470", 9), ("475", 9), ("486", 9), ("495", 9)],
    ("AU", "fixed"): [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    ("AU", "mobile"): [("41", 9), ("43", 9), ("45", 9)],
    ("IE", "fixed"): [("1", 8), ("21", 9), ("91", 9)],
    ("IE", "mobile"): [("85", 9), ("86", 9), ("87", 9)],
}

TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def draw(rng, region, kind, prefix=None):
    """A random valid number of the wanted kind; returns a PhoneNumber."""
    cc = pn.country_code_for_region(region)
    for _ in range(5000):
        lead, size = (
            (prefix, 10 if region in ("US",) else None) if prefix else rng.choice(PREFIX[(region, kind)])
        )
        if size is None:
            size = rng.choice([len(lead) + n for n in range(5, 9)])
        lead = lead.lstrip("0") if region != "IT" else lead
        digits = lead + "".join(rng.choice("0123456789") for _ in range(size - len(lead)))
        if kind == "fixed" and region in ("DE", "NL", "GB", "IT") and digits[len(lead)] in "01":
            continue
        num = pn.PhoneNumber(country_code=cc, national_number=int(digits))
        if region == "IT" and digits.startswith("0"):
            num.italian_leading_zero = True
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == region:
            if pn.number_type(num) in TYPES[kind]:
                return num
    raise RuntimeError(f"no {kind} number for {region} {prefix}")


def nsn(num):
    return pn.national_significant_number(num)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def draw_local(rng, region, area):
    """A fixed-line number with the given area code whose geographical area code has that length."""
    for _ in range(400):
        num = draw(rng, region, "fixed", prefix=area)
        if nsn(num).startswith(area) and pn.length_of_geographical_area_code(num) == len(area):
            sub = nsn(num)[len(area) :]
            if sub[0] in "01" or not 5 <= len(sub) <= 8:
                continue
            if region == "BR" and sub[0] not in "2345":
                continue
            return num
    raise RuntimeError(f"no local number for {region} {area}")


def _nat(num):
    return pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)


def _intl(num):
    return pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)


def _after_cc(num):
    return _intl(num).split(" ", 1)[1]


def _groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        if s[i : i + n]:
            out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def pairs(s):
    """German habit: pairs from the left, a final group of three when the length is odd."""
    if len(s) % 2 == 0:
        return " ".join(_groups(s, [2] * 6))
    return " ".join(_groups(s[:-3], [2] * 6) + [s[-3:]])


def national_forms(num, region):
    """Candidate national writings (habits); each is parsed back before use."""
    d = nsn(num)
    nat = _nat(num)
    f = []
    if region == "US":
        a, b, c = d[:3], d[3:6], d[6:]
        f += [f"{a}.{b}.{c}", f"({a}){b}-{c}", f"{a}-{b}-{c}", f"1.{a}.{b}.{c}", f"1-{a}-{b}-{c}"]
    elif region == "GB":
        f += [nat, nat.replace(" ", "-"), "0" + d]
        if d.startswith("7"):
            f += [f"0{d[:4]} {d[4:7]} {d[7:]}", f"0{d[:4]}-{d[4:]}"]
    elif region == "DE":
        area, rest = nat.split(" ", 1)
        rest = rest.replace(" ", "")
        f += [f"({area}) {rest}", f"{area}-{rest}"]
        if not d.startswith("1"):
            f.append(f"{area} {pairs(rest)}")
        else:
            f += [f"0{d[:4]} {d[4:]}", f"({area}) {rest[:4]} {rest[4:]}"]
    elif region == "FR":
        f += [nat, nat.replace(" ", "."), nat.replace(" ", "")]
    elif region == "ES":
        f += [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", d]
    elif region == "IT":
        f += [
            nat,
            nat.replace(" ", "."),
            d if d.startswith("3") else f"{nat.split(' ')[0]} {d[len(nat.split(' ')[0]) :]}",
        ]
    elif region == "NL":
        area, rest = nat.split(" ", 1)
        rest = rest.replace(" ", "")
        f += [f"({area}) {rest}", f"{area} {rest[:3]} {rest[3:]}" if len(rest) == 7 else f"{area} {rest}"]
        if d.startswith("6"):
            f += [f"06 {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"06{d[1:]}"]
    elif region == "PT":
        f += [f"{d[:3]} {d[3:6]} {d[6:]}", d]
    elif region == "BR":
        a, rest = d[:2], d[2:]
        f += [
            f"({a}) {rest[:-4]}{rest[-4:]}",
            f"{a} {rest[:-4]} {rest[-4:]}",
            f"({a}) {rest[:-4]}.{rest[-4:]}",
        ]
    elif region == "IN":
        if d[0] in "6789":
            f += [f"{d[:5]}-{d[5:]}", d, f"0{d[:5]} {d[5:]}"]
        else:
            area = nat.split(" ")[0]
            rest = d[len(area) - 1 :]
            f += [f"{area}-{rest}", f"({area}) {rest[:-4]} {rest[-4:]}", f"{area} {rest}"]
    return [x for x in f if x]


def intl_forms(num, region):
    d = nsn(num)
    cc = str(num.country_code)
    rest = _after_cc(num)
    f = [f"+{cc} {rest}", f"+{cc}.{rest.replace(' ', '.').replace('-', '.')}"]
    if region in ("GB", "DE", "NL", "AT", "CH", "BE", "AU", "IE"):
        f += [f"+{cc} (0){rest}", f"+{cc} (0) {rest}"]
    if region in ("ES", "PT", "IT"):
        f += [f"(+{cc}) {rest}", f"(+{cc}) {d}"]
    if region == "US":
        f += [f"+1-{d[:3]}-{d[3:6]}-{d[6:]}", f"+1 {d[:3]}.{d[3:6]}.{d[6:]}"]
    if region == "BR":
        f += [f"+55 {d[:2]} {d[2:-4]}-{d[-4:]}", f"+55 ({d[:2]}) {d[2:-4]} {d[-4:]}"]
    if region == "IN":
        f += [f"+91 {d[:5]} {d[5:]}" if d[0] in "6789" else f"+91 {rest}", f"+91-{d}"]
    if region == "FR":
        f += [f"+33 (0){rest}", f"+33 {d}"]
    return f


def other_forms(num, region):
    d = nsn(num)
    nat = _nat(num)
    f = [nat]
    if region == "US":
        f += [f"1.{d[:3]}.{d[3:6]}.{d[6:]}", f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"]
    elif region in ("GB", "DE", "NL", "BR", "IN"):
        f += [nat.replace(" ", "-", 1), nat.replace(" ", "")]
    elif region == "FR":
        f += [nat.replace(" ", ".")]
    return f


def local_forms(sub, region):
    """Subscriber-only writings."""
    n = len(sub)
    f = []
    if region == "US":
        f += [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"]
    elif region == "GB":
        f += [f"{sub[:3]} {sub[3:]}", sub]
        if n == 7:
            f.append(f"{sub[:3]}-{sub[3:]}")
        if n == 8:
            f = [f"{sub[:4]} {sub[4:]}", f"{sub[:4]}-{sub[4:]}"]
    elif region == "DE":
        f += [pairs(sub), sub, f"{sub[:3]} {sub[3:]}" if n in (6, 7) else f"{sub[: n // 2]} {sub[n // 2 :]}"]
    elif region == "NL":
        f += [
            f"{sub[:3]} {sub[3:]}",
            f"{sub[:3]}-{sub[3:]}" if n == 7 else f"{sub[:2]} {sub[2:4]} {sub[4:]}",
            sub,
        ]
    elif region == "BR":
        f += [f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]}-{sub[4:]}"]
    elif region == "IN":
        f += [f"{sub[:3]} {sub[3:]}" if n == 7 else f"{sub[:4]} {sub[4:]}", sub]
    return f


def parses_to(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)


def put_back(region, area, text):
    """The full number of a subscriber-only writing: trunk prefix and area code restored."""
    digits = "".join(c for c in text if c.isdigit())
    trunk = "" if region == "US" else "0"
    return pn.parse(trunk + area + digits, region)


def write(rng, num, region, mode):
    forms = {
        "national": national_forms,
        "international": intl_forms,
        "list-entry": national_forms,
        "other": other_forms,
    }[mode](num, region)
    if mode == "list-entry" and rng.random() < 0.25:
        forms = intl_forms(num, region)
    forms = [x for x in forms if parses_to(x, region, num)]
    if not forms:
        forms = [_intl(num)]
    return rng.choice(forms)


def write_local(rng, num, region, area):
    sub = nsn(num)[len(area) :]
    forms = [x for x in local_forms(sub, region) if e164(put_back(region, area, x)) == e164(num)]
    return rng.choice(forms)
