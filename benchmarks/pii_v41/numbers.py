"""Phone numbers, cards, IBANs, SSNs, IPs and e-mails for the v41 set (all checked while made)."""

import ipaddress

import phonenumbers as pn
from stdnum import iban as std_iban

PNT = pn.PhoneNumberType
FIXED = (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
MOBILE = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
SERVICE = (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN)

# towns with their area codes (national significant digits, no trunk prefix)
AREAS = {
    "US": [
        ("Sacramento", "916"),
        ("Albuquerque", "505"),
        ("Boise", "208"),
        ("Madison", "608"),
        ("Spokane", "509"),
        ("Raleigh", "919"),
        ("Tucson", "520"),
        ("Des Moines", "515"),
        ("Richmond", "804"),
        ("Lexington", "859"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Bristol", "117"),
        ("Reading", "118"),
        ("Cambridge", "1223"),
        ("Norwich", "1603"),
        ("Exeter", "1392"),
        ("Derby", "1332"),
        ("Hull", "1482"),
    ],
    "DE": [
        ("Kassel", "561"),
        ("Kiel", "431"),
        ("Münster", "251"),
        ("Freiburg", "761"),
        ("Würzburg", "931"),
        ("Erfurt", "361"),
        ("Regensburg", "941"),
        ("Potsdam", "331"),
        ("Osnabrück", "541"),
        ("Ulm", "731"),
        ("Saarbrücken", "681"),
    ],
    "NL": [
        ("Utrecht", "30"),
        ("Maastricht", "43"),
        ("Eindhoven", "40"),
        ("Haarlem", "23"),
        ("Leiden", "71"),
        ("Nijmegen", "24"),
        ("Tilburg", "13"),
        ("Apeldoorn", "55"),
        ("Leeuwarden", "58"),
        ("Breda", "76"),
    ],
    "BR": [
        ("Curitiba", "41"),
        ("Recife", "81"),
        ("Belém", "91"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Natal", "84"),
        ("Londrina", "43"),
        ("Vitória", "27"),
        ("São Luís", "98"),
    ],
    "IN": [
        ("Jaipur", "141"),
        ("Pune", "20"),
        ("Ahmedabad", "79"),
        ("Nagpur", "712"),
        ("Indore", "731"),
        ("Coimbatore", "422"),
        ("Chandigarh", "172"),
        ("Varanasi", "542"),
        ("Mysuru", "821"),
        ("Dehradun", "135"),
        ("Guwahati", "361"),
    ],
    "FR": [("Paris", "1"), ("Lyon", "4"), ("Rennes", "2"), ("Strasbourg", "3"), ("Bordeaux", "5")],
    "ES": [("Madrid", "91"), ("Barcelona", "93"), ("Valencia", "96"), ("Sevilla", "95"), ("Oviedo", "98")],
    "IT": [("Milano", "02"), ("Roma", "06"), ("Torino", "011"), ("Firenze", "055"), ("Bologna", "051")],
    "PT": [("Lisboa", "21"), ("Porto", "22"), ("Coimbra", "239"), ("Braga", "253")],
    "AT": [("Wien", "1"), ("Graz", "316"), ("Linz", "732")],
    "CH": [("Zürich", "44"), ("Bern", "31"), ("Basel", "61"), ("Genève", "22")],
    "BE": [("Bruxelles", "2"), ("Antwerpen", "3"), ("Gent", "9")],
    "AU": [("Sydney", "2"), ("Melbourne", "3"), ("Brisbane", "7")],
    "IE": [("Dublin", "1"), ("Cork", "21"), ("Galway", "91")],
}
NSN_LEN = {
    "US": 10,
    "GB": 10,
    "DE": 10,
    "NL": 9,
    "BR": 10,
    "IN": 10,
    "FR": 9,
    "ES": 9,
    "IT": 10,
    "PT": 9,
    "AT": 10,
    "CH": 9,
    "BE": 9,
    "AU": 9,
    "IE": 9,
}
MOBILE_PREFIX = {
    "US": ["916", "505", "608"],
    "GB": ["74", "75", "77", "78", "79"],
    "DE": ["151", "152", "160", "170", "176"],
    "NL": ["6"],
    "BR": ["41", "81", "62"],
    "IN": ["9", "8", "7"],
    "FR": ["6", "7"],
    "ES": ["6"],
    "IT": ["33", "34", "32", "39"],
    "PT": ["91", "92", "93", "96"],
    "AT": ["664", "676", "699"],
    "CH": ["79", "76", "78"],
    "BE": ["47", "48", "49"],
    "AU": ["4"],
    "IE": ["87", "85", "83"],
}
MOBILE_LEN = {"DE": 11, "BR": 11, "AT": 11, "GB": 10, "IT": 10, "BE": 9}
SERVICE_PREFIX = {
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10), ("855", 10), ("833", 10)],
    "GB": [("800", 10), ("808", 10), ("300", 10), ("345", 10)],
    "DE": [("800", 10), ("800", 11)],
    "FR": [("800", 9), ("805", 9), ("809", 9)],
    "ES": [("900", 9), ("901", 9), ("902", 9)],
    "IT": [("800", 9), ("803", 9)],
    "NL": [("800", 7), ("800", 10)],
    "PT": [("800", 9), ("808", 9)],
    "BR": [("800", 10)],
    "IN": [("1800", 10), ("1800", 11)],
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
HOME = {
    "en": ["US", "GB", "IN", "AU", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT", "CH"],
    "nl": ["NL", "BE"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_fixed(rng, region, area):
    """A valid geographic fixed line in `area` whose geographic area code length is len(area)."""
    for _ in range(5000):
        total = NSN_LEN[region] - (rng.random() < 0.5 if region in ("BE", "IE", "AT") else 0)
        sub = rng.choice("2345678") + _digits(rng, total - len(area) - 1)
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), area + sub), region)
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in FIXED
            and (region not in LOCAL_REGIONS or pn.length_of_geographical_area_code(num) == len(area))
        ):
            return num
    raise RuntimeError("no fixed line for %s %s" % (region, area))


def make_mobile(rng, region):
    for _ in range(5000):
        pre = rng.choice(MOBILE_PREFIX[region])
        if region == "BR":
            pre += "9"
        if region == "US":
            pre += rng.choice("23456789")
        nsn = pre + _digits(rng, MOBILE_LEN.get(region, NSN_LEN[region]) - len(pre))
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), region)
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in MOBILE
        ):
            return num
    raise RuntimeError("no mobile for " + region)


