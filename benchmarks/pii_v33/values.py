"""Number making for v33: phones per region and type, written in the habits of machine-made text.

Every phone is drawn digit by digit from a prefix table, kept only if phonenumbers calls it valid and of
the wanted type, and every written form is parsed back to the same number before it is used.
"""

import ipaddress

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as std_iban
from stdnum import luhn

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "NL": 31,
    "BR": 55,
    "IN": 91,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "PT": 351,
    "AU": 61,
    "IE": 353,
    "AT": 43,
    "CH": 41,
    "BE": 32,
}
DIALS_00 = {"GB", "DE", "NL", "IN", "FR", "ES", "IT", "PT", "IE", "AT", "CH", "BE"}

# (town, area code digits without trunk 0, subscriber length, first-digit choices) for local numbers
AREAS = {
    "US": [
        ("Omaha", "402", 7, "2345689"),
        ("Columbus", "614", 7, "2345689"),
        ("Raleigh", "919", 7, "2345689"),
        ("Spokane", "509", 7, "2345689"),
        ("Tucson", "520", 7, "2345689"),
        ("Madison", "608", 7, "2345689"),
        ("Louisville", "502", 7, "2345689"),
        ("Tulsa", "918", 7, "2345689"),
    ],
    "GB": [
        ("Leeds", "113", 7, "2345"),
        ("Sheffield", "114", 7, "2345"),
        ("Bristol", "117", 7, "2345"),
        ("Glasgow", "141", 7, "2345"),
        ("Norwich", "1603", 6, "2345"),
        ("Exeter", "1392", 6, "2345"),
        ("Liverpool", "151", 7, "2345"),
    ],
    "DE": [
        ("Bielefeld", "521", 7, "2345"),
        ("Münster", "251", 7, "2345"),
        ("Kassel", "561", 7, "2345"),
        ("Freiburg", "761", 7, "2345"),
        ("Rostock", "381", 6, "2345"),
        ("Würzburg", "931", 6, "2345"),
        ("Regensburg", "941", 6, "2345"),
        ("Kiel", "431", 6, "2345"),
    ],
    "NL": [
        ("Utrecht", "30", 7, "2345"),
        ("Groningen", "50", 7, "2345"),
        ("Eindhoven", "40", 7, "2345"),
        ("Haarlem", "23", 7, "5"),
        ("Zwolle", "38", 7, "4"),
        ("Leiden", "71", 7, "5"),
        ("Arnhem", "26", 7, "3"),
        ("Nijmegen", "24", 7, "3"),
    ],
    "BR": [
        ("Recife", "81", 8, "3"),
        ("Curitiba", "41", 8, "3"),
        ("Salvador", "71", 8, "3"),
        ("Fortaleza", "85", 8, "3"),
        ("Belém", "91", 8, "3"),
        ("Goiânia", "62", 8, "3"),
        ("Campinas", "19", 8, "3"),
        ("Florianópolis", "48", 8, "3"),
    ],
    "IN": [
        ("Jaipur", "141", 7, "2"),
        ("Lucknow", "522", 7, "2"),
        ("Pune", "20", 8, "2"),
        ("Chennai", "44", 8, "2"),
        ("Kolkata", "33", 8, "2"),
        ("Bhopal", "755", 7, "2"),
        ("Nagpur", "712", 7, "2"),
        ("Kochi", "484", 7, "2"),
    ],
}
HINDI_TOWN = {
    "Jaipur": "जयपुर",
    "Lucknow": "लखनऊ",
    "Pune": "पुणे",
    "Chennai": "चेन्नई",
    "Kolkata": "कोलकाता",
    "Bhopal": "भोपाल",
    "Nagpur": "नागपुर",
    "Kochi": "कोच्चि",
}

