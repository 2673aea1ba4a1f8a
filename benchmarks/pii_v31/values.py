# ruff: noqa: E501
"""Number makers and written forms for the v31 held-out set (phonenumbers, python-stdnum, ipaddress)."""

import ipaddress

import phonenumbers
from phonenumbers import PhoneNumberType as PT
from stdnum import iban as std_iban

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "NL": 31,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "BR": 55,
    "PT": 351,
    "IN": 91,
    "AU": 61,
    "IE": 353,
    "AT": 43,
    "CH": 41,
    "BE": 32,
}
DIALS_00 = {"GB", "DE", "NL", "FR", "ES", "IT", "PT", "IN", "IE", "AT", "CH", "BE"}

# (area code without trunk prefix, town) for fixed lines; local-announced regions have towns
AREAS = {
    "US": [
        ("402", "Lincoln"),
        ("208", "Boise"),
        ("509", "Spokane"),
        ("918", "Tulsa"),
        ("608", "Madison"),
        ("802", "Burlington"),
        ("505", "Albuquerque"),
        ("515", "Des Moines"),
        ("406", "Billings"),
    ],
    "GB": [
        ("1223", "Cambridge"),
        ("1865", "Oxford"),
        ("113", "Leeds"),
        ("114", "Sheffield"),
        ("117", "Bristol"),
        ("1603", "Norwich"),
        ("1392", "Exeter"),
        ("1904", "York"),
        ("29", "Cardiff"),
        ("141", "Glasgow"),
    ],
    "DE": [
        ("30", "Berlin"),
        ("40", "Hamburg"),
        ("89", "München"),
        ("221", "Köln"),
        ("351", "Dresden"),
        ("341", "Leipzig"),
        ("761", "Freiburg"),
        ("431", "Kiel"),
        ("251", "Münster"),
        ("6221", "Heidelberg"),
    ],
    "NL": [
        ("30", "Utrecht"),
        ("23", "Haarlem"),
        ("50", "Groningen"),
        ("38", "Zwolle"),
        ("71", "Leiden"),
        ("26", "Arnhem"),
        ("318", "Ede"),
        ("570", "Deventer"),
        ("72", "Alkmaar"),
        ("475", "Roermond"),
    ],
    "BR": [
        ("11", "São Paulo"),
        ("21", "Rio de Janeiro"),
        ("85", "Fortaleza"),
        ("41", "Curitiba"),
        ("71", "Salvador"),
        ("31", "Belo Horizonte"),
        ("51", "Porto Alegre"),
        ("81", "Recife"),
    ],
    "IN": [
        ("141", "Jaipur"),
        ("22", "Mumbai"),
        ("11", "New Delhi"),
        ("20", "Pune"),
        ("522", "Lucknow"),
        ("33", "Kolkata"),
        ("44", "Chennai"),
        ("80", "Bengaluru"),
        ("79", "Ahmedabad"),
        ("484", "Kochi"),
    ],
    "FR": [("1", "Paris"), ("2", "Nantes"), ("3", "Lille"), ("4", "Lyon"), ("5", "Bordeaux")],
    "ES": [("91", "Madrid"), ("93", "Barcelona"), ("96", "Valencia"), ("954", "Sevilla"), ("985", "Oviedo")],
    "IT": [("02", "Milano"), ("06", "Roma"), ("011", "Torino"), ("055", "Firenze"), ("051", "Bologna")],
    "PT": [("21", "Lisboa"), ("22", "Porto"), ("239", "Coimbra"), ("289", "Faro"), ("253", "Braga")],
    "AU": [("2", "Sydney"), ("3", "Melbourne"), ("7", "Brisbane"), ("8", "Adelaide")],
    "IE": [("1", "Dublin"), ("21", "Cork"), ("91", "Galway")],
    "AT": [("1", "Wien"), ("316", "Graz"), ("512", "Innsbruck")],
    "CH": [("44", "Zürich"), ("31", "Bern"), ("22", "Genève"), ("61", "Basel")],
    "BE": [("2", "Bruxelles"), ("3", "Antwerpen"), ("9", "Gent"), ("4", "Liège")],
}
NSN_LEN = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11, 9],
    "NL": [9],
    "FR": [9],
    "ES": [9],
    "IT": [10, 9],
    "BR": [10],
    "PT": [9],
    "IN": [10],
    "AU": [9],
    "IE": [9, 8],
    "AT": [9, 10, 8],
    "CH": [9],
    "BE": [8, 9],
}
MOBILE = {
    "US": (["402", "208", "509", "918", "608"], [10]),
    "GB": (["74", "75", "77", "78", "79"], [10]),
    "DE": (["151", "152", "160", "170", "171", "176", "157", "162"], [10, 11]),
    "NL": (["6"], [9]),
    "FR": (["6", "7"], [9]),
    "ES": (["6", "71", "72"], [9]),
    "IT": (["33", "34", "32", "38"], [10]),
    "BR": (["119", "219", "859", "419", "319", "519"], [11]),
    "PT": (["91", "92", "93", "96"], [9]),
    "IN": (["9", "8", "7", "6"], [10]),
    "AU": (["4"], [9]),
    "IE": (["83", "85", "86", "87", "89"], [9]),
    "AT": (["664", "676", "650", "699"], [10, 11]),
    "CH": (["76", "77", "78", "79"], [9]),
    "BE": (["47", "48", "49"], [9]),
}
SERVICE = {
    "US": (["800", "888", "877", "866"], [10]),
    "GB": (["800", "808", "345", "330"], [10]),
    "DE": (["800"], [10]),
    "NL": (["800"], [7, 10]),
    "FR": (["800", "805", "806", "809"], [9]),
    "ES": (["900", "901", "902"], [9]),
    "IT": (["800", "803"], [9]),
    "BR": (["800"], [10]),
    "PT": (["800", "808"], [9]),
    "IN": (["1800"], [10, 11]),
}
SERVICE_TYPES = {PT.TOLL_FREE, PT.SHARED_COST, PT.UAN}


