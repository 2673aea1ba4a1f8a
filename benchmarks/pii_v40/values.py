"""Phone numbers (made and checked with phonenumbers), their written habits, and the other PII values."""

import ipaddress
import string

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PF
from phonenumbers import PhoneNumberType as PT
from stdnum import iban as std_iban
from stdnum import luhn

FIXED_TYPES = (PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE)
MOBILE_TYPES = (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE)
SERVICE_TYPES = (PT.TOLL_FREE, PT.SHARED_COST)

# towns with their area code (digits after the trunk prefix); Hindi names in Devanagari for IN
AREAS = {
    "US": [("Omaha", "402"), ("Fresno", "559"), ("Toledo", "419"), ("Boise", "208"), ("Wichita", "316")],
    "GB": [
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Bristol", "117"),
        ("Aberdeen", "1224"),
        ("Hull", "1482"),
        ("Norwich", "1603"),
    ],
    "DE": [
        ("Bremen", "421"),
        ("Kiel", "431"),
        ("Magdeburg", "391"),
        ("Rostock", "381"),
        ("Hamburg", "40"),
        ("Osnabrück", "541"),
    ],
    "NL": [("Rotterdam", "10"), ("Groningen", "50"), ("Zwolle", "38"), ("Venlo", "77"), ("Tilburg", "13")],
    "BR": [
        ("Londrina", "43"),
        ("Campinas", "19"),
        ("Cuiabá", "65"),
        ("Uberlândia", "34"),
        ("Rio Verde", "64"),
    ],
    "IN": [("Nagpur", "712"), ("Ludhiana", "161"), ("Kolkata", "33"), ("Pune", "20"), ("Rajkot", "281")],
    "FR": [("Lyon", "4"), ("Lille", "3"), ("Nantes", "2"), ("Toulouse", "5"), ("Paris", "1")],
    "ES": [("Zaragoza", "976"), ("Valencia", "96"), ("Sevilla", "95"), ("Murcia", "968"), ("Bilbao", "94")],
    "IT": [("Bologna", "051"), ("Verona", "045"), ("Bari", "080"), ("Parma", "0521"), ("Torino", "011")],
    "PT": [("Porto", "22"), ("Lisboa", "21"), ("Coimbra", "239"), ("Braga", "253"), ("Leiria", "244")],
    "AT": [("Wien", "1"), ("Linz", "732"), ("Graz", "316"), ("Salzburg", "662")],
    "CH": [("Bern", "31"), ("Basel", "61"), ("St. Gallen", "71"), ("Luzern", "41")],
    "BE": [("Antwerpen", "3"), ("Gent", "9"), ("Liège", "4"), ("Bruxelles", "2")],
    "AU": [("Sydney", "2"), ("Melbourne", "3"), ("Adelaide", "8"), ("Brisbane", "7")],
    "IE": [("Cork", "21"), ("Galway", "91"), ("Limerick", "61"), ("Dublin", "1")],
}
HI_TOWNS = {"Nagpur": "नागपुर", "Ludhiana": "लुधियाना", "Kolkata": "कोलकाता", "Pune": "पुणे", "Rajkot": "राजकोट"}

