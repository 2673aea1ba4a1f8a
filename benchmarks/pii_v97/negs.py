"""Hard negatives from gardens, nurseries, shows and tree work; guards and the screen they must pass."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _ean13(rng):
    body = "50" + _d(rng, 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _isbn(rng):
    body = "978" + rng.choice(["1", "0"]) + _d(rng, 8)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    b = body + str((10 - s % 10) % 10)
    return f"{b[:3]}-{b[3]}-{b[4:9]}-{b[9:12]}-{b[12]}"


KINDS = {
    "os_grid_ref": lambda r: f"{r.choice(['TG', 'SX', 'SE', 'TL', 'ST'])} {_d(r, 4)} {_d(r, 4)}",
    "gps_coords": lambda r: f"{r.randint(40, 58)}.{_d(r, 4)}, -{r.randint(0, 5)}.{_d(r, 4)}",
    "tpo_ref": lambda r: f"TPO {r.randint(15, 25)}/{r.randint(1, 399)}",
    "planning_ref": lambda r: f"{r.randint(19, 25)}/{_d(r, 5)}/{r.choice(['FUL', 'TCA', 'HOU', 'TPO'])}",
    "plant_passport": lambda r: f"B: GB-{_d(r, 5)} C: {_d(r, 6)}",
    "seed_lot": lambda r: f"L{r.choice('ABCKM')}{_d(r, 3)}/{r.randint(23, 25)}",
    "compost_ean": _ean13,
    "npk_ratio": lambda r: f"{r.randint(4, 20)}-{r.randint(4, 20)}-{r.randint(4, 24)}",
    "soil_ph": lambda r: f"pH {r.randint(5, 7)}.{r.randint(0, 9)}",
    "pot_size": lambda r: (
        f"{r.choice([9, 10.5, 12, 15, 17, 19, 23])} cm / {r.choice([1, 2, 3, 5, 7.5, 10])} L"
    ),
    "bed_dimensions": lambda r: (
        f"{r.randint(1, 9)}.{r.randint(1, 9)} x {r.randint(1, 9)}.{r.randint(0, 9)} m"
    ),
    "lawn_area": lambda r: f"{r.randint(40, 2400)} m²",
    "tree_dbh": lambda r: f"DBH {r.randint(12, 140)} cm, height {r.randint(4, 28)} m",
    "water_meter": lambda r: f"{_d(r, 5)}.{_d(r, 3)} m³",
    "show_class": lambda r: f"Class {r.randint(1, 140)}{r.choice(['', 'a', 'b'])}",
    "exhibitor_no": lambda r: f"{_d(r, 4)}/{r.randint(10, 99)}",
    "judging_points": lambda r: f"{r.randint(10, 19)}.{r.choice([0, 5])}/20",
    "veg_weight": lambda r: f"{r.randint(1, 98)} lb {r.randint(1, 15)} oz",
    "sowing_window": lambda r: (
        f"{r.randint(1, 28):02d}/{r.randint(2, 5):02d}–{r.randint(1, 28):02d}/{r.randint(6, 9):02d}"
    ),
    "opening_hours": lambda r: (
        f"{r.randint(7, 10):02d}:{r.choice(['00', '30'])}–{r.randint(16, 20)}:{r.choice(['00', '30'])}"
    ),
    "vat_price": lambda r: f"£{r.randint(1, 9)},{_d(r, 3)}.{_d(r, 2)}",
    "quote_ref": lambda r: f"Q-{r.randint(23, 25)}-{_d(r, 5)}",
    "waste_carrier": lambda r: f"CBDU{_d(r, 6)}",
    "engine_hours": lambda r: f"{_d(r, 4)}.{r.randint(0, 9)} h",
    "tree_tags": lambda r: f"T{r.randint(1, 40)}–T{r.randint(41, 90)}",
    "plot_rods": lambda r: f"{r.choice([5, 10, 2.5])} rods ({r.randint(120, 260)} m²)",
    "membership_no": lambda r: f"{_d(r, 5)}-{r.randint(19, 25)}",
    "pbr_grant": lambda r: f"EU {_d(r, 5)}",
    "hardiness": lambda r: f"H{r.randint(2, 7)} / USDA {r.randint(4, 10)}{r.choice('ab')}",
    "germination": lambda r: (
        f"{r.randint(13, 20)}–{r.randint(21, 26)} °C, {r.randint(5, 10)}–{r.randint(12, 28)} days"
    ),
    "delivery_slot": lambda r: (
        f"{r.randint(6, 12):02d}:{r.choice(['00', '30'])}-{r.randint(13, 17)}:{r.choice(['00', '30'])}"
    ),
    "hose_size": lambda r: (
        f'{r.choice(["1/2", "3/4", "5/8"])}" ({r.choice([13, 19, 25])} mm) x {r.choice([15, 25, 30, 50])} m'
    ),
    "fence_panel": lambda r: f"{r.randint(3, 6)}' x {r.randint(4, 6)}'",
    "concrete_mix": lambda r: f"{r.randint(1, 1)}:{r.randint(2, 3)}:{r.randint(4, 6)}",
    "air_pressure": lambda r: f"{r.randint(985, 1035)}.{r.randint(0, 9)} hPa",
    "mapp_no": lambda r: f"MAPP {_d(r, 5)}",
    "pallet_count": lambda r: (
        f"{r.randint(1, 12)}/{r.randint(12, 24)} pallets, {r.randint(20, 60)} rolls each"
    ),
    "raffle_range": lambda r: f"{_d(r, 4)}–{_d(r, 4)}",
    "book_isbn": _isbn,
    "rainfall": lambda r: f"{r.randint(0, 48)}.{r.randint(0, 9)} mm",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d -]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}")
IP_RE = re.compile(r"[0-9A-Fa-f:.]{7,}")


def luhn(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        k = int(c) * (2 if i % 2 else 1)
        tot += k - 9 if k > 9 else k
    return tot % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IP_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group().strip(".:"))
            hits.append("ip")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    for reg in regions:
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                return True
        except pn.NumberParseException:
            pass
        for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            return True
    return False


def dirty(text, regions):
    return bool(guard_hits(text)) or phone_hits(text, regions)


class Drawer:
    """Draw a value of a kind until it is clean for the regions; after 200 dirty draws give a dash."""

    def __init__(self):
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = []

    def draw(self, rng, kind, regions):
        self.used.add(kind)
        for _ in range(200):
            v = KINDS[kind](rng)
            if not dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append(kind)
        return "–"
