"""Hard negatives of v49: numbers from emergencies, safety and utilities that are not PII."""

import ipaddress
import re

import phonenumbers as pn


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dec(x, lang):
    return x if lang in ("en", "hi") else x.replace(".", ",")


def _L(rng):
    return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


KINDS = {
    "incident_no": lambda r, la: f"INC {r.choice(['24', '25'])}/{_L(r)}{_d(r, 4)}",
    "claim_no": lambda r, la: f"CLM/{_d(r, 2)}/{_L(r)}{_L(r)}{_d(r, 4)}",
    "policy_no": lambda r, la: f"{_L(r)}{_L(r)}-{_d(r, 3)}{_L(r)}{_d(r, 3)}",
    "meter_id": lambda r, la: f"{_d(r, 1)}{_L(r)}{_L(r)}{_L(r)}{_d(r, 4)}{_L(r)}{_d(r, 2)}",
    "outage_id": lambda r, la: f"OUT{_d(r, 4)}-{_L(r)}{_d(r, 1)}",
    "grid_ref": lambda r, la: f"{_L(r)}{_L(r)} {_d(r, 3)} {_d(r, 3)}",
    "coords": lambda r, la: _dec(f"{r.randint(36, 58)}.{_d(r, 4)}° N, {r.randint(1, 14)}.{_d(r, 4)}° E", la),
    "river_level": lambda r, la: _dec(f"{r.randint(2, 9)}.{_d(r, 2)} m", la),
    "wind_speed": lambda r, la: f"{r.randint(75, 140)} km/h",
    "rainfall": lambda r, la: f"{r.randint(30, 120)} mm / {r.choice([6, 12, 24, 48])} h",
    "road_km": lambda r, la: _dec(
        f"{r.choice(['A', 'B', 'N', 'M'])}{r.randint(1, 99)} km {r.randint(10, 480)}.{r.randint(1, 9)}", la
    ),
    "case_no": lambda r, la: (
        f"{r.randint(1, 9)} {r.choice(['Js', 'C', 'K'])} {r.randint(100, 9999)}/{r.randint(23, 25)}"
    ),
    "shelter_cap": lambda r, la: f"{r.randint(3, 48) * 10}",
    "casualties": lambda r, la: f"{r.randint(0, 6)}/{r.randint(0, 12)}/{r.randint(0, 3)}",
    "radio_channel": lambda r, la: _dec(
        f"{r.randint(1, 16)} ({r.choice(['446.00625', '446.03125', '446.05625', '446.09375'])} MHz)", la
    ),
    "plate": lambda r, la: f"{_L(r)}{_L(r)}{r.randint(10, 99)} {_L(r)}{_L(r)}{_L(r)}",
    "vin": lambda r, la: f"W{_L(r)}{_L(r)}ZZZ{r.randint(1, 9)}{_L(r)}Z{_L(r)}{_d(r, 6)}",
    "extinguisher": lambda r, la: (
        f"{r.choice([2, 6, 9])} kg, {r.choice([13, 21, 27, 34, 43])}A {r.choice([89, 113, 144, 183, 233])}B"
    ),
    "assembly_point": lambda r, la: f"{_L(r)}{r.randint(1, 9)}",
    "warn_level": lambda r, la: f"{r.randint(2, 4)}/4",
    "pressure_hpa": lambda r, la: f"{r.randint(955, 1002)} hPa",
    "gas_mbar": lambda r, la: f"{r.choice([20, 21, 23, 25, 37, 50])} mbar",
    "meter_reading": lambda r, la: _dec(f"{_d(r, 5)}.{r.randint(0, 9)} kWh", la),
    "voltage": lambda r, la: f"{r.choice([11, 20, 33, 110])} kV",
    "hydrant": lambda r, la: f"H{r.choice(['', ' '])}{r.randint(100, 999)}",
    "postcodes": lambda r, la: ", ".join(str(r.randint(10, 99)) + _d(r, 3) for _ in range(3)),
    "un_number": lambda r, la: (
        f"UN {r.choice([1203, 1005, 1017, 1075, 1202, 1791, 1830, 2672])}"
        + f" / {r.choice([33, 268, 30, 23, 80, 886])}"
    ),
    "lot_no": lambda r, la: f"LOT {r.randint(20, 25)}{_L(r)}{_d(r, 4)}",
    "excess": lambda r, la: f"{r.choice([150, 250, 300, 500, 1000])}",
    "odometer": lambda r, la: f"{r.randint(12, 299)} {_d(r, 3)} km",
    "tyre_size": lambda r, la: (
        f"{r.choice([185, 195, 205, 215, 225])}/{r.choice([45, 55, 60, 65])}"
        + (", Felge R" if la == "de" else " R")
        + str(r.randint(14, 18))
    ),
    "callsign": lambda r, la: (
        f"{r.choice(['Florian', 'Rescue', 'Medic', 'Kater'])} "
        + f"{r.randint(1, 99)}/{r.randint(1, 99)}-{r.randint(1, 9)}"
    ),
    "sandbags": lambda r, la: f"{r.randint(2, 40) * 250}",
    "chlorine": lambda r, la: _dec(f"0.{r.randint(1, 6)} mg/l", la),
    "alarm_zone": lambda r, la: f"Z{r.randint(1, 64):02d}-{_L(r)}{r.randint(1, 9)}",
    "pipe_dn": lambda r, la: f"DN {r.choice([80, 100, 150, 200, 300, 400])}",
    "height_weight": lambda r, la: _dec(f"1.{r.randint(50, 95)} m, {r.randint(45, 110)} kg", la),
    "reward": lambda r, la: f"{r.choice([100, 200, 250, 500, 1000])}",
    "magnitude": lambda r, la: _dec(f"M {r.randint(2, 5)}.{r.randint(0, 9)}", la),
    "generator": lambda r, la: f"{r.choice([20, 45, 60, 100, 250])} kVA",
    "temperature": lambda r, la: f"{r.choice(['-', '–'])}{r.randint(5, 22)} °C",
    "sirens": lambda r, la: f"{r.randint(1, 3)} × {r.choice([12, 60])} s",
}


# ---- screening ------------------------------------------------------------------------------------------


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        tot += v
    return tot % 10 == 0


IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
SSN_RE = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
IP4_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in re.finditer(r"\d(?:[ -]?\d){12,18}", text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        s = m.group().replace(" ", "")
        if len(s) >= 15 and s[2:4].isdigit():
            v = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
            if v % 97 == 1:
                hits.append("iban")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group())
            hits.append("ip")
        except ValueError:
            pass
    if re.search(r"\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\b", text):
        try:
            for m in re.finditer(r"[0-9a-fA-F:]{6,}", text):
                ipaddress.IPv6Address(m.group())
                hits.append("ip6")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    out = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            out.append((reg, m.raw_string))
    return out


def value_dirty(v, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(v, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(v, regions) or guard_hits(v))


class Drawer:
    """Draws values of a kind until one is clean for the regions; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = set()

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.add(kind)
        return "—"