NSN_LEN = {
    "US": [10],
    "GB": [10, 9],
    "DE": [10, 11, 9],
    "NL": [9],
    "BR": [10],
    "IN": [10],
    "FR": [9],
    "ES": [9],
    "IT": [10, 9],
    "PT": [9],
    "AT": [10, 11, 9],
    "CH": [9],
    "BE": [8, 9],
    "AU": [9],
    "IE": [9, 8],
}
MOBILE = {
    "US": (["402", "559", "419", "208"], [10]),
    "GB": (["74", "75", "77", "78", "79"], [10]),
    "DE": (["151", "152", "160", "162", "170", "171", "172", "175", "176", "178"], [11, 10]),
    "NL": (["61", "62", "63", "64", "65"], [9]),
    "BR": (None, [11]),
    "IN": (["98", "97", "94", "88", "70"], [10]),
    "FR": (["6", "7"], [9]),
    "ES": (["6", "71", "72"], [9]),
    "IT": (["320", "328", "333", "338", "347"], [10]),
    "PT": (["91", "92", "93", "96"], [9]),
    "AT": (["664", "650", "676", "699"], [10, 11]),
    "CH": (["76", "77", "78", "79"], [9]),
    "BE": (["47", "48", "49"], [9]),
    "AU": (["4"], [9]),
    "IE": (["83", "85", "86", "87", "89"], [9]),
}
SERVICE = {
    "US": (["800", "888", "877", "866"], [10]),
    "GB": (["800", "808"], [10]),
    "DE": (["800"], [10]),
    "FR": (["800", "805", "810", "811"], [9]),
    "ES": (["900", "901"], [9]),
    "IT": (["800", "803", "848"], [9, 8]),
    "NL": (["800"], [7, 10]),
    "PT": (["800", "808"], [9]),
    "BR": (["800"], [10]),
    "IN": (["1800"], [10, 11]),
    "AT": (["800", "810"], [9, 10]),
    "CH": (["800", "840", "848"], [9]),
    "BE": (["800"], [8]),
    "AU": (["1800", "1300"], [10]),
    "IE": (["1800", "1850"], [10]),
}
IDD00 = {"GB", "DE", "NL", "FR", "ES", "IT", "PT", "AT", "CH", "BE", "IE", "IN"}


def _draw(rng, region, prefixes, lengths, types, area=None, sub_start=False):
    for _ in range(3000):
        pre = rng.choice(prefixes)
        total = rng.choice(lengths)
        if total <= len(pre):
            continue
        nsn = pre + "".join(rng.choice(string.digits) for _ in range(total - len(pre)))
        if (area is not None or sub_start) and nsn[len(pre)] in "01":
            continue
        try:
            num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), region)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in types:
            continue
        if area is not None and pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num
    raise RuntimeError("no number for %s %s" % (region, prefixes))


LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
SUB_LEN = {
    "DE": {1: (8,), 2: (8,), 3: (7, 6), 4: (6,)},
    "AT": {1: (7,), 3: (6, 7)},
    "IE": {1: (7,), 2: (7, 6)},
    "IT": {3: (7, 6), 4: (6,)},
}


def fixed(rng, region, area=None):
    area = area or rng.choice(AREAS[region])[1]
    lengths = NSN_LEN[region]
    if region in SUB_LEN:
        lengths = [len(area) + k for k in SUB_LEN[region][len(area)]]
    return _draw(
        rng,
        region,
        [area],
        lengths,
        FIXED_TYPES,
        area=area if region in LOCAL_REGIONS else None,
        sub_start=True,
    )


def mobile(rng, region):
    pre, lens = MOBILE[region]
    if region == "BR":
        pre = [a + "9" for _, a in AREAS["BR"]]
    if region == "US":
        return _draw(rng, region, pre, lens, MOBILE_TYPES)
    return _draw(rng, region, pre, lens, (PT.MOBILE,))


def service(rng, region):
    pre, lens = SERVICE[region]
    return _draw(rng, region, pre, lens, SERVICE_TYPES)


def e164(num):
    return pn.format_number(num, PF.E164)


def area_len(num):
    return pn.length_of_geographical_area_code(num)


