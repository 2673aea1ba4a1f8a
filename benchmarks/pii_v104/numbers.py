"""Phone numbers for the v104 set: drawn at random, validated with phonenumbers, written in new habits."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "NL": "31",
    "PT": "351",
    "BR": "55",
    "IN": "91",
    "CH": "41",
    "AT": "43",
    "BE": "32",
    "IE": "353",
    "AU": "61",
}

# (prefix of the national significant number, total NSN length)
FIXED_PREFIX = {
    "US": [("814", 10), ("570", 10), ("916", 10), ("970", 10), ("423", 10), ("717", 10), ("312", 10)],
    "GB": [("1904", 10), ("1270", 10), ("1793", 10), ("1325", 10), ("1228", 10), ("1332", 10), ("20", 10)],
    "DE": [("371", 10), ("351", 10), ("561", 10), ("911", 10), ("30", 10), ("3943", 10), ("221", 10)],
    "FR": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "ES": [("91", 9), ("93", 9), ("954", 9), ("976", 9), ("985", 9)],
    "IT": [("06", 10), ("02", 10), ("011", 10), ("055", 10), ("051", 10)],
    "NL": [("33", 9), ("38", 9), ("229", 9), ("55", 9), ("13", 9), ("20", 9)],
    "PT": [("21", 9), ("22", 9), ("239", 9), ("289", 9)],
    "BR": [("193", 10), ("323", 10), ("143", 10), ("113", 10), ("212", 10)],
    "IN": [("33", 10), ("522", 10), ("510", 10), ("354", 10), ("177", 10), ("11", 10)],
    "CH": [("44", 9), ("31", 9), ("61", 9), ("81", 9)],
    "AT": [("1", 10), ("316", 10), ("512", 10), ("662", 10)],
    "BE": [("2", 8), ("3", 8), ("9", 8), ("4", 8)],
    "IE": [("1", 8), ("21", 9), ("91", 9), ("61", 9)],
    "AU": [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
}
MOBILE_PREFIX = {
    "US": [("814", 10), ("916", 10)],
    "GB": [("74", 10), ("75", 10), ("78", 10), ("79", 10)],
    "DE": [("151", 11), ("160", 10), ("172", 11), ("176", 11), ("157", 11)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9), ("71", 9)],
    "IT": [("33", 10), ("34", 10), ("32", 10)],
    "NL": [("6", 9)],
    "PT": [("91", 9), ("92", 9), ("96", 9)],
    "BR": [("199", 11), ("329", 11), ("119", 11)],
    "IN": [("9", 10), ("8", 10), ("7", 10)],
    "CH": [("76", 9), ("78", 9), ("79", 9)],
    "AT": [("664", 10), ("676", 10), ("699", 11)],
    "BE": [("47", 9), ("48", 9), ("49", 9)],
    "IE": [("85", 9), ("86", 9), ("87", 9)],
    "AU": [("4", 9)],
}
OTHER_PREFIX = {
    "US": [("877", 10), ("866", 10), ("888", 10)],
    "GB": [("800", 10), ("808", 10)],
    "DE": [("800", 10)],
    "FR": [("805", 9), ("800", 9)],
    "ES": [("900", 9)],
    "IT": [("800", 9)],
    "NL": [("800", 9)],
    "PT": [("800", 9)],
    "BR": [("800", 10)],
    "IN": [("1800", 11)],
}

# local regions: town -> (area code as dialled after the trunk prefix, subscriber length)
AREAS = {
    "US": {
        "Altoona": ("814", 7),
        "Scranton": ("570", 7),
        "Sacramento": ("916", 7),
        "Durango": ("970", 7),
        "Chattanooga": ("423", 7),
        "Lancaster": ("717", 7),
    },
    "GB": {
        "York": ("1904", 6),
        "Crewe": ("1270", 6),
        "Swindon": ("1793", 6),
        "Darlington": ("1325", 6),
        "Carlisle": ("1228", 6),
        "Derby": ("1332", 6),
    },
    "DE": {
        "Chemnitz": ("371", 7),
        "Dresden": ("351", 7),
        "Kassel": ("561", 7),
        "Nürnberg": ("911", 7),
        "Wernigerode": ("3943", 6),
        "Köln": ("221", 7),
    },
    "NL": {
        "Amersfoort": ("33", 7),
        "Zwolle": ("38", 7),
        "Hoorn": ("229", 6),
        "Apeldoorn": ("55", 7),
        "Tilburg": ("13", 7),
    },
    "BR": {
        "Campinas": ("19", 8),
        "Juiz de Fora": ("32", 8),
        "Bauru": ("14", 8),
        "Jundiaí": ("11", 8),
        "Petrópolis": ("24", 8),
    },
    "IN": {
        "Kolkata": ("33", 8),
        "Lucknow": ("522", 7),
        "Jhansi": ("510", 7),
        "Darjeeling": ("354", 7),
        "Shimla": ("177", 7),
    },
}
TRUNK = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}


def _draw(rng, region, prefixes, types):
    for _ in range(500):
        pre, length = rng.choice(prefixes)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if region == "US" and nsn[3] in "01":
            continue
        num = phonenumbers.parse("+" + CC[region] + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in types:
            return nsn
    raise RuntimeError(f"no number for {region}")


def draw(rng, region, kind):
    table = {
        "fixed": (FIXED_PREFIX, FIXED),
        "mobile": (MOBILE_PREFIX, MOBILE),
        "other": (OTHER_PREFIX, OTHER),
    }
    prefixes, types = table[kind]
    return _draw(rng, region, prefixes[region], types)


def _g(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def national(rng, region, nsn, kind):
    """A national form in a habit that real people use."""
    r, s = region, nsn
    if r == "US":
        a, b, c = s[:3], s[3:6], s[6:]
        if kind == "other":
            return rng.choice([f"{a}-{b}-{c}", f"1-{a}-{b}-{c}", f"{a}.{b}.{c}", f"1 {a} {b} {c}"])
        return rng.choice(
            [f"{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"1.{a}.{b}.{c}"]
        )
    if r == "GB":
        if s.startswith("20"):
            return rng.choice([f"020-{s[2:6]}-{s[6:]}", f"(020) {s[2:6]} {s[6:]}", f"020 {s[2:6]} {s[6:]}"])
        if kind == "other":
            return rng.choice([f"0{s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]}-{s[3:6]}-{s[6:]}"])
        if kind == "mobile":
            return rng.choice([f"0{s[:4]}-{s[4:]}", f"0{s[:4]} {s[4:7]} {s[7:]}", f"0{s[:4]}{s[4:]}"])
        return rng.choice([f"0{s[:4]} {s[4:]}", f"0{s[:4]}-{s[4:]}", f"(0{s[:4]}) {s[4:7]}{s[7:]}"])
    if r == "DE":
        if kind == "other":
            return rng.choice([f"0800 {s[3:6]} {s[6:]}", f"(0800) {s[3:]}"])
        if kind == "mobile":
            return rng.choice([f"0{s[:3]} {s[3:]}", f"0{s[:3]}-{s[3:]}", f"(0{s[:3]}) {s[3:7]} {s[7:]}"])
        a = next(p for p, _ in FIXED_PREFIX["DE"] if s.startswith(p))
        rest = s[len(a) :]
        return rng.choice(
            [f"(0{a}) {rest}", f"0{a}-{rest}", f"0{a} {rest}", f"0{a} {' '.join(_g(rest, 3, 2))}"]
        )
    if r == "FR":
        pairs = _g(s[1:], 2, 2, 2, 2)
        return rng.choice(["0" + s[0] + "." + ".".join(pairs), "0" + s[0] + " " + " ".join(pairs)])
    if r == "ES":
        if s[0] in "67":
            return rng.choice([f"{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}", s])
        return rng.choice([f"{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])
    if r == "IT":
        if kind == "other":
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}.{s[3:]}"])
        if s[0] == "3":
            return rng.choice([f"{s[:3]}.{s[3:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:]}"])
        a = next(p for p, _ in FIXED_PREFIX["IT"] if s.startswith(p))
        rest = s[len(a) :]
        return rng.choice([f"{a}.{rest}", f"{a} {rest[:4]} {rest[4:]}", f"{a} {rest}"])
    if r == "NL":
        if kind == "other":
            return rng.choice([f"0800 {s[3:]}", f"0800-{s[3:]}"])
        if s[0] == "6":
            return rng.choice(["06 " + " ".join(_g(s[1:], 2, 2, 2, 2)), f"06-{s[1:5]} {s[5:]}"])
        a = next(p for p, _ in FIXED_PREFIX["NL"] if s.startswith(p))
        rest = s[len(a) :]
        return rng.choice(
            [f"(0{a}) {rest}", f"0{a} {' '.join(_g(rest, 3, 2))}", f"0{a}-{rest[:3]} {rest[3:]}"]
        )
    if r == "PT":
        return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])
    if r == "BR":
        if kind == "other":
            return rng.choice([f"0800 {s[3:6]} {s[6:]}", f"0800-{s[3:6]}-{s[6:]}"])
        a, rest = s[:2], s[2:]
        return rng.choice([f"({a}) {rest[:-4]}-{rest[-4:]}", f"{a} {rest}", f"({a}) {rest[:-4]} {rest[-4:]}"])
    if r == "IN":
        if kind == "other":
            return rng.choice([f"1800-{s[4:7]}-{s[7:]}", f"1800 {s[4:7]} {s[7:]}"])
        if kind == "mobile":
            return rng.choice([f"{s[:5]} {s[5:]}", s, f"0{s[:5]}-{s[5:]}"])
        a = next(p for p, _ in FIXED_PREFIX["IN"] if s.startswith(p))
        rest = s[len(a) :]
        return rng.choice([f"(0{a}) {rest}", f"0{a}-{rest}", f"0{a} {rest[:-4]} {rest[-4:]}"])
    raise ValueError(region)


def international(rng, region, nsn, kind):
    cc = CC[region]
    s = nsn
    if region == "US":
        return rng.choice([f"+1-{s[:3]}-{s[3:6]}-{s[6:]}", f"+1 ({s[:3]}) {s[3:6]}-{s[6:]}", f"+1{s}"])
    if region == "IT":
        return rng.choice([f"+39 {s[:3]} {s[3:6]} {s[6:]}", f"(+39) {s[:3]} {s[3:]}", f"+39.{s}"])
    if region in ("ES", "PT"):
        return rng.choice(
            [f"(+{cc}) {s[:3]} {s[3:6]} {s[6:]}", f"+{cc} {s[:3]} {s[3:6]} {s[6:]}", f"+{cc}{s}"]
        )
    if region == "IN" and kind == "mobile":
        return rng.choice([f"+91 {s[:5]} {s[5:]}", f"+91-{s}", f"+91 {s}"])
    pre = next((p for p, _ in FIXED_PREFIX[region] + MOBILE_PREFIX[region] if s.startswith(p)), s[:2])
    if region == "BR":
        pre = s[:2]
    rest = s[len(pre) :]
    half = len(rest) // 2
    forms = [f"+{cc} {pre} {rest[:half]} {rest[half:]}", f"+{cc}-{pre}-{rest}"]
    if region in ("GB", "DE", "NL", "FR", "CH", "AT", "BE", "IE", "AU"):
        forms.append(f"+{cc} (0){pre} {rest}")
        forms.append(f"+{cc} (0) {pre} {rest[:half]} {rest[half:]}")
    return rng.choice(forms)


def local(rng, region, area, sub_len):
    """Draw a fixed-line subscriber number in the given area; return (local text, nsn)."""
    for _ in range(500):
        sub = "".join(rng.choice("0123456789") for _ in range(sub_len))
        if (
            sub[0] in "01"
            or (region == "BR" and sub[0] not in "2345")
            or (region == "US" and sub[:3] == "555")
        ):
            continue
        nsn = area + sub
        num = phonenumbers.parse("+" + CC[region] + nsn)
        if not (phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in FIXED):
            continue
        if phonenumbers.length_of_geographical_area_code(num) != len(area):
            continue
        return local_form(rng, region, sub), nsn
    raise RuntimeError(f"no local number for {region} {area}")


def local_form(rng, region, sub):
    n = len(sub)
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}", sub])
    if region == "GB":
        if n == 6:
            return rng.choice([sub, f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]}-{sub[3:]}"])
        return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:4]} {sub[4:]}"])
    if region == "DE":
        if n == 7:
            return rng.choice(
                [f"{sub[:3]} {sub[3:5]} {sub[5:]}", f"{sub[0]} {sub[1:3]} {sub[3:5]} {sub[5:]}", sub]
            )
        return rng.choice([f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]}-{sub[3:]}", sub])
    if region == "NL":
        if n == 7:
            return rng.choice([sub, f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]}-{sub[3:]}"])
        return rng.choice([sub, f"{sub[:2]} {sub[2:4]} {sub[4:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]}-{sub[4:]}"])
    if region == "IN":
        if n == 8:
            return rng.choice([sub, f"{sub[:4]}-{sub[4:]}", f"{sub[:4]} {sub[4:]}"])
        return rng.choice([sub, f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"])
    raise ValueError(region)


def put_back(region, area, text):
    """The full national form of a local number: trunk prefix and area code put back."""
    digits = "".join(c for c in text if c.isdigit())
    return TRUNK[region] + area + digits


def parses_to(text, region, e164):
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    got = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return got == e164 and phonenumbers.is_valid_number(num)
