"""Hard negatives of military and veterans' paperwork, and the screens that keep them clean."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban

from .numbers import luhn_ok, ssn_ok

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
CAL = ["7.62×51 mm", "5.56×45 mm", "9×19 mm", ".303 British", "20 mm", "105 mm", "155 mm", "40 mm"]
TANK = ["Challenger 2", "Leopard 2A6", "Warrior", "M1A2", "Boxer", "Jackal", "Fuchs", "Piranha IIIC"]


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _amount(rng, lang):
    whole, cents = rng.randint(120, 48000), rng.randint(0, 99)
    th = "{:,}".format(whole)
    if lang == "en":
        return "£%s.%02d" % (th, cents) if rng.random() < 0.5 else "$%s.%02d" % (th, cents)
    if lang in ("de", "nl", "it", "es", "pt"):
        sym = "R$ " if lang == "pt" and rng.random() < 0.5 else ""
        body = th.replace(",", ".") + ",%02d" % cents
        return sym + body if sym else body + " €"
    if lang == "fr":
        return th.replace(",", "\u202f") + ",%02d €" % cents
    return "₹%s" % th


def _isbn(rng):
    body = "978" + rng.choice(["1", "0", "3", "2", "90", "85", "88", "84", "93"])
    body += _d(rng, 12 - len(body))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    digits = body + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (digits[:3], digits[3], digits[4:9], digits[9:12], digits[12])


def _mil_time(rng):
    return "%02d%02d" % (rng.randint(5, 22), rng.choice([0, 15, 30, 45]))


KINDS = {
    "service_no": lambda r, lang: rng_pick(r, ["25", "30", "24", "W0"]) + _d(r, 6),
    "regt_no": lambda r, lang: "%d/%d" % (r.randint(1, 12), r.randint(1000, 29999)),
    "os_grid": lambda r, lang: (
        "%s %s %s" % (r.choice(["SU", "SX", "SE", "NZ", "TL", "ST"]), _d(r, 4), _d(r, 4))
    ),
    "mgrs": lambda r, lang: (
        "%s %s %s %s"
        % (r.choice(["32U", "31U", "33T", "30U"]), r.choice(["NV", "MB", "PU"]), _d(r, 5), _d(r, 5))
    ),
    "latlon": lambda r, lang: "%.4f° N, %.4f° %s" % (r.uniform(35, 58), r.uniform(0.1, 12), r.choice("EW")),
    "nsn": lambda r, lang: "%s-%s-%s-%s" % (_d(r, 4), r.choice(["99", "12", "01", "14"]), _d(r, 3), _d(r, 4)),
    "freq": lambda r, lang: "%d.%03d MHz" % (r.randint(30, 400), r.choice([0, 125, 250, 375, 500, 625, 750])),
    "mil_time": lambda r, lang: _mil_time(r),
    "bfpo": lambda r, lang: "BFPO %d" % r.randint(2, 140),
    "charity_no": lambda r, lang: "1" + _d(r, 6),
    "accession": lambda r, lang: "%d.%03d.%d" % (r.randint(1960, 2024), r.randint(1, 400), r.randint(1, 60)),
    "grave": lambda r, lang: "%s.%s.%d" % (r.choice(ROMAN), r.choice("ABCDEFGH"), r.randint(1, 40)),
    "cwgc": lambda r, lang: str(r.randint(1000000, 2999999)) if r.random() < 0.5 else _d(r, 5),
    "panel": lambda r, lang: "%d–%d" % ((lambda a: (a, a + r.randint(1, 4)))(r.randint(3, 160))),
    "calibre": lambda r, lang: r.choice(CAL),
    "pay_grade": lambda r, lang: "%s-%d" % (r.choice(["OR", "OF"]), r.randint(1, 9)),
    "archive_ref": lambda r, lang: (
        "%s %d/%d" % (r.choice(["WO", "ADM", "AIR"]), r.choice([95, 339, 363, 27]), r.randint(100, 5999))
    ),
    "pension_ref": lambda r, lang: "AFPS%d/%s" % (r.choice([75, 5, 15]), _d(r, 6)),
    "member_no": lambda r, lang: "%s-%s" % (_d(r, 3), _d(r, 4)),
    "gift_aid": lambda r, lang: "GA/%02d/%s" % (r.randint(19, 25), _d(r, 4)),
    "raffle": lambda r, lang: "%d–%d" % ((lambda a: (a, a + 49))(r.randint(1000, 8000))),
    "amount": lambda r, lang: _amount(r, lang),
    "course_no": lambda r, lang: "%02d/%02d" % (r.randint(1, 40), r.randint(19, 26)),
    "war_years": lambda r, lang: r.choice(
        ["1914–1918", "1939–1945", "1950–1953", "1982", "1990–1991", "2001–2014", "2003–2009", "1944"]
    ),
    "vehicle_reg": lambda r, lang: (
        "%s %s %s" % (_d(r, 2), r.choice(["KC", "KJ", "FD", "GR", "HH"]), _d(r, 2))
    ),
    "hill": lambda r, lang: str(r.choice([112, 213, 304, 60, 971, 145, 262, 881])),
    "march": lambda r, lang: "%d km" % r.choice([8, 12, 16, 20, 32, 40]),
    "isbn": lambda r, lang: _isbn(r),
    "seat": lambda r, lang: "%s-%d-%d" % (r.choice("ABCDEFG"), r.randint(1, 30), r.randint(1, 40)),
    "room": lambda r, lang: "%d.%02d" % (r.randint(1, 4), r.randint(1, 40)),
    "rifle_serial": lambda r, lang: "%s%s %s" % (r.choice(["UE", "UF", "A", "KR"]), _d(r, 2), _d(r, 5)),
    "dob": lambda r, lang: "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(1921, 1999)),
    "sort_code": lambda r, lang: "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)),
    "kit_weight": lambda r, lang: (
        ("%d.%d kg" if lang in ("en", "hi") else "%d,%d kg") % (r.randint(12, 35), r.randint(0, 9))
    ),
    "names_count": lambda r, lang: "{:,}".format(r.randint(1100, 9800)).replace(
        ",", "," if lang == "en" else "."
    ),
    "wreath_order": lambda r, lang: "W%02d/%s" % (r.randint(22, 25), _d(r, 3)),
    "vehicle_type": lambda r, lang: r.choice(TANK),
    "silence": lambda r, lang: r.choice(["10:58", "10:59", "11:00", "11:02", "18:00", "19:30"]),
}


def rng_pick(rng, items):
    return rng.choice(items)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
DIGITRUN = re.compile(r"\d(?:[ \-]?\d){12,18}")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSNISH = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")


def guard_hits(text):
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    for m in DIGITRUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for ln in range(13, 20):
            for i in range(0, len(d) - ln + 1):
                if luhn_ok(d[i : i + ln]):
                    hits.append("luhn")
                    break
    for m in IBANISH.finditer(text):
        if stdiban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        try:
            if m.group().count(":") >= 2:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
        except ValueError:
            pass
    for m in SSNISH.finditer(text):
        if ssn_ok("".join(m.groups())):
            hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                hits.append("parse-" + reg)
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append("match-%s:%s" % (reg, m.raw_string))
    return hits


def dirty(value, regions):
    return bool(guard_hits(value) or phone_hits(value, regions))


class Drawer:
    """Draws clean values of each kind; counts redraws and replacements."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.replaced_kinds = []
        self.used = set()

    def value(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append(kind)
        return "–"
