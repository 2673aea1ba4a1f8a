"""Phone numbers for v124: drawing valid numbers from prefixes, writing them, putting local forms back."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

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
TRUNK = {"US": "1", "IT": "", "ES": "", "PT": ""}

# (national significant prefix, NSN length) per region and kind
PREFIXES = {
    ("US", "fixed"): [
        ("402", 10),
        ("505", 10),
        ("912", 10),
        ("515", 10),
        ("330", 10),
        ("559", 10),
        ("608", 10),
        ("704", 10),
    ],
    ("US", "free"): [("800", 10), ("888", 10), ("877", 10), ("866", 10), ("844", 10), ("833", 10)],
    ("GB", "fixed"): [("113", 10), ("1603", 10), ("141", 10), ("29", 10), ("114", 10), ("1904", 10)],
    ("GB", "mobile"): [("77", 10), ("78", 10), ("79", 10), ("74", 10), ("75", 10)],
    ("GB", "free"): [("800", 10), ("808", 10)],
    ("DE", "fixed"): [
        ("341", 10),
        ("431", 10),
        ("421", 10),
        ("911", 10),
        ("821", 10),
        ("561", 10),
        ("951", 10),
        ("89", 10),
    ],
    ("DE", "mobile"): [("151", 11), ("152", 11), ("157", 11), ("176", 11), ("177", 11), ("179", 11)],
    ("DE", "free"): [("800", 10)],
    ("FR", "fixed"): [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    ("FR", "mobile"): [("6", 9), ("7", 9)],
    ("FR", "free"): [("800", 9), ("805", 9)],
    ("ES", "fixed"): [("91", 9), ("93", 9), ("95", 9), ("96", 9), ("98", 9)],
    ("ES", "mobile"): [("6", 9)],
    ("ES", "free"): [("900", 9), ("800", 9)],
    ("IT", "fixed"): [("06", 10), ("02", 10), ("011", 10), ("055", 10), ("081", 10)],
    ("IT", "mobile"): [("33", 10), ("34", 10), ("32", 10), ("39", 10)],
    ("IT", "free"): [("800", 9)],
    ("NL", "fixed"): [("38", 9), ("43", 9), ("24", 9), ("23", 9), ("26", 9), ("73", 9)],
    ("NL", "mobile"): [("6", 9)],
    ("NL", "free"): [("800", 10)],
    ("PT", "fixed"): [("21", 9), ("22", 9)],
    ("PT", "mobile"): [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
    ("PT", "free"): [("800", 9)],
    ("BR", "fixed"): [("51", 10), ("81", 10), ("92", 10), ("62", 10), ("48", 10), ("19", 10)],
    ("BR", "mobile"): [("519", 11), ("819", 11), ("629", 11), ("489", 11), ("119", 11)],
    ("BR", "free"): [("800", 10)],
    ("IN", "fixed"): [("20", 10), ("141", 10), ("522", 10), ("79", 10), ("484", 10), ("731", 10)],
    ("IN", "mobile"): [("98", 10), ("97", 10), ("94", 10), ("88", 10), ("70", 10)],
    ("IN", "free"): [("1800", 11), ("1800", 10)],
    ("CH", "fixed"): [("44", 9), ("31", 9), ("61", 9)],
    ("CH", "mobile"): [("79", 9), ("78", 9)],
    ("AT", "fixed"): [("1", 10), ("316", 10), ("662", 10)],
    ("AT", "mobile"): [("664", 10), ("676", 10)],
    ("BE", "fixed"): [("2", 8), ("3", 8), ("9", 8)],
    ("BE", "mobile"): [("47", 9), ("48", 9), ("49", 9)],
    ("IE", "fixed"): [("1", 8), ("21", 9)],
    ("IE", "mobile"): [("85", 9), ("87", 9), ("83", 9)],
    ("AU", "fixed"): [("2", 9), ("3", 9), ("7", 9)],
    ("AU", "mobile"): [("4", 9)],
}
TYPES = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "free": {T.TOLL_FREE},
}

# towns for announced local numbers: region -> [(town, area code without trunk)]
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Albuquerque", "505"),
        ("Savannah", "912"),
        ("Des Moines", "515"),
        ("Akron", "330"),
        ("Fresno", "559"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Norwich", "1603"),
        ("Glasgow", "141"),
        ("Cardiff", "29"),
        ("Sheffield", "114"),
        ("York", "1904"),
    ],
    "DE": [
        ("Leipzig", "341"),
        ("Kiel", "431"),
        ("Bremen", "421"),
        ("Nürnberg", "911"),
        ("Augsburg", "821"),
        ("Kassel", "561"),
    ],
    "NL": [
        ("Zwolle", "38"),
        ("Maastricht", "43"),
        ("Nijmegen", "24"),
        ("Haarlem", "23"),
        ("Arnhem", "26"),
        ("Den Bosch", "73"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Ahmedabad", "79"),
        ("Kochi", "484"),
        ("Indore", "731"),
    ],
}


class Num:
    def __init__(self, region, nsn, kind):
        self.region, self.nsn, self.kind = region, nsn, kind
        self.obj = pn.parse("+" + CC[region] + nsn, region)
        self.e164 = pn.format_number(self.obj, pn.PhoneNumberFormat.E164)
        self.ac = pn.length_of_geographical_area_code(self.obj) if kind == "fixed" else 0


def draw(rng, region, kind, prefix=None):
    for _ in range(5000):
        pre, length = prefix or rng.choice(PREFIXES[(region, kind)])
        rest = "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if rest and rest[0] in "01" and kind != "free":
            continue
        nsn = pre + rest
        if region == "US" and nsn[3:6] == "555":
            continue
        obj = pn.parse("+" + CC[region] + nsn, region)
        if pn.is_valid_number(obj) and pn.number_type(obj) in TYPES[kind]:
            num = Num(region, nsn, kind)
            if prefix and num.ac != len(prefix[0]):
                continue
            return num
    raise RuntimeError((region, kind, prefix))


def split(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _g(s, sizes, sep=" "):
    return sep.join(split(s, sizes))


def nice(rng, rest, sep=" "):
    """a human grouping of a digit run: solid, halves, threes/fours or pairs."""
    k = len(rest)
    opts = [rest]
    if k >= 6:
        opts.append(sep.join([rest[:3], rest[3:]]) if k <= 7 else sep.join([rest[: k - 4], rest[k - 4 :]]))
    if k % 2 == 0:
        opts.append(_g(rest, [2] * (k // 2), sep))
    if k == 7:
        opts.append(_g(rest, [3, 2, 2], sep))
    return rng.choice(opts)


def _tail(s, a):
    """national significant number with its first a digits split off."""
    return s[:a], s[a:]


# national forms (trunk prefix included where the region has one)
def national(rng, n):
    r, s = n.region, n.nsn
    a = n.ac or (3 if n.kind == "free" else 2)
    if r == "US":
        x, y, z = s[:3], s[3:6], s[6:]
        return rng.choice(
            [
                f"{x}.{y}.{z}",
                f"({x}){y}-{z}",
                f"{x}-{y}-{z}",
                f"1.{x}.{y}.{z}",
                f"1-{x}-{y}-{z}",
                f"({x}) {y}.{z}",
            ]
        )
    if r == "GB":
        head, rest = _tail(s, n.ac if n.ac else (4 if n.kind == "mobile" else 3))
        return rng.choice(
            [
                f"0{head} {_g(rest, [3])}",
                f"0{head}-{_g(rest, [3], '-')}",
                f"0{head} {rest}",
                f"(0{head}) {_g(rest, [3])}",
            ]
        )
    if r == "DE":
        head, rest = _tail(s, n.ac if n.ac else 3)
        return rng.choice(
            [
                f"0{head} {rest}",
                f"0{head}-{rest}",
                f"(0{head}) {_g(rest, [3, 2])}",
                f"0{head} {nice(rng, rest)}",
                f"0{head}-{_g(rest, [4])}",
            ]
        )
    if r == "FR":
        d = "0" + s
        return rng.choice([_g(d, [2, 2, 2, 2], "."), _g(d, [2, 2, 2, 2], " ")])
    if r == "ES":
        return rng.choice([_g(s, [3, 3]), _g(s, [3, 2, 2]), _g(s, [3, 2, 2], "-"), _g(s, [3, 3], ".")])
    if r == "IT":
        if s[0] == "0":
            h = 2 if s[1] in "26" else 3
            return rng.choice([f"{s[:h]} {_g(s[h:], [4])}", f"{s[:h]}.{s[h:]}", f"{s[:h]} {s[h:]}"])
        return rng.choice([_g(s, [3, 3]), f"{s[:3]}.{s[3:]}", f"{s[:3]}-{s[3:]}"])
    if r == "NL":
        if s[0] == "6":
            return rng.choice(["06 " + _g(s[1:], [2, 2, 2]), "06 " + s[1:], "06-" + _g(s[1:], [4])])
        if n.kind == "free":
            return rng.choice(["0800 " + _g(s[3:], [3]), "0800-" + s[3:]])
        return rng.choice(
            [f"(0{s[:a]}) {_g(s[a:], [3, 2])}", f"0{s[:a]} {_g(s[a:], [3])}", f"0{s[:a]}/{s[a:]}"]
        )
    if r == "PT":
        return rng.choice([_g(s, [3, 3]), _g(s, [2, 3, 2]), _g(s, [3, 3], ".")])
    if r == "BR":
        if n.kind == "free":
            return rng.choice([f"0800 {_g(s[3:], [3])}", f"0800.{_g(s[3:], [3], '.')}"])
        ddd, rest = s[:2], s[2:]
        if n.kind == "mobile":
            return rng.choice(
                [
                    f"({ddd}) {rest[:5]}-{rest[5:]}",
                    f"({ddd}) {rest[0]}.{rest[1:5]}-{rest[5:]}",
                    f"0{ddd} {rest[:5]}-{rest[5:]}",
                ]
            )
        return rng.choice(
            [
                f"({ddd}) {rest[:4]}.{rest[4:]}",
                f"{ddd} {rest[:4]}.{rest[4:]}",
                f"(0{ddd}) {rest[:4]}-{rest[4:]}",
                f"({ddd}){rest}",
            ]
        )
    if r == "IN":
        if n.kind == "mobile":
            return rng.choice([f"{s[:5]}-{s[5:]}", s, f"0{s}", f"{s[:3]} {s[3:6]} {s[6:]}"])
        if n.kind == "free":
            return rng.choice([f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:]}"])
        return rng.choice([f"0{s[:a]}-{s[a:]}", f"(0{s[:a]}) {s[a:]}", f"0{s[:a]} {nice(rng, s[a:])}"])
    raise ValueError(r)


def international(rng, n):
    r, s, c = n.region, n.nsn, CC[n.region]
    a = n.ac or {"GB": 4, "DE": 3, "IN": 5, "AT": 3, "BE": 3}.get(r, 2)
    if n.kind == "fixed" and not n.ac:
        a = {"CH": 2, "AT": 1, "BE": 1, "IE": 1, "AU": 1}.get(r, 2)
    if r == "US":
        x, y, z = s[:3], s[3:6], s[6:]
        return rng.choice([f"+1-{x}-{y}-{z}", f"+1 ({x}) {y} {z}", f"+1{s}", f"+1.{x}.{y}.{z}"])
    if r == "IT":
        return rng.choice([f"+39 {s[:a]} {s[a:]}", f"+39 {_g(s, [3, 3])}", f"+39-{s}"])
    if r in ("FR",):
        return rng.choice([f"+33 (0){s[0]} {_g(s[1:], [2, 2, 2])}", f"+33 {s[0]} {_g(s[1:], [2, 2, 2])}"])
    if r in ("ES", "PT"):
        return rng.choice([f"+{c} {_g(s, [3, 3])}", f"(+{c}) {_g(s, [3, 2, 2])}", f"+{c}.{s}"])
    if r == "BR":
        return rng.choice([f"+55 {s[:2]} {s[2:-4]} {s[-4:]}", f"+55 ({s[:2]}) {s[2:-4]}.{s[-4:]}"])
    if r in ("GB", "DE", "NL", "CH", "AT", "BE", "IE", "AU"):
        if n.kind == "mobile":
            a = {"GB": 4, "DE": 3, "NL": 1, "CH": 2, "AT": 3, "BE": 3, "IE": 2, "AU": 3}[r]
        head, rest = s[:a], s[a:]
        return rng.choice(
            [
                f"+{c} (0){head} {nice(rng, rest)}",
                f"+{c} {head} {nice(rng, rest)}",
                f"+{c} {head}-{rest}",
                f"+{c} {head} {nice(rng, rest, '-')}",
            ]
        )
    if r == "IN":
        return rng.choice([f"+91 {s[:a]} {s[a:]}", f"+91 {s[:5]} {s[5:]}", f"+91.{s}"])
    raise ValueError(r)


def local(rng, n):
    """the subscriber part of a fixed number, without its area code."""
    sub = n.nsn[n.ac :]
    k = len(sub)
    if n.region == "US":
        return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:3]}.{sub[3:]}", f"{sub[:3]} {sub[3:]}"])
    if n.region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]}-{sub[4:]}"])
    if n.region == "IN":
        return rng.choice([sub, f"{sub[: k - 4]}-{sub[k - 4 :]}", f"{sub[: k - 4]} {sub[k - 4 :]}"])
    if n.region == "NL":
        return rng.choice([sub, f"{sub[:3]} {sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}"])
    if n.region == "DE":
        return rng.choice(
            [sub, f"{sub[: k - 4]} {sub[k - 4 : k - 2]} {sub[k - 2 :]}", f"{sub[:3]}-{sub[3:]}"]
        )
    if n.region == "GB":
        if k == 8:
            return rng.choice([f"{sub[:4]} {sub[4:]}", sub, f"{sub[:4]}-{sub[4:]}"])
        if k == 7:
            return rng.choice([f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
        return rng.choice([f"{sub[:3]} {sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}"])
    raise ValueError(n.region)


def parses_to(text, region, e164):
    try:
        obj = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(obj) and pn.format_number(obj, pn.PhoneNumberFormat.E164) == e164


def put_back(text, region, e164, area_len):
    """a local form with its trunk prefix and area code put back."""
    digits = "".join(ch for ch in text if ch.isdigit())
    nsn = e164[1 + len(CC[region]) :]
    area = nsn[:area_len]
    return TRUNK.get(region, "0") + area + digits
