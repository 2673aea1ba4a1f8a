"""Numbers for the v60 set: phones (drawn at random, checked with phonenumbers), cards, IBANs, SSNs, IPs."""

import ipaddress

import phonenumbers
from phonenumbers import PhoneNumberType as T
from stdnum import iban as std_iban

# town -> area code (without trunk prefix), for the six regions with local numbers
AREAS = {
    "US": [
        ("Ann Arbor", "734"),
        ("Ithaca", "607"),
        ("Berkeley", "510"),
        ("Boulder", "303"),
        ("Chapel Hill", "919"),
        ("Madison", "608"),
        ("Princeton", "609"),
        ("Pasadena", "626"),
        ("Urbana", "217"),
        ("Durham", "919"),
        ("Gainesville", "352"),
        ("Bloomington", "812"),
    ],
    "GB": [
        ("Cambridge", "1223"),
        ("Oxford", "1865"),
        ("Manchester", "161"),
        ("Sheffield", "114"),
        ("Edinburgh", "131"),
        ("Leeds", "113"),
        ("Glasgow", "141"),
        ("Bristol", "117"),
        ("Nottingham", "115"),
        ("Norwich", "1603"),
    ],
    "DE": [
        ("Heidelberg", "6221"),
        ("Göttingen", "551"),
        ("Tübingen", "7071"),
        ("Jena", "3641"),
        ("Marburg", "6421"),
        ("Aachen", "241"),
        ("Bonn", "228"),
        ("Konstanz", "7531"),
        ("Karlsruhe", "721"),
        ("Würzburg", "931"),
    ],
    "NL": [
        ("Wageningen", "317"),
        ("Nijmegen", "24"),
        ("Delft", "15"),
        ("Eindhoven", "40"),
        ("Enschede", "53"),
        ("Tilburg", "13"),
        ("Maastricht", "43"),
        ("Groningen", "50"),
    ],
    "BR": [
        ("Campinas", "19"),
        ("São Carlos", "16"),
        ("Florianópolis", "48"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Manaus", "92"),
        ("Natal", "84"),
        ("Londrina", "43"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Bengaluru", "80"),
        ("Hyderabad", "40"),
        ("Kharagpur", "3222"),
        ("Roorkee", "1332"),
        ("Mysuru", "821"),
        ("Kanpur", "512"),
    ],
}

# region -> kind -> list of (prefix of the national significant number, total length)
PLANS = {
    "US": {
        "fixed": [(a, 10) for a in ("212", "312", "415", "617", "734", "206", "512", "919", "303")],
        "mobile": [(a, 10) for a in ("646", "917", "312", "510")],
        "other": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        "fixed": [("20", 10), ("161", 10), ("113", 10), ("131", 10), ("1223", 10), ("1865", 10)],
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "other": [("800", 10), ("808", 10), ("345", 10)],
    },
    "DE": {
        "fixed": [("30", 10), ("89", 10), ("40", 10), ("221", 10), ("6221", 10), ("551", 10)],
        "mobile": [("151", 11), ("160", 11), ("170", 11), ("176", 11), ("157", 11)],
        "other": [("800", 10)],
    },
    "FR": {
        "fixed": [(d, 9) for d in ("1", "2", "3", "4", "5")],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [(d, 9) for d in ("91", "93", "95", "96", "98")],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("900", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("055", 10), ("051", 10)],
        "mobile": [("32", 10), ("33", 10), ("34", 10), ("39", 10)],
        "other": [("800", 9)],
    },
    "NL": {
        "fixed": [(a, 9) for a in ("20", "10", "30", "50", "71", "317", "24")],
        "mobile": [("6", 9)],
        "other": [("800", 10), ("800", 7)],
    },
    "PT": {
        "fixed": [("21", 9), ("22", 9), ("239", 9)],
        "mobile": [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9)],
    },
    "BR": {
        "fixed": [(a + d, 10) for a in ("11", "21", "41", "31", "51") for d in "2345"],
        "mobile": [(a + "9", 11) for a in ("11", "21", "41", "31", "19", "48")],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("11", 10), ("22", 10), ("44", 10), ("80", 10), ("20", 10)],
        "mobile": [("98", 10), ("97", 10), ("94", 10), ("88", 10), ("70", 10)],
        "other": [("1800", 11)],
    },
    "AT": {"fixed": [("1", 8), ("316", 10), ("512", 10)], "mobile": [("664", 10), ("676", 10), ("699", 11)]},
    "CH": {
        "fixed": [("44", 9), ("31", 9), ("61", 9), ("21", 9)],
        "mobile": [("79", 9), ("78", 9), ("76", 9)],
    },
    "BE": {"fixed": [("2", 8), ("3", 8), ("9", 8)], "mobile": [("47", 9), ("48", 9), ("49", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9), ("8", 9)], "mobile": [("4", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9), ("91", 8)], "mobile": [("85", 9), ("86", 9), ("87", 9)]},
}