def parses_to(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return (
        got.country_code == num.country_code
        and pn.national_significant_number(got) == pn.national_significant_number(num)
        and pn.is_valid_number(got)
    )


def _pairs(s):
    """group digits in pairs from the right: 1234567 -> 1 23 45 67"""
    out = []
    while s:
        out.insert(0, s[-2:])
        s = s[:-2]
    return " ".join(out)


def _national_habits(n, a, region, is_mob):
    """new written national habits; n = national significant number, a = area / NDC length"""
    h = []
    if region == "US":
        h = [
            "%s.%s.%s" % (n[:3], n[3:6], n[6:]),
            "1-%s-%s-%s" % (n[:3], n[3:6], n[6:]),
            "(%s) %s %s" % (n[:3], n[3:6], n[6:]),
        ]
    elif region == "GB":
        h = (
            ["0%s-%s" % (n[:4], n[4:]), "0" + n]
            if is_mob
            else ["0%s %s" % (n[:a], n[a:]), "0%s-%s" % (n[:a], n[a:])]
        )
    elif region == "DE":
        h = ["(0%s) %s" % (n[:a], n[a:]), "0%s-%s" % (n[:a], n[a:])]
        if not is_mob:
            h.append("0%s %s" % (n[:a], _pairs(n[a:])))
    elif region == "FR":
        h = ["0" + ".".join([n[0]] + [n[i : i + 2] for i in range(1, 9, 2)]), "0" + n]
    elif region == "ES":
        h = ["%s-%s-%s" % (n[:3], n[3:6], n[6:]), ".".join([n[:3], n[3:5], n[5:7], n[7:]])]
        if not is_mob and a == 2:
            h.append("%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]))
    elif region == "IT":
        h = (
            ["%s/%s" % (n[:3], n[3:]), "%s-%s" % (n[:3], n[3:])]
            if is_mob
            else ["%s/%s" % (n[:a], n[a:]), "%s-%s" % (n[:a], n[a:])]
        )
    elif region == "NL":
        h = (
            ["06 " + n[1:], "06-%s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:])]
            if is_mob
            else ["0%s-%s" % (n[:a], n[a:]), "0%s %s" % (n[:a], n[a:])]
        )
    elif region == "PT":
        h = [n, "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])]
    elif region == "BR":
        h = (
            ["(%s)%s-%s" % (n[:2], n[2:-4], n[-4:]), "%s %s %s" % (n[:2], n[2:-4], n[-4:])]
            if is_mob
            else ["(%s) %s.%s" % (n[:2], n[2:6], n[6:]), "0%s %s-%s" % (n[:2], n[2:6], n[6:])]
        )
    elif region == "IN":
        h = [n, "0" + n] if is_mob else ["0%s %s" % (n[:a], n[a:]), "0%s-%s-%s" % (n[:a], n[a:-4], n[-4:])]
    elif region == "AU":
        h = (
            ["0%s-%s-%s" % (n[:3], n[3:6], n[6:]), "0%s %s" % (n[:3], n[3:])]
            if is_mob
            else ["0%s-%s-%s" % (n[:1], n[1:5], n[5:]), "(0%s) %s-%s" % (n[:1], n[1:5], n[5:])]
        )
    elif region == "IE":
        h = (
            ["0%s-%s" % (n[:2], n[2:])]
            if is_mob
            else ["(0%s) %s" % (n[:a], n[a:]), "0%s-%s %s" % (n[:a], n[a:-4], n[-4:])]
        )
    return h


def _intl_habits(num, n, a, region):
    cc = str(num.country_code)
    nat = pn.format_number(num, PF.INTERNATIONAL)[len(cc) + 2 :]
    h = ["+%s-%s-%s" % (cc, n[:a], n[a:]) if a else "+%s-%s" % (cc, n)]
    if region in IDD00:
        h.append("00%s %s" % (cc, nat))
    if region == "US":
        h += ["+1.%s.%s.%s" % (n[:3], n[3:6], n[6:])]
    if region == "FR":
        h.append("+33 " + ".".join([n[0]] + [n[i : i + 2] for i in range(1, 9, 2)]))
    if region in ("DE", "AT", "CH") and a:
        h.append("+%s (%s) %s" % (cc, n[:a], n[a:]))
    return h


def write(rng, num, style, plain_share=0.35):
    """style 'national' or 'international'; returns text that parses back to num"""
    region = pn.region_code_for_number(num)
    n = pn.national_significant_number(num)
    t = pn.number_type(num)
    is_mob = t == PT.MOBILE
    a = area_len(num) or pn.length_of_national_destination_code(num)
    if style == "national":
        cands = (
            [pn.format_number(num, PF.NATIONAL)]
            if t in SERVICE_TYPES
            else _national_habits(n, a, region, is_mob)
        )
        plain = pn.format_number(num, PF.NATIONAL)
    else:
        cands = (
            [pn.format_number(num, PF.INTERNATIONAL)]
            if t in SERVICE_TYPES
            else _intl_habits(num, n, a, region)
        )
        plain = pn.format_number(num, PF.INTERNATIONAL)
    if not cands or rng.random() < plain_share:
        cands = [plain]
    text = rng.choice(cands)
    if not parses_to(text, region, num):
        text = plain
    assert parses_to(text, region, num), (text, region)
    return text


def local_form(rng, num):
    """subscriber part of a fixed line, in a local habit; area code put back must parse to num"""
    region = pn.region_code_for_number(num)
    n = pn.national_significant_number(num)
    a = area_len(num)
    s = n[a:]
    if region == "US":
        c = ["%s.%s" % (s[:3], s[3:])]
    elif region == "GB":
        c = ["%s-%s" % (s[:3], s[3:])]
    elif region == "DE":
        c = [_pairs(s), "%s-%s" % (s[:3], s[3:])]
    elif region == "NL":
        c = [s, "%s %s %s" % (s[:3], s[3:5], s[5:])]
    elif region == "BR":
        c = ["%s %s" % (s[:4], s[4:])]
    else:  # IN
        c = [s] if len(s) == 8 else ["%s %s" % (s[:3], s[3:])]
    text = rng.choice(c)
    back = ("0" if region in ("GB", "DE", "NL", "BR", "IN") else "") + n[:a] + text
    assert parses_to(back, region, num), (text, region)
    return text


# ---------------------------------------------------------------- other kinds


def luhn_card(rng, style):
    brand = rng.choice(["visa", "mc", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice(string.digits) for _ in range(12))
    elif brand == "mc":
        body = rng.choice(["51", "53", "55", "2221", "2720"])
        body += "".join(rng.choice(string.digits) for _ in range(15 - len(body)))
    else:
        body = "4" + "".join(rng.choice(string.digits) for _ in range(14))
    num = body + luhn.calc_check_digit(body)
    groups = [num[:4], num[4:10], num[10:]] if len(num) == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": num}[style]


BBAN = {
    "GB": "AAAA666666DDDDDDDD",
    "IE": "AAAA666666DDDDDDDD",
    "DE": "D" * 18,
    "AT": "D" * 16,
    "CH": "DDDDD" + "D" * 12,
    "FR": "D" * 23,
    "BE": "D" * 12,
    "ES": "D" * 20,
    "IT": "A" + "D" * 22,
    "NL": "AAAA" + "D" * 10,
    "PT": "D" * 21,
    "BR": "D" * 23 + "AD",
}
BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["ABNA", "RABO", "INGB", "TRIO"],
}


def make_iban(rng, country):
    pat = BBAN[country]
    for _ in range(5000):
        out = []
        bank = rng.choice(BANKS.get(country, ["XXXX"]))
        for i, ch in enumerate(pat):
            if ch == "A":
                out.append(bank[i] if country in BANKS else rng.choice(string.ascii_uppercase))
            else:
                out.append(rng.choice(string.digits))
        bban = "".join(out)
        cd = std_iban.calc_check_digits(country + "00" + bban)
        cand = country + cd + bban
        if std_iban.is_valid(cand):
            return cand
    raise RuntimeError(country)


def iban_text(code, style):
    return code if style == "electronic" else " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def ip_text(rng, style):
    while True:
        if style == "v4":
            ip = ipaddress.IPv4Address(rng.getrandbits(32))
            if ip.is_global and not ip.is_multicast:
                return str(ip)
        elif style == "v4-private":
            net = rng.choice(["10.", "192.168.", "172.%d." % rng.randint(16, 31)])
            rest = 4 - net.count(".")
            return net + ".".join(str(rng.randint(1, 254)) for _ in range(rest))
        else:
            words = ["2001:db8" if rng.random() < 0.3 else "2a02:%x" % rng.randint(0x100, 0xFFF)]
            words += ["%x" % rng.randint(0, 0xFFFF) for _ in range(2)]
            return str(ipaddress.IPv6Address(":".join(words) + "::" + "%x" % rng.randint(1, 0xFFF)))


def ssn_text(rng, style):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            continue
        sep = "-" if style == "dashed" else " "
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)
