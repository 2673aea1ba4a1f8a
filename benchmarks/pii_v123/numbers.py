"""Phone numbers for the v123 set: drawn at random, kept when valid, written in fresh habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

# Towns with their area codes (national digits, no trunk prefix), for announced local numbers
# and for national fixed lines. Towns near excavations, hillforts, museums and finds centres.
AREAS = {
    "US": [
        ("Santa Fe", "505"),
        ("Bozeman", "406"),
        ("Flagstaff", "928"),
        ("Asheville", "828"),
        ("Williamsburg", "757"),
        ("Cody", "307"),
        ("Cortez", "970"),
        ("St. Augustine", "904"),
        ("Natchez", "601"),
        ("Plymouth", "508"),
    ],
    "GB": [
        ("York", "1904"),
        ("Dorchester", "1305"),
        ("Salisbury", "1722"),
        ("Colchester", "1206"),
        ("Lincoln", "1522"),
        ("Chester", "1244"),
        ("Cirencester", "1285"),
        ("Norwich", "1603"),
        ("Durham", "191"),
        ("Edinburgh", "131"),
        ("Cardiff", "29"),
    ],
    "DE": [
        ("Trier", "651"),
        ("Xanten", "2801"),
        ("Haltern am See", "2364"),
        ("Bramsche", "5461"),
        ("Regensburg", "941"),
        ("Detmold", "5231"),
        ("Schleswig", "4621"),
        ("Konstanz", "7531"),
        ("Halle (Saale)", "345"),
        ("Manching", "8459"),
    ],
    "NL": [
        ("Nijmegen", "24"),
        ("Maastricht", "43"),
        ("Leeuwarden", "58"),
        ("Alkmaar", "72"),
        ("Zwolle", "38"),
        ("Assen", "592"),
        ("Middelburg", "118"),
        ("Hoorn", "229"),
    ],
    "BR": [
        ("Lagoa Santa", "31"),
        ("Santarém", "93"),
        ("Manaus", "92"),
        ("Florianópolis", "48"),
        ("Goiânia", "62"),
        ("Cuiabá", "65"),
        ("Recife", "81"),
        ("Natal", "84"),
        ("Teresina", "86"),
    ],
    "IN": [
        ("Aurangabad", "240"),
        ("Patna", "612"),
        ("Agra", "562"),
        ("Lucknow", "522"),
        ("Mysuru", "821"),
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Bhubaneswar", "674"),
        ("Vadodara", "265"),
    ],
}

# Fixed lines for regions without local numbers (area code, total national length)
FIXED = {
    "FR": ["1", "2", "3", "4", "5"],
    "ES": ["91", "93", "954", "968", "983"],
    "IT": ["06", "02", "055", "081"],
    "PT": ["21", "22", "239", "289"],
    "CH": ["44", "31", "61", "21"],
    "AT": ["1", "662", "512", "316"],
    "BE": ["2", "3", "9", "4"],
    "IE": ["1", "21", "91", "61"],
    "AU": ["2", "3", "7", "8"],
}
MOBILE = {
    "US": ["505", "406", "828"],
    "GB": ["77", "78", "79", "74"],
    "DE": ["151", "160", "172", "176"],
    "NL": ["6"],
    "BR": None,
    "IN": ["98", "94", "70", "88"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["33", "34", "32"],
    "PT": ["91", "93", "96"],
    "CH": ["76", "78", "79"],
    "AT": ["664", "676", "699"],
    "BE": ["47", "48", "49"],
    "IE": ["85", "86", "87"],
    "AU": ["4"],
}
SERVICE = {
    "US": ["800", "888", "877"],
    "GB": ["800", "808", "345"],
    "DE": ["800"],
    "NL": ["800"],
    "BR": ["800"],
    "IN": ["1800"],
    "FR": ["800", "805"],
    "ES": ["900"],
    "IT": ["800"],
    "PT": ["800", "808"],
}
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.UAN)
NSN_LEN = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11, 9],
    "NL": [9],
    "BR": [10, 11],
    "IN": [10],
    "FR": [9],
    "ES": [9],
    "IT": [9, 10],
    "PT": [9],
    "CH": [9],
    "AT": [8, 9, 10, 11],
    "BE": [8, 9],
    "IE": [8, 9],
    "AU": [9],
}
TRUNK = {"US": "1", "BR": "", "ES": "", "IT": "", "PT": ""}


def _draw(rng, region, prefix, want, tries=400):
    for _ in range(tries):
        length = rng.choice(NSN_LEN[region])
        if region == "BR" and want == T.MOBILE:
            prefix = rng.choice(["31", "41", "11", "21", "62", "81"]) + "9" + rng.choice("6789")
        if region in ("DE", "AT") and want == T.FIXED_LINE:
            length = rng.choice([len(prefix) + 6, len(prefix) + 7]) if len(prefix) < 4 else len(prefix) + 5
        digits = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if region == "BR" and want == T.FIXED_LINE:
            digits = prefix + rng.choice("2345") + "".join(rng.choice("0123456789") for _ in range(7))
        if region == "US":
            digits = digits[:3] + rng.choice("23456789") + digits[4:]
            if digits[3:6] == "555":
                continue
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + _nsn_digits(region, digits), None)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        typ = pn.number_type(num)
        if want == "service":
            if typ not in SERVICE_TYPES:
                continue
        elif want == T.FIXED_LINE:
            if typ not in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE):
                continue
        elif typ not in (want, T.FIXED_LINE_OR_MOBILE):
            continue
        return num
    raise RuntimeError(f"no number for {region} {prefix} {want}")


def _nsn_digits(region, digits):
    return digits


def local_number(rng, region, area):
    """A fixed line in the town's area whose geographical area code is exactly `area`."""
    for _ in range(50):
        num = _draw(rng, region, area, T.FIXED_LINE)
        if pn.length_of_geographical_area_code(num) == len(area):
            return num
    raise RuntimeError(f"no local number for {region} {area}")


