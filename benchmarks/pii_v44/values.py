"""Phone numbers and other positive values for v44 (phonenumbers and python-stdnum only)."""

import ipaddress

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T
from stdnum import iban as std_iban
from stdnum import luhn

# town, national area code (no trunk prefix), subscriber length
AREAS = {
    "US": [
        ("Tulsa", "918", 7),
        ("Omaha", "402", 7),
        ("Boise", "208", 7),
        ("Tucson", "520", 7),
        ("Madison", "608", 7),
        ("Savannah", "912", 7),
    ],
    "GB": [
        ("Leeds", "113", 7),
        ("Bristol", "117", 7),
        ("Norwich", "1603", 6),
        ("York", "1904", 6),
        ("Cardiff", "29", 8),
        ("Exeter", "1392", 6),
    ],
    "DE": [
        ("Dortmund", "231", 7),
        ("Kiel", "431", 7),
        ("Regensburg", "941", 6),
        ("Göttingen", "551", 6),
        ("Augsburg", "821", 7),
        ("Rostock", "381", 6),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Zwolle", "38", 7),
        ("Arnhem", "26", 7),
        ("Breda", "76", 7),
        ("Leiden", "71", 7),
        ("Tilburg", "13", 7),
    ],
    "BR": [
        ("Curitiba", "41", 8),
        ("Salvador", "71", 8),
        ("Fortaleza", "85", 8),
        ("Belo Horizonte", "31", 8),
        ("Porto Alegre", "51", 8),
        ("Goiânia", "62", 8),
    ],
    "IN": [
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kochi", "484", 7),
        ("Pune", "20", 8),
        ("Chennai", "44", 8),
        ("Nagpur", "712", 7),
    ],
    "FR": [("Lille", "3", 8), ("Nantes", "2", 8), ("Lyon", "4", 8), ("Toulouse", "5", 8)],
    "ES": [("Zaragoza", "976", 6), ("Sevilla", "954", 6), ("Valencia", "963", 6), ("Bilbao", "944", 6)],
    "IT": [("Torino", "011", 7), ("Bologna", "051", 7), ("Bari", "080", 7), ("Firenze", "055", 7)],
    "PT": [("Braga", "253", 6), ("Porto", "22", 7), ("Aveiro", "234", 6), ("Lisboa", "21", 7)],
    "AT": [("Wien", "1", 7), ("Linz", "732", 6), ("Innsbruck", "512", 6)],
    "CH": [("Zürich", "44", 7), ("Basel", "61", 7), ("Lausanne", "21", 7), ("Genève", "22", 7)],
    "BE": [("Bruxelles", "2", 7), ("Liège", "4", 7), ("Antwerpen", "3", 7), ("Gent", "9", 7)],
    "AU": [("Sydney", "29", 7), ("Melbourne", "39", 7), ("Perth", "89", 7)],
    "IE": [("Dublin", "1", 7), ("Cork", "21", 7), ("Galway", "91", 6)],
}
MOBILE = {
    "US": ["918", "402", "608"],
    "GB": ["74", "75", "78", "79"],
    "DE": ["151", "160", "172", "176"],
    "NL": ["6"],
    "BR": ["419", "719", "319"],
    "IN": ["98", "97", "88", "70"],
    "FR": ["6", "7"],
    "ES": ["6", "71"],
    "IT": ["33", "34", "32"],
    "PT": ["91", "93", "96"],
    "AT": ["664", "676"],
    "CH": ["76", "78", "79"],
    "BE": ["47", "48", "49"],
    "AU": ["4"],
    "IE": ["83", "85", "87"],
}
SERVICE = {
    "US": ["800", "888", "877"],
    "GB": ["800", "808", "845"],
    "DE": ["800", "180"],
    "NL": ["800"],
    "BR": ["800"],
    "IN": ["1800"],
    "FR": ["800", "805", "810"],
    "ES": ["900", "901"],
    "IT": ["800", "848"],
    "PT": ["800", "808"],
    "AT": ["800", "810"],
    "CH": ["800", "848"],
    "BE": ["800", "78"],
    "AU": ["1800", "1300"],
    "IE": ["1800", "1850"],
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST)


def _draw(rng, region, prefix, types, lengths):
    for _ in range(4000):
        n = prefix + "".join(rng.choice("0123456789") for _ in range(rng.choice(lengths) - len(prefix)))
        try:
            num = pn.parse(n, region)
        except pn.NumberParseException:
            continue
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in types
            and pn.national_significant_number(num) == n.lstrip("+")
        ):
            return num
    raise RuntimeError(f"no number for {region} {prefix}")


