"""Number making for the v36 held-out set: phones (with their written habits), e-mails, cards, IBANs,
IPs and SSNs.

Every written phone form is parsed back with phonenumbers to the same valid number before use; a habit
that does not parse back falls back to phonenumbers' NATIONAL (or INTERNATIONAL) format.
"""

from __future__ import annotations

import ipaddress
import random

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T
from stdnum import iban as std_iban
from stdnum import luhn

# Towns for local-announced numbers: region -> [(town in Latin script, area digits, Devanagari name or '')].
AREAS = {
    "US": [
        ("Denver", "303", ""),
        ("Seattle", "206", ""),
        ("Miami", "305", ""),
        ("Honolulu", "808", ""),
        ("Orlando", "407", ""),
        ("San Diego", "619", ""),
        ("Boston", "617", ""),
        ("Savannah", "912", ""),
    ],
    "GB": [
        ("Edinburgh", "131", ""),
        ("Bristol", "117", ""),
        ("Glasgow", "141", ""),
        ("Liverpool", "151", ""),
        ("Brighton", "1273", ""),
        ("Oxford", "1865", ""),
        ("York", "1904", ""),
        ("Inverness", "1463", ""),
    ],
    "DE": [
        ("München", "89", ""),
        ("Hamburg", "40", ""),
        ("Köln", "221", ""),
        ("Freiburg", "761", ""),
        ("Rostock", "381", ""),
        ("Lübeck", "451", ""),
        ("Konstanz", "7531", ""),
        ("Berchtesgaden", "8652", ""),
        ("Heidelberg", "6221", ""),
    ],
    "NL": [
        ("Amsterdam", "20", ""),
        ("Den Haag", "70", ""),
        ("Maastricht", "43", ""),
        ("Groningen", "50", ""),
        ("Haarlem", "23", ""),
        ("Leeuwarden", "58", ""),
        ("Middelburg", "118", ""),
        ("Den Burg", "222", ""),
    ],
    "BR": [
        ("Rio de Janeiro", "21", ""),
        ("São Paulo", "11", ""),
        ("Salvador", "71", ""),
        ("Florianópolis", "48", ""),
        ("Foz do Iguaçu", "45", ""),
        ("Manaus", "92", ""),
        ("Fortaleza", "85", ""),
        ("Gramado", "54", ""),
    ],
    "IN": [
        ("Delhi", "11", "दिल्ली"),
        ("Mumbai", "22", "मुंबई"),
        ("Jaipur", "141", "जयपुर"),
        ("Agra", "562", "आगरा"),
        ("Panaji", "832", "पणजी"),
        ("Udaipur", "294", "उदयपुर"),
        ("Kochi", "484", "कोच्चि"),
        ("Varanasi", "542", "वाराणसी"),
        ("Shimla", "177", "शिमला"),
    ],
}

