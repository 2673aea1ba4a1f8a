"""Phone numbers for the v111 set: drawing valid numbers and writing them the way people do."""

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

FIXED = (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
FREE = (PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN)

# Towns for subscriber-only (local-announced) numbers: (town, area code without trunk prefix, local length)
AREAS = {
    "US": [
        ("San Diego", "619", 7),
        ("Honolulu", "808", 7),
        ("Santa Cruz", "831", 7),
        ("Virginia Beach", "757", 7),
        ("Charleston", "843", 7),
        ("Wilmington", "910", 7),
    ],
    "GB": [
        ("Liverpool", "151", 7),
        ("Tynemouth", "191", 7),
        ("Edinburgh", "131", 7),
        ("Glasgow", "141", 7),
        ("Bristol", "117", 7),
        ("Salford", "161", 7),
    ],
    "DE": [
        ("Kiel", "431", 0),
        ("Rostock", "381", 0),
        ("Lübeck", "451", 0),
        ("Flensburg", "461", 0),
        ("Hamburg", "40", 8),
        ("Konstanz", "7531", 0),
    ],
    "NL": [
        ("Scheveningen", "70", 7),
        ("Zandvoort", "23", 7),
        ("Noordwijk", "71", 7),
        ("Bergen aan Zee", "72", 7),
        ("Rotterdam", "10", 7),
        ("Amsterdam", "20", 7),
    ],
    "BR": [
        ("Florianópolis", "48", 8),
        ("Rio de Janeiro", "21", 8),
        ("Salvador", "71", 8),
        ("Recife", "81", 8),
        ("Natal", "84", 8),
        ("Vitória", "27", 8),
    ],
    "IN": [
        ("Mumbai", "22", 8),
        ("Kochi", "484", 7),
        ("Panaji", "832", 7),
        ("Thiruvananthapuram", "471", 7),
        ("Puducherry", "413", 7),
        ("Mangaluru", "824", 7),
    ],
}

# National significant number prefixes and total lengths: region -> type -> [(prefix, length)]
PLAN = {
    "US": {
        "fixed": [(a, 10) for a in ("206", "415", "617", "305", "503", "813", "207", "619", "808")],
        "mobile": [(a, 10) for a in ("312", "720", "512", "404")],
        "free": [(a, 10) for a in ("800", "888", "877", "866", "855")],
    },
    "GB": {
        "fixed": [(a, 10) for a in ("151", "191", "131", "141", "117", "161", "1202", "1637", "1752")],
        "mobile": [(a, 10) for a in ("73", "74", "75", "77", "78", "79")],
        "free": [("800", 10), ("808", 10)],
    },
    "DE": {
        "fixed": [
            ("431", 10),
            ("381", 10),
            ("451", 10),
            ("40", 10),
            ("7531", 10),
            ("30", 10),
            ("89", 10),
            ("221", 10),
        ],
        "mobile": [("151", 11), ("160", 10), ("170", 10), ("171", 10), ("176", 11), ("157", 11)],
        "free": [("800", 10)],
    },
    "FR": {
        "fixed": [(a, 9) for a in ("1", "2", "3", "4", "5")],
        "mobile": [(a, 9) for a in ("6", "7")],
        "free": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [(a, 9) for a in ("91", "93", "95", "96", "971", "928", "981")],
        "mobile": [(a, 9) for a in ("6", "7")],
        "free": [("900", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("055", 10), ("081", 10), ("010", 10), ("0187", 10)],
        "mobile": [(a, 10) for a in ("32", "33", "34", "35", "36", "38", "39")],
        "free": [("800", 9)],
    },
    "NL": {
        "fixed": [(a, 9) for a in ("10", "20", "23", "70", "71", "72", "50", "223", "517")],
        "mobile": [("6", 9)],
        "free": [("800", 10)],
    },
    "BR": {
        "fixed": [(a + b, 10) for a in ("48", "21", "11", "71", "81") for b in "2345"],
        "mobile": [(a + "9", 11) for a in ("48", "21", "11", "71", "81", "84")],
        "free": [("800", 10)],
    },
    "PT": {
        "fixed": [(a, 9) for a in ("21", "22", "289", "291", "261")],
        "mobile": [(a, 9) for a in ("91", "92", "93", "96")],
        "free": [("800", 9)],
    },
    "IN": {
        "fixed": [("222", 10), ("4842", 10), ("8322", 10), ("4422", 10), ("4712", 10)],
        "mobile": [(a, 10) for a in ("98", "97", "94", "90", "88", "70", "63")],
        "free": [("1800", 11)],
    },
    "AU": {"fixed": [(a, 9) for a in ("2", "3", "7", "8")], "mobile": [("4", 9)]},
    "IE": {
        "fixed": [("1", 8), ("91", 8), ("66", 8), ("21", 8)],
        "mobile": [(a, 9) for a in ("83", "85", "87")],
    },
    "AT": {"fixed": [("1", 8), ("662", 9), ("512", 9), ("463", 9)], "mobile": [("664", 10), ("676", 10)]},
    "CH": {
        "fixed": [(a, 9) for a in ("21", "22", "44", "31", "91")],
        "mobile": [(a, 9) for a in ("76", "78", "79")],
    },
    "BE": {
        "fixed": [("2", 8), ("59", 8), ("9", 8), ("50", 8)],
        "mobile": [(a, 9) for a in ("47", "48", "49")],
    },
}
CC = {r: str(phonenumbers.country_code_for_region(r)) for r in PLAN}
TRUNK = {"US": "1", "BR": "0", "IN": "0"}


def _valid(nsn, region, types):
    num = phonenumbers.parse("+" + CC[region] + nsn, None)
    return phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in types, num


def draw(rng, region, kind):
    """Return (nsn, area_len) for a valid number of the wanted kind ('fixed', 'mobile', 'free')."""
    types = {"fixed": FIXED, "mobile": MOBILE, "free": FREE}[kind]
    for _ in range(2000):
        prefix, length = rng.choice(PLAN[region][kind])
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if nsn.startswith("0") and region != "IT":
            continue
        ok, num = _valid(nsn, region, types)
        if ok:
            return nsn, phonenumbers.length_of_geographical_area_code(num)
    raise RuntimeError(f"no {kind} number for {region}")


def draw_local(rng, region, town_entry):
    """Return (nsn, local) for a fixed line in the given town."""
    _town, area, llen = town_entry
    for _ in range(5000):
        n = llen or rng.choice((6, 7, 7, 8)) if region == "DE" else llen
        if region == "DE" and area == "40":
            n = 8
        first = {"BR": "2345", "IN": "2", "US": "23456789", "GB": "2345789"}.get(region, "23456789")
        local = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        nsn = area + local
        ok, num = _valid(nsn, region, FIXED)
        if ok and phonenumbers.length_of_geographical_area_code(num) == len(area):
            return nsn, local
    raise RuntimeError(f"no local number for {region} {area}")


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def _rest(s):
    """Split a subscriber part of 6-8 digits the way it is usually read out."""
    return {5: [2, 3], 6: [3, 3], 7: [3, 4], 8: [4, 4]}.get(len(s), [len(s)])


def national_forms(region, nsn, alen, kind):
    a, r = nsn[:alen], nsn[alen:]
    if region == "US":
        x, y, z = nsn[:3], nsn[3:6], nsn[6:]
        forms = [f"{x}.{y}.{z}", f"({x}){y}-{z}", f"{x}-{y}-{z}"]
        if kind == "free":
            forms = [f"1-{x}-{y}-{z}", f"({x}) {y}.{z}", f"{x}.{y}.{z}"]
        return forms
    if region == "GB":
        if kind == "mobile" or kind == "free":
            if kind == "free":
                return [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
            return [f"0{nsn[:4]}-{nsn[4:]}", f"0{nsn[:4]} {nsn[4:7]} {nsn[7:]}"]
        return [f"0{a} {grp(r, _rest(r))}", f"0{a}-{grp(r, _rest(r), '-')}", f"(0{a}) {grp(r, _rest(r))}"]
    if region == "DE":
        if kind == "mobile":
            return [f"0{nsn[:3]}-{nsn[3:]}", f"(0{nsn[:3]}) {grp(nsn[3:], [4])}", f"0{nsn[:3]} {nsn[3:]}"]
        if kind == "free":
            return [f"0800 {grp(nsn[3:], [3, 2])}", f"(0800) {nsn[3:]}"]
        pairs = grp(r, [2] * 5) if len(r) % 2 == 0 else grp(r, [3] + [2] * 4)
        return [f"0{a} {pairs}", f"(0{a}) {r}", f"0{a}-{r}"]
    if region == "FR":
        d = "0" + nsn
        if kind == "free":
            return [f"{d[:4]} {grp(d[4:], [2, 2])}", grp(d, [2] * 5)]
        return [grp(d, [2] * 5), grp(d, [2] * 5, "."), grp(d, [2] * 5)]
    if region == "ES":
        if kind == "free":
            return [grp(nsn, [3, 3])]
        if nsn[0] in "67":
            return [grp(nsn, [3, 2, 2]), grp(nsn, [3, 3])]
        return [grp(nsn, [3, 2, 2]), grp(nsn, [3, 3])]
    if region == "IT":
        if kind == "free":
            return [grp(nsn, [3, 3]), grp(nsn, [3, 3], ".")]
        if kind == "mobile":
            return [grp(nsn, [3, 3]), f"{nsn[:3]} {nsn[3:]}"]
        return [f"{nsn[:alen]} {grp(nsn[alen:], [4])}", f"{nsn[:alen]} {nsn[alen:]}"]
    if region == "NL":
        if kind == "mobile":
            return [f"06 {grp(nsn[1:], [3, 3])}", f"06-{grp(nsn[1:], [3, 3])}"]
        if kind == "free":
            return [f"0800 {grp(nsn[3:], [3])}", f"0800-{grp(nsn[3:], [3], ' ')}"]
        return [f"(0{a}) {grp(r, [3, 2])}", f"0{a} {grp(r, [3])}"]
    if region == "BR":
        if kind == "free":
            return [f"0800 {grp(nsn[3:], [3])}", f"0800 {nsn[3:]}"]
        if kind == "mobile":
            return [f"({a}) {r[:5]}-{r[5:]}", f"{a} {r[:5]}-{r[5:]}"]
        return [f"({a}) {r[:4]} {r[4:]}", f"{a} {r[:4]}.{r[4:]}"]
    if region == "PT":
        return [grp(nsn, [3, 3])]
    if region == "IN":
        if kind == "free":
            return [f"{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}", f"{nsn[:4]} {nsn[4:7]} {nsn[7:]}"]
        if kind == "mobile":
            return [f"{nsn[:5]} {nsn[5:]}", f"{nsn[:5]}-{nsn[5:]}"]
        return [f"(0{a}) {grp(r, _rest(r)) if len(r) in (7, 8) else r}", f"0{a}-{r}"]
    raise KeyError(region)


def intl_forms(region, nsn, alen, kind):
    cc = "+" + CC[region]
    a, r = nsn[:alen], nsn[alen:]
    if region == "US":
        x, y, z = nsn[:3], nsn[3:6], nsn[6:]
        return [f"+1-{x}-{y}-{z}", f"+1 {x}-{y}-{z}", f"+1 ({x}){y}-{z}"]
    if region in ("GB", "IE", "AU", "AT"):
        if kind == "mobile" and region == "GB":
            return [f"{cc} (0){nsn[:4]} {nsn[4:]}", f"{cc} {nsn[:4]} {nsn[4:]}"]
        if kind == "mobile":
            return [f"{cc} (0){nsn[:3]} {grp(nsn[3:], [3])}", f"{cc} {nsn[:3]} {grp(nsn[3:], [3])}"]
        return [f"{cc} (0){a} {grp(r, _rest(r))}", f"{cc} {a} {grp(r, _rest(r))}"]
    if region == "DE":
        if kind == "mobile":
            return [f"{cc} (0){nsn[:3]} {nsn[3:]}", f"{cc} {nsn[:3]} {nsn[3:]}"]
        return [f"{cc} (0){a} {r}", f"{cc} {a} {r}"]
    if region == "FR":
        return [f"{cc} (0){nsn[0]} {grp(nsn[1:], [2] * 4)}", f"{cc} {nsn[0]} {grp(nsn[1:], [2] * 4)}"]
    if region == "ES":
        return [f"{cc} {grp(nsn, [3, 2, 2])}", f"({cc}) {grp(nsn, [3, 3])}"]
    if region == "IT":
        if kind == "mobile":
            return [f"{cc} {grp(nsn, [3, 3])}", f"({cc}) {nsn[:3]} {nsn[3:]}"]
        return [f"{cc} {nsn[:alen]} {grp(nsn[alen:], [4])}"]
    if region == "NL":
        if kind == "mobile":
            return [f"{cc} (0)6 {grp(nsn[1:], [4])}", f"{cc} 6 {grp(nsn[1:], [2, 2, 2])}"]
        return [f"{cc} (0){a} {grp(r, [3])}", f"{cc} {a} {grp(r, [3, 2])}"]
    if region == "BR":
        if kind == "mobile":
            return [f"{cc} {a} {r[:5]}-{r[5:]}", f"{cc} ({a}) {r[:5]} {r[5:]}"]
        return [f"{cc} {a} {r[:4]} {r[4:]}"]
    if region == "PT":
        return [f"{cc} {grp(nsn, [3, 3])}"]
    if region == "IN":
        if kind == "mobile":
            return [f"{cc} {nsn[:5]} {nsn[5:]}", f"{cc} {nsn[:2]} {grp(nsn[2:], [4])}"]
        return [f"{cc} {a} {grp(r, _rest(r)) if len(r) in (7, 8) else r}"]
    if region == "CH":
        return [f"{cc} (0){nsn[:2]} {grp(nsn[2:], [3, 2])}", f"{cc} {nsn[:2]} {grp(nsn[2:], [3, 2])}"]
    if region == "BE":
        if kind == "mobile":
            return [f"{cc} {nsn[:3]} {grp(nsn[3:], [2, 2])}"]
        return [f"{cc} (0){a} {grp(r, [3, 2]) if len(r) == 7 else grp(r, [2, 2])}"]
    raise KeyError(region)


def local_forms(region, local):
    if region == "US":
        return [f"{local[:3]}.{local[3:]}"]
    if region == "GB":
        return [f"{local[:3]} {local[3:]}", f"{local[:3]}-{local[3:]}"]
    if region == "DE":
        if len(local) == 7:
            return [f"{local[:3]} {local[3:5]} {local[5:]}", local]
        if len(local) == 8:
            return [f"{local[:4]} {local[4:]}", local]
        return [f"{local[:3]} {local[3:]}", local]
    if region == "NL":
        return [f"{local[:3]} {local[3:]}", f"{local[:3]}-{local[3:]}"]
    if region == "BR":
        return [f"{local[:4]} {local[4:]}", f"{local[:4]}.{local[4:]}"]
    if region == "IN":
        if len(local) == 8:
            return [local, f"{local[:4]}-{local[4:]}"]
        return [local, f"{local[:3]}-{local[3:]}"]
    raise KeyError(region)


def e164(region, nsn):
    return "+" + CC[region] + nsn


def parses_back(text, region, want):
    """The written form parses (in its region) to the wanted E.164 and is valid."""
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(num) and phonenumbers.format_number(num, PhoneNumberFormat.E164) == want
    )


def put_back(region, area, local):
    """National form of a local number with its area code (and trunk prefix) put back."""
    digits = "".join(c for c in local if c.isdigit())
    return ("" if region == "US" else "0") + area + digits


def phone(rng, region, kind, mode):
    """A written phone: dict(text, region, e164). mode 'national' or 'international'."""
    for _ in range(50):
        nsn, alen = draw(rng, region, kind)
        forms = (
            national_forms(region, nsn, alen, kind)
            if mode == "national"
            else intl_forms(region, nsn, alen, kind)
        )
        text = rng.choice(forms)
        if parses_back(text, region, e164(region, nsn)):
            return {"text": text, "region": region, "e164": e164(region, nsn)}
    raise RuntimeError(f"cannot write {region} {kind} {mode}")
