"""Hard negatives of the outdoors domain (none in v52's list) and the screens they must pass."""

import ipaddress
import re

import phonenumbers as pn
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban as std_iban


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _coord(rng):
    return f"{rng.randint(36, 60)}.{_d(rng, 5)}, {rng.choice(['', '-'])}{rng.randint(1, 24)}.{_d(rng, 5)}"


def _dms(rng):
    return (
        f"{rng.randint(36, 60)}°{rng.randint(0, 59):02d}′{rng.randint(0, 59):02d}″N "
        f"{rng.randint(1, 24)}°{rng.randint(0, 59):02d}′{rng.randint(0, 59):02d}″E"
    )


def _isbn(rng):
    core = "978" + rng.choice(["3", "2", "88", "84", "90", "0", "1"])
    core += _d(rng, 12 - len(core))
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
    p = len(core) - 3
    return f"{core[:3]}-{core[3 : 3 + (p - 8)]}-{core[3 + (p - 8) : 8]}-{core[8:]}-{chk}"


def _chip(rng):
    return rng.choice(["276", "250", "528", "826", "380", "724", "941"]) + _d(rng, 12)


def _eartag(rng):
    return f"{rng.choice(['DE', 'AT', 'NL', 'UK'])} {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 5)}"


KINDS = {
    "gps_decimal": _coord,
    "gps_dms": _dms,
    "os_grid": lambda r: f"{r.choice(['NY', 'NN', 'SH', 'SO', 'NH', 'SD'])} {_d(r, 3)} {_d(r, 3)}",
    "utm": lambda r: (
        f"{r.choice(['32T', '33T', '31U', '29S'])} {r.randint(300000, 799999)} {r.randint(4100000, 5900000)}"
    ),
    "summit_altitude": lambda r: f"{r.randint(1, 4)}.{_d(r, 3)} m",
    "ascent_hm": lambda r: f"{r.randint(400, 2400)} Hm",
    "hunting_licence": lambda r: f"JS/{r.randint(19, 26)}/{r.choice('ABKMR')}-{_d(r, 5)}",
    "fishing_permit": lambda r: f"FP/{_d(r, 4)}/{r.randint(24, 26)}",
    "bird_ring": lambda r: f"{r.choice(['NLA', 'DEH', 'GBT', 'FRP'])} {r.choice('ABCDEHLX')}{_d(r, 6)}",
    "microchip": _chip,
    "ear_tag": _eartag,
    "hut_booking_ref": lambda r: f"HB{_d(r, 2)}-{_d(r, 5)}",
    "trail_number": lambda r: f"{r.randint(1, 9)}{_d(r, 2)}{r.choice(['', 'a', 'b'])}",
    "water_gauge": lambda r: f"{r.randint(90, 780)} cm",
    "river_km": lambda r: f"km {r.randint(100, 860)},{r.randint(0, 9)}",
    "wind_speed": lambda r: f"{r.randint(20, 140)} km/h",
    "catch_size": lambda r: f"{r.randint(25, 90)} cm",
    "season_dates": lambda r: (
        f"{r.randint(1, 28):02d}.{r.randint(1, 6):02d}.–{r.randint(1, 28):02d}.{r.randint(7, 12):02d}."
    ),
    "bag_limit": lambda r: f"{r.randint(2, 6)}/{r.randint(10, 30)}",
    "opening_hours": lambda r: (
        f"{r.randint(6, 9):02d}:{r.choice(['00', '30'])}–{r.randint(16, 20)}:{r.choice(['00', '30'])}"
    ),
    "map_scale": lambda r: f"1:{r.choice(['25 000', '50 000', '25.000', '33 333'])}",
    "map_sheet": lambda r: f"{r.randint(1000, 5999)}-{r.choice(['W', 'O', 'Ost', 'West', 'N'])}",
    "bearing": lambda r: f"{r.randint(0, 359)}°",
    "tide": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d} ({r.randint(0, 6)},{_d(r, 1)} m)",
    "euring_code": lambda r: f"{_d(r, 5)}",
    "fee_amount": lambda r: f"€ {r.randint(1, 9)}.{_d(r, 3)},{r.choice(['00', '50'])}",
    "wmo_station": lambda r: f"WMO {r.randint(10000, 16999)}",
    "vhf_channel": lambda r: (
        f"{r.choice(['16', '67', '72', '77'])} "
        f"({r.randint(156, 157)},{r.choice(['05', '3', '525', '8'])} MHz)"
    ),
    "sun_times": lambda r: (
        f"{r.randint(5, 8):02d}:{r.randint(0, 59):02d} / {r.randint(17, 21)}:{r.randint(0, 59):02d}"
    ),
    "rescue_case": lambda r: f"WR{r.randint(24, 26)}-{r.choice('ABCDFGH')}{_d(r, 3)}",
    "angling_member": lambda r: f"{_d(r, 3)}.{_d(r, 3)}",
    "hectares": lambda r: f"{r.randint(1, 9)}.{_d(r, 3)},{r.randint(0, 9)} ha",
    "parcel_number": lambda r: f"{r.randint(100, 3999)}/{r.randint(1, 40)}",
    "snow_depth": lambda r: f"{r.randint(20, 340)} cm",
    "isbn": _isbn,
    "avalanche_level": lambda r: f"{r.randint(1, 4)}/5",
    "visitor_count": lambda r: f"{r.randint(10, 480)}.{_d(r, 3)}",
    "bed_count": lambda r: f"{r.randint(12, 140)}",
    "fire_index": lambda r: f"FWI {r.randint(5, 60)},{_d(r, 1)}",
    "water_temp": lambda r: f"{r.randint(4, 24)},{_d(r, 1)} °C",
    "gate_code": lambda r: f"{_d(r, 4)}#",
    "pitch_range": lambda r: f"{r.randint(1, 60)}–{r.randint(61, 140)}",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        for piece in re.split(r"  +", m.group()):
            d = re.sub(r"[ \-]", "", piece)
            if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d):
                hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
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
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    return hits


def phone_hits(text, regions):
    found = []
    for reg in regions:
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                found.append(("parse", reg))
        except pn.NumberParseException:
            pass
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            found.append((m.raw_string, reg))
    return found


def dirty(value, regions):
    return bool(phone_hits(value, regions) or guard_hits(value))


def doc_dirty(text, regions):
    hits = []
    for reg in regions:
        hits += [m.raw_string for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID)]
    return hits + guard_hits(text)


SWAP = {
    "hectares",
    "water_temp",
    "fire_index",
    "river_km",
    "visitor_count",
    "summit_altitude",
    "tide",
    "vhf_channel",
    "fee_amount",
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def localize(kind, value, lang):
    """English and Hindi documents write decimals with a point, thousands with a comma, dates with months."""
    if lang not in ("en", "hi"):
        return value
    if kind in SWAP:
        return value.translate(str.maketrans(".,", ",."))
    if kind == "season_dates":
        a, b = value.rstrip(".").split(".–")
        d1, m1 = a.split(".")
        d2, m2 = b.split(".")
        return f"{int(d1)} {MONTHS[int(m1) - 1]} – {int(d2)} {MONTHS[int(m2) - 1]}"
    return value


class Drawer:
    """Draws clean hard negatives; a kind still dirty after 200 draws is replaced by a dash."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, regions, lang):
        for _ in range(200):
            v = localize(kind, KINDS[kind](self.rng), lang)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