# Non-area regions: prefixes of national significant numbers and their lengths, per type.
PREFIX = {
    "FR": {"fixed": (["1", "2", "3", "4", "5"], [9]), "mobile": (["6", "7"], [9])},
    "ES": {"fixed": (["91", "93", "95", "96", "971", "928", "985"], [9]), "mobile": (["6", "71", "72"], [9])},
    "IT": {
        "fixed": (["06", "02", "055", "041", "081", "0471"], [9, 10]),
        "mobile": (["32", "33", "34", "38"], [10]),
    },
    "PT": {"fixed": (["21", "22", "289", "291"], [9]), "mobile": (["91", "92", "93", "96"], [9])},
    "AT": {"fixed": (["1", "512", "662", "463"], [8, 9, 10]), "mobile": (["664", "676", "699"], [10, 11])},
    "CH": {"fixed": (["44", "31", "21", "22", "41", "81"], [9]), "mobile": (["76", "77", "78", "79"], [9])},
    "BE": {"fixed": (["2", "3", "9", "4", "50", "58"], [8]), "mobile": (["47", "48", "49"], [9])},
    "AU": {"fixed": (["2", "3", "7", "8"], [9]), "mobile": (["4"], [9])},
    "IE": {"fixed": (["1", "21", "91", "61", "66"], [8, 9]), "mobile": (["83", "85", "86", "87", "89"], [9])},
    "GB": {"mobile": (["74", "75", "77", "78", "79"], [10])},
    "DE": {"mobile": (["151", "152", "160", "170", "172", "176", "179"], [10, 11])},
    "NL": {"mobile": (["6"], [9])},
    "US": {"mobile": (["303", "206", "415", "702", "512"], [10])},
    "BR": {"mobile": (["219", "119", "719", "489", "859", "929"], [11])},
    "IN": {"mobile": (["98", "97", "94", "88", "70", "63"], [10])},
}
SERVICE = {
    "US": (["800", "888", "877", "866"], [10]),
    "GB": (["800", "808", "345"], [10, 9]),
    "DE": (["800", "180"], [10, 11, 9]),
    "FR": (["800", "805", "809", "810"], [9]),
    "ES": (["900", "902"], [9]),
    "IT": (["800", "803"], [9, 10]),
    "NL": (["800", "900"], [7, 10]),
    "PT": (["800", "808"], [9]),
    "BR": (["800"], [10, 11]),
    "IN": (["1800"], [10, 11]),
}
FIXED_T = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE_T = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
SERVICE_T = {T.TOLL_FREE, T.SHARED_COST, T.UAN, T.PREMIUM_RATE}
DIALS_00 = {"GB", "DE", "FR", "ES", "IT", "NL", "PT", "AT", "CH", "BE", "IE", "IN"}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _num(region: str, nsn: str) -> pn.PhoneNumber | None:
    try:
        x = pn.parse(f"+{pn.country_code_for_region(region)}{nsn}", None)
    except pn.NumberParseException:
        return None
    ok = pn.is_valid_number(x) and pn.region_code_for_number(x) == region
    return x if ok and pn.national_significant_number(x) == nsn else None


def fixed_area(rng: random.Random, region: str, area: str) -> pn.PhoneNumber:
    """A valid fixed line in the town with these area digits (phonenumbers' area-code length agrees)."""
    total = {"US": [10], "GB": [10], "DE": [9, 10, 11], "NL": [9], "BR": [10], "IN": [10]}[region]
    for _ in range(2000):
        first = rng.choice("23456789")
        nsn = area + first + _digits(rng, rng.choice(total) - len(area) - 1)
        x = _num(region, nsn)
        if x and pn.number_type(x) in FIXED_T and pn.length_of_geographical_area_code(x) == len(area):
            return x
    raise RuntimeError(f"no fixed line for {region} {area}")


def by_prefix(
    rng: random.Random, region: str, prefixes: list[str], lengths: list[int], types: set
) -> pn.PhoneNumber:
    for _ in range(3000):
        p = rng.choice(prefixes)
        nsn = p + _digits(rng, rng.choice(lengths) - len(p))
        x = _num(region, nsn)
        if x and pn.number_type(x) in types:
            return x
    raise RuntimeError(f"no number for {region} {prefixes}")


def phone(rng: random.Random, region: str, kind: str) -> pn.PhoneNumber:
    """kind: fixed, mobile or service."""
    if kind == "service":
        pre, lens = SERVICE[region]
        return by_prefix(rng, region, pre, lens, SERVICE_T)
    if kind == "fixed" and region in AREAS:
        return fixed_area(rng, region, rng.choice(AREAS[region])[1])
    pre, lens = PREFIX[region][kind]
    return by_prefix(rng, region, pre, lens, FIXED_T if kind == "fixed" else MOBILE_T)


def area_len(x: pn.PhoneNumber) -> int:
    return pn.length_of_geographical_area_code(x)


def _split(nsn: str, al: int) -> tuple[str, str]:
    return nsn[:al], nsn[al:]


def _pairs(s: str) -> str:
    """Group digits in pairs from the right: 4829170 -> 4 82 91 70."""
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def _ndc(x: pn.PhoneNumber) -> int:
    return area_len(x) or pn.length_of_national_destination_code(x)