def _ok(num, types):
    return phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in types


def make_number(rng, region, kind, area=None):
    """kind: fixed | mobile | service. Returns a phonenumbers.PhoneNumber."""
    cc = CC[region]
    for _ in range(5000):
        if kind == "fixed":
            prefix = area
            lengths = NSN_LEN[region]
            types = {PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE}
            if region == "IT":
                prefix = area
        elif kind == "mobile":
            prefs, lengths = MOBILE[region]
            prefix = rng.choice(prefs)
            types = {PT.MOBILE, PT.FIXED_LINE_OR_MOBILE}
        else:
            prefs, lengths = SERVICE[region]
            prefix = rng.choice(prefs)
            types = SERVICE_TYPES
        n = rng.choice(lengths)
        rest = n - len(prefix)
        if rest < 4:
            continue
        digits = prefix + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        num = phonenumbers.PhoneNumber(country_code=cc, national_number=int(digits))
        if region == "IT" and digits.startswith("0"):
            num.italian_leading_zero = True
        if not _ok(num, types):
            continue
        if (
            kind == "fixed"
            and phonenumbers.length_of_geographical_area_code(num)
            != len(area.lstrip("0") if region != "IT" else area)
            and region in LOCAL_REGIONS
        ):
            continue
        if region == "US" and (digits[3:6] == "555" or digits[3] in "01"):
            continue
        return num
    raise RuntimeError(f"no {kind} number for {region} {area}")


LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")


def nsn(num):
    return phonenumbers.national_significant_number(num)


