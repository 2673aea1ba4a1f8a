"""Values for the v28 held-out set: phones (phonenumbers), cards, IBANs, SSNs, e-mails, IPs."""

import ipaddress
import re

import phonenumbers as pn

PNT = pn.PhoneNumberType
FMT = pn.PhoneNumberFormat

# region -> (town, national area code) for fixed lines; local numbers use the six first regions only
AREAS = {
    "US": [("Spokane", "509"), ("Omaha", "402"), ("Savannah", "912"), ("Boise", "208"), ("Albany", "518")],
    "GB": [
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Glasgow", "141"),
        ("Leicester", "116"),
        ("Edinburgh", "131"),
    ],
    "DE": [("Würzburg", "931"), ("Regensburg", "941"), ("Kiel", "431"), ("Erfurt", "361"), ("Aachen", "241")],
    "NL": [
        ("Haarlem", "23"),
        ("Maastricht", "43"),
        ("Nijmegen", "24"),
        ("Tilburg", "13"),
        ("Leeuwarden", "58"),
    ],
    "BR": [("Goiânia", "62"), ("Natal", "84"), ("Belém", "91"), ("Campinas", "19"), ("Florianópolis", "48")],
    "IN": [
        ("Nagpur", "712"),
        ("Indore", "731"),
        ("Coimbatore", "422"),
        ("Vadodara", "265"),
        ("Hyderabad", "40"),
    ],
    "FR": [("Rennes", "2"), ("Toulouse", "5"), ("Dijon", "3"), ("Nice", "4"), ("Paris", "1")],
    "ES": [("Zaragoza", "976"), ("Málaga", "952"), ("Bilbao", "944"), ("Valladolid", "983")],
    "IT": [("Padova", "049"), ("Genova", "010"), ("Bari", "080"), ("Verona", "045")],
    "AU": [("Perth", "8"), ("Brisbane", "7"), ("Melbourne", "3")],
    "IE": [("Cork", "21"), ("Galway", "91"), ("Dublin", "1")],
    "AT": [("Graz", "316"), ("Linz", "732"), ("Wien", "1")],
    "CH": [("Bern", "31"), ("Basel", "61"), ("Genève", "22")],
    "BE": [("Gent", "9"), ("Liège", "4"), ("Brussel", "2")],
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
SUB_LEN = {
    "US": 7,
    "GB": 7,
    "DE": 7,
    "NL": 7,
    "BR": 8,
    "IN": 7,
    "FR": 8,
    "ES": 6,
    "IT": 6,
    "AU": 8,
    "IE": 7,
    "AT": 6,
    "CH": 7,
    "BE": 7,
}
SUB_FIRST = {"BR": "2345", "IN": "2", "US": "23456789", "FR": "0123456789"}
DIAL_00 = {"DE", "FR", "ES", "IT", "NL", "GB", "IE", "AT", "CH", "BE", "IN"}


def _digits(s):
    return re.sub(r"\D", "", s)


def fixed_line(rng, region, area=None):
    """(numobj, town, area code) of a valid fixed line in one of the region's towns."""
    for _ in range(500):
        town, code = area or rng.choice(AREAS[region])
        n = SUB_LEN[region]
        if region == "GB" and len(code) == 2:
            n = 8
        if region == "IN" and len(code) == 2:
            n = 8
        if region == "IT":
            n = 10 - len(code) - 0
        first = rng.choice(SUB_FIRST.get(region, "2345678"))
        sub = first + "".join(rng.choice("0123456789") for _ in range(n - 1))
        nsn = code.lstrip("0") + sub if region != "IT" else code + sub
        if region == "FR":
            nsn = code + sub
        try:
            num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, region)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE):
            continue
        if region in LOCAL_REGIONS and pn.length_of_geographical_area_code(num) != len(code):
            continue
        return num, town, code
    raise RuntimeError(region)


def _like(rng, region, kind, keep):
    ex = pn.example_number_for_type(region, kind)
    if ex is None:
        return None
    base = str(ex.national_number)
    for _ in range(400):
        k = keep if len(base) > keep + 2 else len(base) - 3
        nsn = base[:k] + "".join(rng.choice("0123456789") for _ in range(len(base) - k))
        num = pn.parse("+" + str(ex.country_code) + nsn, region)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) == pn.number_type(ex)
            and pn.region_code_for_number(num) == region
        ):
            return num
    return None


