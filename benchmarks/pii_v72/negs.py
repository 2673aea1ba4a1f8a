"""Hard negatives for v72 (security and facilities), screened against phones and the other kinds."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban
from stdnum import luhn

D = "0123456789"


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _h(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def _t(rng):
    return f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"


KINDS = {
    # security licences, references and codes
    "sia_licence": lambda r: " ".join(_d(r, 4) for _ in range(4)),
    "arc_account": lambda r: f"{_d(r, 4)}-{_d(r, 2)}",
    "police_urn": lambda r: f"{r.randrange(10, 99)}/{_d(r, 4)}/{r.choice(['24', '25'])}",
    "crime_ref": lambda r: f"CR/{_d(r, 7, '0123')}/{r.choice(['24', '25'])}",
    "cad_log": lambda r: f"CAD {_d(r, 4)} {r.randrange(1, 29):02d}/{r.randrange(1, 13):02d}",
    "alarm_zone_event": lambda r: f"E{r.randrange(100, 999)} zone {r.randrange(1, 64):02d}",
    "panel_serial": lambda r: f"{_d(r, 3)}-{_d(r, 4)}-{_d(r, 3)}",
    "master_key": lambda r: f"MK {_d(r, 2)}-{_d(r, 4)}-{_d(r, 2)}",
    "key_number": lambda r: f"{r.choice(['K', 'S', 'AB'])}{_d(r, 5)}",
    "cylinder": lambda r: f"{r.choice([30, 35, 40, 45, 50])}/{r.choice([30, 35, 40, 45, 50, 55])} mm",
    "keycard_uid": lambda r: _h(r, 14),
    "wiegand": lambda r: f"{r.randrange(1, 255)}:{_d(r, 5)}",
    "badge_range": lambda r: (lambda a: f"{a}–{a + r.randrange(20, 90)}")(int(_d(r, 6, "123456789"))),
    "nvr_storage": lambda r: f"{r.choice([2, 4, 8])} × {r.choice([4, 6, 8, 12])} TB",
    "cam_bitrate": lambda r: f"{r.choice([2048, 3072, 4096, 6144, 8192])} kbps",
    "lens": lambda r: r.choice(["2.8–12", "2.7–13.5", "3.6", "4", "2.8"]) + " mm",
    "footage_stamp": lambda r: (
        f"2025-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d} {_t(r)}:{r.randrange(60):02d}"
    ),
    "retention": lambda r: f"{r.choice([14, 30, 31, 45, 90])} days",
    "poe_budget": lambda r: f"{r.choice([60, 120, 130, 250, 370])} W",
    "work_order": lambda r: f"WO{_d(r, 5)}/{r.choice(['A', 'B', 'C', 'R'])}",
    "ppm_task": lambda r: f"PPM {_d(r, 2)}-{_d(r, 3)}-{_d(r, 2)}",
    "po_number": lambda r: "45" + _d(r, 8),
    "floor_area": lambda r: f"{r.randrange(1, 9)} {_d(r, 3)} m²",
    "patrol_times": lambda r: ", ".join(_t(r) for _ in range(3)),
    "shift": lambda r: (
        f"{r.choice(['06', '07', '18', '19', '22'])}:00–{r.choice(['06', '07', '14', '18'])}:00"
    ),
    "meter_reading": lambda r: f"{_d(r, 7)}.{r.randrange(10)} kWh",
    "water_meter": lambda r: f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
    "extinguisher": lambda r: f"{_d(r, 6)}/{r.choice(['19', '20', '21', '22', '23'])}",
    "loop_address": lambda r: f"{r.randrange(1, 9)}.{r.randrange(1, 250):03d}",
    "dilution": lambda r: f"1:{r.choice([20, 40, 50, 80, 100, 200])}",
    "chem_lot": lambda r: f"{_d(r, 7)}-{r.choice(D)}{r.choice(D)}",
    "room_no": lambda r: f"{r.randrange(0, 9)}.{r.randrange(1, 300):03d}",
    "filter_size": lambda r: (
        f"{r.choice([287, 592, 490])} × {r.choice([592, 287])} × {r.choice([48, 96, 360])} mm"
    ),
    "price_total": lambda r: f"{r.randrange(1, 19)} {_d(r, 3)},{_d(r, 2)}",
    "lift_no": lambda r: f"{_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
    "gate_code": lambda r: f"{_d(r, 4)}#",
    "site_code": lambda r: f"{r.choice(['SITE', 'OBJ', 'LOC'])}-{_d(r, 5)}",
}


def luhn_runs(text):
    out = []
    for m in re.finditer(r"\d[\d \-]{11,30}\d", text):
        digits = re.sub(r"[ \-]", "", m.group())
        for i in range(len(digits)):
            for n in range(13, 20):
                chunk = digits[i : i + n]
                if len(chunk) == n and luhn.is_valid(chunk):
                    return [chunk]
    return out


def guard_hits(text):
    hits = []
    if re.search(r"[\w.+-]+@[\w-]+\.[\w.-]+", text):
        hits.append("email")
    if luhn_runs(text):
        hits.append("luhn")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", text):
        if stdiban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in re.finditer(r"[0-9A-Fa-f:.]{7,45}", text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    if re.search(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b", text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append(m.raw_string)
    return hits


def value_dirty(value, regions):
    for reg in regions if not re.search(r"[A-Za-z]", value) else []:
        try:
            if pn.is_valid_number(pn.parse(value, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws hard negatives of a kind; a value still dirty after 200 draws becomes a dash."""

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
        return "–"