def fixed(rng, region, town=None):
    """A fixed line of a town: (number, town, area code)."""
    name, code, sub = town or rng.choice(AREAS[region])
    types = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
    for _ in range(50):
        num = _draw(rng, region, code, types, [len(code) + sub])
        alen = pn.length_of_geographical_area_code(num)
        if region not in LOCAL_REGIONS or alen == len(code.lstrip("0")) or region == "IT":
            return num, name, code
    raise RuntimeError(f"no area {region} {code}")


def mobile(rng, region):
    lens = {
        "US": [10],
        "GB": [10],
        "DE": [10, 11],
        "NL": [9],
        "BR": [11],
        "IN": [10],
        "FR": [9],
        "ES": [9],
        "IT": [10],
        "PT": [9],
        "AT": [10, 11],
        "CH": [9],
        "BE": [9],
        "AU": [9],
        "IE": [9],
    }
    types = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
    return _draw(rng, region, rng.choice(MOBILE[region]), types, lens[region])


def service(rng, region):
    for _ in range(40):
        pre = rng.choice(SERVICE[region])
        for ln in rng.sample(range(len(pre) + 4, len(pre) + 9), 5):
            try:
                return _draw(rng, region, pre, SERVICE_TYPES, [ln])
            except RuntimeError:
                continue
    raise RuntimeError(region)


def e164(num):
    return pn.format_number(num, F.E164)


def area_len(num):
    return pn.length_of_geographical_area_code(num)


def _nat(num):
    return pn.format_number(num, F.NATIONAL)


def _intl(num):
    return pn.format_number(num, F.INTERNATIONAL)


def _pairs(s):
    """Group digits in pairs from the right, a leading odd digit alone (58 47 39, 5 84 73 90)."""
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    return " ".join([s] + out) if s else " ".join(out)


