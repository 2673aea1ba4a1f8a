"""Phone numbers for v89: drawn from a prefix, kept when phonenumbers calls them valid and of the wanted
type, written in the habits below and parsed back (checks.py repeats the parse-back)."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "NL": 31,
    "PT": 351,
    "BR": 55,
    "IN": 91,
    "AU": 61,
    "IE": 353,
    "AT": 43,
    "CH": 41,
    "BE": 32,
}
FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# region -> kind -> list of (prefix, national significant number length)
PLAN = {
    "US": {
        "fixed": [(a, 10) for a in ("415", "718", "503", "614", "919", "651", "305", "414", "720", "860")],
        "mobile": [(a, 10) for a in ("646", "213", "469", "602")],
        "other": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        "fixed": [("113", 10), ("117", 10), ("121", 10), ("131", 10), ("141", 10), ("20", 10), ("29", 10)],
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "other": [("800", 10), ("808", 10), ("345", 10), ("330", 10)],
    },
    "DE": {
        "fixed": [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("351", 10), ("511", 10), ("711", 10)],
        "mobile": [("151", 11), ("160", 10), ("171", 10), ("176", 11), ("157", 11)],
        "other": [("800", 11)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("96", 9), ("95", 9)],
        "mobile": [("6", 9), ("71", 9)],
        "other": [("900", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("011", 10), ("055", 10), ("081", 10)],
        "mobile": [("32", 10), ("33", 10), ("34", 10), ("38", 10)],
        "other": [("800", 9)],
    },
    "NL": {
        "fixed": [("20", 9), ("10", 9), ("30", 9), ("70", 9), ("40", 9), ("43", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 10)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9)],
    },
    "BR": {
        "fixed": [("113", 10), ("213", 10), ("313", 10), ("513", 10), ("613", 10)],
        "mobile": [("119", 11), ("219", 11), ("319", 11), ("719", 11)],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("11", 10), ("22", 10), ("33", 10), ("80", 10), ("40", 10)],
        "mobile": [("98", 10), ("97", 10), ("94", 10), ("88", 10), ("70", 10)],
        "other": [("1800", 11)],
    },
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9), ("8", 9)], "mobile": [("4", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 9)], "mobile": [("85", 9), ("87", 9), ("83", 9)]},
    "AT": {"fixed": [("1", 8), ("316", 10), ("662", 10)], "mobile": [("664", 10), ("676", 10)]},
    "CH": {
        "fixed": [("44", 9), ("31", 9), ("61", 9), ("22", 9)],
        "mobile": [("79", 9), ("78", 9), ("76", 9)],
    },
    "BE": {"fixed": [("2", 8), ("3", 8), ("9", 8)], "mobile": [("47", 9), ("48", 9), ("49", 9)]},
}


def g(s, *sizes):
    """Split s into groups of the given sizes (the last group takes the rest)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [p for p in out if p]


def sp(s, *sizes, sep=" "):
    return sep.join(g(s, *sizes))


def _alen(region, nsn):
    if region == "GB":
        return 2 if nsn.startswith("2") else 3
    if region == "DE":
        return 2 if nsn[:2] in ("30", "40", "89") else 3
    if region == "IT":
        return 2 if nsn[:2] in ("06", "02") else 3
    if region == "IN":
        return 2
    if region == "BR":
        return 2
    return 2


