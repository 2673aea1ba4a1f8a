"""Number and value makers for the v32 held-out set (phones, cards, IBANs, e-mails, IPs, SSNs)."""

import ipaddress
import random

import phonenumbers as pn
from stdnum import iban as std_iban

# region -> (town, national area code without trunk prefix, subscriber length) for fixed lines
AREAS = {
    "US": [
        ("Pittsburgh", "412", 7),
        ("Tucson", "520", 7),
        ("Columbus", "614", 7),
        ("Spokane", "509", 7),
        ("Albuquerque", "505", 7),
        ("Madison", "608", 7),
        ("Louisville", "502", 7),
        ("Raleigh", "919", 7),
    ],
    "GB": [
        ("Manchester", "161", 7),
        ("Leeds", "113", 7),
        ("Glasgow", "141", 7),
        ("Bristol", "117", 7),
        ("Oxford", "1865", 6),
        ("York", "1904", 6),
        ("Cardiff", "29", 8),
        ("Edinburgh", "131", 7),
    ],
    "DE": [
        ("Berlin", "30", 8),
        ("Hamburg", "40", 8),
        ("München", "89", 8),
        ("Köln", "221", 7),
        ("Dresden", "351", 7),
        ("Leipzig", "341", 7),
        ("Hannover", "511", 7),
        ("Stuttgart", "711", 7),
    ],
    "NL": [
        ("Amsterdam", "20", 7),
        ("Rotterdam", "10", 7),
        ("Utrecht", "30", 7),
        ("Den Haag", "70", 7),
        ("Groningen", "50", 7),
        ("Eindhoven", "40", 7),
        ("Ede", "318", 6),
        ("Almelo", "546", 6),
    ],
    "BR": [
        ("São Paulo", "11", 8),
        ("Rio de Janeiro", "21", 8),
        ("Belo Horizonte", "31", 8),
        ("Curitiba", "41", 8),
        ("Porto Alegre", "51", 8),
        ("Salvador", "71", 8),
        ("Recife", "81", 8),
    ],
    "IN": [
        ("Delhi", "11", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Pune", "20", 8),
        ("Chennai", "44", 8),
        ("Kolkata", "33", 8),
        ("Bengaluru", "80", 8),
        ("Ahmedabad", "79", 8),
    ],
    "FR": [("Paris", "1", 8), ("Lyon", "4", 8), ("Rennes", "2", 8), ("Bordeaux", "5", 8)],
    "ES": [("Madrid", "91", 7), ("Barcelona", "93", 7), ("Sevilla", "95", 7), ("Valencia", "96", 7)],
    "IT": [("Roma", "06", 8), ("Milano", "02", 8), ("Firenze", "055", 7), ("Bologna", "051", 7)],
    "PT": [("Lisboa", "21", 7), ("Porto", "22", 7), ("Coimbra", "239", 6), ("Braga", "253", 6)],
    "AT": [("Wien", "1", 7), ("Graz", "316", 6), ("Linz", "732", 6)],
    "CH": [("Zürich", "44", 7), ("Bern", "31", 7), ("Genève", "22", 7), ("Lausanne", "21", 7)],
    "BE": [("Bruxelles", "2", 7), ("Gent", "9", 7), ("Liège", "4", 7), ("Antwerpen", "3", 7)],
    "AU": [("Sydney", "2", 8), ("Melbourne", "3", 8), ("Brisbane", "7", 8), ("Perth", "8", 8)],
    "IE": [("Dublin", "1", 7), ("Cork", "21", 7), ("Galway", "91", 6), ("Limerick", "61", 6)],
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
# mobile prefixes (national significant number start) and NSN length
MOBILE = {
    "US": [("412", 10), ("614", 10)],
    "GB": [("74", 10), ("77", 10), ("78", 10)],
    "DE": [("151", 11), ("160", 10), ("172", 10), ("176", 11)],
    "NL": [("6", 9)],
    "BR": [("119", 11), ("219", 11), ("319", 11)],
    "IN": [("98", 10), ("97", 10), ("88", 10), ("70", 10)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9), ("71", 9)],
    "IT": [("347", 10), ("328", 10), ("393", 10)],
    "PT": [("91", 9), ("93", 9), ("96", 9)],
    "AT": [("664", 10), ("676", 10)],
    "CH": [("79", 9), ("76", 9)],
    "BE": [("47", 9), ("49", 9)],
    "AU": [("4", 9)],
    "IE": [("87", 9), ("85", 9)],
}
SERVICE = {
    "US": [("800", 10), ("888", 10)],
    "GB": [("800", 10), ("345", 10), ("300", 10)],
    "DE": [("800", 11)],
    "NL": [("800", 9)],
    "BR": [("800", 10)],
    "IN": [("1800", 11), ("1860", 11)],
    "FR": [("800", 9)],
    "ES": [("900", 9)],
    "IT": [("800", 9)],
    "PT": [("800", 9)],
}
TRUNK = {
    "US": "1",
    "BR": "0",
    "GB": "0",
    "DE": "0",
    "NL": "0",
    "IN": "0",
    "FR": "0",
    "ES": "",
    "IT": "",
    "PT": "",
    "AT": "0",
    "CH": "0",
    "BE": "0",
    "AU": "0",
    "IE": "0",
}
DIALS_00 = {"GB", "DE", "NL", "IN", "FR", "ES", "IT", "PT", "AT", "CH", "BE", "IE"}
OK_TYPES = {
    "fixed": {pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE},
    "mobile": {pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE},
    "service": {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN},
}


class Phone:
    def __init__(self, region, nsn, kind, area=""):
        self.region, self.nsn, self.kind, self.area = region, nsn, kind, area
        self.num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn))
        self.e164 = pn.format_number(self.num, pn.PhoneNumberFormat.E164)
        self.cc = str(pn.country_code_for_region(region))