def _habits(num, region):
    """Fresh writing habits seen in job ads, CVs and e-mail signatures (v44)."""
    nsn = pn.national_significant_number(num)
    alen = area_len(num)
    a, s = nsn[:alen], nsn[alen:]
    cc = str(num.country_code)
    h = []
    if region == "US":
        h += [
            f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
            f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            f"+1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
            f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
        ]
    elif region == "GB":
        h += [
            f"0{nsn[:4]} {nsn[4:7]} {nsn[7:]}" if nsn[0] == "7" else f"0{a} {s}",
            f"+44 {nsn[:4]} {nsn[4:]}" if nsn[0] == "7" else f"0{a}-{s}",
        ]
    elif region == "DE":
        if alen:
            h += [f"(0{a}) {s}", f"0{a} {_pairs(s)}", f"+49-{a}-{s}", f"0{a} - {s}"]
        else:
            h += [f"0{nsn[:3]}-{nsn[3:]}", f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
    elif region == "FR":
        h += [
            "0" + ".".join(nsn[i : i + 2] for i in range(1, 9, 2)).join([nsn[0] + ".", ""]),
            "0" + nsn,
            "+33." + nsn[0] + "." + ".".join(nsn[i : i + 2] for i in range(1, 9, 2)),
        ]
    elif region == "ES":
        h += [
            f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
            f"0034 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            f"+34 {nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
        ]
    elif region == "IT":
        if nsn[0] == "3":
            h += [f"{nsn[:3]}/{nsn[3:]}", f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0039 {nsn[:3]} {nsn[3:]}"]
        else:
            h += [f"{nsn[:3]}-{nsn[3:]}", f"0039 {nsn[:3]} {nsn[3:]}", f"+39 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
    elif region == "NL":
        h += [
            f"0{nsn[0]}-{nsn[1:]}" if nsn[0] == "6" else f"0{a}-{s}",
            f"0031 {a or nsn[0]} {s if a else nsn[1:]}",
            f"+31 {nsn[0]} {nsn[1:]}" if nsn[0] == "6" else f"+31 {a} {s}",
        ]
    elif region == "PT":
        h += [nsn, f"00351 {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"+351 {nsn[:3]}{nsn[3:6]}{nsn[6:]}"]
    elif region == "BR":
        h += (
            [f"{a} {s[:-4]}.{s[-4:]}", f"({a}) {s[:-4]} {s[-4:]}", f"+55 ({a}) {s[:-4]}-{s[-4:]}"]
            if alen
            else [f"{nsn[:2]} {nsn[2:7]}-{nsn[7:]}", f"({nsn[:2]}) {nsn[2:]}", f"+55 {nsn[:2]} {nsn[2:]}"]
        )
    elif region == "IN":
        h += (
            [f"0{a}-{s}", f"+91-{a}-{s}", f"0{a} {s}"]
            if alen
            else [f"0{nsn[:5]} {nsn[5:]}", nsn, f"+91 {nsn[:5]}-{nsn[5:]}"]
        )
    h.append(pn.format_number(num, F.RFC3966)[4:])
    if region not in ("US", "BR", "AU"):
        h.append(f"00{cc} {nsn}")
    return h


def _intl_habits(num):
    nsn = pn.national_significant_number(num)
    cc = str(num.country_code)
    alen = area_len(num)
    out = [_intl(num), e164(num), pn.format_number(num, F.RFC3966)[4:]]
    if alen and nsn[0] != "0":
        out.append(f"+{cc} {nsn[:alen]} {nsn[alen:]}")
    return out


def parses_to(text, region, num):
    try:
        back = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(back) and e164(back) == e164(num)


def write(rng, num, region, how):
    """how: 'national', 'international' or 'service'; returns a text that parses back to num."""
    if how == "service":
        cands = (
            [_nat(num), _intl(num)]
            if region != "US"
            else [_nat(num), "1-" + _nat(num)[1:4] + "-" + _nat(num)[6:]]
        )
    elif how == "international":
        cands = _intl_habits(num)
    else:
        cands = [_nat(num), _nat(num)] + [h for h in _habits(num, region) if not h.startswith(("+", "00"))]
        if region in ("US",):
            cands += [h for h in _habits(num, region) if h.startswith("+")]
    for _ in range(6):
        t = rng.choice(cands)
        if parses_to(t, region, num):
            return t
    return _nat(num) if how != "international" else _intl(num)


def local_form(rng, num, region):
    """Subscriber part of a fixed line, in fresh local habits (v44)."""
    s = pn.national_significant_number(num)[area_len(num) :]
    if region == "US":
        forms = [f"{s[:3]}.{s[3:]}", f"{s[:3]}-{s[3:]}"]
    elif region == "GB":
        forms = (
            [f"{s[:3]}-{s[3:]}", f"{s[:4]} {s[4:]}"]
            if len(s) == 7
            else [f"{s[:4]}-{s[4:]}", f"{s[:2]} {s[2:]}"]
            if len(s) == 8
            else [f"{s[:3]}-{s[3:]}", s]
        )
    elif region == "DE":
        forms = [_pairs(s), f"{s[:3]}-{s[3:]}"]
    elif region == "NL":
        forms = [f"{s[:3]} {s[3:5]} {s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}"]
    elif region == "BR":
        forms = [f"{s[:4]} {s[4:]}", s]
    else:  # IN
        forms = (
            [f"{s[:3]} {s[3:]}", f"{s[:3]}-{s[3:]}"]
            if len(s) == 7
            else [f"{s[:4]} {s[4:]}", f"{s[:2]}-{s[2:]}"]
        )
    return rng.choice(forms)


# ---- other kinds ------------------------------------------------------------------------------
CARD_PREFIX = [("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15), ("6011", 16)]


def card(rng):
    pre, ln = rng.choice(CARD_PREFIX)
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    d = body + luhn.calc_check_digit(body)
    mode = rng.choice(["spaced", "dashed", "solid"])
    if ln == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(parts), "dashed": "-".join(parts), "solid": d}[mode], mode


IBAN_SPEC = {
    "DE": ("DE", 22, "n"),
    "GB": ("GB", 22, "b"),
    "FR": ("FR", 27, "f"),
    "ES": ("ES", 24, "n"),
    "IT": ("IT", 27, "i"),
    "NL": ("NL", 18, "nl"),
    "PT": ("PT", 25, "n"),
    "AT": ("AT", 20, "n"),
    "CH": ("CH", 21, "n"),
    "BE": ("BE", 16, "n"),
    "IE": ("IE", 22, "b"),
}


def iban(rng, region):
    cc, ln, kind = IBAN_SPEC[region]
    for _ in range(5000):
        dig = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
        if kind == "b":
            bban = rng.choice(["NWBK", "BARC", "AIBK", "BOFI"]) + dig(ln - 8)
        elif kind == "nl":
            bban = rng.choice(["RABO", "INGB", "ABNA", "SNSB"]) + dig(ln - 8)
        elif kind == "i":
            bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dig(ln - 5)
        elif kind == "f":
            bban = dig(ln - 6) + dig(2)
            bban = bban[: ln - 4]
        else:
            bban = dig(ln - 4)
        cand = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(cand):
            mode = rng.choice(["print", "electronic"])
            return (
                " ".join(cand[i : i + 4] for i in range(0, len(cand), 4)) if mode == "print" else cand
            ), mode
    raise RuntimeError(region)


def ip(rng, mode):
    if mode == "v4-private":
        return rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDF000000))
            if a.is_global:
                return str(a)
    while True:
        a = ipaddress.IPv6Address((0x2001 << 112) | (rng.randint(0x0DB9, 0x0FFF) << 96) | rng.getrandbits(64))
        if a.is_global:
            return str(a)


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            mode = rng.choice(["dashed", "spaced"])
            sep = "-" if mode == "dashed" else " "
            return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", mode