def habits_national(x: pn.PhoneNumber) -> list[str]:
    """Written national forms people use (before the parse-back check)."""
    r = pn.region_code_for_number(x)
    nsn = pn.national_significant_number(x)
    nat = pn.format_number(x, F.NATIONAL)
    a, s = _split(nsn, _ndc(x))
    f: list[str] = [nat]
    if pn.number_type(x) in SERVICE_T:
        return f
    if r == "US":
        f += [f"{a}.{s[:3]}.{s[3:]}", f"1-{a}-{s[:3]}-{s[3:]}", f"({a}){s[:3]}-{s[3:]}"]
    elif r == "GB":
        f += [f"0{a} {s}", f"0{a}-{s}"] if a else [f"0{nsn[:4]}-{nsn[4:]}"]
    elif r == "DE":
        f += [f"(0{a}) {_pairs(s)}", f"0{a}-{s}"]
    elif r == "FR":
        f += [nat.replace(" ", "."), "0" + nsn]
    elif r == "ES":
        f += [nsn, nat.replace(" ", ".")]
    elif r == "IT":
        g = nat.split(" ")
        f += [g[0] + "/" + "".join(g[1:]), g[0] + "-" + "".join(g[1:])]
    elif r == "NL":
        f += [f"0{a}-{s}", f"0{a} - {s[:3]} {_pairs(s[3:])}" if len(s) == 7 else f"0{a} - {_pairs(s)}"]
    elif r == "PT":
        f += [nsn]
    elif r == "BR":
        f += [f"{a} {s[:-4]} {s[-4:]}", f"({a}){s[:-4]}-{s[-4:]}", f"0{a} {s[:-4]}-{s[-4:]}"]
    elif r == "IN":
        f += [f"0{a} {s}"] if a else [nsn, f"{nsn[:5]} {nsn[5:]}"]
    return f


def habits_intl(x: pn.PhoneNumber) -> list[str]:
    r = pn.region_code_for_number(x)
    cc = str(x.country_code)
    nsn = pn.national_significant_number(x)
    intl = pn.format_number(x, F.INTERNATIONAL)
    a, s = _split(nsn, _ndc(x))
    f = [intl]
    if pn.number_type(x) in SERVICE_T:
        return f
    if r in DIALS_00:
        f.append("00" + intl[1:])
    if r == "US":
        f += [f"+1-{a}-{s[:3]}-{s[3:]}", f"+1 {a}.{s[:3]}.{s[3:]}"]
    elif r in ("GB", "DE", "NL", "IN", "IE", "AT"):
        f += [f"+{cc} {a} {s}", f"+{cc}-{a}-{s}"] if r != "IN" else [f"+91-{nsn}", f"+91 {nsn}"]
    elif r in ("FR", "BE", "CH"):
        f += [intl.replace(" ", ".").replace(f"+{cc}.", f"+{cc} ")]
    elif r == "BR":
        f += [f"+55 ({a}) {s[:-4]}-{s[-4:]}", f"+55 {a} {s[:-4]} {s[-4:]}"]
    elif r in ("ES", "PT", "IT"):
        f += [f"+{cc} {nsn}"]
    elif r == "AU":
        f += (
            [f"+61 {nsn[0]} {nsn[1:5]} {nsn[5:]}"]
            if nsn[0] != "4"
            else [f"+61 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
        )
    return f


def parses_back(text: str, x: pn.PhoneNumber) -> bool:
    region = pn.region_code_for_number(x)
    try:
        y = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return (
        pn.is_valid_number(y)
        and y.country_code == x.country_code
        and pn.national_significant_number(y) == pn.national_significant_number(x)
    )


def written(rng: random.Random, x: pn.PhoneNumber, international: bool) -> str:
    forms = habits_intl(x) if international else habits_national(x)
    t = rng.choice(forms)
    if parses_back(t, x):
        return t
    return pn.format_number(x, F.INTERNATIONAL if international else F.NATIONAL)


def local_form(rng: random.Random, x: pn.PhoneNumber) -> str:
    """Subscriber part as written inside the town (area code left off)."""
    r = pn.region_code_for_number(x)
    s = pn.national_significant_number(x)[area_len(x) :]
    opts = {
        "US": [f"{s[:3]}-{s[3:]}", f"{s[:3]}.{s[3:]}"],
        "GB": [f"{s[:3]} {s[3:]}", s] if len(s) == 7 else [f"{s[:3]} {s[3:]}", s],
        "DE": [_pairs(s), s],
        "NL": [_pairs(s), s, f"{s[:3]} {s[3:]}"],
        "BR": [f"{s[:-4]}-{s[-4:]}", f"{s[:-4]} {s[-4:]}"],
        "IN": [f"{s[:-4]} {s[-4:]}", s] + ([f"{s[:3]} {s[3:]}"] if len(s) == 7 else []),
    }[r]
    return rng.choice(opts)


def put_back(local: str, x: pn.PhoneNumber) -> bool:
    """The local form with its area code put back parses to the same number."""
    r = pn.region_code_for_number(x)
    a = pn.national_significant_number(x)[: area_len(x)]
    trunk = "" if r in ("US", "BR") else "0"
    try:
        y = pn.parse(trunk + a + local, r)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(y) and pn.format_number(y, F.E164) == pn.format_number(x, F.E164)


def e164(x: pn.PhoneNumber) -> str:
    return pn.format_number(x, F.E164)


# ---- other kinds -------------------------------------------------------------------------------------
CARD_PREFIX = [
    ("4", 16),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("36", 14),
]


def card(rng: random.Random) -> tuple[str, str]:
    pre, n = rng.choice(CARD_PREFIX)
    body = pre + _digits(rng, n - len(pre) - 1)
    num = body + luhn.calc_check_digit(body)
    mode = rng.choice(["spaced", "spaced", "dashed", "solid"])
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, 16, 4)]
    sep = {"spaced": " ", "dashed": "-", "solid": ""}[mode]
    return sep.join(parts), mode