def _valid(region, nsn, kind):
    try:
        n = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn))
    except pn.NumberParseException:
        return False
    return (
        pn.is_valid_number(n)
        and pn.region_code_for_number(n) == region
        and pn.number_type(n) in OK_TYPES[kind]
    )


def _fill(rng, prefix, length, first="23456789"):
    rest = length - len(prefix)
    return prefix + rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(rest - 1))


def make_phone(rng, region, kind, area=None):
    """A valid number; kind fixed/mobile/service; fixed lines use the given or a random area code."""
    for _ in range(500):
        if kind == "fixed":
            town, code, sub = area or rng.choice(AREAS[region])
            if region in ("IT",):
                nsn = _fill(rng, code, len(code) + sub)
            else:
                nsn = _fill(rng, code, len(code) + sub)
            if region == "BR":
                nsn = code + rng.choice("2345") + "".join(rng.choice("0123456789") for _ in range(sub - 1))
            ph_area = code
        elif kind == "mobile":
            prefix, length = rng.choice(MOBILE[region])
            nsn = _fill(rng, prefix, length, "6789" if region == "BR" else "23456789")
            ph_area = ""
        else:
            prefix, length = rng.choice(SERVICE[region])
            nsn = _fill(rng, prefix, length)
            ph_area = ""
        if _valid(region, nsn, kind):
            ph = Phone(region, nsn, kind, ph_area)
            if kind == "fixed" and region in LOCAL_REGIONS:
                if pn.length_of_geographical_area_code(ph.num) != len(ph_area):
                    continue
            return ph
    raise RuntimeError("no number for %s %s" % (region, kind))


def area_len(ph):
    return pn.length_of_geographical_area_code(ph.num)