# national significant number prefixes and total NSN length, per region and kind
PREFIX = {
    ("US", "fix"): [(a, 10) for a in ("402", "614", "919", "509", "520", "608", "502", "918", "207", "303")],
    ("US", "svc"): [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    ("GB", "fix"): [
        ("113", 10),
        ("117", 10),
        ("141", 10),
        ("161", 10),
        ("1603", 10),
        ("1392", 10),
        ("20", 10),
    ],
    ("GB", "mob"): [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    ("GB", "svc"): [("800", 10), ("808", 10), ("345", 10), ("330", 10)],
    ("DE", "fix"): [
        ("521", 10),
        ("251", 10),
        ("561", 10),
        ("30", 10),
        ("40", 10),
        ("89", 10),
        ("6131", 10),
        ("221", 10),
        ("711", 10),
    ],
    ("DE", "mob"): [
        ("151", 11),
        ("152", 11),
        ("160", 10),
        ("170", 10),
        ("171", 10),
        ("176", 11),
        ("157", 11),
    ],
    ("DE", "svc"): [("800", 10), ("800", 11)],
    ("NL", "fix"): [("30", 9), ("50", 9), ("20", 9), ("10", 9), ("70", 9), ("40", 9)],
    ("NL", "mob"): [("61", 9), ("62", 9), ("63", 9), ("64", 9), ("65", 9)],
    ("NL", "svc"): [("800", 7), ("800", 10)],
    ("BR", "fix"): [("113", 10), ("213", 10), ("313", 10), ("413", 10), ("513", 10), ("813", 10)],
    ("BR", "mob"): [("119", 11), ("219", 11), ("319", 11), ("619", 11), ("719", 11), ("859", 11)],
    ("BR", "svc"): [("800", 10)],
    ("IN", "fix"): [("1412", 10), ("5222", 10), ("202", 10), ("442", 10), ("222", 10), ("112", 10)],
    ("IN", "mob"): [("98", 10), ("97", 10), ("99", 10), ("70", 10), ("81", 10), ("62", 10), ("93", 10)],
    ("IN", "svc"): [("1800", 11)],
    ("FR", "fix"): [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    ("FR", "mob"): [("6", 9), ("7", 9)],
    ("FR", "svc"): [("80", 9)],
    ("ES", "fix"): [("91", 9), ("93", 9), ("95", 9), ("96", 9), ("98", 9)],
    ("ES", "mob"): [("6", 9), ("71", 9), ("72", 9)],
    ("ES", "svc"): [("900", 9), ("901", 9), ("902", 9)],
    ("IT", "fix"): [("02", 10), ("06", 10), ("055", 10), ("011", 10), ("051", 10), ("081", 10)],
    ("IT", "mob"): [("32", 10), ("33", 10), ("34", 10), ("35", 10), ("36", 10), ("39", 10)],
    ("IT", "svc"): [("800", 9)],
    ("PT", "fix"): [("21", 9), ("22", 9), ("23", 9), ("25", 9), ("28", 9)],
    ("PT", "mob"): [("91", 9), ("92", 9), ("93", 9), ("96", 9)],
    ("PT", "svc"): [("800", 9), ("808", 9), ("707", 9)],
    ("AU", "fix"): [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    ("AU", "mob"): [("4", 9)],
    ("IE", "fix"): [("1", 8), ("21", 9)],
    ("IE", "mob"): [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)],
    ("AT", "fix"): [("1", 10), ("316", 10), ("512", 10), ("662", 10)],
    ("AT", "mob"): [("664", 10), ("676", 10), ("699", 11), ("650", 10)],
    ("CH", "fix"): [("44", 9), ("31", 9), ("61", 9), ("21", 9), ("22", 9)],
    ("CH", "mob"): [("76", 9), ("77", 9), ("78", 9), ("79", 9)],
    ("BE", "fix"): [("2", 8), ("3", 8), ("9", 8), ("4", 8)],
    ("BE", "mob"): [("47", 9), ("48", 9), ("49", 9)],
}
TYPES = {
    "fix": {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE},
    "mob": {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE},
    "svc": {PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN},
}


def _valid_nsn(rng, region, nsn_prefix, length, want):
    for _ in range(400):
        rest = length - len(nsn_prefix)
        nsn = nsn_prefix + rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(rest - 1))
        if region in ("US",) and (nsn[3] in "01" or nsn[4:6] == "55" or nsn[3:6] == "555"):
            continue
        if region == "US" and want == "svc" and nsn[3] in "01":
            continue
        num = phonenumbers.parse("+%d%s" % (CC[region], nsn))
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in TYPES[want]:
            return num
    raise RuntimeError("no valid number for %s %s" % (region, nsn_prefix))


def draw(rng, region, want):
    """A valid PhoneNumber of kind want ('fix', 'mob', 'svc') for region."""
    key = (region, want)
    if key not in PREFIX:
        key = (region, "fix")  # US mobiles are fixed-or-mobile
    pre, length = rng.choice(PREFIX[key])
    return _valid_nsn(rng, region, pre, length, want if key[1] == want else "fix")


def draw_local(rng, region, area):
    town, code, sublen, first = area
    for _ in range(400):
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(sublen - 1))
        if region == "US" and (sub[:3] == "555" or sub[0] in "01"):
            continue
        num = phonenumbers.parse("+%d%s%s" % (CC[region], code, sub))
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.number_type(num) not in TYPES["fix"]:
            continue
        if phonenumbers.length_of_geographical_area_code(num) != len(code):
            continue
        return num, sub
    raise RuntimeError("no local number for %s" % town)


def e164(num):
    return phonenumbers.format_number(num, PNF.E164)


def nsn(num):
    return phonenumbers.national_significant_number(num)


def area_len(num):
    return phonenumbers.length_of_geographical_area_code(num)


def _groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return [g for g in out if g]


def parses_back(text, region, target):
    try:
        return e164(phonenumbers.parse(text, region)) == e164(target)
    except phonenumbers.NumberParseException:
        return False


# ---- other kinds -------------------------------------------------------------------------------------
def card(rng):
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre, n = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
    }[brand]
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    digits = body + luhn.calc_check_digit(body)
    mode = rng.choice(["spaced", "spaced", "dashed", "solid"])
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    sep = {"spaced": " ", "dashed": "-", "solid": ""}[mode]
    return sep.join(_groups(digits, sizes)), mode


