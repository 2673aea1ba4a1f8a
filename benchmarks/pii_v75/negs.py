"""Hard negatives for v75 (construction and building projects) and the screens that keep them clean."""

import ipaddress
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban as std_iban


def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _nz(r, n):
    return r.choice("123456789") + _d(r, n - 1)


def _up(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


# each kind: rng -> text (a value that is not PII); none of them in v52's list
KINDS = {
    "planning_ref": lambda r: (
        "%02d/%05d/%s" % (r.randint(19, 25), r.randint(100, 99999), r.choice(["FUL", "HH", "LBC", "OUT"]))
    ),
    "bc_ref": lambda r: "BC/%d/%s" % (r.randint(2021, 2025), _nz(r, 5)),
    "uprn": lambda r: "1000" + _d(r, 8),
    "grid_ref": lambda r: "%s %s %s" % (r.choice(["TQ", "SU", "SK", "ST", "SE", "NZ"]), _d(r, 5), _d(r, 5)),
    "dimensions": lambda r: (
        "%d x %d x %d mm"
        % (r.choice([2400, 2440, 3000, 1200]), r.choice([1200, 600, 900]), r.choice([12, 15, 18, 22, 25]))
    ),
    "floor_area": lambda r: "%d.%d m²" % (r.randint(40, 980), r.randint(0, 9)),
    "scaffold_tag": lambda r: "SCF-%s-%s" % (_d(r, 4), _d(r, 2)),
    "concrete_grade": lambda r: "C%d/%d" % r.choice([(25, 30), (28, 35), (32, 40), (35, 45), (40, 50)]),
    "steel_section": lambda r: r.choice(
        ["203x133x25 UB", "254x146x31 UB", "152x152x23 UC", "305x165x40 UB", "178x102x19 UB"]
    ),
    "load_rating": lambda r: "%s kN/m²" % r.choice(["1.5", "2.0", "3.0", "4.5", "0.75"]),
    "skip_size": lambda r: "%d-yard" % r.choice([4, 6, 8, 12, 16]),
    "waste_note": lambda r: "WTN-%d-%s" % (r.randint(2023, 2025), _nz(r, 6)),
    "ewc_code": lambda r: r.choice(["17 09 04", "17 01 07", "17 05 04", "17 02 01", "17 08 02", "17 04 05"]),
    "flurstueck": lambda r: "%d/%d" % (r.randint(100, 4999), r.randint(1, 39)),
    "catastral": lambda r: _d(r, 7) + _up(r, 2) + _d(r, 4) + "S" + _d(r, 4) + _up(r, 2),
    "u_value": lambda r: "0.%02d W/m²K" % r.randint(11, 35),
    "site_level": lambda r: "+%d.%03d m AOD" % (r.randint(2, 180), r.randint(0, 999)),
    "drawing_no": lambda r: "%s-%s-DR-A-%s" % (_d(r, 4), _up(r, 3), _d(r, 4)),
    "drawing_rev": lambda r: (
        "%s rev %s%02d" % (r.choice(["A-201", "S-110", "M-402", "E-305"]), r.choice("PC"), r.randint(1, 12))
    ),
    "work_hours": lambda r: (
        "%02d:%02d–%02d:%02d"
        % (r.choice([7, 8]), r.choice([0, 30]), r.choice([16, 17, 18]), r.choice([0, 30]))
    ),
    "cost_gbp": lambda r: "£%d,%03d.%02d" % (r.randint(1, 480), r.randint(0, 999), r.randint(0, 99)),
    "cost_eur": lambda r: "%d.%03d,%02d €" % (r.randint(1, 480), r.randint(0, 999), r.randint(0, 99)),
    "brick_count": lambda r: "%d %03d" % (r.randint(2, 48), r.choice([0, 250, 500, 750])),
    "batch_no": lambda r: "%s-%02d" % (_d(r, 6), r.randint(1, 40)),
    "vehicle_reg": lambda r: "%s%02d %s" % (_up(r, 2), r.randint(10, 74), _up(r, 3)),
    "fire_rating": lambda r: r.choice(["FD30S", "FD60", "EI 60", "EI 90", "REI 120", "FD30"]),
    "swl": lambda r: "SWL %d,%03d kg" % (r.randint(1, 9), r.choice([0, 250, 500])),
    "tolerance": lambda r: "±%d mm in %d m" % (r.choice([3, 5, 8, 10]), r.choice([2, 3, 5])),
    "acoustic": lambda r: "%d dB DnT,w + Ctr" % r.randint(43, 58),
    "permit_no": lambda r: "PTW-%d-%s" % (r.randint(2023, 2025), _d(r, 4)),
    "po_number": lambda r: "PO %s" % ("45" + _d(r, 8)),
    "pipe_size": lambda r: "DN %d" % r.choice([50, 80, 100, 150, 200, 300]),
    "stair": lambda r: "rise %d mm / going %d mm" % (r.randint(150, 220), r.randint(220, 280)),
    "ral_colour": lambda r: "RAL %d" % r.choice([7016, 9010, 7035, 9005, 6005, 3009, 1015]),
    "rebar": lambda r: "B%d @ %d c/c" % (r.choice([10, 12, 16, 20, 25]), r.choice([150, 200, 250, 300])),
    "vat_gb": lambda r: "GB %s %s %s" % (_nz(r, 3), _d(r, 4), _d(r, 2)),
    "kvk": lambda r: _nz(r, 8),
    "cnpj": lambda r: "%s.%s.%s/0001-%s" % (_d(r, 2), _d(r, 3), _d(r, 3), _d(r, 2)),
    "rera": lambda r: "P5%s" % _d(r, 10),
    "expediente": lambda r: "%d/%s/OBR" % (r.randint(2022, 2025), _nz(r, 4)),
    "moisture": lambda r: "%d %% WME" % r.randint(9, 28),
    "roof_pitch": lambda r: "%d°" % r.choice([15, 22, 30, 35, 40, 45, 52]),
    "cscs": lambda r: "CSCS %s" % _nz(r, 8),
    "week_range": lambda r: "KW %d–%d" % (lambda a: (a, a + r.randint(2, 9)))(r.randint(2, 40)),
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
_V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_V6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def guard_hits(text):
    hits = []
    if _EMAIL.search(text):
        hits.append("email")
    for m in _RUN.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn(d[i:j]):
                    hits.append("luhn")
                    break
    for m in _IBAN.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in _V4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in _V6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if _SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            hits.append((reg, m.raw_string))
    return hits


def value_dirty(value, regions):
    for reg in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws a clean value of a kind: up to 200 tries; a kind that stays dirty for a set of regions is
    remembered (fallbacks) and the caller takes another kind of the genre."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.fallbacks = 0
        self.hopeless = set()
        self.used = set()

    def draw(self, kind, regions):
        key = (kind, tuple(regions))
        if key in self.hopeless:
            return None
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.hopeless.add(key)
        self.fallbacks += 1
        return None