def national(region, kind, nsn, rng):
    """Domestic written forms, new against v52."""
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        if kind == "other":
            return rng.choice([f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a}-{b}-{c}"])
        return rng.choice([f"{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}"])
    if region == "GB":
        if kind == "mobile":
            return rng.choice([f"0{sp(nsn, 4, 6)}", f"0{sp(nsn, 4, 3, sep='-')}"])
        if kind == "other":
            return f"0{sp(nsn, 3, 3)}"
        if nsn.startswith("2"):
            return rng.choice([f"0{sp(nsn, 3, 3)}", f"0{sp(nsn, 2, 4)}"])
        return rng.choice([f"0{sp(nsn, 3, 3)}", f"0{sp(nsn, 3, 3, sep='-')}"])
    if region == "DE":
        if kind == "mobile":
            return rng.choice([f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]} {sp(nsn[3:], 4)}"])
        if kind == "other":
            return f"0800 {sp(nsn[3:], 4)}"
        n = _alen(region, nsn)
        a, s = nsn[:n], nsn[n:]
        pairs = " ".join(g(s, *([len(s) % 2 or 2] + [2] * 5)))
        return rng.choice([f"0{a} {s}", f"(0{a}) {pairs}", f"0{a}-{pairs}"])
    if region == "FR":
        p = sp("0" + nsn, 2, 2, 2, 2)
        return rng.choice([p, p.replace(" ", ".")]) if kind != "other" else p
    if region == "ES":
        if kind == "mobile":
            return rng.choice([sp(nsn, 3, 2, 2), sp(nsn, 3, 2, 2, sep="-")])
        if kind == "other":
            return rng.choice([sp(nsn, 3, 3), sp(nsn, 3, 2, 2, sep="-")])
        return rng.choice([sp(nsn, 3, 3), nsn])
    if region == "IT":
        if kind == "mobile":
            return rng.choice([sp(nsn, 3, 3), f"{nsn[:3]}.{nsn[3:]}"])
        if kind == "other":
            return rng.choice([sp(nsn, 3, 3), sp(nsn, 3, 3, sep=".")])
        n = _alen(region, nsn)
        s = nsn[n:]
        return rng.choice([f"{nsn[:n]} {sp(s, 4)}", f"{nsn[:n]}.{sp(s, 4, sep='.')}"])
    if region == "NL":
        if kind == "mobile":
            return rng.choice([f"06 {sp(nsn[1:], 2, 2, 2)}", f"06 {sp(nsn[1:], 4)}"])
        if kind == "other":
            return f"0800 {nsn[3:]}"
        return rng.choice(
            [f"0{sp(nsn, 2, 3)}", f"(0{nsn[:2]}) {sp(nsn[2:], 3, 2)}", f"0{nsn[:2]}-{sp(nsn[2:], 3)}"]
        )
    if region == "PT":
        if kind == "mobile":
            return rng.choice([sp(nsn, 3, 3), sp(nsn, 2, 3, 2)])
        return sp(nsn, 3, 3)
    if region == "BR":
        if kind == "other":
            return f"0800 {sp(nsn[3:], 3)}"
        a, s = nsn[:2], nsn[2:]
        if kind == "mobile":
            return rng.choice([f"({a}) {s[:5]}-{s[5:]}", f"{a} {s[:5]}-{s[5:]}"])
        return rng.choice([f"({a}) {sp(s, 4)}", f"({a}) {s[:4]}.{s[4:]}"])
    if region == "IN":
        if kind == "mobile":
            return rng.choice([sp(nsn, 5), nsn, sp(nsn, 5, sep="-")])
        if kind == "other":
            return rng.choice([nsn, f"{nsn[:4]} {sp(nsn[4:], 3)}"])
        return rng.choice([f"0{nsn[:2]} {sp(nsn[2:], 4)}", f"(0{nsn[:2]}) {nsn[2:6]}-{nsn[6:]}"])
    raise KeyError(region)


def international(region, kind, nsn, rng):
    cc = f"+{CC[region]}"
    if region == "US":
        return rng.choice([f"+1-{sp(nsn, 3, 3, sep='-')}", f"+1 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"])
    if region == "GB":
        n = 4 if kind == "mobile" else (2 if nsn.startswith("2") else 3)
        return rng.choice(
            [
                f"{cc} (0){sp(nsn, n, 3 if n == 3 else (4 if n == 2 else 6))}",
                f"{cc} (0) {sp(nsn, n, 6 if n == 4 else (3 if n == 3 else 4))}",
            ]
        )
    if region == "DE":
        n = 3 if kind == "mobile" else _alen(region, nsn)
        return rng.choice([f"{cc} (0){nsn[:n]} {nsn[n:]}", f"{cc} {nsn[:n]} {sp(nsn[n:], 4)}"])
    if region == "FR":
        return rng.choice(
            [f"{cc} {nsn[0]} {sp(nsn[1:], 2, 2, 2)}", f"{cc} (0){nsn[0]} {sp(nsn[1:], 2, 2, 2)}"]
        )
    if region == "ES":
        return rng.choice([f"{cc} {sp(nsn, 3, 2, 2)}", f"(+34) {sp(nsn, 3, 3)}"])
    if region == "IT":
        n = 3 if kind == "mobile" else _alen(region, nsn)
        return rng.choice([f"{cc} {nsn[:n]} {nsn[n:]}", f"(+39) {nsn}"])
    if region == "NL":
        n = 1 if kind == "mobile" else 2
        return rng.choice([f"{cc} (0){nsn[:n]} {sp(nsn[n:], 4)}", f"{cc} {nsn[:n]} {sp(nsn[n:], 3)}"])
    if region == "PT":
        return rng.choice([f"{cc} {sp(nsn, 3, 3)}", f"(+351) {nsn}"])
    if region == "BR":
        s = nsn[2:]
        return rng.choice([f"{cc} {nsn[:2]} {s[:-4]} {s[-4:]}", f"{cc} ({nsn[:2]}) {s[:-4]}-{s[-4:]}"])
    if region == "IN":
        if kind == "mobile":
            return rng.choice([f"{cc} {sp(nsn, 5)}", f"{cc}-{nsn}"])
        return rng.choice([f"{cc} {nsn[:2]} {sp(nsn[2:], 4)}", f"{cc}-{nsn[:2]}-{nsn[2:]}"])
    if region == "AU":
        if kind == "mobile":
            return f"{cc} {sp(nsn, 3, 3)}"
        return rng.choice([f"{cc} {nsn[0]} {sp(nsn[1:], 4)}", f"{cc} (0){nsn[0]} {sp(nsn[1:], 4)}"])
    if region == "IE":
        n = 1 if nsn.startswith("1") else 2
        return rng.choice([f"{cc} {nsn[:n]} {sp(nsn[n:], 3)}", f"{cc} (0){nsn[:n]} {sp(nsn[n:], 3)}"])
    if region == "AT":
        n = 1 if nsn.startswith("1") else 3
        return rng.choice([f"{cc} (0){nsn[:n]} {nsn[n:]}", f"{cc} {nsn[:n]} {sp(nsn[n:], 3, 2)}"])
    if region == "CH":
        return rng.choice([f"{cc} (0){nsn[:2]} {sp(nsn[2:], 3, 2)}", f"{cc} {sp(nsn, 2, 3, 2)}"])
    if region == "BE":
        n = 1 if len(nsn) == 8 else 3
        rest = sp(nsn[n:], 3, 2) if n == 1 else sp(nsn[n:], 2, 2)
        return rng.choice([f"{cc} (0){nsn[:n]} {rest}", f"{cc} {nsn[:n]} {rest}"])
    raise KeyError(region)


def draw_nsn(region, kind, rng):
    for _ in range(500):
        pre, n = rng.choice(PLAN[region][kind])
        lead = "23456789" if kind == "fixed" and region in ("DE", "IT", "NL", "AT", "GB") else "0123456789"
        nsn = pre + rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        if region == "US" and nsn[3] in "01":
            continue
        num = pn.parse(f"+{CC[region]}{nsn}")
        want = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
        if pn.is_valid_number(num) and pn.number_type(num) in want:
            return pn.national_significant_number(num) if region != "IT" else nsn
    raise RuntimeError((region, kind))


def e164_of(region, nsn):
    return pn.format_number(pn.parse(f"+{CC[region]}{nsn}"), pn.PhoneNumberFormat.E164)


def parses_to(text, region, e164):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == e164


def make(region, kind, mode, rng):
    """One phone: (written text, e164). mode 'international' or anything else (domestic form)."""
    for _ in range(200):
        nsn = draw_nsn(region, kind, rng)
        e = e164_of(region, nsn)
        text = (
            international(region, kind, nsn, rng)
            if mode == "international"
            else national(region, kind, nsn, rng)
        )
        if parses_to(text, region, e):
            return text, e
    raise RuntimeError((region, kind, mode))


# local regions: region -> [(town, area code digits, subscriber length, first digits)], trunk prefix
TRUNK = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}
AREAS = {
    "US": [
        ("Omaha", "402", 7, "2345689"),
        ("Tulsa", "918", 7, "2345689"),
        ("Albuquerque", "505", 7, "2345689"),
        ("Savannah", "912", 7, "2345689"),
        ("Des Moines", "515", 7, "2345689"),
        ("Anchorage", "907", 7, "2345689"),
        ("Fresno", "559", 7, "2345689"),
        ("Wichita", "316", 7, "2345689"),
        ("Little Rock", "501", 7, "2345689"),
        ("Hartford", "860", 7, "2345689"),
    ],
    "GB": [
        ("Leeds", "113", 7, "2345"),
        ("Sheffield", "114", 7, "2"),
        ("Nottingham", "115", 7, "9"),
        ("Leicester", "116", 7, "2"),
        ("Edinburgh", "131", 7, "2345"),
        ("Glasgow", "141", 7, "2345"),
        ("Liverpool", "151", 7, "2"),
        ("Newcastle", "191", 7, "2"),
        ("Birmingham", "121", 7, "2345"),
    ],
    "DE": [
        ("Bonn", "228", 7, "2345689"),
        ("Kiel", "431", 7, "2345689"),
        ("Augsburg", "821", 7, "2345689"),
        ("Göttingen", "551", 7, "2345689"),
        ("Regensburg", "941", 7, "2345689"),
        ("Würzburg", "931", 7, "2345689"),
        ("Lübeck", "451", 7, "2345689"),
        ("Erfurt", "361", 7, "2345689"),
        ("Potsdam", "331", 7, "2345689"),
    ],
    "NL": [
        ("Groningen", "50", 7, "23456"),
        ("Nijmegen", "24", 7, "23456"),
        ("Haarlem", "23", 7, "23456"),
        ("Eindhoven", "40", 7, "23456"),
        ("Maastricht", "43", 7, "23456"),
        ("Arnhem", "26", 7, "23456"),
        ("Zwolle", "38", 7, "23456"),
        ("Tilburg", "13", 7, "23456"),
        ("Delft", "15", 7, "23456"),
    ],
    "BR": [
        ("Porto Alegre", "51", 8, "23"),
        ("Recife", "81", 8, "23"),
        ("Manaus", "92", 8, "23"),
        ("Goiânia", "62", 8, "23"),
        ("Florianópolis", "48", 8, "23"),
        ("Campinas", "19", 8, "23"),
        ("Natal", "84", 8, "23"),
        ("Vitória", "27", 8, "23"),
        ("Londrina", "43", 8, "23"),
    ],
    "IN": [
        ("Pune", "20", 8, "2"),
        ("Kolkata", "33", 8, "2"),
        ("Hyderabad", "40", 8, "2"),
        ("Ahmedabad", "79", 8, "2"),
        ("Bengaluru", "80", 8, "2"),
        ("Delhi", "11", 8, "2"),
        ("Mumbai", "22", 8, "2"),
    ],
}


def local_form(region, sub, rng):
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
    if region == "GB":
        return rng.choice([f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
    if region == "DE":
        if sub.endswith("0") and rng.random() < 0.5:
            return f"{sub[:3]} {sub[3:5]}-0"
        return rng.choice([sub, f"{sub[:3]} {sub[3:5]} {sub[5:]}"])
    if region == "NL":
        return rng.choice([sub, f"{sub[:3]}-{sub[3:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", sub])
    if region == "IN":
        return rng.choice([f"{sub[:4]}-{sub[4:]}", sub])
    raise KeyError(region)


def put_back(region, area, local_text):
    return TRUNK[region] + area + "".join(c for c in local_text if c.isdigit())


def make_local(region, area, n, first, rng):
    """A subscriber number in the given area: (local text, e164)."""
    for _ in range(500):
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if region == "US" and sub[:3] in ("555", "911", "411"):
            continue
        num = pn.parse(f"+{CC[region]}{area}{sub}")
        if not pn.is_valid_number(num) or pn.number_type(num) not in FIXED:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        text = local_form(region, sub, rng)
        e = pn.format_number(num, pn.PhoneNumberFormat.E164)
        if parses_to(put_back(region, area, text), region, e):
            return text, e
    raise RuntimeError((region, area))