def _groups(digits, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return [g for g in out if g]


def odd_groups(rng, digits):
    """Speech-to-text grouping: digits cut where the speaker paused, not where the plan groups them."""
    sizes, left = [], len(digits)
    while left > 0:
        s = min(left, rng.choice((2, 3, 3, 4)))
        sizes.append(s)
        left -= s
    if sizes[-1] == 1 and len(sizes) > 1:
        sizes[-2] += 1
        sizes.pop()
    return " ".join(_groups(digits, sizes))


def national_digits(ph):
    return TRUNK[ph.region] + ph.nsn if ph.region not in ("US",) else ph.nsn


def fmt_national(rng, ph, stt=False):
    """A national form in a habit used in that country (never phonenumbers' own NATIONAL format)."""
    r, n, d = ph.region, ph.nsn, national_digits(ph)
    a = ph.area
    if stt and rng.random() < 0.5:
        return odd_groups(rng, d)
    if stt and rng.random() < 0.4:
        g = odd_groups(rng, d).split(" ")
        cut = rng.randrange(1, len(g))
        return " ".join(g[:cut]) + rng.choice(("... ", " ... ", "... ")) + " ".join(g[cut:])
    if r == "US":
        return rng.choice(
            (
                "%s.%s.%s" % (n[:3], n[3:6], n[6:]),
                "(%s)%s-%s" % (n[:3], n[3:6], n[6:]),
                "%s %s %s" % (n[:3], n[3:6], n[6:]),
                "1-%s-%s-%s" % (n[:3], n[3:6], n[6:]),
            )
        )
    if r == "GB":
        if ph.kind == "fixed":
            return rng.choice(
                ("0%s-%s" % (a, "-".join(_groups(n[len(a) :], (3,)))), "0%s %s" % (a, n[len(a) :]))
            )
        return rng.choice(("0%s %s %s" % (n[:3], n[3:7], n[7:]), "0%s-%s" % (n[:4], n[4:])))
    if r == "DE":
        if ph.kind == "fixed":
            sub = n[len(a) :]
            return rng.choice(("(0%s) %s" % (a, " ".join(_groups(sub, (2, 2, 2, 2)))), "0%s-%s" % (a, sub)))
        return rng.choice(
            ("0%s %s" % (n[:3], " ".join(_groups(n[3:], (2, 2, 2, 2)))), "0%s-%s" % (n[:3], n[3:]))
        )
    if r == "NL":
        if ph.kind == "service":
            return "0%s-%s" % (n[:3], n[3:])
        if ph.kind == "fixed":
            return "0%s-%s" % (a, n[len(a) :])
        return rng.choice(
            ("0%s-%s" % (n[:1], n[1:]), "0%s %s %s %s %s" % (n[:1], n[1:3], n[3:5], n[5:7], n[7:]))
        )
    if r == "BR":
        if ph.kind == "service":
            return "0%s %s %s" % (n[:3], n[3:6], n[6:])
        tail = n[2:]
        return rng.choice(
            (
                "0%s %s-%s" % (n[:2], tail[:-4], tail[-4:]),
                "%s %s %s"
                % (n[:2], " ".join(_groups(tail[:-4], (1, 4))) if len(tail) == 9 else tail[:-4], tail[-4:]),
            )
        )
    if r == "IN":
        if ph.kind == "service":
            return "%s %s %s" % (n[:4], n[4:7], n[7:])
        if ph.kind == "fixed":
            return rng.choice(("0%s %s" % (a, n[len(a) :]), "0%s-%s-%s" % (a, n[len(a) : -4], n[-4:])))
        return rng.choice(("%s %s %s" % (n[:4], n[4:7], n[7:]), "0 %s %s" % (n[:5], n[5:])))
    if r == "FR":
        pairs = [d[i : i + 2] for i in range(0, 10, 2)]
        return rng.choice((".".join(pairs), "%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:])))
    if r == "ES":
        return rng.choice(("%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])))
    if r == "IT":
        if ph.kind == "mobile":
            return rng.choice(("%s-%s" % (n[:3], n[3:]), "%s/%s" % (n[:3], n[3:])))
        if ph.kind == "service":
            return "%s %s" % (n[:3], n[3:])
        return "%s %s" % (a, " ".join(_groups(n[len(a) :], (4,))))
    if r == "PT":
        return rng.choice((n, "%s %s %s" % (n[:2], n[2:5], n[5:])))
    raise ValueError(r)


def fmt_international(rng, ph, stt=False):
    r, n, cc = ph.region, ph.nsn, ph.cc
    if stt and rng.random() < 0.35:
        return "+%s %s" % (cc, odd_groups(rng, n))
    opts = []
    if r in DIALS_00:
        opts.append("00%s %s" % (cc, odd_groups(rng, n) if rng.random() < 0.5 else n))
    if r in ("GB", "DE", "NL", "AT", "CH", "IE", "BE", "FR"):
        cut = len(ph.area) if ph.kind == "fixed" else {"NL": 1, "FR": 1, "GB": 4, "DE": 3, "AT": 3}.get(r, 2)
        opts.append("+%s (0)%s %s" % (cc, n[:cut], n[cut:]))
    if r == "US":
        opts += ["+1 %s.%s.%s" % (n[:3], n[3:6], n[6:]), "+1 (%s) %s %s" % (n[:3], n[3:6], n[6:])]
    if r == "BR":
        opts += ["+55 (%s) %s-%s" % (n[:2], n[2:-4], n[-4:])]
    if r == "IN":
        if ph.kind == "mobile":
            opts += ["+91-%s-%s" % (n[:5], n[5:]), "+91 %s %s" % (n[:5], n[5:])]
        else:
            opts += ["+91-%s-%s" % (n[: len(ph.area)], n[len(ph.area) :])]
    if r == "AU":
        opts += ["+61 %s %s %s" % (n[:3], n[3:6], n[6:])]
    opts.append("+%s %s" % (cc, odd_groups(rng, n)))
    return rng.choice(opts)


def fmt_local(rng, ph):
    """Subscriber part only (the document names the town)."""
    sub = ph.nsn[len(ph.area) :]
    r = ph.region
    if r == "US":
        return rng.choice(("%s.%s" % (sub[:3], sub[3:]), "%s %s" % (sub[:3], sub[3:])))
    if r == "GB":
        return rng.choice((sub, "%s %s" % (sub[:-4], sub[-4:]) if len(sub) == 7 else sub))
    if r == "DE":
        return rng.choice((" ".join(_groups(sub, (2, 2, 2, 2))), "%s %s" % (sub[:3], sub[3:])))
    if r == "NL":
        return rng.choice(
            (
                "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
                if len(sub) == 7
                else "%s %s %s" % (sub[:2], sub[2:4], sub[4:]),
                sub,
            )
        )
    if r == "BR":
        return rng.choice(("%s %s" % (sub[:4], sub[4:]), "%s.%s" % (sub[:4], sub[4:])))
    if r == "IN":
        return rng.choice(
            ("%s %s" % (sub[:4], sub[4:]) if len(sub) == 8 else "%s %s" % (sub[:3], sub[3:]), sub)
        )
    raise ValueError(r)


def parse_back(text, region, area_digits=None):
    """Parse a written form (local forms get their area code put back); return E.164 or None."""
    t = text.replace("\n", " ")
    if area_digits is not None:
        t = TRUNK[region] + area_digits + " " + t if region != "US" else area_digits + " " + t
    try:
        n = pn.parse(t, region)
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(n):
        return None
    return pn.format_number(n, pn.PhoneNumberFormat.E164)


# ---------------------------------------------------------------- other kinds
def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
        alt = not alt
    return s % 10 == 0


def make_card(rng):
    brand = rng.choice(("4", "51", "53", "55", "2221", "34", "37", "6011"))
    length = 15 if brand in ("34", "37") else 16
    body = brand + "".join(rng.choice("0123456789") for _ in range(length - len(brand) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    mode = rng.choice(("spaced", "spaced", "dashed", "solid"))
    if mode == "solid":
        return num, mode
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    return (" " if mode == "spaced" else "-").join(_groups(num, sizes)), mode


IBAN_BBAN = {
    "DE": "18n",
    "FR": "23n",
    "ES": "20n",
    "IT": "1a22n",
    "NL": "4A10n",
    "PT": "21n",
    "BE": "12n",
    "AT": "16n",
    "CH": "17n",
    "GB": "4A14n",
    "IE": "4A14n",
}
BANKS = {
    "NL": ["INGB", "RABO", "ABNA", "TRIO"],
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}


def make_iban(rng, country):
    spec = IBAN_BBAN[country]
    for _ in range(20000):
        bban = ""
        if spec.endswith("A14n") or spec == "4A10n":
            bban = rng.choice(BANKS[country])
            if country in ("GB", "IE"):
                bban += "".join(rng.choice("0123456789") for _ in range(14))
            else:
                bban += "".join(rng.choice("0123456789") for _ in range(10))
        elif spec == "1a22n":
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(
                rng.choice("0123456789") for _ in range(22)
            )
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(int(spec[:-1])))
        raw = country + "00" + bban
        check = (
            98 - int(std_iban.to_base10(raw[4:] + raw[:4])) % 97
            if hasattr(std_iban, "to_base10")
            else 98 - _mod97(raw[4:] + raw[:4])
        )
        cand = country + "%02d" % check + bban
        if std_iban.is_valid(cand):
            if rng.random() < 0.65:
                return " ".join(cand[i : i + 4] for i in range(0, len(cand), 4)), "print"
            return cand, "electronic"
    raise RuntimeError(country)


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def make_ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    mode = rng.choice(("dashed", "dashed", "spaced"))
    return ("%03d-%02d-%04d" if mode == "dashed" else "%03d %02d %04d") % (a, g, s), mode


def make_ip(rng):
    mode = rng.choice(("v4", "v4-private", "v4-private", "v6"))
    if mode == "v4":
        while True:
            ip = ipaddress.IPv4Address(rng.getrandbits(32))
            if ip.is_global and not ip.is_multicast:
                return str(ip), mode
    if mode == "v4-private":
        return rng.choice(
            (
                "192.168.%d.%d" % (rng.choice((0, 1, 2, 178, 10)), rng.randint(2, 254)),
                "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
            )
        ), mode
    pre = rng.choice(("2a02:8108", "2001:16b8", "2a01:e34", "2804:14c", "2409:4042"))
    groups = ["%x" % rng.randint(1, 0xFFFF) for _ in range(rng.choice((2, 4)))]
    return str(
        ipaddress.IPv6Address(
            pre + ":" + ":".join(groups) + ("::" if len(groups) < 6 else "") + ("%x" % rng.randint(1, 0xFFFF))
        )
    ), mode


def random_ok(rng):
    return random.Random(rng.random())
