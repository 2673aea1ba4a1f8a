"""Number making for the v34 held-out set: phones in document-style habits, e-mails, cards, IBANs, IPs, SSNs.

Every written phone is parsed back with phonenumbers before it is used; a habit that does not parse back to
the same valid number falls back to phonenumbers' own NATIONAL or INTERNATIONAL format.
"""

import ipaddress

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as std_iban

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
    "AT": 43,
    "CH": 41,
    "BE": 32,
    "AU": 61,
    "IE": 353,
}

# towns with their geographic area code (checked against phonenumbers' area-code length in checks.py)
AREAS = {
    "US": [
        ("Pittsburgh", "412"),
        ("Denver", "303"),
        ("Boston", "617"),
        ("Seattle", "206"),
        ("Austin", "512"),
        ("Cleveland", "216"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Manchester", "161"),
        ("Bristol", "117"),
        ("Sheffield", "114"),
        ("Edinburgh", "131"),
        ("Norwich", "1603"),
        ("Cardiff", "29"),
    ],
    "DE": [
        ("Dresden", "351"),
        ("Leipzig", "341"),
        ("Köln", "221"),
        ("Hamburg", "40"),
        ("München", "89"),
        ("Bremen", "421"),
        ("Kiel", "431"),
    ],
    "NL": [
        ("Rotterdam", "10"),
        ("Amsterdam", "20"),
        ("Utrecht", "30"),
        ("Den Haag", "70"),
        ("Groningen", "50"),
        ("Eindhoven", "40"),
    ],
    "BR": [
        ("São Paulo", "11"),
        ("Rio de Janeiro", "21"),
        ("Belo Horizonte", "31"),
        ("Curitiba", "41"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
    ],
    "IN": [
        ("Delhi", "11"),
        ("Mumbai", "22"),
        ("Jaipur", "141"),
        ("Pune", "20"),
        ("Lucknow", "522"),
        ("Kolkata", "33"),
    ],
}
SUB_LEN = {"US": 7, "GB": None, "DE": 7, "NL": 7, "BR": 8, "IN": None}
MOBILE_PREFIX = {
    "US": ["412", "303", "617"],
    "GB": ["77009", "7700", "7911", "7456"],
    "DE": ["151", "160", "176"],
    "NL": ["6"],
    "BR": ["119", "219", "319"],
    "IN": ["98", "97", "91", "70"],
    "FR": ["6", "7"],
    "ES": ["6"],
    "IT": ["347", "333", "320"],
    "PT": ["91", "93", "96"],
    "AT": ["664", "676"],
    "CH": ["79", "76"],
    "BE": ["47", "49"],
    "AU": ["4"],
    "IE": ["85", "87"],
}
FIXED_PREFIX = {
    "FR": ["1", "2", "4", "5"],
    "ES": ["91", "93", "96"],
    "IT": ["06", "02", "011", "055"],
    "PT": ["21", "22"],
    "AT": ["1", "316", "512"],
    "CH": ["44", "31", "61"],
    "BE": ["2", "9", "3"],
    "AU": ["2", "3", "7"],
    "IE": ["1", "21", "91"],
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
SERVICE = {
    "US": ["800", "888", "877"],
    "GB": ["800", "808", "345"],
    "DE": ["800"],
    "FR": ["800", "805"],
    "ES": ["900"],
    "IT": ["800"],
    "NL": ["800"],
    "PT": ["800"],
    "BR": ["800"],
    "IN": ["1800"],
}
SERVICE_TYPES = (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN)


def _digits(rng, n, first="23456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def parse_ok(text, region, e164):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, PNF.E164) == e164


def make_number(rng, region, kind):
    """kind: fixed | mobile | service; returns a valid PhoneNumber."""
    for _ in range(500):
        if kind == "service":
            pre = rng.choice(SERVICE[region])
            tail = {"US": 7, "GB": 7, "DE": 7, "FR": 6, "ES": 6, "IT": 6, "NL": 4, "PT": 6, "BR": 7, "IN": 7}
            nsn = pre + "".join(rng.choice("0123456789") for _ in range(tail[region]))
        elif kind == "mobile":
            pre = rng.choice(MOBILE_PREFIX[region])
            n = 11 if region in ("BR",) else NSN_LEN[region]
            if region == "DE":
                n = 11
            nsn = pre + _digits(rng, n - len(pre))
        else:
            if region in AREAS:
                area = rng.choice(AREAS[region])[1]
                n = NSN_LEN[region]
                nsn = area + _digits(rng, n - len(area), "2345678" if region != "BR" else "2345")
            else:
                pre = rng.choice(FIXED_PREFIX[region])
                if region == "IT":
                    nsn = pre + _digits(rng, 10 - len(pre))
                else:
                    nsn = pre + _digits(rng, rng.choice([8, 9, NSN_LEN[region]]) - len(pre))
        if region == "IT" and kind != "fixed":
            pass
        try:
            num = pn.parse("+%d%s" % (CC[region], nsn), None)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        t = pn.number_type(num)
        if kind == "service" and t not in SERVICE_TYPES:
            continue
        if kind == "mobile" and t not in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE):
            continue
        if kind == "fixed" and t not in (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE):
            continue
        return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def make_local(rng, region, town_area):
    """A fixed line in the given (town, area); returns (num, subscriber part as written)."""
    town, area = town_area
    n = NSN_LEN[region]
    for _ in range(500):
        sub = _digits(rng, n - len(area), "2345678" if region != "BR" else "2345")
        num = pn.parse("+%d%s%s" % (CC[region], area, sub), None)
        if not pn.is_valid_number(num) or pn.number_type(num) not in (
            PNT.FIXED_LINE,
            PNT.FIXED_LINE_OR_MOBILE,
        ):
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, local_form(rng, region, sub)
    raise RuntimeError("no local number for %s" % town)


def local_form(rng, region, sub):
    if region == "US":
        return sub[:3] + "-" + sub[3:]
    if region == "GB":
        return (
            rng.choice([sub[:3] + " " + sub[3:], sub[:-4] + " " + sub[-4:]])
            if len(sub) == 7
            else sub[:3] + " " + sub[3:]
        )
    if region == "DE":
        return rng.choice([sub, sub[:-1] + "-" + sub[-1], sub[:3] + " " + sub[3:]])
    if region == "NL":
        return rng.choice([sub[:3] + " " + sub[3:], sub[:3] + "-" + sub[3:]])
    if region == "BR":
        return sub[:4] + "-" + sub[4:]
    if region == "IN":
        return rng.choice([sub[:4] + "-" + sub[4:], sub]) if len(sub) == 8 else sub[:3] + "-" + sub[3:]
    return sub


def _split(num):
    nsn = pn.national_significant_number(num)
    al = pn.length_of_geographical_area_code(num) or pn.length_of_national_destination_code(num)
    return nsn, nsn[:al], nsn[al:]


def _g(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return [x for x in out if x]


def national_forms(num):
    """Document-style national habits for a number, by region."""
    reg = pn.region_code_for_number(num)
    nsn, a, s = _split(num)
    nat = pn.format_number(num, PNF.NATIONAL)
    f = [nat]
    geo = pn.length_of_geographical_area_code(num)
    if pn.number_type(num) in SERVICE_TYPES or (reg in ("GB", "NL", "BR") and not geo):
        return f
    if reg == "US":
        f += ["%s-%s-%s" % (a, s[:3], s[3:]), "%s %s %s" % (a, s[:3], s[3:]), "%s/%s-%s" % (a, s[:3], s[3:])]
    elif reg == "GB":
        f += [
            "(0%s) %s" % (a, " ".join(_g(s, [len(s) - 4, 4]))),
            "0%s %s" % (a, " ".join(_g(s, [4, 4] if len(s) == 8 else [3, 3]))),
        ]
    elif reg == "DE":
        f += ["0%s/%s" % (a, s)] + (["0%s %s-%s" % (a, s[:-2], s[-2:])] if geo else [])
    elif reg == "NL":
        f += ["(0%s) %s" % (a, " ".join(_g(s, [3, 2, 2]))), "0%s-%s" % (a, " ".join(_g(s, [3, 4])))]
    elif reg == "FR":
        f += ["-".join(_g("0" + nsn, [2, 2, 2, 2, 2])), " ".join(_g("0" + nsn, [2, 2, 2, 2, 2]))]
    elif reg == "ES":
        f += [" ".join(_g(nsn, [3, 2, 2, 2]) if nsn[0] in "67" else _g(nsn, [2, 3, 2, 2]))]
    elif reg == "IT":
        f += ["%s %s" % (nsn[: len(a)], nsn[len(a) :]), " ".join(_g(nsn, [3, 3, 4]))]
    elif reg == "PT":
        f += [" ".join(_g(nsn, [3, 3, 3]))]
    elif reg == "BR":
        f += ["(%s) %s-%s" % (a, s[:-4], s[-4:]), "%s %s-%s" % (a, s[:-4], s[-4:])]
    elif reg == "IN":
        if len(a) == 0 or pn.number_type(num) == PNT.MOBILE:
            f += ["0" + nsn[:5] + " " + nsn[5:], nsn[:5] + "-" + nsn[5:]]
        else:
            f += ["0%s-%s" % (a, " ".join(_g(s, [4, 4]))), "(0%s) %s" % (a, s)]
    return [x for x in f if x]


def intl_forms(num, dials00=True):
    reg = pn.region_code_for_number(num)
    cc = num.country_code
    nsn, a, s = _split(num)
    intl = pn.format_number(num, PNF.INTERNATIONAL)
    e164 = pn.format_number(num, PNF.E164)
    f = [intl, intl, e164]
    rest = intl[len("+%d " % cc) :]
    if dials00 and reg not in ("US", "BR", "AU"):
        f.append("00%d %s" % (cc, rest))
    if reg in ("ES", "PT", "IT"):
        f.append("(+%d) %s" % (cc, rest))
    if reg in ("CH", "GB", "FR", "NL", "AT") and pn.length_of_geographical_area_code(num):
        f.append("+%d (0)%s %s" % (cc, a, " ".join(_g(s, [3, 2, 2])) if reg == "CH" else s))
    if reg == "US":
        f += ["+1 (%s) %s-%s" % (a, s[:3], s[3:]), "+1 %s %s %s" % (a, s[:3], s[3:])]
    if reg == "DE" and a:
        f.append("+49 %s %s" % (a, s))
    if reg == "IN":
        f.append("+91-" + nsn[:5] + "-" + nsn[5:] if not a else "+91-%s-%s" % (a, s))
    return f


def pick_form(rng, num, forms, region):
    e164 = pn.format_number(num, PNF.E164)
    good = [x for x in forms if parse_ok(x, region, e164)]
    if not good:
        good = [pn.format_number(num, PNF.INTERNATIONAL)]
    return rng.choice(good)


def phone_value(num, mode, text, region):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": pn.format_number(num, PNF.E164),
        "area_len": pn.length_of_geographical_area_code(num),
    }


# ---------------------------------------------------------------------------------------------- others
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        k = int(c)
        if i % 2:
            k = k * 2 - 9 if k > 4 else k * 2
        tot += k
    return tot % 10 == 0


def make_card(rng):
    pre, n, grp = rng.choice(
        [
            ("4", 16, [4, 4, 4, 4]),
            ("51", 16, [4, 4, 4, 4]),
            ("55", 16, [4, 4, 4, 4]),
            ("37", 15, [4, 6, 5]),
            ("2221", 16, [4, 4, 4, 4]),
        ]
    )
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            d = body + c
            break
    mode = rng.choice(["spaced", "spaced", "dashed", "solid"])
    text = {"spaced": " ".join(_g(d, grp)), "dashed": "-".join(_g(d, grp)), "solid": d}[mode]
    return {"kind": "CREDIT_CARD", "mode": mode, "text": text}


IBAN_BBAN = {
    "DE": "8n10n",
    "FR": "10n11c2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "PT": "21n",
    "GB": "4a14n",
    "BE": "12n",
    "AT": "16n",
    "CH": "5n12c",
    "IE": "4a14n",
    "BR": "23n1a1c",
}


def make_iban(rng, country):
    spec = IBAN_BBAN[country]
    for _ in range(20000):
        bban = ""
        num = ""
        for ch in spec:
            if ch.isdigit():
                num += ch
                continue
            k = int(num)
            num = ""
            pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789"}[ch]
            bban += "".join(rng.choice(pool) for _ in range(k))
        if country == "GB" or country == "IE":
            bban = rng.choice(["NWBK", "BARC", "AIBK", "BOFI"]) + bban[4:]
        check = std_iban.calc_check_digits(country + "00" + bban)
        code = country + check + bban
        if std_iban.is_valid(code):
            break
    mode = rng.choice(["print", "print", "electronic"])
    text = " ".join(_g(code, [4] * 9)) if mode == "print" else code
    return {"kind": "IBAN", "mode": mode, "text": text}


def make_ip(rng, mode):
    if mode == "v4-private":
        text = rng.choice(
            [
                "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                "192.168.%d.%d" % (rng.randint(0, 40), rng.randint(2, 254)),
                "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
            ]
        )
    elif mode == "v4":
        while True:
            text = "%d.%d.%d.%d" % (
                rng.randint(23, 223),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(2, 254),
            )
            if ipaddress.ip_address(text).is_global:
                break
    else:
        while True:
            groups = ["2a0%d" % rng.randint(1, 9), "%x" % rng.randint(0x100, 0xFFFF)] + [
                "%x" % rng.randint(0, 0xFFFF) for _ in range(rng.choice([1, 2]))
            ]
            text = ":".join(groups) + "::" + "%x" % rng.randint(1, 0xFFF)
            if ipaddress.ip_address(text).is_global:
                break
    return {"kind": "IP_ADDRESS", "mode": mode, "text": text}


def make_ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    mode = rng.choice(["dashed", "dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return {"kind": "US_SSN", "mode": mode, "text": "%03d%s%02d%s%04d" % (a, sep, g, sep, s)}