def fixed(rng, region):
    if region in AREAS:
        return local_number(rng, region, rng.choice(AREAS[region])[1])
    return _draw(rng, region, rng.choice(FIXED[region]), T.FIXED_LINE)


def mobile(rng, region):
    if region == "BR":
        return _draw(rng, region, "", T.MOBILE)
    return _draw(rng, region, rng.choice(MOBILE[region]), T.MOBILE)


def service(rng, region):
    return _draw(rng, region, rng.choice(SERVICE[region]), "service")


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def _split(s, *sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def _parts(num):
    nsn = pn.national_significant_number(num)
    k = pn.length_of_national_destination_code(num)
    if pn.region_code_for_number(num) == "NL" and pn.number_type(num) == T.MOBILE:
        k = 1
    return nsn[:k], nsn[k:]


def _rest(region, rest):
    """Subscriber part in the way people of the region group it (several habits, one picked later)."""
    n = len(rest)
    if region == "US":
        return [_split(rest, 3)]
    if region == "FR":
        return [_split(rest, 2, 2, 2, 2)]
    if region == "BR":
        return [_split(rest, n - 4)]
    if region in ("ES", "PT"):
        return [_split(rest, 3, 3) if n == 6 else _split(rest, 2, 2, 2)]
    if region in ("CH", "BE") and n >= 6:
        return [_split(rest, n - 4, 2), _split(rest, 3)]
    if n == 8:
        return [_split(rest, 4)] if region == "GB" else [_split(rest, 4), _split(rest, 3, 3)]
    if n == 7:
        return [_split(rest, 3), _split(rest, 3, 2)]
    if n == 6:
        return [_split(rest, 3), [rest]]
    return [[rest], _split(rest, n // 2)]


def national(rng, num):
    """A national written form in a habit not used by v52."""
    region = pn.region_code_for_number(num)
    ndc, rest = _parts(num)
    g = rng.choice(_rest(region, rest))
    t = TRUNK.get(region, "0")
    sp = " ".join(g)
    forms = {
        "US": lambda: [
            f"{ndc}-{g[0]}-{g[1]}",
            f"{ndc}.{g[0]}.{g[1]}",
            f"({ndc}){g[0]}-{g[1]}",
            f"1.{ndc}.{g[0]}.{g[1]}",
        ],
        "GB": lambda: [f"0{ndc}-{'-'.join(g)}", f"(0{ndc}) {''.join(g)}", f"0{ndc} {''.join(g)}"],
        "DE": lambda: [f"(0{ndc}) {sp}", f"0{ndc}-{''.join(g)}", f"0{ndc} {''.join(g)}"],
        "NL": lambda: [f"0{ndc} {sp}", f"(0{ndc}) {sp}", f"0{ndc}-{sp}"],
        "BR": lambda: [
            f"({ndc}) {'-'.join(g)}",
            f"{ndc}-{''.join(g[:-1])}-{g[-1]}",
            f"({ndc}) {' '.join(g)}",
        ],
        "IN": lambda: [f"(0{ndc}) {sp}", f"0{ndc}-{''.join(g)}", f"0{ndc} {sp}"],
        "FR": lambda: [f"0{ndc} {sp}", f"0{ndc}.{'.'.join(g)}"],
        "ES": lambda: [f"{ndc}{''.join(g)}", f"{ndc}{rest[:1]} {rest[1:3]} {rest[3:5]} {rest[5:]}".strip()],
        "IT": lambda: [f"{ndc} {sp}", f"{ndc}.{''.join(g)}", f"{ndc} {''.join(g)}"],
        "PT": lambda: [f"{ndc}{rest[:1]} {rest[1:4]} {rest[4:]}", f"{ndc}{rest}"],
    }[region]()
    if region == "IT" and pn.number_type(num) == T.MOBILE:
        forms = [f"{ndc}{rest[:1]} {rest[1:4]} {rest[4:]}", f"{ndc}{rest[:1]}.{rest[1:4]}.{rest[4:]}"]
    if region == "GB" and len(ndc) == 4 and ndc.startswith("7"):
        forms = [f"0{ndc}-{rest}", f"0{ndc}-{rest[:3]}-{rest[3:]}"]
    del t
    return rng.choice(forms)


def international(rng, num):
    region = pn.region_code_for_number(num)
    cc = str(num.country_code)
    ndc, rest = _parts(num)
    g = rng.choice(_rest(region, rest))
    sp = " ".join(g)
    forms = [f"+{cc} {ndc} {sp}"]
    if region in ("GB", "DE", "NL", "CH", "AT", "BE", "IE", "AU", "FR"):
        forms = [f"+{cc} (0){ndc} {sp}", f"+{cc} (0) {ndc} {sp}", f"+{cc} {ndc} {''.join(g)}"]
    if region == "US":
        forms = [f"+1-{ndc}-{g[0]}-{g[1]}", f"+1.{ndc}.{g[0]}.{g[1]}", f"+1 {ndc}-{g[0]}-{g[1]}"]
    if region == "BR":
        forms = [f"+55 {ndc} {'-'.join(g)}", f"+55 {ndc} {''.join(g)}", f"+55-{ndc}-{''.join(g)}"]
    if region == "IN":
        forms = [f"+91 {ndc} {sp}", f"+91 {ndc}{''.join(g)}", f"+91 {ndc}-{''.join(g)}"]
    if region in ("ES", "IT", "PT"):
        forms = [f"+{cc} {ndc} {sp}", f"+{cc}.{ndc}{''.join(g)}"]
    return rng.choice(forms)


def service_form(rng, num):
    region = pn.region_code_for_number(num)
    ndc, rest = _parts(num)
    forms = {
        "US": lambda: [
            f"({ndc}) {rest[:3]}-{rest[3:]}",
            f"{ndc}.{rest[:3]}.{rest[3:]}",
            f"1 {ndc} {rest[:3]} {rest[3:]}",
        ],
        "GB": lambda: [f"0{ndc}-{rest[:3]}-{rest[3:]}", f"0{ndc} {rest[:3]} {rest[3:]}"],
        "DE": lambda: [f"0{ndc} {rest[:3]} {rest[3:]}", f"0{ndc}-{rest}"],
        "NL": lambda: [f"0{ndc} {rest}", f"0{ndc}-{rest[:2]}-{rest[2:]}"],
        "BR": lambda: [f"0{ndc} {rest[:3]} {rest[3:]}", f"0{ndc}.{rest[:3]}.{rest[3:]}"],
        "IN": lambda: [f"{ndc} {rest}", f"1-{ndc[1:]}-{rest[:3]}-{rest[3:]}"],
        "FR": lambda: [
            f"0{ndc[0]} {ndc[1:]} {' '.join(_split(rest, 2, 2))}",
            f"0{ndc}.{rest[:2]}.{rest[2:4]}.{rest[4:]}",
        ],
        "ES": lambda: [f"{ndc} {rest[:3]} {rest[3:]}", f"{ndc}-{rest}"],
        "IT": lambda: [f"{ndc} {rest}", f"{ndc}.{rest[:3]}.{rest[3:]}"],
        "PT": lambda: [f"{ndc} {rest[:3]} {rest[3:]}", f"{ndc}{rest}"],
    }[region]()
    return rng.choice(forms)


def local_form(rng, num):
    """The subscriber part only, as the town's own callers write it."""
    region = pn.region_code_for_number(num)
    _, rest = _parts(num)
    n = len(rest)
    forms = {
        "US": lambda: [f"{rest[:3]}.{rest[3:]}", f"{rest[:3]}\u2013{rest[3:]}", f"{rest[:3]} - {rest[3:]}"],
        "GB": lambda: (
            [f"{rest[:3]}-{rest[3:]}", rest]
            if n == 7
            else [rest, f"{rest[:4]}-{rest[4:]}"]
            if n == 8
            else [rest, f"{rest[:2]} {rest[2:4]} {rest[4:]}"]
        ),
        "DE": lambda: [rest, f"{rest[:3]} {rest[3:]}"],
        "NL": lambda: [rest, f"{rest[:3]} {rest[3:]}", f"{rest[:3]}-{rest[3:]}"],
        "BR": lambda: [f"{rest[:-4]}.{rest[-4:]}", rest, f"{rest[:-4]} {rest[-4:]}"],
        "IN": lambda: [
            rest,
            f"{rest[:-4]}-{rest[-4:]}",
            f"{rest[:2]} {rest[2:-4]} {rest[-4:]}".replace("  ", " "),
        ],
    }[region]()
    return rng.choice(forms)


def put_back(text, region, area):
    """Puts trunk prefix and area code back in front of a local number's digits."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return {"US": "1", "BR": "0"}.get(region, "0") + area + digits if region != "BR" else area + digits


def parses_to(text, region, want_e164):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and e164(num) == want_e164
