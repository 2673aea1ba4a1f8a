"""Values for the v27 held-out set: phone numbers (phonenumbers), cards, IBANs, SSNs, IPs, e-mails."""

import ipaddress

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

PLAN = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "de_DE": "DE",
    "fr_FR": "FR",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "es_ES": "ES",
    "it_IT": "IT",
    "en_AU": "GB",
    "en_IE": "GB",
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "nl_BE": "NL",
}
OWN = {
    "en_AU": "AU",
    "en_IE": "IE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "nl_BE": "BE",
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
FOREIGN_OK = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "BR", "IN", "AU", "IE", "AT", "CH", "BE"]

# area code -> towns (fixed lines of these areas; documents are set in the town)
AREAS = {
    "US": [
        ("503", "Portland"),
        ("512", "Austin"),
        ("919", "Raleigh"),
        ("608", "Madison"),
        ("402", "Omaha"),
        ("505", "Albuquerque"),
    ],
    "GB": [
        ("1223", "Cambridge"),
        ("114", "Sheffield"),
        ("1904", "York"),
        ("29", "Cardiff"),
        ("1392", "Exeter"),
        ("151", "Liverpool"),
    ],
    "DE": [
        ("351", "Dresden"),
        ("511", "Hannover"),
        ("761", "Freiburg"),
        ("421", "Bremen"),
        ("911", "Nürnberg"),
        ("228", "Bonn"),
    ],
    "NL": [
        ("24", "Nijmegen"),
        ("40", "Eindhoven"),
        ("58", "Leeuwarden"),
        ("13", "Tilburg"),
        ("43", "Maastricht"),
        ("38", "Zwolle"),
    ],
    "BR": [
        ("71", "Salvador"),
        ("85", "Fortaleza"),
        ("61", "Brasília"),
        ("48", "Florianópolis"),
        ("62", "Goiânia"),
        ("81", "Recife"),
    ],
    "IN": [
        ("20", "Pune"),
        ("79", "Ahmedabad"),
        ("141", "Jaipur"),
        ("522", "Lucknow"),
        ("484", "Kochi"),
        ("172", "Chandigarh"),
    ],
    "FR": [("4", "Grenoble"), ("2", "Rennes"), ("5", "Bordeaux"), ("3", "Lille")],
    "IT": [("051", "Bologna"), ("011", "Torino"), ("055", "Firenze"), ("081", "Napoli")],
    "ES": [("96", "Valencia"), ("95", "Sevilla"), ("98", "Oviedo"), ("976", "Zaragoza")],
    "AU": [("2", "Sydney"), ("3", "Melbourne"), ("8", "Adelaide")],
    "IE": [("21", "Cork"), ("91", "Galway"), ("1", "Dublin")],
    "AT": [("316", "Graz"), ("512", "Innsbruck"), ("662", "Salzburg")],
    "CH": [("31", "Bern"), ("61", "Basel"), ("41", "Luzern")],
    "BE": [("9", "Gent"), ("3", "Antwerpen"), ("4", "Liège")],
}
NSN_LEN = {
    "US": (10,),
    "GB": (10,),
    "DE": (10, 11),
    "NL": (9,),
    "BR": (10,),
    "IN": (10,),
    "FR": (9,),
    "IT": (9, 10),
    "ES": (9,),
    "AU": (9,),
    "IE": (8, 9),
    "AT": (9, 10, 11),
    "CH": (9,),
    "BE": (8,),
}
MOBILE_PREFIX = {
    "US": None,
    "GB": ["74", "75", "77", "78", "79"],
    "DE": ["151", "152", "160", "170", "176"],
    "NL": ["6"],
    "FR": ["6", "7"],
    "IT": ["32", "33", "34", "39"],
    "ES": ["6"],
    "BR": None,
    "IN": ["98", "97", "96", "88", "70"],
    "AU": ["4"],
    "IE": ["83", "85", "87"],
    "AT": ["664", "676", "699"],
    "CH": ["76", "78", "79"],
    "BE": ["47", "48", "49"],
}
MOBILE_LEN = {
    "GB": 10,
    "DE": 11,
    "NL": 9,
    "FR": 9,
    "IT": 10,
    "ES": 9,
    "IN": 10,
    "AU": 9,
    "IE": 9,
    "AT": 11,
    "CH": 9,
    "BE": 9,
}
SERVICE_PREFIX = {
    "US": [("800", 10), ("888", 10), ("877", 10)],
    "GB": [("800", 10), ("345", 10), ("330", 10)],
    "DE": [("800", 10), ("180", 10)],
    "NL": [("800", 7), ("900", 7), ("800", 10)],
    "FR": [("80", 9), ("81", 9)],
    "IT": [("800", 9), ("803", 6)],
    "ES": [("900", 9), ("901", 9), ("902", 9)],
    "BR": [("800", 10), ("4004", 8), ("4003", 8)],
    "IN": [("1800", 11), ("1800", 10)],
}
SERVICE_TYPES = {PNT.TOLL_FREE, PNT.SHARED_COST, PNT.PREMIUM_RATE, PNT.UAN}


