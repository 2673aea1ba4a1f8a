"""Hard negatives for v124 (toys, models and dolls) and the screens that keep them clean."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban


def _d(rng, k, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


def _letters(rng, k, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(k))


KINDS = {
    # construction sets and kits
    "brick_set": lambda r: f"{_d(r, 5)}-1",
    "piece_count": lambda r: (
        f"{r.randint(1, 9)} {_d(r, 3, '0123456789')} Teile"
        if r.random() < 0.2
        else f"{r.randint(1, 9)},{_d(r, 3, '0123456789')} pcs"
    ),
    "kit_catalogue": lambda r: f"{r.choice(['35', '24', '48', '72'])}{_d(r, 3, '0123456789')}",
    "paint_code": lambda r: r.choice(
        [
            f"XF-{r.randint(1, 90)}",
            f"H{r.randint(1, 340)}",
            f"70.{_d(r, 3, '0123456789')}",
            f"RLM {r.randint(2, 83):02d}",
        ]
    ),
    "sprue_part": lambda r: f"{_letters(r, 1)}{r.randint(1, 48)} + {_letters(r, 1)}{r.randint(1, 48)}",
    "scale_ratio": lambda r: r.choice(
        [
            "1:87",
            "1:160",
            "1:43.5",
            "1:76.2",
            "1:22.5",
            "1:148",
            "1:35",
            "1:72",
            "1:350",
            "1:700",
            "1:24",
            "1:12",
        ]
    ),
    # model railways
    "dcc_address": lambda r: f"{r.randint(3, 9999)}",
    "cv_setting": lambda r: f"CV{r.randint(1, 64)}={r.randint(0, 255)}",
    "loco_running_no": lambda r: r.choice(
        [
            f"{_d(r, 2)} {_d(r, 3, '0123456789')}-{r.randint(0, 9)}",
            f"D{_d(r, 4)}",
            f"{r.randint(30, 92)}.{_d(r, 3, '0123456789')}",
        ]
    ),
    "wheel_arrangement": lambda r: r.choice(
        ["4-6-2", "2-8-0", "0-6-0T", "4-4-0", "2-6-4T", "Co-Co", "Bo-Bo", "2'C1' h3", "4-8-4"]
    ),
    "catalogue_ref": lambda r: f"{r.choice(['R', 'L', 'K', 'N'])}{_d(r, 4)}",
    "track_radius": lambda r: f"R{r.randint(1, 4)} {r.randint(300, 600)} mm",
    "layout_size": lambda r: f"{r.randint(2, 9)}.{r.randint(1, 9)} m x {r.randint(1, 3)}.{r.randint(1, 9)} m",
    "gradient": lambda r: f"1 in {r.randint(30, 80)}",
    "fast_clock": lambda r: f"{r.randint(3, 12)}:1",
    # dolls and repairs
    "doll_mould": lambda r: (
        f"{r.choice(['390', '351', '996', '1894', '117', '126'])} "
        f"{r.choice(['A', 'K*R', 'DEP', 'Germany'])} {r.randint(1, 12)}/{r.randint(0, 9)} M"
    ),
    "head_circ": lambda r: f"{r.randint(18, 38)}.{r.randint(0, 9)} cm",
    "elastic_gauge": lambda r: f"{r.randint(2, 6)} mm x {r.randint(40, 120)} cm",
    "eye_size": lambda r: f"{r.randint(8, 24)} mm",
    "repair_bay": lambda r: f"Bay {r.randint(1, 12)}/{_letters(r, 1)}",
    # toy libraries and shops
    "loan_tag": lambda r: f"TL-{_d(r, 4)}/{r.randint(1, 9)}",
    "age_band": lambda r: r.choice(["0-3", "3+", "6-9", "8-14", "14+", "18 m+", "4–7", "10-99"]),
    "en71_ref": lambda r: r.choice(
        [
            "EN 71-1:2014+A1:2018",
            "EN 71-3:2019",
            "ASTM F963-17",
            "EN 62115:2020",
            "ISO 8124-1:2022",
            "EN 71-2:2020",
        ]
    ),
    "date_code": lambda r: f"date code {r.randint(1, 52):02d}{r.randint(18, 25)}",
    "price_range": lambda r: (
        f"{r.randint(2, 99)}.{r.randint(0, 99):02d}–{r.randint(100, 400)}.{r.randint(0, 99):02d}"
    ),
    # fairs
    "stand_no": lambda r: f"Hall {r.randint(1, 12)}, {_letters(r, 1)}-{r.randint(100, 699)}",
    "opening_times": lambda r: (
        f"{r.randint(8, 10)}:{r.choice(['00', '30'])}–{r.randint(15, 18)}:{r.choice(['00', '30'])}"
    ),
    "table_pitch": lambda r: f"{r.randint(1, 4)} x {r.choice(['1.8', '2.4', '1.5'])} m",
    "auction_lot": lambda r: f"Lot {r.randint(1, 899)}",
    "estimate": lambda r: f"{r.randint(1, 9)}00-{r.randint(10, 30)}00",
    # kites and RC flying
    "wingspan": lambda r: f"{r.randint(600, 2400)} mm",
    "prop_size": lambda r: r.choice(
        [
            f"{r.randint(5, 16)}x{r.randint(3, 10)}",
            f"{r.randint(5, 16)}x{r.randint(3, 9)}.5",
            f"{r.randint(4, 7)}0{r.randint(3, 5)}0",
        ]
    ),
    "motor_kv": lambda r: f"{r.randint(6, 28)}{r.randint(0, 9)}0 kV",
    "rc_channel": lambda r: r.choice(
        [f"{r.choice(['35', '40', '41'])}.{_d(r, 3, '0123456789')} MHz", f"CH {r.randint(1, 16)}", "2.4 GHz"]
    ),
    "cell_config": lambda r: f"{r.randint(2, 6)}S{r.choice(['1P', '2P', ''])}",
    "line_strength": lambda r: f"{r.randint(20, 300)} daN",
    "kite_size": lambda r: f"{r.randint(1, 9)}.{r.randint(0, 9)} m²",
    "wind_range": lambda r: f"{r.randint(2, 8)}–{r.randint(18, 40)} km/h",
    "flyer_id": lambda r: f"GBR-OP-{_letters(r, 12, 'ABCDEFGHJKLMNPRSTUVWXYZ23456789')}",
    "field_coords": lambda r: (
        f"{r.randint(50, 53)}.{_d(r, 4, '0123456789')}, -{r.randint(0, 3)}.{_d(r, 4, '0123456789')}"
    ),
    "height_limit": lambda r: f"{r.choice(['120', '400', '90'])} {r.choice(['m', 'ft'])}",
    "servo_spec": lambda r: f"{r.randint(2, 25)}.{r.randint(0, 9)} kg·cm / 0.{r.randint(6, 19):02d} s",
    "flight_log": lambda r: f"{r.randint(1, 48)} min {r.randint(0, 59):02d} s",
}


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
CARD = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBANRE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    for m in CARD.finditer(text):
        dig = re.sub(r"\D", "", m.group())
        if 13 <= len(dig) <= 19 and luhn_ok(dig):
            hits.append("card")
    for m in IBANRE.finditer(text):
        if stdiban.is_valid(m.group()):
            hits.append("iban")
    for m in IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions, whole=True):
    out = []
    for reg in regions:
        if not whole:
            try:
                if pn.is_valid_number(pn.parse(text, reg)):
                    out.append(reg)
                    continue
            except pn.NumberParseException:
                pass
        for _m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            out.append(reg)
    return out


def dirty(text, regions, whole=True):
    return bool(phone_hits(text, regions, whole) or guard_hits(text))


class Drawer:
    """draws a hard negative of a kind, screening each value; a dash after 200 dirty draws."""

    def __init__(self):
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, rng, kind, regions):
        for _ in range(200):
            val = KINDS[kind](rng)
            if not dirty(val, regions, whole=False):
                self.used.add(kind)
                return val
            self.redraws += 1
        self.replaced += 1
        return "-"