def _g(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _pairs_right(s):
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return out


def _split(num, area):
    n = nsn(num)
    return n[: len(area)], n[len(area) :]


def area_of(num):
    n = nsn(num)
    k = phonenumbers.length_of_geographical_area_code(num)
    if k == 0:
        k = phonenumbers.length_of_national_destination_code(num)
    return n[:k], n[k:]


def local_forms(region, sub):
    s = sub
    if region == "US":
        return [f"{s[:3]}-{s[3:]}", f"{s[:3]} {s[3:]}"]
    if region == "GB":
        if len(s) == 6:
            return [s, f"{s[:3]} {s[3:]}"]
        if len(s) == 7:
            return [f"{s[:3]} {s[3:]}", s, f"{s[:3]}-{s[3:]}"]
        return [f"{s[:4]} {s[4:]}", s]
    if region == "DE":
        return [s, " ".join(_pairs_right(s)), f"{s[: len(s) // 2]} {s[len(s) // 2 :]}", f"{s[:-2]}-{s[-2:]}"]
    if region == "NL":
        if len(s) == 7:
            return [f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]} {s[3:]}"]
        return [f"{s[:2]} {s[2:4]} {s[4:]}", s, f"{s[:3]} {s[3:]}"]
    if region == "BR":
        return [f"{s[:4]}-{s[4:]}", f"{s[:4]} {s[4:]}"]
    if region == "IN":
        if len(s) == 7:
            return [s, f"{s[:3]} {s[3:]}", f"{s[:3]}-{s[3:]}"]
        return [f"{s[:4]} {s[4:]}", s, f"{s[:4]}-{s[4:]}"]
    raise ValueError(region)


