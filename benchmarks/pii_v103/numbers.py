"""Phone numbers and other positive values for the v103 set (drawn at random, checked with phonenumbers)."""

import ipaddress

import phonenumbers
from phonenumbers import PhoneNumberType as T
from stdnum import iban as std_iban

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# region -> (country code, trunk prefix put back before a national number)
TRUNK = {
    "US": "1",
    "GB": "0",
    "DE": "0",
    "NL": "0",
    "BR": "",
    "IN": "0",
    "FR": "0",
    "ES": "",
    "IT": "",
    "PT": "",
}

# towns for announced local numbers: region -> [(town, area code without trunk prefix, subscriber length)]
AREAS = {
    "US": [
        ("Napa", "707", 7),
        ("Walla Walla", "509", 7),
        ("Paso Robles", "805", 7),
        ("Asheville", "828", 7),
        ("Bardstown", "502", 7),
        ("Traverse City", "231", 7),
        ("Fredericksburg", "830", 7),
    ],
    "GB": [
        ("Canterbury", "1227", 6),
        ("Edinburgh", "131", 7),
        ("Dorking", "1306", 6),
        ("Norwich", "1603", 6),
        ("Burton upon Trent", "1283", 6),
        ("Inverness", "1463", 6),
        ("Falmouth", "1326", 6),
    ],
    "DE": [
        ("Trier", "651", 6),
        ("Würzburg", "931", 6),
        ("Bamberg", "951", 6),
        ("Bernkastel-Kues", "6531", 5),
        ("Bad Dürkheim", "6322", 5),
        ("Rüdesheim", "6722", 5),
        ("Kulmbach", "9221", 5),
    ],
    "NL": [
        ("Maastricht", "43", 7),
        ("Nijmegen", "24", 7),
        ("Zwolle", "38", 7),
        ("Schiedam", "10", 7),
        ("Haarlem", "23", 7),
        ("Eindhoven", "40", 7),
    ],
    "BR": [
        ("Bento Gonçalves", "54", 8),
        ("Campinas", "19", 8),
        ("Petrolina", "87", 8),
        ("Florianópolis", "48", 8),
        ("Belo Horizonte", "31", 8),
        ("Recife", "81", 8),
    ],
    "IN": [
        ("Nashik", "253", 7),
        ("Pune", "20", 8),
        ("Bengaluru", "80", 8),
        ("Panaji", "832", 7),
        ("Hyderabad", "40", 8),
        ("Kolkata", "33", 8),
    ],
}

# national number prefixes to draw from (no trunk prefix): region -> kind -> [prefix, total NSN length]
PREFIX = {
    "US": {
        "fixed": [("707", 10), ("541", 10), ("971", 10), ("614", 10), ("303", 10), ("615", 10)],
        "mobile": [("917", 10), ("646", 10)],
        "other": [("800", 10), ("888", 10), ("877", 10)],
    },
    "GB": {
        "fixed": [("1904", 10), ("1225", 10), ("113", 10), ("1392", 10), ("20", 10)],
        "mobile": [("74", 10), ("78", 10), ("79", 10)],
        "other": [("800", 10), ("808", 10), ("345", 10)],
    },
    "DE": {
        "fixed": [("6131", 10), ("711", 10), ("89", 10), ("6221", 10), ("761", 10)],
        "mobile": [("151", 11), ("160", 10), ("172", 11)],
        "other": [("800", 10)],
    },
    "FR": {
        "fixed": [("380", 9), ("557", 9), ("326", 9), ("4", 9), ("1", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9), ("810", 9)],
    },
    "ES": {
        "fixed": [("941", 9), ("956", 9), ("983", 9), ("93", 9)],
        "mobile": [("6", 9)],
        "other": [("900", 9), ("901", 9)],
    },
    "IT": {
        "fixed": [("0577", 10), ("0173", 10), ("06", 10), ("0445", 10)],
        "mobile": [("34", 10), ("32", 10)],
        "other": [("800", 9)],
    },
    "NL": {
        "fixed": [("43", 9), ("73", 9), ("30", 9), ("20", 9)],
        "mobile": [("6", 9)],
        "other": [("800", 11), ("800", 7)],
    },
    "PT": {
        "fixed": [("259", 9), ("22", 9), ("21", 9), ("266", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9), ("808", 9)],
    },
    "AT": {"fixed": [("2732", 10), ("1", 10), ("316", 10)], "mobile": [("664", 10), ("676", 10)]},
    "CH": {"fixed": [("27", 9), ("21", 9), ("44", 9)], "mobile": [("79", 9), ("78", 9)]},
    "BE": {"fixed": [("2", 8), ("4", 8), ("9", 8)], "mobile": [("47", 9), ("49", 9)]},
    "AU": {"fixed": [("8", 9), ("2", 9), ("3", 9)], "mobile": [("4", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 9)], "mobile": [("87", 9), ("85", 9), ("83", 9)]},
    "BR": {
        "fixed": [("5434", 10), ("1932", 10), ("1133", 10), ("5132", 10)],
        "mobile": [("549", 11), ("119", 11), ("219", 11)],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("2532", 10), ("8041", 10), ("2224", 10), ("1123", 10)],
        "mobile": [("98", 10), ("97", 10), ("70", 10)],
        "other": [("1800", 11)],
    },
}