IBAN_BBAN = {
    "DE": "18n",
    "FR": "10n11n2n",
    "ES": "20n",
    "IT": "1a10n12n",
    "NL": "4a10n",
    "PT": "21n",
    "AT": "16n",
    "CH": "17n",
    "BE": "12n",
    "GB": "4a14n",
    "IE": "4a14n",
    "BR": "23n1a1c",
}


def _bban(rng: random.Random, spec: str) -> str:
    out, num = [], ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        k = int(num)
        num = ""
        alpha = "0123456789" if ch == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if ch == "c":
            alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        out.append("".join(rng.choice(alpha) for _ in range(k)))
    return "".join(out)


def iban(rng: random.Random, country: str) -> tuple[str, str]:
    for _ in range(5000):
        bban = _bban(rng, IBAN_BBAN[country])
        check = std_iban.calc_check_digits(country + "00" + bban)
        code = country + check + bban
        if std_iban.is_valid(code):
            mode = rng.choice(["print", "print", "electronic"])
            return (std_iban.format(code) if mode == "print" else code), mode
    raise RuntimeError(country)


def ip(rng: random.Random) -> tuple[str, str]:
    mode = rng.choice(["v4", "v4", "v4-private", "v6"])
    if mode == "v6":
        g = ["2001", "db8" if rng.random() < 0.2 else f"{rng.randrange(0x1000, 0xFFFF):x}"]
        g += [f"{rng.randrange(0, 0xFFFF):x}" for _ in range(2)]
        if rng.random() < 0.5:
            return ":".join(g) + "::" + f"{rng.randrange(1, 0xFFF):x}", mode
        return ":".join(g + [f"{rng.randrange(0, 0xFFFF):x}" for _ in range(4)]), mode
    if mode == "v4-private":
        return rng.choice(
            [
                f"192.168.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                f"10.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
            ]
        ), mode
    while True:
        a = ipaddress.IPv4Address(rng.randrange(0x0B000000, 0xDF000000))
        if a.is_global:
            return str(a), mode


def ssn(rng: random.Random) -> tuple[str, str]:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
    mode = "dashed" if rng.random() < 0.85 else "spaced"
    sep = "-" if mode == "dashed" else " "
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}", mode
