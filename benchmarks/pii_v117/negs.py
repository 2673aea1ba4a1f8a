"""Hard negatives of v117 (disability and accessibility services), none in v52's list, and their screen."""

from __future__ import annotations

import ipaddress
import random
import re

import phonenumbers as pn

from .values import luhn_ok


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dec(lang: str, s: str) -> str:
    return s if lang in ("en", "hi") else s.replace(".", ",")


def _isbn(rng: random.Random, lang: str) -> str:
    body = "978" + rng.choice("0123") + _d(rng, 8)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{chk}"


def _gtin(rng: random.Random, lang: str) -> str:
    body = "0" + rng.choice(["40", "87", "50", "30"]) + _d(rng, 10)
    chk = (10 - sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body)) % 10) % 10
    return f"(01){body}{chk}"


def _date(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    if lang == "en" and rng.random() < 0.5:
        return f"{m}/{d}/{y}"
    return f"{d:02d}.{m:02d}.{y}" if lang in ("de", "nl") else f"{d:02d}/{m:02d}/{y}"


def _coord(rng: random.Random, lang: str) -> str:
    return f"{rng.uniform(-40, 60):.5f}, {rng.uniform(-80, 30):.5f}"


def _standard(rng: random.Random, lang: str) -> str:
    return rng.choice(
        [
            "EN 301 549 V3.2.1",
            "ISO 21542:2021",
            "DIN 18040-1",
            "IEC 60118-4:2014",
            "BS 8300-2:2018",
            "ISO 7176-19",
            "EN 17210:2021",
            "ISO 23599:2019",
            "DIN 32984",
        ]
    )


KINDS = {
    "iso9999": lambda r, lg: f"{r.randint(4, 30):02d} {r.randint(3, 40):02d} {r.randint(3, 45):02d}",
    "hmv_number": lambda r, lg: (
        f"{r.choice(['18', '10', '13', '22', '09'])}.{r.choice(['50', '46', '99'])}."
        f"{r.randint(1, 9):02d}.{_d(r, 4)}"
    ),
    "pzn": lambda r, lg: "PZN " + _d(r, 8),
    "udi_di": _gtin,
    "hcpcs": lambda r, lg: r.choice("EKL") + _d(r, 4),
    "interp_booking": lambda r, lg: (
        f"{r.choice(['BSL', 'ASL', 'DGS', 'LSF', 'NGT', 'LIS', 'LSE', 'ISL'])}/"
        f"{r.randint(25, 26)}{r.choice('KMTW')}{_d(r, 4)}"
    ),
    "relay_call_id": lambda r, lg: f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
    "ca_number": lambda r, lg: f"#{r.randint(1000, 9999)}",
    "paratransit_id": lambda r, lg: f"ADA-{_d(r, 5)}-{r.choice('ABCDEFGH')}",
    "trip_id": lambda r, lg: f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 4)}-{_d(r, 2)}",
    "plate": lambda r, lg: r.choice(
        [
            f"{r.choice(['LK', 'YX', 'MA', 'BD'])}{r.randint(15, 74)} "
            f"{''.join(r.choice('WAVXKPTR') for _ in range(3))}",
            f"{r.choice(['B', 'HH', 'K', 'M'])}-{r.choice(['RF', 'TX', 'AB'])} {r.randint(100, 9999)}",
            f"{r.choice('VGHK')}-{r.randint(100, 999)}-{''.join(r.choice('BDFGHJ') for _ in range(2))}",
        ]
    ),
    "fleet_number": lambda r, lg: str(r.randint(100, 9999)),
    "fare": lambda r, lg: _dec(lg, f"{r.randint(3, 68)}.{r.choice(['00', '40', '50', '75', '90'])}"),
    "appointment_date": _date,
    "time_window": lambda r, lg: (
        f"{r.randint(7, 12):02d}:{r.choice(['00', '15', '30', '45'])}–"
        f"{r.randint(13, 19):02d}:{r.choice(['00', '30'])}"
    ),
    "max_user_weight": lambda r, lg: f"{r.choice([100, 120, 125, 136, 150, 160, 181, 200])} kg",
    "battery_spec": lambda r, lg: f"{r.choice([12, 24, 36])} V / {r.choice([20, 34, 40, 50, 73])} Ah",
    "turning_radius": lambda r, lg: f"{r.randint(70, 160) * 10} mm",
    "door_clearance": lambda r, lg: f"{r.choice([775, 800, 815, 850, 900, 1000])} mm",
    "platform_size": lambda r, lg: f"{r.choice([900, 1000, 1100])} × {r.choice([1250, 1400, 1500])} mm",
    "tyre_pressure": lambda r, lg: (
        _dec(lg, f"{r.choice(['2.5', '3.0', '3.5', '4.0'])} bar") + f" ({r.choice([35, 40, 45, 50, 60])} psi)"
    ),
    "fm_frequency": lambda r, lg: _dec(lg, f"{r.choice([216, 863, 864])}.{_d(r, 2)} MHz"),
    "tty_baud": lambda r, lg: _dec(lg, r.choice(["45.45 baud", "50 baud", "300 baud"])),
    "caption_rate": lambda r, lg: f"{r.randint(140, 230)} wpm",
    "grant_ref": lambda r, lg: f"{r.choice(['DG', 'AT', 'AW', 'SF'])}/{r.randint(23, 26)}/{_d(r, 5)}",
    "member_number": lambda r, lg: "00" + _d(r, 4),
    "room_number": lambda r, lg: f"{r.randint(0, 5)}.{r.randint(1, 40):02d}",
    "tribunal_ref": lambda r, lg: f"SC{_d(r, 3)}/{r.randint(23, 25)}/{_d(r, 5)}",
    "isbn": _isbn,
    "gdb_degree": lambda r, lg: str(r.choice([30, 50, 60, 70, 80, 100])),
    "funding_share": lambda r, lg: f"{r.choice([50, 60, 75, 80, 90, 100])} %",
    "gps_coords": _coord,
    "sms_code": lambda r, lg: f"{_d(r, 3)} {_d(r, 3)}",
    "standard_ref": _standard,
    "wcag_criterion": lambda r, lg: f"{r.randint(1, 4)}.{r.randint(1, 4)}.{r.randint(1, 13)}",
    "scooter_speed": lambda r, lg: f"{r.choice([4, 6, 8, 10, 12, 15])} km/h",
    "route_length": lambda r, lg: f"{r.randint(2, 95) * 10} m",
    "hearing_threshold": lambda r, lg: f"{r.randint(3, 9) * 10} dB HL",
    "program_slot": lambda r, lg: f"P{r.randint(1, 4)}",
    "benefit_amount": lambda r, lg: _dec(lg, f"{r.randint(80, 1400)}.{r.choice(['00', '20', '45', '80'])}"),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    try:
        return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    except ValueError:
        return False


def guard_hits(text: str) -> list[str]:
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"[ -]", "", m.group())
        for i in range(len(digits)):
            for n in range(13, 20):
                if i + n <= len(digits) and luhn_ok(digits[i : i + n]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        if _iban_ok(m.group()):
            hits.append("iban")
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text: str, regions: list[str]) -> bool:
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


def dirty(text: str, regions: list[str]) -> bool:
    return bool(guard_hits(text)) or phone_hits(text, regions)


class Drawer:
    """Draws clean hard negatives, counting redraws; a value dirty after 200 draws becomes a dash."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used: set[str] = set()
        self.replaced_kinds: list[str] = []

    def draw(self, kind: str, lang: str, regions: list[str]) -> str:
        for _ in range(200):
            val = KINDS[kind](self.rng, lang)
            if not dirty(val, regions):
                self.used.add(kind)
                return val
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append(kind)
        return "–"