def mobile(rng, region):
    keep = {"US": 3, "GB": 3, "DE": 3, "NL": 2, "BR": 3, "IN": 2, "FR": 2, "ES": 2, "IT": 3}.get(region, 3)
    if region == "US":
        return fixed_line(rng, region)[0]
    if region == "IN":
        for _ in range(400):
            nsn = rng.choice("6789") + "".join(rng.choice("0123456789") for _ in range(9))
            num = pn.parse("+91" + nsn, "IN")
            if pn.is_valid_number(num) and pn.number_type(num) == PNT.MOBILE:
                return num
    return _like(rng, region, PNT.MOBILE, keep)


SERVICE_TYPES = (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN, PNT.PREMIUM_RATE)


def service(rng, region):
    kinds = [t for t in SERVICE_TYPES if pn.example_number_for_type(region, t) is not None]
    weights = {PNT.TOLL_FREE: 5, PNT.SHARED_COST: 2, PNT.UAN: 2, PNT.PREMIUM_RATE: 1}
    for _ in range(50):
        t = rng.choices(kinds, [weights[k] for k in kinds])[0]
        num = _like(rng, region, t, {PNT.TOLL_FREE: 4 if region in ("IN", "AU", "IE") else 3}.get(t, 4))
        if num is not None:
            return num
    raise RuntimeError(region)


def e164(num):
    return pn.format_number(num, FMT.E164)


def area_len(num):
    return pn.length_of_geographical_area_code(num)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(rng):
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre = {
        "visa": "4" + str(rng.randint(10000, 99999)),
        "mc": str(rng.randint(51, 55)) + "%04d" % rng.randint(0, 9999),
        "mc2": str(rng.randint(2221, 2720)) + "%02d" % rng.randint(0, 99),
        "amex": rng.choice(["34", "37"]) + "%04d" % rng.randint(0, 9999),
        "disc": "6011" + "%02d" % rng.randint(0, 99),
    }[brand]
    n = 15 if brand == "amex" else 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, brand == "amex"
    raise RuntimeError


def group_card(d, amex, sep):
    if amex:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i : i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


IBAN_SPEC = {
    "DE": "18n",
    "GB": "4a14n",
    "FR": "23n",
    "ES": "20n",
    "IT": "1a22n",
    "NL": "4a10n",
    "BR": "23n1a1n",
    "BE": "12n",
    "AT": "16n",
    "CH": "17n",
    "IE": "4a14n",
    "PT": "21n",
}
BANKS = {
    "GB": ["BARC", "LOYD", "NWBK", "HBUK"],
    "NL": ["ABNA", "RABO", "INGB", "TRIO"],
    "IE": ["AIBK", "BOFI"],
}


def iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban(rng, cc):
    spec = IBAN_SPEC[cc]
    out = ""
    for cnt, kind in re.findall(r"(\d+)([an])", spec):
        cnt = int(cnt)
        if kind == "a":
            out += (
                rng.choice(BANKS[cc])
                if cnt == 4
                else "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(cnt))
            )
        else:
            out += "".join(rng.choice("0123456789") for _ in range(cnt))
    chk = 98 - iban_mod(cc + "00" + out)
    val = cc + "%02d" % chk + out
    assert iban_mod(val) == 1
    return val


def ssn_ok(area, group, serial):
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_ok(a, g, s):
            return "%03d" % a, "%02d" % g, "%04d" % s


def ipv4(rng, private):
    while True:
        if private:
            a = rng.choice(
                [
                    "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                    "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                    "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                ]
            )
        else:
            a = "%d.%d.%d.%d" % (
                rng.randint(1, 223),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(1, 254),
            )
        ip = ipaddress.ip_address(a)
        ok = not ip.is_loopback and not ip.is_multicast
        if ip.is_private == private and ok and (private or ip.is_global):
            return a


def ipv6(rng):
    while True:
        groups = [
            "2%03x" % rng.randint(0, 0xFFF),
            "%x" % rng.randint(0, 0xFFFF),
            "%x" % rng.randint(0, 0xFFFF),
        ]
        tail = ["%x" % rng.randint(1, 0xFFFF) for _ in range(rng.randint(1, 3))]
        ip = ipaddress.ip_address(":".join(groups) + "::" + ":".join(tail))
        if ip.is_global:
            return ip.compressed
