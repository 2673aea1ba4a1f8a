"""Hard negatives for v74 (pets and animal care): number-like values that are no PII, and their screen."""

import ipaddress
import re

import phonenumbers as pn

from . import numbers

L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _l(rng, n):
    return "".join(rng.choice(L) for _ in range(n))


def _dec(rng, lo, hi, places, comma):
    v = "%.*f" % (places, rng.uniform(lo, hi))
    return v.replace(".", ",") if comma else v


def _date(rng, comma):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2009, 2024)
    return "%02d.%02d.%d" % (d, m, y) if comma else "%d/%d/%d" % (m, d, y)


def _amount(rng, comma):
    v = rng.randint(18, 2400) + rng.randint(0, 99) / 100
    s = "{:,.2f}".format(v)
    if comma:
        s = s.replace(",", " ").replace(".", ",").replace(" ", ".")
    return s


GEN = {
    "chip": lambda r, c: (
        r.choice(["985", "250", "276", "826", "941", "900"])
        + (
            " " + _d(r, 3) + " " + _d(r, 3) + " " + _d(r, 3) + " " + _d(r, 3)
            if r.random() < 0.5
            else _d(r, 12)
        )
    ),
    "petpass": lambda r, c: (
        r.choice(["DE", "FR", "NL", "ES", "IT", "GB", "BE", "PT"]) + _d(r, 2) + " " + _d(r, 7)
    ),
    "tattoo": lambda r, c: _l(r, 3) + " " + _d(r, 3),
    "kcreg": lambda r, c: _l(r, 2) + _d(r, 6) + "0" + str(r.randint(1, 9)),
    "vaxlot": lambda r, c: _d(r, 1) + _l(r, 1) + _d(r, 3) + _l(r, 1) + _d(r, 2),
    "weight": lambda r, c: _dec(r, 2.1, 48, 1, c),
    "dose": lambda r, c: _dec(r, 0.1, 12, 1, c),
    "temp": lambda r, c: _dec(r, 37.6, 40.4, 1, c),
    "vitals": lambda r, c: "%d/%d" % (r.randint(70, 180), r.randint(14, 40)),
    "patid": lambda r, c: _d(r, 6) + "-" + _d(r, 1),
    "policy": lambda r, c: "%s-%s-%s" % (_l(r, 2), _d(r, 3), _l(r, 2) + _d(r, 2)),
    "claim": lambda r, c: "C%s/%s-%s" % (r.randint(21, 25), _d(r, 4), r.choice(L)),
    "amount": lambda r, c: _amount(r, c),
    "dob": lambda r, c: _date(r, c),
    "kennel": lambda r, c: r.choice("ABCDEF") + "-" + "%02d" % r.randint(1, 40),
    "apptime": lambda r, c: (
        "%02d:%s–%02d:%s"
        % (
            r.randint(7, 17),
            r.choice(["00", "15", "30", "45"]),
            r.randint(8, 18),
            r.choice(["00", "15", "30", "45"]),
        )
    ),
    "ueln": lambda r, c: r.choice(["276", "826", "250", "528"]) + _l(r, 3) + _d(r, 6) + r.choice(L),
    "fei": lambda r, c: "1" + _d(r, 2) + _l(r, 2) + _d(r, 2),
    "rabies": lambda r, c: "%s-%s" % (_l(r, 2), _d(r, 4)),
    "licence": lambda r, c: "%s/%s" % (_d(r, 2), _d(r, 5)),
    "litter": lambda r, c: "W%s.%s" % (_d(r, 4), _d(r, 2)),
    "lab": lambda r, c: "%s%s-%s" % (_l(r, 1), _d(r, 2), _d(r, 6)),
    "bloods": lambda r, c: "%d U/L, %s mg/dl" % (r.randint(18, 240), _dec(r, 0.5, 3.4, 1, c)),
    "feed": lambda r, c: "%d × %d g" % (r.randint(2, 3), r.randint(4, 40) * 10),
    "excess": lambda r, c: "%d %%" % r.choice([10, 15, 20, 25, 30]),
    "dna": lambda r, c: "%s-%s-%s" % (_l(r, 3), _d(r, 4), _l(r, 1) + _d(r, 1)),
    "cage": lambda r, c: (
        "%d × %d × %d cm" % (r.randint(6, 15) * 10, r.randint(4, 10) * 10, r.randint(4, 9) * 10)
    ),
    "walk": lambda r, c: "%s km / %d min" % (_dec(r, 1.2, 9.8, 1, c), r.randint(25, 95)),
    "tracker": lambda r, c: "%s%s-%s" % (_l(r, 2), _d(r, 2), _d(r, 6)),
    "gps": lambda r, c: "%.4f, %.4f" % (r.uniform(36, 58), r.uniform(-8, 19)),
    "adopt": lambda r, c: "AD-%d-%s" % (r.randint(19, 25), _d(r, 3)),
    "xray": lambda r, c: "%s.%s" % (_d(r, 4), _d(r, 3)),
    "studbook": lambda r, c: "%s %s" % (_d(r, 5), r.choice(["H", "S", "W", "Hann", "KWPN"])),
    "intake": lambda r, c: "A" + _d(r, 7),
    "booking": lambda r, c: (
        ("%d.–%d.%d." if c else "%d–%d/%d") % (r.randint(1, 14), r.randint(15, 28), r.randint(1, 12))
    ),
    "blade": lambda r, c: "#%d%s" % (r.choice([4, 5, 7, 10, 15, 30, 40]), r.choice(["", "F", "FC"])),
    "reimb": lambda r, c: "%d %%" % r.choice([60, 70, 80, 90, 100]),
}
KINDS = sorted(GEN)
ALL_REGIONS = sorted(numbers.PREFIX)

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d(?:[\d \-]*\d)?")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def guard_hits(text):
    """Names of the guards that fire on text."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"[ \-]", "", m.group())
        for a in range(len(digits)):
            for b in range(a + 13, min(len(digits), a + 19) + 1):
                if luhn(digits[a:b]):
                    hits.append("luhn")
                    break
            if "luhn" in hits:
                break
    for m in IBAN_RE.finditer(text):
        s = m.group().replace(" ", "")
        for end in range(len(s), 14, -1):
            t = s[:end]
            if int("".join(str(int(ch, 36)) for ch in t[4:] + t[:4])) % 97 == 1:
                hits.append("iban")
                break
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group().strip(":."))
            hits.append("ipv6")
        except ValueError:
            pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    for reg in regions:
        for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            return True
    return False


def value_dirty(value, regions=ALL_REGIONS):
    if guard_hits(value) or phone_hits(value, regions):
        return True
    if any(ch.isalpha() for ch in value):
        return False
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(value, reg)):
                return True
        except pn.NumberParseException:
            pass
    return False


class Drawer:
    """Draws clean hard-negative values; counts redraws and replacements."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def value(self, kind, comma, regions):
        for _ in range(200):
            v = GEN[kind](self.rng, comma)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
