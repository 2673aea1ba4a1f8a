"""Hard negatives for v116 (winter sports and mountain resorts), the guards and the screen."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _hx(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def _an(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(n))


KINDS = {
    "wtp_chip": lambda r: "%s-%s-%s" % (_hx(r, 8), _an(r, 3), _an(r, 3)),
    "season_pass": lambda r: "SAISON-%s" % _an(r, 6),
    "snow_depth": lambda r: "%d cm" % r.randrange(20, 340),
    "altitude": lambda r: "%d %03d m" % (r.randrange(1, 4), r.randrange(0, 1000)),
    "danger_level": lambda r: "%d/5" % r.randrange(1, 6),
    "altitude_band": lambda r: "%d–%d m" % ((a := r.randrange(12, 26) * 100), a + r.choice([400, 600, 800])),
    "temperature": lambda r: "%s%d °C" % (r.choice(["−", "-", ""]), r.randrange(1, 25)),
    "wind_gusts": lambda r: "%d–%d km/h" % ((w := r.randrange(30, 90)), w + r.choice([20, 30, 40])),
    "din_setting": lambda r: (
        "DIN %s" % r.choice(["3", "3.5", "4.5", "5", "5.5", "6", "6.5", "7", "8", "9.5"])
    ),
    "boot_sole": lambda r: "BSL %d mm" % r.randrange(255, 345),
    "ski_length": lambda r: "%d cm" % r.choice(range(120, 192, 3)),
    "mondopoint": lambda r: "MP %d.%d" % (r.randrange(22, 31), r.choice([0, 5])),
    "lift_capacity": lambda r: "%d %03d P/h" % (r.randrange(1, 4), r.choice([0, 200, 400, 600, 800])),
    "station_id": lambda r: "WMO %s" % ("0" + _d(r, 4) if r.random() < 0.5 else "1" + _d(r, 4)),
    "gps": lambda r: "%d.%s, %d.%s" % (r.randrange(44, 48), _d(r, 4), r.randrange(6, 14), _d(r, 4)),
    "lift_hours": lambda r: (
        "%02d:%02d–%02d:%02d"
        % (r.choice([8, 9]), r.choice([0, 15, 30]), r.choice([15, 16]), r.choice([0, 15, 30, 45]))
    ),
    "season_dates": lambda r: "%02d.12.2025 – %02d.04.2026" % (r.randrange(1, 21), r.randrange(1, 27)),
    "booking_ref": lambda r: "%s-%s-%s" % (r.choice(["CHL", "BKG", "RES"]), _d(r, 5), _an(r, 1)),
    "course_code": lambda r: (
        "%s-%s%d-%s" % (r.choice(["SKS", "SNB", "XC"]), r.choice("ABC"), r.randrange(1, 4), _d(r, 4))
    ),
    "instructor_licence": lambda r: "%s %s" % (r.choice(["ISIA", "BASI L3", "PSIA", "IVSI"]), _d(r, 5)),
    "rental_contract": lambda r: "MV-%s/%s" % (_an(r, 4), r.choice(["W25", "W26"])),
    "swe": lambda r: "SWE %d mm" % r.randrange(40, 900),
    "new_snow": lambda r: "+%d cm / %d h" % (r.randrange(5, 90), r.choice([24, 48, 72])),
    "bulletin_time": lambda r: "%02d.01.2026, %s" % (r.randrange(1, 32), r.choice(["08:00", "17:00"])),
    "price": lambda r: (
        "%s %d,%s" % (r.choice(["€", "CHF"]), r.randrange(39, 420), r.choice(["00", "50", "90"]))
    ),
    "postcode": lambda r: r.choice(
        [
            "CH-3920",
            "A-6764",
            "F-73150",
            "D-87561",
            "I-23030",
            "A-6580",
            "F-74400",
            "CH-7500",
            "D-82467",
            "I-39047",
        ]
    ),
    "room": lambda r: "%d.%02d" % (r.randrange(1, 5), r.randrange(1, 40)),
    "flight": lambda r: "%s %d" % (r.choice(["LX", "EZY", "OS", "AF", "BA", "TOM"]), r.randrange(100, 9000)),
    "train": lambda r: "%s %d" % (r.choice(["IC", "RJX", "ICE", "TGV", "EC"]), r.randrange(100, 9999)),
    "bus_times": lambda r: ", ".join(
        "%02d:%02d" % (h, m) for h, m in [(7, 45), (8, r.choice([5, 15])), (8, 45), (9, r.choice([20, 30]))]
    ),
    "height_weight": lambda r: "1,%02d m, %d kg" % (r.randrange(20, 96), r.randrange(25, 110)),
    "helmet": lambda r: "%d–%d cm" % ((h := r.randrange(48, 59)), h + 3),
    "slope_angle": lambda r: "%d°" % r.randrange(28, 46),
    "grid_ref": lambda r: "%s %s %s" % (r.choice(["NN", "NH", "NO", "NJ", "NY"]), _d(r, 3), _d(r, 3)),
    "beacon_serial": lambda r: "S/N %s-%s" % (_an(r, 2), _d(r, 7)),
    "radio_freq": lambda r: "%d,%d MHz" % (r.choice([155, 158, 161, 446]), r.randrange(1, 10)),
    "bib": lambda r: "%04d" % r.randrange(1, 2000),
    "cabin": lambda r: "%d" % r.randrange(1, 120),
    "locker_code": lambda r: "%s-%s" % (_d(r, 3), _d(r, 4)),
    "vertical_drop": lambda r: "%d %03d Hm" % (r.randrange(1, 3), r.randrange(0, 1000)),
    "snowmaking": lambda r: "%d m³/h" % r.randrange(60, 900),
    "lift_id": lambda r: "%s%d" % (r.choice(["8-EUB ", "6-SB ", "4-KSB ", "T-bar "]), r.randrange(1, 40)),
}

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")
SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        k = int(ch) * (2 if i % 2 else 1)
        s += k - 9 if k > 9 else k
    return s % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    for m in RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            hits.append("luhn")
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
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group().strip(":") if "::" not in m.group() else m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        try:
            n = pn.parse(text, r)
            if pn.is_valid_number(n):
                hits.append("parse-" + r)
        except pn.NumberParseException:
            pass
        for _ in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append("match-" + r)
            break
    return hits


def dirty(text, regions):
    return guard_hits(text) + phone_hits(text, regions)


class Drawer:
    """Draws a value of a kind until it is clean for the given regions (200 tries, then a dash)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, regions):
        self.used.add(kind)
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