def make_service(rng, region):
    for _ in range(5000):
        pre, n = rng.choice(SERVICE_PREFIX[region])
        nsn = pre + rng.choice("123456789") + _digits(rng, n - len(pre) - 1)
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), region)
        if pn.is_valid_number(num) and pn.number_type(num) in SERVICE:
            return num
    raise RuntimeError("no service number for " + region)


def nsn(num):
    return pn.national_significant_number(num)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def parses_back(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def make_card(rng, style):
    brand = rng.choice(["visa", "mc", "amex"])
    pre, n = {
        "visa": ("4" + rng.choice("0245689"), 16),
        "mc": ("5" + rng.choice("12345"), 16),
        "amex": ("3" + rng.choice("47"), 15),
    }[brand]
    while True:
        body = pre + _digits(rng, n - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                digits = body + c
                break
        if n == 15:
            parts = [digits[:4], digits[4:10], digits[10:]]
        else:
            parts = [digits[i : i + 4] for i in range(0, 16, 4)]
        return {"spaced": " ".join(parts), "dashed": "-".join(parts), "solid": digits}[style]


IBAN_BBAN = {
    "DE": "n18",
    "AT": "n16",
    "CH": "n17",
    "FR": "n23",
    "BE": "n12",
    "ES": "n20",
    "IT": "a1n22",
    "NL": "A4n10",
    "PT": "n21",
    "GB": "A4n14",
    "IE": "A4n14",
}
_BANKS = {"NL": ["INGB", "RABO", "ABNA", "TRIO"], "GB": ["NWBK", "BARC", "LOYD"], "IE": ["AIBK", "BOFI"]}


def make_iban(rng, cc):
    spec = IBAN_BBAN[cc]
    for _ in range(100000):
        if spec.startswith("A4"):
            bban = rng.choice(_BANKS[cc]) + ("".join("%06d" % rng.randrange(10**6)) if cc != "NL" else "")
            bban += _digits(rng, int(spec[3:]) - (6 if cc != "NL" else 0))
        elif spec.startswith("a1"):
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _digits(rng, 22)
        else:
            bban = _digits(rng, int(spec[1:]))
        cand = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(cand):
            return cand
    raise RuntimeError("no IBAN for " + cc)


def iban_print(code):
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def ssn_ok(area, group, serial):
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def make_ssn(rng, style):
    while True:
        a, g, s = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        if ssn_ok(a, g, s):
            sep = "-" if style == "dashed" else " "
            return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def make_ip(rng, mode):
    while True:
        if mode == "v4":
            ip = ipaddress.IPv4Address(rng.randrange(1 << 32))
            if ip.is_global and not ip.is_multicast:
                return str(ip)
        elif mode == "v4-private":
            base = rng.choice(["10.", "192.168.", "172.%d." % rng.randrange(16, 32)])
            rest = 4 - base.count(".")
            return base + ".".join(str(rng.randrange(1, 255)) for _ in range(rest))
        else:
            groups = ["2a02", "%x" % rng.randrange(0x1000, 0xFFFF)] + [
                "%x" % rng.randrange(1 << 16) for _ in range(2)
            ]
            return ":".join(groups) + "::" + "%x" % rng.randrange(1, 1 << 16)
