"""Phone numbers for v72: drawn at random, checked with phonenumbers, written in fresh habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIX = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOB = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
FREE = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# region -> kind -> list of (national significant prefix, nsn length)
SPECS = {
    "US": {
        "fix": [("402", 10), ("918", 10), ("518", 10), ("559", 10), ("937", 10), ("804", 10)],
        "mob": [("316", 10), ("912", 10), ("720", 10), ("615", 10)],
        "free": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        "fix": [("113", 10), ("114", 10), ("115", 10), ("1223", 10), ("1603", 10), ("1904", 10)],
        "mob": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "free": [("800", 10), ("808", 10)],
    },
    "DE": {
        "fix": [("30", 10), ("40", 10), ("89", 10), ("431", 10), ("228", 10), ("351", 10)],
        "mob": [("151", 11), ("152", 11), ("157", 11), ("171", 10), ("172", 10), ("176", 11)],
        "free": [("800", 10)],
    },
    "FR": {
        "fix": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mob": [("6", 9), ("7", 9)],
        "free": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fix": [("91", 9), ("93", 9), ("96", 9), ("954", 9), ("985", 9)],
        "mob": [("6", 9)],
        "free": [("900", 9)],
    },
    "IT": {
        "fix": [("06", 10), ("02", 10), ("011", 10), ("055", 10)],
        "mob": [("32", 10), ("33", 10), ("34", 10), ("347", 10), ("39", 10)],
        "free": [("800", 9)],
    },
    "NL": {
        "fix": [("10", 9), ("20", 9), ("23", 9), ("40", 9), ("43", 9), ("70", 9)],
        "mob": [("6", 9)],
        "free": [("800", 10)],
    },
    "PT": {
        "fix": [("21", 9), ("22", 9), ("239", 9), ("253", 9)],
        "mob": [("91", 9), ("93", 9), ("96", 9)],
        "free": [("800", 9)],
    },
    "BR": {
        "fix": [("513", 10), ("813", 10), ("923", 10), ("623", 10), ("313", 10), ("114", 10)],
        "mob": [("519", 11), ("819", 11), ("119", 11), ("319", 11), ("489", 11)],
        "free": [("800", 10)],
    },
    "IN": {
        "fix": [("202", 10), ("332", 10), ("402", 10), ("1412", 10), ("5222", 10), ("804", 10)],
        "mob": [("98", 10), ("97", 10), ("88", 10), ("70", 10), ("63", 10)],
        "free": [("1800", 11)],
    },
    "AT": {"fix": [("1", 10), ("316", 10)], "mob": [("664", 10), ("676", 10)]},
    "CH": {"fix": [("44", 9), ("31", 9), ("61", 9)], "mob": [("79", 9), ("78", 9)]},
    "BE": {"fix": [("2", 8), ("3", 8), ("9", 8)], "mob": [("47", 9), ("49", 9)]},
    "IE": {"fix": [("1", 8), ("21", 9)], "mob": [("87", 9), ("85", 9), ("83", 9)]},
    "AU": {"fix": [("2", 9), ("3", 9), ("8", 9)], "mob": [("4", 9)]},
}

TYPES = {"fix": FIX, "mob": MOB, "free": FREE}

# local regions: town -> area code (national significant), subscriber length
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Albany", "518"),
        ("Fresno", "559"),
        ("Dayton", "937"),
        ("Richmond", "804"),
        ("Wichita", "316"),
        ("Savannah", "912"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Cambridge", "1223"),
        ("Norwich", "1603"),
        ("York", "1904"),
        ("Exeter", "1392"),
        ("Aberdeen", "1224"),
    ],
    "DE": [
        ("Kiel", "431"),
        ("Bonn", "228"),
        ("Lübeck", "451"),
        ("Dresden", "351"),
        ("Augsburg", "821"),
        ("Kassel", "561"),
        ("Hannover", "511"),
        ("Leipzig", "341"),
    ],
    "NL": [
        ("Haarlem", "23"),
        ("Eindhoven", "40"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Maastricht", "43"),
        ("Nijmegen", "24"),
        ("Delft", "15"),
        ("Tilburg", "13"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Belo Horizonte", "31"),
        ("Natal", "84"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Ahmedabad", "79"),
        ("Kochi", "484"),
        ("Bengaluru", "80"),
    ],
}
LOCAL_NSN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}


def _fill(rng, prefix, length):
    rest = "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
    if rest and rest[0] in "01" and prefix in ("402", "918", "518", "559", "937", "804", "316", "912"):
        rest = rng.choice("23456789") + rest[1:]
    return prefix + rest


def draw(rng, region, kind):
    """Return a valid phonenumbers object of the wanted kind in region."""
    for _ in range(5000):
        prefix, length = rng.choice(SPECS[region][kind])
        nsn = _fill(rng, prefix, length)
        if region == "IT" and kind == "fix":
            num = pn.parse("+39" + nsn, None)
        else:
            num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, None)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in TYPES[kind]
            and pn.region_code_for_number(num) == region
        ):
            if region == "US" and nsn[3:6] == "555":
                continue
            return num
    raise RuntimeError((region, kind))


def draw_local(rng, region, area):
    """A fixed-line number whose geographic area code is `area`; returns (num, subscriber digits)."""
    for _ in range(5000):
        first = rng.choice("2345" if region == "BR" else "23456789")
        sub = first + "".join(rng.choice("0123456789") for _ in range(LOCAL_NSN[region] - len(area) - 1))
        if region == "US" and sub[:3] == "555":
            continue
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + area + sub, None)
        if not pn.is_valid_number(num) or pn.number_type(num) not in FIX:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError((region, area))


def nsn_of(num):
    return pn.national_significant_number(num)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def _g(d, *sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return out


def _sp(d, *sizes):
    return " ".join(_g(d, *sizes))


def write_local(rng, region, sub):
    """Subscriber-only forms (fresh habits)."""
    n = len(sub)
    if region == "US":
        return rng.choice([sub[:3] + "." + sub[3:], sub[:3] + "-" + sub[3:]])
    if region == "GB":
        return _sp(sub, 3) if n == 7 else rng.choice([_sp(sub, 2, 2), sub[:3] + " " + sub[3:]])
    if region == "DE":
        if n == 8:
            return rng.choice([_sp(sub, 2, 2, 2), sub[:4] + "-" + sub[4:]])
        if n == 7:
            return rng.choice([_sp(sub, 3, 2), sub[:3] + "-" + sub[3:]])
        return rng.choice([sub[:3] + "-" + sub[3:], _sp(sub, 2, 2)])
    if region == "NL":
        return rng.choice([sub, _sp(sub, 3)]) if n == 7 else rng.choice([_sp(sub, 2, 2, 2), sub])
    if region == "BR":
        return rng.choice([sub[:4] + "." + sub[4:], sub[:4] + " " + sub[4:]])
    if region == "IN":
        return rng.choice([sub, sub[:4] + "-" + sub[4:]]) if n == 8 else rng.choice([_sp(sub, 3), sub])
    raise KeyError(region)


def put_back(region, area, local_text):
    """The local form with trunk prefix and area code put back, parsed in region."""
    digits = "".join(c for c in local_text if c.isdigit())
    return pn.parse(TRUNK[region] + area + digits, region)


def write_national(rng, region, num, kind):
    d = nsn_of(num)
    if region == "US":
        a, b, c = d[:3], d[3:6], d[6:]
        return rng.choice(
            [f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"({a}){b}-{c}", f"1.{a}.{b}.{c}", f"1 {a} {b} {c}"]
        )
    if region == "GB":
        if kind == "free":
            return rng.choice(["0" + d[:3] + " " + _sp(d[3:], 3), "0" + d[:3] + "-" + d[3:6] + "-" + d[6:]])
        if kind == "mob":
            return rng.choice(["0" + _sp(d, 4), "0" + d[:4] + "-" + d[4:7] + "-" + d[7:]])
        al = pn.length_of_geographical_area_code(num)
        sub = d[al:]
        sub_s = _sp(sub, 3) if len(sub) == 7 else _sp(sub, 3)
        return rng.choice([f"0{d[:al]} {sub_s}", f"0{d[:al]}-{sub_s.replace(' ', '-')}"])
    if region == "DE":
        if kind == "mob":
            return rng.choice(
                [
                    "0" + d[:3] + " " + d[3:],
                    "0" + d[:3] + " " + _sp(d[3:], 3, 2, 2),
                    "(0" + d[:3] + ") " + d[3:],
                ]
            )
        if kind == "free":
            return rng.choice(["0800 " + _sp(d[3:], 3), "0800-" + d[3:]])
        al = pn.length_of_geographical_area_code(num)
        return rng.choice([f"0{d[:al]} {d[al:]}", f"(0{d[:al]}) {d[al:]}", f"0{d[:al]}-{d[al:]}"])
    if region == "FR":
        pairs = _g("0" + d, 2, 2, 2, 2, 2)
        if kind == "free":
            return rng.choice([" ".join(pairs), "0" + d[:3] + " " + _sp(d[3:], 3)])
        return rng.choice([" ".join(pairs), ".".join(pairs)])
    if region == "ES":
        if kind == "mob":
            return rng.choice([_sp(d, 3, 2, 2), d, _sp(d, 3, 3)])
        return (
            rng.choice([d, _sp(d, 3, 3)])
            if kind == "free"
            else rng.choice([d, _sp(d, 3, 3), _sp(d, 3, 2, 2)])
        )
    if region == "IT":
        if kind == "mob":
            return rng.choice([_sp(d, 3, 3), d[:3] + " " + d[3:]])
        if kind == "free":
            return rng.choice([_sp(d, 3, 3), d])
        al = 2 if d.startswith(("06", "02")) else 3
        rest = d[al:]
        return rng.choice([d[:al] + " " + rest, d[:al] + " " + _sp(rest, 4 if len(rest) == 8 else 3)])
    if region == "NL":
        if kind == "mob":
            return rng.choice(["06 " + _sp(d[1:], 2, 2, 2), "06-" + _sp(d[1:], 2, 2, 2)])
        if kind == "free":
            return "0800 " + _sp(d[3:], 3)
        return rng.choice(["0" + d[:2] + " " + _sp(d[2:], 3), "(0" + d[:2] + ") " + _sp(d[2:], 3, 2)])
    if region == "PT":
        return _sp(d, 3, 3)
    if region == "BR":
        if kind == "free":
            return "0800 " + _sp(d[3:], 3)
        a, s = d[:2], d[2:]
        return rng.choice([f"({a}) {s[:-4]}-{s[-4:]}", f"{a} {s[:-4]}-{s[-4:]}", f"({a}) {s[:-4]} {s[-4:]}"])
    if region == "IN":
        if kind == "mob":
            return rng.choice([_sp(d, 5), "0" + _sp(d, 5), d])
        if kind == "free":
            return rng.choice(["1800-" + d[4:7] + "-" + d[7:], "1800 " + _sp(d[4:], 3)])
        al = pn.length_of_geographical_area_code(num)
        return rng.choice([f"(0{d[:al]}) {d[al:]}", f"0{d[:al]}-{d[al:]}", f"0{d[:al]} {d[al:]}"])
    raise KeyError(region)


def write_intl(rng, region, num, kind):
    cc = str(num.country_code)
    d = nsn_of(num)
    if region in ("US",):
        return rng.choice([f"+1-{d[:3]}-{d[3:6]}-{d[6:]}", f"+1 {d}", f"+1.{d[:3]}.{d[3:6]}.{d[6:]}"])
    fmt = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    if region in ("GB", "DE", "CH", "NL", "BE", "IE", "AU", "AT") and kind == "fix" and rng.random() < 0.5:
        nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
        if nat.startswith("0"):
            return f"+{cc} (0){nat[1:]}"
    if region == "FR":
        return rng.choice([fmt, f"+33 (0){d[0]} " + _sp(d[1:], 2, 2, 2)])
    if region == "BR" and kind == "mob":
        return f"+55 {d[:2]} {d[2:7]}-{d[7:]}"
    if rng.random() < 0.3:
        return fmt.replace(" ", "-")
    return fmt