TYPES = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "other": {T.TOLL_FREE, T.SHARED_COST, T.UAN},
}


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _valid(num, kind):
    return phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in TYPES[kind]


def draw(rng, region, kind):
    """A valid PhoneNumber of region and kind ('fixed', 'mobile', 'other')."""
    while True:
        prefix, length = rng.choice(PLANS[region][kind])
        nsn = prefix + _digits(rng, length - len(prefix))
        if nsn[len(prefix)] == "0" and region in ("US", "GB", "DE", "BR", "IN"):
            continue
        if region == "US" and nsn[3:6] == "555":
            continue
        num = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(region), nsn))
        if _valid(num, kind):
            return num


def draw_local(rng, region, area):
    """A valid fixed line with the given area code whose geographical area code length is len(area)."""
    cc = phonenumbers.country_code_for_region(region)
    while True:
        for total in {"US": (10,), "GB": (10,), "DE": (10, 11), "NL": (9,), "BR": (10,), "IN": (10,)}[region]:
            sub = str(rng.randrange(2, 10)) + _digits(rng, total - len(area) - 1)
            if region == "BR" and sub[0] not in "2345":
                continue
            if region == "US" and sub[:3] == "555":
                continue
            num = phonenumbers.parse("+%d%s%s" % (cc, area, sub))
            if _valid(num, "fixed") and phonenumbers.length_of_geographical_area_code(num) == len(area):
                return num, sub


def nsn_of(num):
    return phonenumbers.national_significant_number(num)


def trunk(region):
    return "" if region in ("US",) else "0"


def put_back(local_text, region, area):
    """The local form with its area code (and trunk prefix) put back, parsed in region."""
    return phonenumbers.parse(trunk(region) + area + local_text, region)


def e164(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(rng, prefix, length):
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, style):
    brand = rng.choice(["visa", "mc", "amex"])
    if brand == "amex":
        d = luhn_complete(rng, rng.choice(["34", "37"]), 15)
        groups = [d[:4], d[4:10], d[10:]]
    else:
        d = luhn_complete(rng, "4" if brand == "visa" else "5" + str(rng.randrange(1, 6)), 16)
        groups = [d[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": d}[style]


IBAN_LEN = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "PT": 25,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "GB": 22,
    "IE": 22,
    "BR": 29,
}


def iban(rng, cc, style):
    n = IBAN_LEN[cc]
    while True:
        if cc in ("NL", "GB", "IE"):
            bank = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
            bban = bank + _digits(rng, n - 8)
        elif cc == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _digits(rng, n - 5)
        elif cc == "BR":
            bban = _digits(rng, n - 6) + rng.choice("CP") + "1"
        else:
            bban = _digits(rng, n - 4)
        raw = cc + "00" + bban
        check = 98 - int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97
        value = "%s%02d%s" % (cc, check, bban)
        try:
            std_iban.validate(value)
        except Exception:
            continue
        if style == "electronic":
            return value
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def ssn_ok(text):
    d = text.replace("-", "").replace(" ", "")
    a, g, s = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def ssn(rng, style):
    while True:
        a, g, s = (
            "%03d" % rng.randrange(1, 900),
            "%02d" % rng.randrange(1, 100),
            "%04d" % rng.randrange(1, 10000),
        )
        sep = "-" if style == "dashed" else " "
        text = a + sep + g + sep + s
        if ssn_ok(text):
            return text


def ip(rng, mode):
    if mode == "v4-private":
        net = rng.choice(["10", "172", "192"])
        if net == "10":
            return "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
        if net == "172":
            return "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(256), rng.randrange(1, 255))
        return "192.168.%d.%d" % (rng.randrange(256), rng.randrange(1, 255))
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(".".join(str(rng.randrange(1, 224)) for _ in range(4)))
            if a.is_global:
                return str(a)
    while True:
        groups = ["2001", "%x" % rng.randrange(0x200, 0xFFF)] + [
            "%x" % rng.randrange(0x10000) for _ in range(6)
        ]
        if rng.random() < 0.4:
            text = str(ipaddress.IPv6Address(":".join(groups[:4]) + "::" + groups[7]))
        else:
            text = ":".join(groups)
        if ipaddress.IPv6Address(text).is_global:
            return text
