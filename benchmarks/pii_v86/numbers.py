"""Phone numbers for v86: drawn with phonenumbers, written in many real-world habits, checked back."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

# local regions: (town, area code without trunk prefix, subscriber length)
AREAS = {
    "US": [
        ("Albany", "518", 7),
        ("Savannah", "912", 7),
        ("Omaha", "402", 7),
        ("Duluth", "218", 7),
        ("Burlington", "802", 7),
        ("Santa Fe", "505", 7),
        ("Fresno", "559", 7),
        ("Lexington", "859", 7),
        ("Providence", "401", 7),
        ("Asheville", "828", 7),
    ],
    "GB": [
        ("Norwich", "1603", 6),
        ("York", "1904", 6),
        ("Bath", "1225", 6),
        ("Lincoln", "1522", 6),
        ("Exeter", "1392", 6),
        ("Leeds", "113", 7),
        ("Edinburgh", "131", 7),
        ("Glasgow", "141", 7),
        ("Liverpool", "151", 7),
        ("Cardiff", "29", 8),
    ],
    "DE": [
        ("Lübeck", "451", 7),
        ("Bamberg", "951", 6),
        ("Trier", "651", 6),
        ("Kassel", "561", 7),
        ("Görlitz", "3581", 6),
        ("Weimar", "3643", 6),
        ("Potsdam", "331", 7),
        ("Regensburg", "941", 7),
        ("Dresden", "351", 7),
        ("Hildesheim", "5121", 6),
    ],
    "NL": [
        ("Haarlem", "23", 7),
        ("Delft", "15", 7),
        ("Zwolle", "38", 7),
        ("Maastricht", "43", 7),
        ("Deventer", "570", 6),
        ("Alkmaar", "72", 7),
        ("Middelburg", "118", 6),
        ("Nijmegen", "24", 7),
    ],
    "BR": [
        ("Recife", "81", 8),
        ("Porto Alegre", "51", 8),
        ("Manaus", "92", 8),
        ("Florianópolis", "48", 8),
        ("Goiânia", "62", 8),
        ("Natal", "84", 8),
        ("São Luís", "98", 8),
        ("Campinas", "19", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kochi", "484", 7),
        ("Kolkata", "33", 8),
        ("Hyderabad", "40", 8),
        ("Ahmedabad", "79", 8),
        ("Mysuru", "821", 7),
        ("Varanasi", "542", 7),
    ],
}
TRUNK = {"GB": "0", "DE": "0", "NL": "0", "IN": "0", "US": "", "BR": ""}

# other regions: national significant number prefixes and lengths per type
PREFIXES = {
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "free": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("954", 9), ("96", 9), ("981", 9)],
        "mobile": [("6", 9)],
        "free": [("900", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("055", 10), ("011", 10)],
        "mobile": [("33", 10), ("34", 10), ("32", 10)],
        "free": [("800", 9)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "free": [("800", 9)],
    },
    "CH": {
        "fixed": [("44", 9), ("31", 9), ("61", 9), ("21", 9)],
        "mobile": [("79", 9), ("78", 9), ("76", 9)],
    },
    "AT": {"fixed": [("1", 9), ("662", 9), ("316", 9)], "mobile": [("664", 10), ("676", 10), ("699", 10)]},
    "BE": {
        "fixed": [("2", 8), ("9", 8), ("3", 8)],
        "mobile": [("470", 9), ("475", 9), ("486", 9), ("496", 9)],
    },
    "IE": {"fixed": [("1", 8), ("21", 9)], "mobile": [("85", 9), ("86", 9), ("87", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9), ("8", 9)], "mobile": [("4", 9)]},
    "DE": {"mobile": [("151", 11), ("160", 11), ("176", 11), ("170", 10)], "free": [("800", 10)]},
    "GB": {
        "fixed": [("20", 10)],
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "free": [("800", 10), ("808", 10)],
    },
    "NL": {"mobile": [("6", 9)], "free": [("800", 10), ("800", 7)]},
    "US": {"free": [("800", 10), ("888", 10), ("877", 10), ("866", 10)]},
    "BR": {"free": [("800", 10)]},
    "IN": {"mobile": [("98", 10), ("97", 10), ("88", 10), ("70", 10)], "free": [("1800", 11)]},
}
WANT = {
    "fixed": (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
    "mobile": (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
    "free": (T.TOLL_FREE,),
}


def _digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def nsn_of(e164):
    return pn.national_significant_number(pn.parse(e164))


def draw_local(rng, region, area, sub_len):
    """A valid fixed-line number of the town; returns (e164, subscriber digits)."""
    for _ in range(500):
        first = "2345" if region in ("BR",) else ("2" if region == "IN" else "23456789")
        sub = _digits(rng, sub_len, first)
        num = pn.parse(TRUNK[region] + area + sub, region)
        if (
            not pn.is_valid_number(num)
            or pn.number_type(num) not in WANT["fixed"]
            or pn.region_code_for_number(num) != region
        ):
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return pn.format_number(num, pn.PhoneNumberFormat.E164), sub
    raise RuntimeError(f"no local number for {region} {area}")


def draw(rng, region, kind):
    """A valid number of the type; returns e164."""
    if kind == "fixed" and region in AREAS:
        _town, area, n = rng.choice(AREAS[region])
        return draw_local(rng, region, area, n)[0]
    if kind == "mobile" and region in ("US", "BR"):
        _town, area, n = rng.choice(AREAS[region])
        if region == "US":
            return draw_local(rng, region, area, n)[0]
        prefixes = [(area + "9", 11)]
    else:
        prefixes = PREFIXES[region][kind]
    for _ in range(1000):
        pre, length = rng.choice(prefixes)
        first = "6789" if region == "BR" else "0123456789"
        nsn = pre + _digits(rng, length - len(pre), first)
        try:
            num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        except pn.NumberParseException:
            continue
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in WANT[kind]
            and pn.region_code_for_number(num) == region
        ):
            return pn.format_number(num, pn.PhoneNumberFormat.E164)
    raise RuntimeError(f"no {kind} number for {region}")


def _split(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def _pairs(s):
    """'4447876' -> ['4', '44', '78', '76']: pairs from the right."""
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    return [s] + out if s else out


def _ndc(e164):
    num = pn.parse(e164)
    nsn = pn.national_significant_number(num)
    k = pn.length_of_national_destination_code(num) or 3
    return nsn[:k], nsn[k:]


def written(rng, region, e164, intl=False):
    """One way a person writes the number (national unless intl)."""
    nsn = nsn_of(e164)
    a, s = _ndc(e164)
    cc = "+" + str(pn.country_code_for_region(region))
    t = pn.number_type(pn.parse(e164))
    mob = t == T.MOBILE
    free = t == T.TOLL_FREE
    opts = []
    if region == "US":
        x, y = s[:3], s[3:]
        if intl:
            opts = [f"{cc}-{a}-{x}-{y}", f"{cc} {a}-{x}-{y}", f"{cc}{a}{x}{y}", f"{cc} ({a}) {x} {y}"]
        elif free:
            opts = [f"{a}-{x}-{y}", f"1.{a}.{x}.{y}", f"({a}) {x}-{y}"]
        else:
            opts = [f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"({a}){x}-{y}", f"1.{a}.{x}.{y}"]
    elif region == "GB":
        sub3 = (
            " ".join(_split(s, [3, 4]))
            if len(s) == 7
            else " ".join(_split(s, [4, 4] if len(s) == 8 else [3]))
        )
        if intl:
            opts = [f"{cc} (0){a} {s}", f"{cc} (0) {a} {sub3}", f"{cc} {a} {sub3}", f"{cc}-{a}-{s}"]
        elif mob:
            opts = [
                f"0{a} {s}",
                f"0{a}-{s[:3]}-{s[3:]}",
                f"0{nsn[:2]} {nsn[2:6]} {nsn[6:]}",
                f"0{a} {s[:3]} {s[3:]}",
            ]
        elif free:
            opts = [f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s}"]
        else:
            opts = [f"0{a} {sub3}", f"(0{a}) {s}", f"0{a}-{s}", f"(0{a}) {sub3}"]
    elif region == "DE":
        if intl:
            opts = [
                f"{cc} (0){a} {s}",
                f"{cc} (0) {a} {s}",
                f"{cc} {a} {' '.join(_pairs(s))}",
                f"{cc}.{a}.{s}",
            ]
        elif free:
            opts = [f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s}"]
        else:
            opts = [f"(0{a}) {s}", f"0{a} {' '.join(_pairs(s))}", f"0{a}-{s}", f"0{a} {s}"]
            if mob:
                opts.append(f"0{a} {s[:3]} {s[3:6]} {s[6:]}")
    elif region == "NL":
        if intl:
            grp = " ".join(_split(s, [3, 2, 2])) if len(s) == 7 else " ".join(_pairs(s))
            opts = [f"{cc} (0){a} {s[:3]} {s[3:]}", f"{cc} {a} {grp}", f"{cc} (0){a}-{s}"]
        elif mob:
            opts = [f"06 {' '.join(_pairs(s))}", f"06-{s[:3]} {s[3:6]} {s[6:]}", f"(06) {s}"]
        elif free:
            opts = [f"0{a} {s}", f"0{a}-{s[:3]} {s[3:]}" if len(s) > 4 else f"0{a} {s}"]
        else:
            pr = " ".join(_split(s, [3, 2, 2])) if len(s) == 7 else " ".join(_pairs(s))
            opts = [f"(0{a}) {pr}", f"0{a} {s}", f"0{a}-{pr}", f"0{a} - {s}"]
    elif region == "BR":
        if free:
            opts = [f"0{a} {s[:3]} {s[3:]}", f"0{a}.{s[:3]}.{s[3:]}"]
        elif len(s) == 9:
            if intl:
                opts = [f"{cc} {a} {s[:5]}-{s[5:]}", f"{cc} ({a}) {s[:5]}-{s[5:]}", f"{cc}{a}{s}"]
            else:
                opts = [f"({a}) {s[:5]}-{s[5:]}", f"{a} {s[:5]}-{s[5:]}", f"({a}) {s[0]}.{s[1:5]}-{s[5:]}"]
        elif intl:
            opts = [f"{cc} ({a}) {s[:4]}.{s[4:]}", f"{cc} {a} {s[:4]}-{s[4:]}"]
        else:
            opts = [f"({a}) {s[:4]}.{s[4:]}", f"{a} {s[:4]}.{s[4:]}", f"({a}) {s[:4]} {s[4:]}", f"({a}){s}"]
    elif region == "IN":
        if free:
            opts = [
                f"{nsn[:4]} {nsn[4:7]} {nsn[7:]}",
                f"{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}",
                f"{nsn[:4]} {nsn[4:]}",
            ]
        elif mob:
            opts = (
                [f"{cc} {nsn[:5]} {nsn[5:]}", f"{cc}{nsn}", f"{cc} {nsn[:5]}-{nsn[5:]}"]
                if intl
                else [f"{nsn[:5]}-{nsn[5:]}", f"{nsn}", f"{nsn[:5]} {nsn[5:]}", f"0{nsn[:5]}-{nsn[5:]}"]
            )
        else:
            sp = f"{s[:3]} {s[3:]}" if len(s) == 7 else f"{s[:4]} {s[4:]}"
            opts = (
                [f"{cc} {a} {sp}", f"{cc}-{a}-{s}", f"{cc} ({a}) {sp}"]
                if intl
                else [f"(0{a}) {sp}", f"0{a} {sp}", f"0{a}-{sp}", f"0{a}-{s}"]
            )
    elif region == "FR":
        p = ".".join(_split(nsn[1:], [2, 2, 2, 2]))
        if intl:
            opts = [
                f"{cc} (0){nsn[0]} {p.replace('.', ' ')}",
                f"{cc} {nsn[0]} {p.replace('.', ' ')}",
                f"{cc} (0){nsn[0]}.{p}",
            ]
        elif free:
            opts = [f"0{nsn[0]} {p.replace('.', ' ')}", f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
        else:
            opts = [
                f"0{nsn[0]}.{p}",
                f"0{nsn[0]} {p.replace('.', ' ')}",
                f"0{nsn}",
                f"0{nsn[0]}-{p.replace('.', '-')}",
            ]
    elif region == "ES":
        grp = f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"
        if intl:
            opts = [f"{cc} {grp}", f"({cc}) {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{cc}{nsn}"]
        elif free:
            opts = [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
        else:
            opts = [
                grp,
                f"{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}" if nsn[0] == "9" else grp,
                nsn,
                f"{nsn[:3]}.{nsn[3:5]}.{nsn[5:7]}.{nsn[7:]}",
            ]
    elif region == "IT":
        if intl:
            opts = [
                f"{cc} {a} {s[:4]} {s[4:]}" if not mob else f"{cc} {a} {s[:3]} {s[3:]}",
                f"({cc}) {a} {s}",
                f"{cc} {a}{s}",
            ]
        elif free:
            opts = [
                f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
                f"{nsn[:3]} {nsn[3:]}",
            ]
        elif mob:
            opts = [f"{a} {s[:3]} {s[3:]}", f"{a}.{s[:3]}.{s[3:]}", f"{a}-{s}", f"{a} {s}"]
        else:
            k = 4 if len(a) == 2 else 3
            opts = [f"{a} {s[:k]} {s[k:]}", f"{a}.{s[:k]}.{s[k:]}", f"{a} {s}", f"{a}.{s}"]
    elif region == "PT":
        if intl:
            opts = [
                f"{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"({cc}) {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"{cc}{nsn}",
            ]
        else:
            opts = [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", nsn, f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"]
    elif region in ("CH", "AT", "BE", "IE", "AU"):
        grp = (
            (" ".join(_split(s, [3, 2, 2]) if len(s) == 7 else _pairs(s)))
            if region in ("CH", "BE")
            else " ".join(_split(s, [3, 4] if len(s) == 7 else [4, 4] if len(s) == 8 else [3, 3]))
        )
        opts = [f"{cc} {a} {grp}", f"{cc} {a} {grp}", f"{cc} (0){a} {grp}"]
        if region == "AU" or region == "AT":
            opts.append(f"{cc} (0) {a} {grp}")
    out = rng.choice(opts)
    assert back(out, region) == e164, (out, e164)
    return out


def back(text, region):
    num = pn.parse(text, region)
    if not pn.is_valid_number(num):
        return None
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def local_form(rng, region, sub):
    n = len(sub)
    if region == "US":
        opts = [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
    elif region == "GB":
        opts = {
            6: [sub, f"{sub[:3]} {sub[3:]}", sub],
            7: [f"{sub[:3]} {sub[3:]}", sub, f"{sub[:3]}-{sub[3:]}"],
            8: [f"{sub[:4]} {sub[4:]}", sub],
        }[n]
    elif region == "DE":
        opts = [
            " ".join(_pairs(sub)),
            sub,
            f"{sub[:3]} {sub[3:]}" if n == 6 else f"{sub[:3]} {sub[3:5]} {sub[5:]}",
        ]
    elif region == "NL":
        opts = (
            [f"{sub[:3]} {sub[3:5]} {sub[5:]}", sub, f"{sub[:3]}-{sub[3:]}"]
            if n == 7
            else [" ".join(_pairs(sub)), sub, f"{sub[:3]} {sub[3:]}"]
        )
    elif region == "BR":
        opts = [f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]} {sub[4:]}"]
    else:  # IN
        opts = (
            [sub, f"{sub[:4]}-{sub[4:]}", f"{sub[:2]} {sub[2:5]} {sub[5:]}"]
            if n == 8
            else [sub, f"{sub[:3]} {sub[3:]}", f"{sub[:2]}-{sub[2:]}"]
        )
    return rng.choice(opts)


def put_back(region, e164, area_len, text):
    """The local text with its area code and trunk prefix put back, parsed; None when it does not match."""
    nsn = nsn_of(e164)
    digits = "".join(c for c in text if c.isdigit())
    if nsn[area_len:] != digits:
        return None
    return back(TRUNK[region] + nsn[:area_len] + digits, region)