def digits(s):
    return "".join(c for c in s if c.isdigit())


def draw_nsn(rng, region, kind):
    """A valid national significant number of the wanted type."""
    want = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
    for _ in range(5000):
        pre, n = rng.choice(PREFIX[region][kind])
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if region == "IN" and kind == "other":
            nsn = "1800" + rng.choice("0123456789") + "".join(rng.choice("0123456789") for _ in range(6))
        num = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(region), nsn), None)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in want:
            if phonenumbers.region_code_for_number(num) == region:
                return nsn
    raise RuntimeError((region, kind))


def e164(region, nsn):
    return "+%d%s" % (phonenumbers.country_code_for_region(region), nsn)


def _g(s, *cuts):
    out, i = [], 0
    for c in cuts:
        out.append(s[i : i + c])
        i += c
    out.append(s[i:])
    return [p for p in out if p]


def national_form(rng, region, nsn, kind):
    """A national written form (fresh habits, see the docstring)."""
    n = nsn
    if region == "US":
        a, b, c = n[:3], n[3:6], n[6:]
        return rng.choice(
            [f"({a}){b}-{c}", f"{a}.{b}.{c}", f"{a}-{b}-{c}", f"({a}) {b}.{c}", f"1-{a}-{b}-{c}"]
        )
    if region == "GB":
        if n.startswith("7"):
            return rng.choice(
                [f"0{n[:4]}-{n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0{n[:3]} {n[3:6]} {n[6:]}"]
            )
        if n[0] in "389":
            return rng.choice([f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:]}"])
        if n.startswith("20"):
            return rng.choice([f"(020) {n[2:6]}-{n[6:]}", f"020-{n[2:6]} {n[6:]}"])
        ac = 3 if n[1] == "1" or n[2] == "1" else 4
        return rng.choice([f"0{n[:ac]}-{n[ac:]}", f"(0{n[:ac]}) {n[ac:]}", f"0{n[:ac]} {n[ac:]}"])
    if region == "DE":
        if n[0] == "1":
            return rng.choice([f"0{n[:3]} {n[3:7]} {n[7:]}", f"0{n[:3]}-{n[3:]}", f"(0{n[:3]}) {n[3:]}"])
        if n.startswith("800"):
            return rng.choice([f"0800-{n[3:6]} {n[6:]}", f"0800 {n[3:]}"])
        ac = {"61": 4, "62": 4, "71": 3, "76": 3, "89": 2}.get(n[:2], 3)
        sub = n[ac:]
        pairs = " ".join(_g(sub, *([2] * (len(sub) // 2))))
        return rng.choice(
            [f"(0{n[:ac]}) {pairs}", f"0{n[:ac]}-{sub}", f"0{n[:ac]} {sub}", f"0{n[:ac]}/{pairs}"]
        )
    if region == "FR":
        p = _g("0" + n, 2, 2, 2, 2)
        return rng.choice([".".join(p), " ".join(p), "".join(p[:1]) + " " + " ".join(p[1:])])
    if region == "ES":
        if n[0] in "69":
            return rng.choice(
                [f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}", f"{n[:3]}{n[3:]}"]
            )
        ac = 2 if n[:2] in ("91", "93") else 3
        return rng.choice(
            [f"{n[:ac]} {n[ac : ac + 3]} {n[ac + 3 :]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"({n[:ac]}) {n[ac:]}"]
        )
    if region == "IT":
        if n[0] == "3":
            return rng.choice([f"{n[:3]}.{n[3:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:]}"])
        if n.startswith("800"):
            return rng.choice([f"800.{n[3:6]}.{n[6:]}", f"800 {n[3:]}"])
        ac = 2 if n.startswith("06") else 4
        return rng.choice(
            [f"{n[:ac]} {n[ac:]}", f"{n[:ac]}.{n[ac:]}", f"({n[:ac]}) {n[ac : ac + 3]} {n[ac + 3 :]}"]
        )
    if region == "NL":
        if n[0] == "6":
            return rng.choice(
                [f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"(06) {n[1:]}", f"06-{n[1:5]} {n[5:]}"]
            )
        if n.startswith("800"):
            return rng.choice([f"0800 {n[3:]}", f"0800-{n[3:]}"])
        return rng.choice(
            [
                f"(0{n[:2]}) {n[2:5]} {n[5:7]} {n[7:]}",
                f"0{n[:2]} {n[2:5]} {n[5:]}",
                f"0{n[:2]}-{n[2:5]} {n[5:]}",
            ]
        )
    if region == "PT":
        return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n}", f"{n[:3]}.{n[3:6]}.{n[6:]}"])
    if region == "BR":
        if n.startswith("800"):
            return rng.choice([f"0800 {n[3:6]} {n[6:]}", f"0800.{n[3:6]}.{n[6:]}"])
        a, s = n[:2], n[2:]
        h = len(s) - 4
        return rng.choice(
            [
                f"({a}) {s[:h]}.{s[h:]}",
                f"{a} {s[:h]}.{s[h:]}",
                f"({a}){s[:h]}-{s[h:]}",
                f"0{a} {s[:h]}-{s[h:]}",
            ]
        )
    if region == "IN":
        if n.startswith("1800"):
            return rng.choice([f"1800 {n[4:7]} {n[7:]}", f"1-800-{n[4:7]}-{n[7:]}"])
        if n[0] in "789":
            return rng.choice([f"0{n[:5]} {n[5:]}", f"{n[:5]}-{n[5:]}", f"{n[:4]} {n[4:7]} {n[7:]}"])
        ac = 2 if n[:2] in ("80", "22", "11", "33", "40", "20") else 3
        return rng.choice(
            [f"0{n[:ac]}-{n[ac:]}", f"(0{n[:ac]}) {n[ac : ac + 4]} {n[ac + 4 :]}", f"0{n[:ac]} {n[ac:]}"]
        )
    raise KeyError(region)


def international_form(rng, region, nsn):
    cc = str(phonenumbers.country_code_for_region(region))
    num = phonenumbers.parse("+" + cc + nsn, None)
    base = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    rest = base[len(cc) + 2 :]
    opts = [
        base,
        base.replace(" ", ".").replace("-", "."),
        "+" + cc + " " + rest.replace(" ", "").replace("-", ""),
    ]
    fixed = phonenumbers.number_type(num) == T.FIXED_LINE
    if region in ("GB", "DE", "NL", "FR", "AT", "CH", "BE") and fixed:
        opts.append(f"+{cc} (0){rest}")
    if region == "US":
        opts.append(f"+1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}".replace(" (", "-(").replace(") ", ")-"))
    return rng.choice(opts)


def local_form(rng, region, sub):
    """Subscriber part only, for an announced local number."""
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
    if region == "GB":
        if len(sub) == 7:
            return rng.choice([f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
        return rng.choice([f"{sub[:3]} {sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}", sub])
    if region == "DE":
        if len(sub) == 6:
            return rng.choice([f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]} {sub[3:]}", sub])
        return rng.choice([f"{sub[:1]} {sub[1:3]} {sub[3:]}", sub])
    if region == "NL":
        return rng.choice([f"{sub[:3]} {sub[3:5]} {sub[5:]}", f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", f"{sub[:4]}-{sub[4:]}", f"{sub[:4]} {sub[4:]}"])
    if region == "IN":
        if len(sub) == 8:
            return rng.choice([f"{sub[:4]} {sub[4:]}", f"{sub[:4]}-{sub[4:]}", sub])
        return rng.choice([f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}", sub])
    raise KeyError(region)


def draw_local(rng, region, area, sublen):
    for _ in range(5000):
        first = "2345678" if region != "BR" else "2345"
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(sublen - 1))
        nsn = area + sub
        num = phonenumbers.parse(e164(region, nsn), None)
        if not phonenumbers.is_valid_number(num) or phonenumbers.number_type(num) not in FIXED:
            continue
        if phonenumbers.length_of_geographical_area_code(num) != len(area):
            continue
        return sub, nsn
    raise RuntimeError((region, area))


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def card(rng):
    pre, n = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15)])
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            num = body + d
            break
    mode = rng.choice(["spaced", "solid", "dashed"])
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(parts), "solid": num, "dashed": "-".join(parts)}[mode], mode


IBAN_BBAN = {
    "DE": "n18",
    "NL": "a4n10",
    "GB": "a4n14",
    "AT": "n16",
    "ES": "n20",
    "IT": "a1n22",
    "PT": "n21",
    "FR": "n23",
    "BE": "n12",
}


def iban(rng, country):
    spec = IBAN_BBAN[country]
    for _ in range(20000):
        if spec[0] == "a":
            a, n = spec[1:].split("n")
            bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(int(a)))
            bban += "".join(rng.choice("0123456789") for _ in range(int(n)))
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(int(spec[1:])))
        raw = bban + country + "00"
        num = int("".join(str(int(c, 36)) for c in raw))
        code = country + "%02d" % (98 - num % 97) + bban
        if std_iban.is_valid(code):
            mode = rng.choice(["print", "electronic"])
            if mode == "print":
                return " ".join(code[i : i + 4] for i in range(0, len(code), 4)), mode
            return code, mode
    raise RuntimeError(country)


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a), mode
        elif mode == "v4-private":
            return rng.choice(
                [
                    "192.168.%d.%d" % (rng.randint(0, 40), rng.randint(2, 250)),
                    "10.%d.%d.%d" % (rng.randint(0, 99), rng.randint(0, 255), rng.randint(2, 250)),
                    "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 250)),
                ]
            ), mode
        else:
            a = ipaddress.IPv6Address((0x2A01 << 112) | rng.getrandbits(100))
            return (a.compressed if rng.random() < 0.6 else a.exploded), mode


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    s = "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))
    mode = rng.choice(["dashed", "spaced"])
    return (f"{s[:3]}-{s[3:5]}-{s[5:]}" if mode == "dashed" else f"{s[:3]} {s[3:5]} {s[5:]}"), mode