def national_forms(region, num):
    n = nsn(num)
    a, s = area_of(num)
    t = phonenumbers.number_type(num)
    svc = t in SERVICE_TYPES
    mob = t == PT.MOBILE
    if region == "US":
        return [
            f"({a}) {s[:3]}-{s[3:]}",
            f"{a}-{s[:3]}-{s[3:]}",
            f"{a}.{s[:3]}.{s[3:]}",
            f"{a} {s[:3]} {s[3:]}",
            f"1-{a}-{s[:3]}-{s[3:]}",
            f"1 ({a}) {s[:3]}-{s[3:]}",
        ]
    if region == "GB":
        if svc:
            return [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"0{n[:3]} {n[3:]}"]
        if mob:
            return [f"0{n[:4]} {n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0{n[:4]}-{n[4:7]}-{n[7:]}", f"0{n}"]
        f = [f"0{a} {s}", f"(0{a}) {s}"]
        if len(s) == 6:
            f += [f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s[:3]} {s[3:]}", f"0{a}-{s}"]
        elif len(s) == 7:
            f += [f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s[:3]} {s[3:]}"]
        else:
            f += [f"0{a} {s[:4]} {s[4:]}"]
        return f
    if region == "DE":
        if svc:
            return [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:]}"]
        if mob:
            a, s = n[:3], n[3:]
            return [
                f"0{a} {s}",
                f"0{a}-{s[:3]} {s[3:6]} {s[6:]}",
                f"0{a} / {s[:4]} {s[4:]}",
                f"0{a}-{s}",
                f"0{a} {s[:4]} {s[4:]}",
            ]
        return [
            f"0{a} {s}",
            f"0{a} {s[: len(s) // 2]} {s[len(s) // 2 :]}",
            f"(0{a}) " + " ".join(_pairs_right(s)),
            f"0{a} / {s}",
            f"0{a}-{s}",
            f"0{a} - " + " ".join(_pairs_right(s)),
        ]
    if region == "NL":
        if svc:
            return [f"0{n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:]}"]
        if mob:
            return [
                f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"06-{n[1:]}",
                f"06 {n[1:5]} {n[5:]}",
                f"(06) {n[1:]}",
                f"06 - {n[1:5]} {n[5:]}",
            ]
        if len(s) == 7:
            return [
                f"0{a} {s[:3]} {s[3:]}",
                f"0{a}-{s}",
                f"(0{a}) {s[:3]} {s[3:5]} {s[5:]}",
                f"0{a} {s[:3]} {s[3:5]} {s[5:]}",
            ]
        return [
            f"0{a}-{s}",
            f"(0{a}) {s[:3]} {s[3:]}",
            f"0{a} {s[:3]} {s[3:]}",
            f"0{a} {s[:2]} {s[2:4]} {s[4:]}",
        ]
    if region == "FR":
        p = _pairs_right("0" + n)
        if svc:
            return [
                f"0 {n[:3]} " + " ".join(_pairs_right(n[3:])),
                " ".join(p),
                "0" + n[:3] + " " + " ".join(_pairs_right(n[3:])),
            ]
        return [" ".join(p), ".".join(p), "0" + n, "-".join(p), " ".join(p[:1]) + " " + "".join(p[1:])]
    if region == "ES":
        return [
            f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"{n[:3]} {n[3:6]} {n[6:]}",
            n,
            f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
            f"{n[:3]}-{n[3:5]}-{n[5:7]}-{n[7:]}",
        ]
    if region == "IT":
        if svc:
            return [f"{n[:3]} {n[3:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}.{n[3:]}"]
        if mob:
            return [
                f"{n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]}-{n[3:]}",
                f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"{n[:3]} {n[3:]}",
            ]
        return [f"{a} {s}", f"{a}-{s}", f"{a} {s[: len(s) // 2]} {s[len(s) // 2 :]}", f"({a}) {s}"]
    if region == "BR":
        if svc:
            return [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"0{n[:3]} {n[3:]}"]
        a, s = n[:2], n[2:]
        if mob:
            return [
                f"({a}) {s[:5]}-{s[5:]}",
                f"{a} {s[0]} {s[1:5]}-{s[5:]}",
                f"({a}) {s[:5]} {s[5:]}",
                f"{a} {s[:5]}-{s[5:]}",
                f"({a})9 {s[1:5]}-{s[5:]}",
            ]
        return [
            f"({a}) {s[:4]}-{s[4:]}",
            f"{a} {s[:4]}-{s[4:]}",
            f"({a}) {s[:4]} {s[4:]}",
            f"{a} {s[:4]} {s[4:]}",
        ]
    if region == "PT":
        return [
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
            n,
            f"{n[:3]}-{n[3:6]}-{n[6:]}",
        ]
    if region == "IN":
        if svc:
            return [f"{n[:4]} {n[4:7]} {n[7:]}", f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n[:4]} {n[4:]}"]
        if mob:
            return [
                f"{n[:5]} {n[5:]}",
                f"{n[:5]}-{n[5:]}",
                f"0{n[:5]}-{n[5:]}",
                f"0{n}",
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
            ]
        return [
            f"0{a} {s[: len(s) - 4]} {s[-4:]}",
            f"0{a}-{s}",
            f"0{a} {s}",
            f"(0{a}) {s[: len(s) - 4]} {s[-4:]}",
        ]
    raise ValueError(region)


def intl_forms(region, num):
    cc = CC[region]
    n = nsn(num)
    a, s = area_of(num)
    base = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    forms = [base]
    rest = base.split(" ", 1)[1]
    if region in DIALS_00:
        forms.append(f"00{cc} {rest}")
    if region == "US":
        forms += [f"+1 ({a}) {s[:3]}-{s[3:]}", f"+1 {a} {s[:3]} {s[3:]}", f"+1-{a}-{s[:3]}-{s[3:]}"]
    elif region == "IT":
        forms += [f"+39 {n}", f"+39 {n[:3]} {n[3:]}"]
    elif region == "BR":
        forms += [f"+55 ({n[:2]}) {n[2:-4]}-{n[-4:]}", f"+55 {n[:2]} {n[2:]}"]
    else:
        if a and region not in ("ES", "PT"):
            forms.append(f"+{cc} (0){a} {s}")
        if a:
            forms += [f"+{cc} {a} {s}", f"+{cc}-{a}-{s}"]
        forms += [f"+{cc} {n}", f"+{cc}{n}"]
        if region in DIALS_00:
            forms.append(f"00{cc}{n}")
    return forms