def _digits(rng, n, first="23456789"):
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


class Phone:
    def __init__(self, num, region, kind):
        self.num = num
        self.region = region
        self.kind = kind  # fix / mob / svc
        self.nsn = pn.national_significant_number(num)
        self.e164 = pn.format_number(num, PNF.E164)
        self.area_len = pn.length_of_geographical_area_code(num)


def _make(rng, region, nsn, want):
    try:
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), None)
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        return None
    t = pn.number_type(num)
    if want == "fix" and t not in (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE):
        return None
    if want == "mob" and t not in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE):
        return None
    if want == "svc" and t not in SERVICE_TYPES:
        return None
    return Phone(num, region, want)


def fixed(rng, region, area):
    for _ in range(5000):
        n = rng.choice(NSN_LEN[region])
        nsn = area.lstrip("0") if region != "IT" else area
        nsn = nsn + _digits(rng, n - len(nsn))
        p = _make(rng, region, nsn, "fix")
        if p and p.area_len in (
            len(area.lstrip("0") if region != "IT" else area),
            0 if region == "ES" else -1,
        ):
            return p
    raise RuntimeError("no fixed line for %s %s" % (region, area))


def mobile(rng, region, area=None):
    for _ in range(5000):
        if region == "US":
            nsn = (area or rng.choice(AREAS["US"])[0]) + _digits(rng, 7)
        elif region == "BR":
            nsn = (area or rng.choice(AREAS["BR"])[0]) + "9" + _digits(rng, 8, "6789")
        else:
            pre = rng.choice(MOBILE_PREFIX[region])
            nsn = pre + _digits(rng, MOBILE_LEN[region] - len(pre), "0123456789")
        p = _make(rng, region, nsn, "mob")
        if p:
            return p
    raise RuntimeError("no mobile for %s" % region)


def service(rng, region):
    for _ in range(5000):
        pre, n = rng.choice(SERVICE_PREFIX[region])
        p = _make(rng, region, pre + _digits(rng, n - len(pre), "0123456789"), "svc")
        if p:
            return p
    raise RuntimeError("no service number for %s" % region)


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        s += v
    return s % 10 == 0


def card(rng):
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre, n = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": (rng.choice(["6011", "65"]), 16),
    }[brand]
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise RuntimeError("luhn")


def group_card(d, sep):
    parts = [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i : i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


IBAN_BBAN = {
    "DE": "n18",
    "GB": "a4n14",
    "NL": "a4n10",
    "FR": "n10c11n2",
    "ES": "n20",
    "IT": "a1n10c12",
    "BE": "n12",
    "AT": "n16",
    "CH": "n5c12",
    "IE": "a4n14",
    "BR": "n23a1c1",
}


def iban_check(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(rng, country):
    spec = IBAN_BBAN[country]
    bban = ""
    i = 0
    while i < len(spec):
        t = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        cnt = int(spec[i + 1 : j])
        pool = {
            "n": "0123456789",
            "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        }[t]
        if country == "GB" and t == "a":
            bban += rng.choice(["BARC", "LOYD", "NWBK", "MIDL", "HBUK"])
        elif country == "IE" and t == "a":
            bban += rng.choice(["AIBK", "BOFI", "IPBS"])
        elif country == "NL" and t == "a":
            bban += rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"])
        else:
            bban += "".join(rng.choice(pool) for _ in range(cnt))
        i = j
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (country, chk, bban)
    assert iban_check(s)
    return s


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v not in ("078051120", "219099999", "123456789"):
            return v


def ssn_ok(d):
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def ipv4(rng, private):
    while True:
        if private:
            net = rng.choice(["10.", "172.", "192.168."])
            if net == "10.":
                s = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
            elif net == "172.":
                s = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
            else:
                s = "192.168.%d.%d" % (rng.randint(0, 40), rng.randint(1, 254))
            return s
        s = "%d.%d.%d.%d" % (
            rng.randint(1, 223),
            rng.randint(0, 255),
            rng.randint(0, 255),
            rng.randint(1, 254),
        )
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6(rng):
    while True:
        groups = ["2%03x" % rng.randint(0, 0xFFF), "%x" % rng.randint(0, 0xFFFF)]
        groups += ["%x" % rng.randint(0, 0xFFFF) for _ in range(rng.choice([1, 2]))]
        tail = ["%x" % rng.randint(1, 0xFFFF) for _ in range(rng.choice([1, 2]))]
        s = str(ipaddress.IPv6Address(":".join(groups) + "::" + ":".join(tail)))
        if ipaddress.ip_address(s).is_global and "::" in s:
            return s