IBAN_BBAN = {
    "DE": "8n10n",
    "FR": "5n5n11n2n",
    "ES": "4n4n2n10n",
    "IT": "1a5n5n12n",
    "NL": "4a10n",
    "PT": "21n",
    "BE": "12n",
    "AT": "16n",
    "CH": "5n12n",
    "GB": "4a6n8n",
    "IE": "4a6n8n",
    "BR": "8n5n10n1a1c",
}
BANKS = {
    "NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB"],
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}


def iban(rng, country):
    for _ in range(5000):
        bban = ""
        spec = IBAN_BBAN[country]
        i = 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            n, t = int(spec[i:j]), spec[j]
            if t == "n":
                bban += "".join(rng.choice("0123456789") for _ in range(n))
            elif t == "a" and country in BANKS and n == 4:
                bban += rng.choice(BANKS[country])
            elif t == "a":
                bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
            else:
                bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            i = j + 1
        raw = bban + country + "00"
        num = int("".join(str(int(c, 36)) for c in raw))
        full = country + "%02d" % (98 - num % 97) + bban
        if std_iban.is_valid(full):
            if rng.random() < 0.65:
                return " ".join(_groups(full, [4] * 9)), "print"
            return full, "electronic"
    raise RuntimeError("no IBAN for " + country)


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if rng.random() < 0.7:
        return "%03d-%02d-%04d" % (a, g, s), "dashed"
    return "%03d %02d %04d" % (a, g, s), "spaced"


def ip(rng, mode):
    if mode == "v4-private":
        net = rng.choice(["10.", "172.%d." % rng.randint(16, 31), "192.168."])
        parts = 4 - net.count(".") + 0
        tail = [str(rng.randint(0, 254)) for _ in range(4 - net.count("."))]
        del parts
        return net + ".".join(tail[:-1] + [str(rng.randint(2, 254))])
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(
                ".".join(str(rng.randint(1, 223)) if i == 0 else str(rng.randint(0, 255)) for i in range(4))
            )
            if a.is_global and not a.is_multicast:
                return str(a)
    pre = rng.choice(["2a01:4f8", "2001:41d0", "2a02:8108", "2604:a880", "2a00:1450", "2803:9810"])
    groups = ["%x" % rng.randint(0, 0xFFFF) for _ in range(rng.choice([2, 3, 6]))]
    txt = pre + ":" + ":".join(groups)
    if len(groups) < 6:
        txt = pre + ":" + ":".join(groups[:1]) + "::" + ":".join(groups[1:])
    return str(ipaddress.IPv6Address(txt)) if rng.random() < 0.5 else txt
