"""Phone numbers, cards, IBANs, SSNs and IPs for the v107 set, all drawn at random and checked."""

import ipaddress

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T
from stdnum import iban as stdiban

# towns with their area code (trunk prefix left off) and subscriber length, for local numbers
AREAS = {
    "US": [
        ("Fayetteville", "910", 7),
        ("Killeen", "254", 7),
        ("Colorado Springs", "719", 7),
        ("Clarksville", "931", 7),
        ("Columbus", "706", 7),
        ("Norfolk", "757", 7),
        ("El Paso", "915", 7),
        ("Tacoma", "253", 7),
        ("Oceanside", "760", 7),
    ],
    "GB": [
        ("Aldershot", "1252", 6),
        ("Colchester", "1206", 6),
        ("Richmond", "1748", 6),
        ("Plymouth", "1752", 6),
        ("Salisbury", "1722", 6),
        ("Lincoln", "1522", 6),
        ("York", "1904", 6),
        ("Edinburgh", "131", 7),
        ("Portsmouth", "23", 8),
    ],
    "DE": [
        ("Koblenz", "261", 6),
        ("Kiel", "431", 6),
        ("Ulm", "731", 6),
        ("Hannover", "511", 7),
        ("Potsdam", "331", 6),
        ("Bonn", "228", 6),
        ("Wilhelmshaven", "4421", 6),
        ("Munster", "5192", 5),
    ],
    "NL": [
        ("Den Helder", "223", 6),
        ("Assen", "592", 6),
        ("Ede", "318", 6),
        ("Oirschot", "499", 6),
        ("Breda", "76", 7),
        ("Den Haag", "70", 7),
        ("Harderwijk", "341", 6),
    ],
    "BR": [
        ("Resende", "24", 8),
        ("Rio de Janeiro", "21", 8),
        ("Brasília", "61", 8),
        ("Manaus", "92", 8),
        ("Santa Maria", "55", 8),
        ("Natal", "84", 8),
        ("Campo Grande", "67", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Secunderabad", "40", 8),
        ("Dehradun", "135", 7),
        ("Ambala", "171", 7),
        ("Jalandhar", "181", 7),
        ("Lucknow", "522", 7),
        ("Shillong", "364", 7),
        ("Belagavi", "831", 7),
    ],
}
TRUNK = {"US": "", "BR": "", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}

# (prefix of the national significant number, its length) per region and kind
SPECS = {
    ("US", "fixed"): [(a, 10) for a in ("202", "210", "303", "404", "502", "512", "615", "803", "910")],
    ("US", "free"): [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    ("GB", "fixed"): [("20", 10), ("161", 10), ("113", 10), ("117", 10), ("1392", 10), ("1224", 10)],
    ("GB", "mobile"): [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    ("GB", "free"): [("800", 10), ("808", 10), ("345", 10), ("300", 10)],
    ("DE", "fixed"): [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("6131", 9), ("761", 9)],
    ("DE", "mobile"): [("151", 11), ("160", 10), ("170", 10), ("172", 11), ("176", 11), ("157", 11)],
    ("DE", "free"): [("800", 10)],
    ("FR", "fixed"): [(d, 9) for d in "12345"],
    ("FR", "mobile"): [("6", 9), ("7", 9)],
    ("FR", "free"): [("800", 9), ("805", 9)],
    ("ES", "fixed"): [("91", 9), ("93", 9), ("95", 9), ("96", 9), ("98", 9)],
    ("ES", "mobile"): [("6", 9), ("71", 9)],
    ("ES", "free"): [("900", 9), ("800", 9)],
    ("IT", "fixed"): [("06", 10), ("02", 10), ("011", 10), ("051", 10), ("081", 10)],
    ("IT", "mobile"): [("33", 10), ("34", 10), ("32", 10), ("39", 10)],
    ("IT", "free"): [("800", 9), ("803", 9)],
    ("NL", "fixed"): [("70", 9), ("20", 9), ("30", 9), ("10", 9), ("40", 9), ("50", 9)],
    ("NL", "mobile"): [("6", 9)],
    ("NL", "free"): [("800", 7), ("800", 10)],
    ("PT", "fixed"): [("21", 9), ("22", 9), ("239", 9), ("289", 9)],
    ("PT", "mobile"): [("91", 9), ("93", 9), ("96", 9)],
    ("PT", "free"): [("800", 9)],
    ("BR", "fixed"): [("21", 10), ("11", 10), ("61", 10), ("51", 10), ("31", 10)],
    ("BR", "mobile"): [("219", 11), ("119", 11), ("619", 11), ("319", 11)],
    ("BR", "free"): [("800", 10)],
    ("IN", "fixed"): [("11", 10), ("22", 10), ("80", 10), ("33", 10), ("135", 10)],
    ("IN", "mobile"): [("9", 10), ("8", 10), ("7", 10)],
    ("IN", "free"): [("1800", 11)],
    ("AT", "fixed"): [("1", 9), ("1", 10), ("316", 10), ("512", 10)],
    ("AT", "mobile"): [("664", 10), ("676", 10), ("699", 11)],
    ("CH", "fixed"): [("44", 9), ("31", 9), ("61", 9), ("22", 9)],
    ("CH", "mobile"): [("79", 9), ("78", 9), ("76", 9)],
    ("BE", "fixed"): [("2", 8), ("3", 8), ("9", 8), ("4", 8)],
    ("BE", "mobile"): [("47", 9), ("48", 9), ("49", 9)],
    ("AU", "fixed"): [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    ("AU", "mobile"): [("4", 9)],
    ("IE", "fixed"): [("1", 8), ("21", 9), ("91", 9)],
    ("IE", "mobile"): [("83", 9), ("85", 9), ("86", 9), ("87", 9)],
}
TYPES = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "free": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}


def _digits(s):
    return "".join(c for c in s if c.isdigit())


def e164(num):
    return pn.format_number(num, F.E164)


def draw(rng, region, kind):
    """A valid number of the wanted type, as a PhoneNumber."""
    if kind == "mobile" and (region, "mobile") not in SPECS:
        kind = "fixed"
    specs = SPECS[(region, kind)]
    for _ in range(5000):
        pre, length = rng.choice(specs)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if region == "IT" and kind == "fixed":
            text = nsn
        else:
            text = nsn
        try:
            num = pn.parse("+%d%s" % (pn.country_code_for_region(region), text), None)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == region:
            if pn.number_type(num) in TYPES[kind]:
                return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def _groups(num, fmt):
    text = pn.format_number(num, fmt)
    out, cur = [], ""
    for c in text:
        if c.isdigit():
            cur += c
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def national(rng, num, region):
    """A national form in one of the habits of the region."""
    g = _groups(num, F.NATIONAL)
    std = pn.format_number(num, F.NATIONAL)
    nsn = pn.national_significant_number(num)
    t = pn.number_type(num)
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return rng.choice(["%s-%s-%s", "%s.%s.%s", "(%s) %s-%s", "%s %s %s"]) % (a, b, c)
    if region == "GB":
        return rng.choice([std, "-".join(g), " ".join(g[:1]) + " " + "".join(g[1:])])
    if region == "DE":
        area = g[0]
        rest = "".join(g[1:])
        pairs = _pairs(rest)
        return rng.choice([std, "%s-%s" % (area, rest), "(%s) %s" % (area, rest), "%s %s" % (area, pairs)])
    if region == "FR":
        pairs = [("0" + nsn)[i : i + 2] for i in range(0, 10, 2)]
        return rng.choice([" ".join(pairs), ".".join(pairs), ".".join(pairs), " ".join(pairs)])
    if region == "ES":
        return rng.choice([std, "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), nsn])
    if region == "IT":
        return rng.choice(
            [
                std,
                ".".join(g),
                "%s %s" % (g[0], "".join(g[1:])),
            ]
        )
    if region == "NL":
        area = g[0]
        rest = "".join(g[1:])
        return rng.choice(
            [std, "(%s) %s" % (area, rest), "%s %s" % (area, _nl_groups(rest)), "%s %s" % (area, rest)]
        )
    if region == "PT":
        return rng.choice([std, nsn, "%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])])
    if region == "BR":
        a, rest = nsn[:2], nsn[2:]
        return rng.choice(
            [
                std,
                "%s %s-%s" % (a, rest[:-4], rest[-4:]),
                "(%s) %s.%s" % (a, rest[:-4], rest[-4:]),
                "(0%s) %s-%s" % (a, rest[:-4], rest[-4:]),
            ]
        )
    if region == "IN":
        if t == T.MOBILE:
            return rng.choice([std, "%s %s" % (nsn[:5], nsn[5:]), "%s-%s" % (nsn[:5], nsn[5:]), nsn])
        return rng.choice([std, "%s-%s" % (g[0], "".join(g[1:])), "(%s) %s" % (g[0], " ".join(g[1:]))])
    return std


def free(rng, num, region):
    """A national form of a toll-free, shared-cost or UAN number."""
    g = _groups(num, F.NATIONAL)
    std = pn.format_number(num, F.NATIONAL)
    nsn = pn.national_significant_number(num)
    if region == "US":
        return rng.choice(["1-%s-%s-%s", "%s-%s-%s", "1 (%s) %s-%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
    if region == "FR":
        pairs = [("0" + nsn)[i : i + 2] for i in range(0, 10, 2)]
        return rng.choice([std, ".".join(pairs)])
    if region in ("IN", "BR", "NL", "GB", "DE"):
        return rng.choice([std, "-".join(g)])
    return rng.choice([std, " ".join(g)])


def international(rng, num, region):
    g = _groups(num, F.INTERNATIONAL)
    cc, rest = g[0], g[1:]
    t = pn.number_type(num)
    zero = (
        region in ("GB", "DE", "NL", "CH", "AT", "BE", "AU", "IE", "FR")
        and pn.ndd_prefix_for_region(region, True) == "0"
    )
    forms = ["+%s %s" % (cc, " ".join(rest))]
    if zero:
        forms.append("+%s (0)%s" % (cc, " ".join(rest)))
    if region in ("US",):
        forms.append("+1-%s" % "-".join(rest))
    if region in ("ES", "IT", "PT"):
        forms.append("(+%s) %s" % (cc, " ".join(rest)))
    if region == "IN" and t == T.MOBILE:
        nsn = pn.national_significant_number(num)
        forms.append("+91 %s %s" % (nsn[:5], nsn[5:]))
    if region == "BR":
        forms.append("+55 (%s) %s" % (rest[0], "-".join(rest[1:])))
    return rng.choice(forms)


def _nl_groups(s):
    """Dutch grouping: 123 45 67 for seven digits, pairs for six or eight."""
    if len(s) == 7:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return _pairs(s)


def _pairs(s):
    """Digits in pairs from the right, as older German and Dutch habits write them."""
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def local(rng, region, area, sublen):
    """(subscriber digits, PhoneNumber) of a valid fixed line in the given area."""
    for _ in range(5000):
        sub = rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(sublen - 1))
        try:
            num = pn.parse(TRUNK[region] + area + sub, region)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(num) or pn.number_type(num) not in TYPES["fixed"]:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return sub, num
    raise RuntimeError("no local number for %s %s" % (region, area))


def local_form(rng, region, sub):
    n = len(sub)
    if region == "US":
        return rng.choice(["%s.%s", "%s %s", "%s-%s"]) % (sub[:3], sub[3:])
    if region == "GB":
        if n == 6:
            return rng.choice([sub, "%s %s" % (sub[:3], sub[3:])])
        if n == 7:
            return rng.choice([sub, "%s %s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])])
        return rng.choice(["%s %s" % (sub[:4], sub[4:]), sub])
    if region == "DE":
        return rng.choice([sub, _pairs(sub), "%s %s" % (sub[:3], sub[3:]), "-".join(_pairs(sub).split())])
    if region == "NL":
        if n == 7:
            return rng.choice([sub, "%s %s" % (sub[:3], sub[3:]), "%s %s %s" % (sub[:3], sub[3:5], sub[5:])])
        return rng.choice([sub, _pairs(sub), "%s %s" % (sub[:3], sub[3:])])
    if region == "BR":
        return rng.choice(["%s-%s", "%s %s", "%s.%s"]) % (sub[:4], sub[4:])
    if region == "IN":
        if n == 8:
            return rng.choice([sub, "%s %s" % (sub[:4], sub[4:]), "%s-%s" % (sub[:4], sub[4:])])
        return rng.choice([sub, "%s %s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])])
    return sub


def put_back(region, area, text):
    """Parse a local form back with its area code and trunk prefix restored."""
    return pn.parse(TRUNK[region] + area + _digits(text), region)


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(rng):
    pre, length = rng.choice([("4", 16), ("51", 16), ("53", 16), ("37", 15), ("6011", 16), ("2221", 16)])
    body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            digits = body + d
            break
    mode = rng.choice(["spaced", "solid", "dashed"])
    if length == 15:
        parts = [digits[:4], digits[4:10], digits[10:]]
    else:
        parts = [digits[i : i + 4] for i in range(0, 16, 4)]
    sep = {"spaced": " ", "solid": "", "dashed": "-"}[mode]
    return sep.join(parts), mode


IBAN_LEN = {
    "DE": 22,
    "NL": 18,
    "GB": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "PT": 25,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "IE": 22,
}


def iban(rng, country):
    for _ in range(20000):
        n = IBAN_LEN[country] - 4
        if country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB"]) + "".join(
                rng.choice("0123456789") for _ in range(10)
            )
        elif country in ("GB", "IE"):
            bban = rng.choice(["NWBK", "BARC", "LOYD", "AIBK", "BOFI"]) + "".join(
                rng.choice("0123456789") for _ in range(14)
            )
        elif country == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "".join(
                rng.choice("0123456789") for _ in range(22)
            )
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(n))
        raw = country + "00" + bban
        full = country + stdiban.calc_check_digits(raw) + bban
        if stdiban.is_valid(full):
            mode = rng.choice(["print", "electronic"])
            if mode == "print":
                return " ".join(full[i : i + 4] for i in range(0, len(full), 4)), mode
            return full, mode
    raise RuntimeError("no iban " + country)


def ssn_ok(digits):
    a, g, s = digits[:3], digits[3:5], digits[5:]
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and s != "0000"


def ssn(rng):
    while True:
        d = "".join(rng.choice("0123456789") for _ in range(9))
        if ssn_ok(d):
            mode = rng.choice(["dashed", "spaced"])
            sep = "-" if mode == "dashed" else " "
            return sep.join([d[:3], d[3:5], d[5:]]), mode


def ip(rng, mode):
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and int(str(a).split(".")[0]) > 9:
                return str(a)
    if mode == "v4-private":
        return rng.choice(
            [
                "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254)),
                "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
            ]
        )
    pre = rng.choice(["2001:db8", "2a01:4f8", "2a00:23c5", "2606:4700", "2003:e5"])
    tail = ":".join("%x" % rng.getrandbits(16) for _ in range(rng.choice([2, 4, 6])))
    text = pre + ":" + tail
    if text.count(":") < 7:
        text = pre + "::" + tail
    return str(ipaddress.IPv6Address(text)) if rng.random() < 0.5 else text
