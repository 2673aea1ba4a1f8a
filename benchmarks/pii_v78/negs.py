"""Hard negatives for v78: numbers of gardens, allotments, hives and tree work that are not PII."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n):
    return rng.choice("123456789") + _d(rng, n - 1)


L = "ABCDEFGHJKLMNPRSTUVWXYZ"

# kind -> generator(rng) -> str; all 36 kinds are new against v52's list
KINDS = {
    "hive_id": lambda r: "%s-%s" % (r.choice(["H", "HV", "C"]), _nz(r, r.choice([3, 4]))),
    "apiary_ref": lambda r: "%s%s" % (r.choice(["AP", "API"]), _nz(r, 6)),
    "plot_no": lambda r: "%d%s" % (r.randint(1, 140), r.choice(["", "a", "b", "A", "B", "/2"])),
    "soil_ph": lambda r: "pH %d.%d" % (r.randint(5, 7), r.randint(0, 9)),
    "npk": lambda r: "%d-%d-%d" % (r.randint(3, 20), r.randint(3, 20), r.randint(3, 25)),
    "seed_lot": lambda r: "%s%s-%s" % (r.choice(L), r.choice(L), _nz(r, 5)),
    "plant_passport": lambda r: "B GB-%s C %s" % (_nz(r, 5), _nz(r, 7)),
    "grid_ref": lambda r: "%s %s %s" % (r.choice(["SK", "SJ", "ST", "SU", "TQ", "NZ"]), _d(r, 4), _d(r, 4)),
    "tpo_ref": lambda r: "TPO/%d/%s" % (r.randint(1998, 2024), _d(r, 4)),
    "planning_ref": lambda r: (
        "%d/%s/%s" % (r.randint(19, 25), _d(r, 5), r.choice(["FUL", "HOU", "TCA", "TPO"]))
    ),
    "waste_carrier": lambda r: "CBDU%s" % _nz(r, 6),
    "mapp_no": lambda r: "MAPP %s" % _nz(r, 5),
    "mite_drop": lambda r: "%d–%d" % (lambda a: (a, a + r.randint(2, 9)))(r.randint(2, 30)),
    "rainfall": lambda r: "%d.%d mm" % (r.randint(2, 95), r.randint(0, 9)),
    "girth": lambda r: "%d cm" % r.randint(40, 390),
    "lat_lon": lambda r: "%d.%s, -%d.%s" % (r.randint(50, 58), _d(r, 4), r.randint(0, 5), _d(r, 4)),
    "jar_weight": lambda r: r.choice(["454 g", "340 g", "227 g", "125 g", "500 g", "250 g"]),
    "honey_batch": lambda r: "%s%d-%s" % (r.choice(["HN", "L", "BN"]), r.randint(19, 25), _d(r, 4)),
    "frames": lambda r: "%d+%d" % (r.randint(5, 11), r.randint(1, 6)),
    "cell_tray": lambda r: "%d" % r.choice([15, 24, 40, 60, 84, 104, 150, 216]),
    "germ_temp": lambda r: "%d–%d °C" % (lambda a: (a, a + r.randint(2, 6)))(r.randint(10, 22)),
    "spacing": lambda r: "%d x %d cm" % (r.choice([15, 20, 30, 45, 60]), r.choice([30, 45, 60, 75, 90])),
    "rent": lambda r: "%d.%02d" % (r.randint(18, 140), r.choice([0, 50, 25, 75])),
    "waitlist": lambda r: "%d" % r.randint(12, 480),
    "raffle": lambda r: "%04d–%04d" % (lambda a: (a, a + r.choice([24, 49, 99])))(r.randint(1, 8000)),
    "show_class": lambda r: "%d/%d" % (r.randint(1, 80), r.randint(1, 250)),
    "nptc_cert": lambda r: "NPTC %s" % _nz(r, 7),
    "ean": lambda r: "%s %s %s" % (_nz(r, 1), _d(r, 6), _d(r, 6)),
    "water_butt": lambda r: "%d l" % r.choice([100, 160, 210, 250, 300, 500, 1000]),
    "greenhouse": lambda r: "%d ft x %d ft" % (r.randint(4, 12), r.randint(6, 20)),
    "tree_tag": lambda r: "T%s" % _nz(r, r.choice([3, 4, 5])),
    "harvest_kg": lambda r: "%d.%d kg" % (r.randint(1, 60), r.randint(0, 9)),
    "slot_time": lambda r: (
        "%02d:%s–%02d:%s"
        % (lambda h: (h, r.choice(["00", "30"]), h + 1, r.choice(["00", "15"])))(r.randint(8, 16))
    ),
    "show_date": lambda r: "%02d.%02d.%d" % (r.randint(1, 28), r.randint(3, 10), r.randint(2024, 2026)),
    "company_no": lambda r: "%02d%s" % (r.randint(1, 14), _d(r, 6)),
    "vat_no": lambda r: "GB %s %s %s" % (_nz(r, 3), _d(r, 4), _d(r, 2)),
    "postcode": lambda r: (
        "%s%d %d%s%s"
        % (
            r.choice(["BS", "NR", "EX", "LS", "CT", "SY"]),
            r.randint(1, 30),
            r.randint(1, 9),
            r.choice(L),
            r.choice(L),
        )
    ),
    "hectares": lambda r: "%d.%02d ha" % (r.randint(0, 9), r.randint(1, 99)),
}

REGIONS_ALL = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "AU", "IE")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d[\d \-]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IP4_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IP6_RE = re.compile(r"\b[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*\b")
SSN_RE = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b|\b\d{9}\b")


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
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn(d[i:j]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        if stdiban.is_valid(m.group()):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group().strip(":") if "::" not in m.group() else m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for _m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append(reg)
    return hits


def value_dirty(value, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(value, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws a clean value of a kind; after 200 dirty draws gives a dash (counted)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "-"