def parses_to(text, region, num):
    t = text.replace("\n", " ")
    try:
        p = phonenumbers.parse(t, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        p.country_code == num.country_code
        and p.national_number == num.national_number
        and phonenumbers.is_valid_number(p)
    )


def local_ok(region, area, sub, num):
    lead = "" if region in ("US", "BR") else "0"
    return parses_to(f"{lead}{area} {sub.replace('-', ' ')}", region, num) and nsn(num) == area + sub.replace(
        " ", ""
    ).replace("-", "")


def phone_value(num, region, mode, text):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
        "area_len": phonenumbers.length_of_geographical_area_code(num),
    }


# ---- other kinds -------------------------------------------------------------------------------------


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        k = int(ch)
        if alt:
            k *= 2
            if k > 9:
                k -= 9
        s += k
        alt = not alt
    return s % 10 == 0


def make_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        d, n = "4" + str(rng.randint(10000, 99999)), 16
    elif kind == "mc":
        d, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        d, n = rng.choice(["34", "37"]), 15
    else:
        d, n = "6011", 16
    while len(d) < n - 1:
        d += str(rng.randint(0, 9))
    for c in "0123456789":
        if luhn_ok(d + c):
            d += c
            break
    mode = rng.choice(["spaced", "spaced", "dashed", "solid"])
    if n == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i : i + 4] for i in range(0, 16, 4)]
    text = {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": d}[mode]
    return {"kind": "CREDIT_CARD", "mode": mode, "text": text}


IBAN_SHAPE = {
    "DE": "8n10n",
    "GB": "4a6n8n",
    "FR": "5n5n11c2n",
    "ES": "4n4n1n1n10n",
    "IT": "1a5n5n12c",
    "NL": "4a10n",
    "PT": "4n4n11n2n",
    "BE": "3n7n2n",
    "AT": "5n11n",
    "CH": "5n12c",
    "IE": "4a6n8n",
    "BR": "8n5n10n1a1c",
}


def make_iban(rng, country):
    import re

    for _ in range(20000):
        bban = ""
        for cnt, typ in re.findall(r"(\d+)([nac])", IBAN_SHAPE[country]):
            for _ in range(int(cnt)):
                if typ == "n":
                    bban += str(rng.randint(0, 9))
                elif typ == "a":
                    bban += chr(65 + rng.randint(0, 25))
                else:
                    bban += str(rng.randint(0, 9))
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        code = f"{country}{chk:02d}{bban}"
        if std_iban.is_valid(code):
            mode = rng.choice(["print", "print", "electronic"])
            text = " ".join(code[i : i + 4] for i in range(0, len(code), 4)) if mode == "print" else code
            return {"kind": "IBAN", "mode": mode, "text": text}
    raise RuntimeError(country)


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    mode = rng.choice(["dashed", "dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return {"kind": "US_SSN", "mode": mode, "text": f"{a:03d}{sep}{g:02d}{sep}{s:04d}"}


def make_ip(rng):
    mode = rng.choice(["v4", "v4-private", "v4-private", "v6"])
    if mode == "v4-private":
        t = rng.choice(
            [
                f"192.168.{rng.choice([0, 1, 2, 178, 100])}.{rng.randint(1, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        )
    elif mode == "v4":
        while True:
            ip = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if ip.is_global:
                t = str(ip)
                break
    else:
        pref = rng.choice(["2a02:", "2001:16b8:", "2a01:c22:", "2003:e4:", "2600:1700:"])
        parts = [format(rng.randint(1, 0xFFFF), "x") for _ in range(8 - pref.count(":"))]
        t = str(ipaddress.IPv6Address(pref + ":".join(parts)))
    return {"kind": "IP_ADDRESS", "mode": mode, "text": t}
