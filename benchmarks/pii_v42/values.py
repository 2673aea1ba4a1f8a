"""Phone numbers and other positive values for the v42 held-out set (phonenumbers, stdnum only)."""

import ipaddress
import random

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PF
from phonenumbers import PhoneNumberType as PT
from stdnum import iban as stdiban
from stdnum import luhn

from .areas import AREAS, MOBILE, SERVICE

LOCAL_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
NO_TRUNK = {"US", "BR", "ES", "PT", "IT"}
FIXED_T = {PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE}
MOBILE_T = {PT.MOBILE, PT.FIXED_LINE_OR_MOBILE}
SERVICE_T = {PT.TOLL_FREE, PT.SHARED_COST}


def _digits(rng, n):
    return str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _valid(num, region, types):
    return (
        pn.is_valid_number(num) and pn.region_code_for_number(num) == region and pn.number_type(num) in types
    )


def fixed(rng, region, town=None):
    """A fixed line: (number, town, prefix, subscriber)."""
    areas = AREAS[region]
    for _ in range(400):
        t, pre, lens = town or rng.choice(areas)
        sub = _digits(rng, rng.choice(lens))
        num = pn.parse(pre + sub, region)
        if not _valid(num, region, FIXED_T):
            continue
        if region in LOCAL_REGIONS and pn.length_of_geographical_area_code(num) != len(pre.lstrip("0")):
            continue
        return num, t, pre, sub
    raise RuntimeError(f"no fixed number for {region} {town}")


def mobile(rng, region):
    for _ in range(400):
        _, pre, n = rng.choice(MOBILE[region])
        num = pn.parse(pre + "".join(str(rng.randint(0, 9)) for _ in range(n)), region)
        if _valid(num, region, MOBILE_T):
            return num
    raise RuntimeError(f"no mobile for {region}")


def service(rng, region):
    for _ in range(400):
        pre, n = rng.choice(SERVICE[region])
        num = pn.parse(pre + "".join(str(rng.randint(0, 9)) for _ in range(n)), region)
        if _valid(num, region, SERVICE_T):
            return num
    raise RuntimeError(f"no service number for {region}")


def e164(num):
    return pn.format_number(num, PF.E164)


def _split(num):
    """(national prefix as dialled, rest) using the destination code length."""
    region = pn.region_code_for_number(num)
    nat = pn.national_significant_number(num)
    ndc = pn.length_of_national_destination_code(num)
    ndc = ndc or pn.length_of_geographical_area_code(num) or 3
    trunk = "" if region in NO_TRUNK else "0"
    if region in ("AU", "IE", "AT", "CH", "BE", "NL", "GB", "DE", "FR", "IN") and not nat.startswith("0"):
        trunk = "0"
    if region == "IN" and pn.number_type(num) in MOBILE_T:
        trunk = ""
    return trunk, nat[:ndc], nat[ndc:]


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _national_habits(num, is_mobile):
    region = pn.region_code_for_number(num)
    t, a, s = _split(num)
    h = []
    if region == "US":
        h = [f"{a} {s[:3]} {s[3:]}", f"({a}){s[:3]}-{s[3:]}"]
    elif region == "GB":
        h = [f"{t}{a} {_grp(s, [3])}"] if is_mobile else [f"({t}{a}) {_grp(s, [4] if len(s) == 8 else [3])}"]
    elif region == "DE":
        h = (
            [f"{t}{a}/{s}", f"{t}{a} / {_grp(s, [3])}"]
            if is_mobile
            else [f"{t}{a}/{s}", f"{t}{a} {s[:-2]}-{s[-2:]}"]
        )
    elif region == "FR":
        h = ["-".join([t + a] + [s[i : i + 2] for i in range(0, len(s), 2)])]
    elif region == "ES":
        full = a + s
        h = [f"{full[:3]} {full[3:6]} {full[6:]}"]
    elif region == "IT":
        h = [f"{a}.{s}", f"({a}) {s}"] if not is_mobile else [f"{a}.{s}", f"{a} {_grp(s, [3, 2])}"]
    elif region == "NL":
        h = (
            [f"{t}{a} {_grp(s, [4])}"]
            if is_mobile
            else [f"({t}{a}) {_grp(s, [3] if len(s) == 7 else [2, 2])}"]
        )
    elif region == "PT":
        full = a + s
        h = [f"{full[:3]} {full[3:6]} {full[6:]}", f"{full[:3]}-{full[3:6]}-{full[6:]}"]
    elif region == "BR":
        h = (
            [f"({a}) {s[0]} {s[1:5]}-{s[5:]}"]
            if len(s) == 9
            else [f"{a} {s[:4]}-{s[4:]}", f"0{a} {s[:4]} {s[4:]}"]
        )
    elif region == "IN":
        h = (
            [f"{a}{s[:3]}-{s[3:]}" if len(a) < 5 else f"{a[:5]}-{(a + s)[5:]}"]
            if is_mobile
            else [f"({t}{a}) {s}", f"{t}{a} {_grp(s, [4] if len(s) == 8 else [3])}"]
        )
    elif region == "AU":
        h = [f"{t}{a[0]} {(a + s)[1:5]} {(a + s)[5:]}"] if is_mobile else [f"({t}{a}) {s[:4]} {s[4:]}"]
    elif region == "IE":
        h = [f"({t}{a}) {_grp(s, [3])}", f"{t}{a}-{_grp(s, [3])}"]
    return h


def _intl_habits(num, is_mobile):
    region = pn.region_code_for_number(num)
    cc = num.country_code
    t, a, s = _split(num)
    h = [pn.format_number(num, PF.E164)]
    if region in ("GB", "DE", "NL", "FR", "AT", "CH", "BE", "IE", "AU"):
        intl = pn.format_number(num, PF.INTERNATIONAL)
        h.append(intl.replace(f"+{cc} ", f"+{cc} (0)", 1))
    if region == "US":
        h.append(f"+1 ({a}) {s[:3]}-{s[3:]}")
    elif region == "ES":
        full = a + s
        h.append(f"(+34) {full[:3]} {full[3:6]} {full[6:]}")
    elif region == "IT":
        h.append(f"(+39) {a} {s}")
    elif region == "PT":
        full = a + s
        h.append(f"(+351) {full[:3]} {full[3:6]} {full[6:]}")
    elif region == "BR":
        h.append(f"+55 ({a}) {s[:-4]}-{s[-4:]}")
    elif region == "IN":
        full = a + s
        h.append(f"+91-{full[:5]}-{full[5:]}" if is_mobile else f"+91 {a}-{s}")
    return h


def parses_to(text, region, num):
    try:
        back = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(back) and e164(back) == e164(num)


def write(rng, num, style, is_mobile=False):
    """Written form: style 'national', 'international' or 'service'."""
    region = pn.region_code_for_number(num)
    if style == "service":
        cands = [pn.format_number(num, PF.NATIONAL)] * 3 + [pn.format_number(num, PF.INTERNATIONAL)]
    elif style == "international":
        cands = [pn.format_number(num, PF.INTERNATIONAL)] * 2 + _intl_habits(num, is_mobile) * 2
    else:
        cands = [pn.format_number(num, PF.NATIONAL)] * 2 + _national_habits(num, is_mobile) * 2
    text = rng.choice(cands)
    if not parses_to(text, region, num):
        text = pn.format_number(num, PF.INTERNATIONAL if style == "international" else PF.NATIONAL)
    return text


def local_form(rng, region, sub):
    """The subscriber part as a local caller would write it."""
    n = len(sub)
    opts = {
        "US": [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"],
        "GB": [f"{sub[:3]} {sub[3:]}", sub]
        if n == 7
        else ([f"{sub[:4]} {sub[4:]}"] if n == 8 else [f"{sub[:3]} {sub[3:]}"]),
        "DE": [sub, f"{sub[:3]} {sub[3:]}", f"{sub[:-2]}-{sub[-2:]}"],
        "NL": [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"] if n == 7 else [f"{sub[:3]} {sub[3:]}"],
        "BR": [f"{sub[:4]}-{sub[4:]}", f"{sub[:4]}.{sub[4:]}"],
        "IN": [f"{sub[:4]} {sub[4:]}", f"{sub[:4]}-{sub[4:]}"] if n == 8 else [f"{sub[:3]}-{sub[3:]}", sub],
    }[region]
    return rng.choice(opts)


def phone_value(num, mode, text, area_len=None):
    if area_len is None:
        area_len = pn.length_of_geographical_area_code(num)
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": pn.region_code_for_number(num),
        "e164": e164(num),
        "area_len": area_len,
    }


# ---- other kinds ----
CARD_PREFIX = [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)]


def card(rng):
    pre, n = rng.choice(CARD_PREFIX)
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    num = body + luhn.calc_check_digit(body)
    style = rng.choice(["spaced", "spaced", "dashed", "solid"])
    if style == "solid":
        return num, style
    sep = " " if style == "spaced" else "-"
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    return _grp(num, sizes, sep), style


IBAN_BBAN = {
    "GB": lambda r: r.choice(["BARC", "LOYD", "HBUK", "NWBK"]) + _n(r, 14),
    "DE": lambda r: _n(r, 18),
    "AT": lambda r: _n(r, 16),
    "CH": lambda r: _n(r, 17),
    "FR": lambda r: _n(r, 10) + _n(r, 11) + _n(r, 2),
    "BE": lambda r: _n(r, 12),
    "ES": lambda r: _n(r, 20),
    "IT": lambda r: r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _n(r, 22),
    "NL": lambda r: r.choice(["RABO", "ABNA", "INGB", "SNSB"]) + _n(r, 10),
    "PT": lambda r: _n(r, 21),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _n(r, 14),
    "BR": None,
}


def _n(r, k):
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def iban(rng, country):
    for _ in range(3000):
        bban = IBAN_BBAN[country](rng)
        raw = country + "00" + bban
        check = 98 - int("".join(str(int(c, 36)) for c in (bban + country + "00"))) % 97
        cand = f"{country}{check:02d}{bban}"
        if stdiban.is_valid(cand):
            style = rng.choice(["print", "print", "electronic"])
            return (stdiban.format(cand) if style == "print" else cand), style
        del raw
    raise RuntimeError(country)


def ip(rng, kind):
    if kind == "v4-private":
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    if kind == "v4":
        while True:
            a = ipaddress.IPv4Address(
                f"{rng.choice([23, 45, 62, 81, 94, 109, 151, 185, 193, 212])}."
                f"{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
            )
            if a.is_global:
                return str(a)
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    return str(
        ipaddress.IPv6Address(
            f"2a0{rng.randint(1, 9)}:{rng.randint(0x100, 0xFFF):x}:"
            + ":".join(groups)
            + "::"
            + f"{rng.randint(1, 0xFFF):x}"
        )
    )


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            style = rng.choice(["dashed", "spaced"])
            sep = "-" if style == "dashed" else " "
            return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", style


def luhn_ok(digits):
    return luhn.is_valid(digits)


def random_seed(seed):
    return random.Random(seed)
