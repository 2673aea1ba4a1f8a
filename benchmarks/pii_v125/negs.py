"""Hard negatives for v125 (number-like values from spiritual and alternative practice) and the guards."""

from __future__ import annotations

import ipaddress
import random
import re

import phonenumbers
from stdnum import iban as std_iban

SIGNS = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius"]
PLANETS = ["Sun", "Moon", "Mercury", "Venus", "Mars", "Jupiter", "Saturn"]


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _isbn13(rng: random.Random) -> str:
    body = "978" + str(rng.randint(0, 1)) + _d(rng, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    ck = (10 - s % 10) % 10
    full = body + str(ck)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1948, 2006)


KINDS = {
    "birth_data": lambda r: "%02d.%02d.%d, %02d:%02d" % (*_date(r), r.randint(0, 23), r.randint(0, 59)),
    "birth_coords": lambda r: (
        "%d°%02d′N %d°%02d′E" % (r.randint(35, 60), r.randint(0, 59), r.randint(0, 30), r.randint(0, 59))
    ),
    "planet_degree": lambda r: (
        "%s %d°%02d′ %s" % (r.choice(PLANETS), r.randint(0, 29), r.randint(0, 59), r.choice(SIGNS))
    ),
    "house_cusps": lambda r: (
        "ASC %d°%02d′, MC %d°%02d′, IC %d°%02d′"
        % tuple(r.randint(0, 29) if i % 2 == 0 else r.randint(0, 59) for i in range(6))
    ),
    "utc_offset": lambda r: r.choice(
        ["UTC+05:30", "UTC−03:00", "GMT+1", "UTC+09:30", "UTC−07:00", "UTC+01:00"]
    ),
    "julian_day": lambda r: "JD %d.%d" % (r.randint(2440000, 2470000), r.choice([0, 5])),
    "numerology_sum": lambda r: "%s = %d → %d" % ("+".join(_d(r, 8)), r.randint(20, 48), r.randint(1, 9)),
    "frequencies": lambda r: ", ".join(
        "%d Hz" % h for h in r.sample([174, 285, 396, 417, 432, 528, 639, 741, 852, 963], 4)
    ),
    "crystal_weight": lambda r: "%d.%d ct" % (r.randint(12, 980), r.randint(0, 9)),
    "crystal_size": lambda r: "%d × %d × %d mm" % (r.randint(20, 140), r.randint(15, 90), r.randint(10, 60)),
    "voucher_code": lambda r: "GV-%s-%s" % (_d(r, 4), _d(r, 4)),
    "booking_ref": lambda r: (
        "RET/%s/%s" % ("".join(r.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3)), _d(r, 3))
    ),
    "cabin_bed": lambda r: "%d/%d" % (r.randint(1, 40), r.randint(1, 6)),
    "session_times": lambda r: (
        "%02d:%02d–%02d:%02d"
        % (r.randint(5, 9), r.choice([0, 15, 30, 45]), r.randint(10, 12), r.choice([0, 30]))
    ),
    "date_range": lambda r: (
        "%d.–%d.%02d.%d" % (r.randint(1, 9), r.randint(12, 28), r.randint(1, 12), r.randint(2025, 2026))
    ),
    "stand_number": lambda r: "%s-%d" % (r.choice("ABCDEFG"), r.randint(1, 99)),
    "ean_barcode": lambda r: "%s %s %s" % (_d(r, 1), _d(r, 6), _d(r, 6)),
    "isbn": _isbn13,
    "mantra_count": lambda r: "108 × %d = %d" % ((k := r.randint(3, 40)), 108 * k),
    "breath_pattern": lambda r: (
        "%d-%d-%d-%d" % (r.randint(3, 6), r.randint(4, 8), r.randint(4, 9), r.randint(2, 5))
    ),
    "moon_phase": lambda r: (
        "%02d.%02d.%d %02d:%02d UTC"
        % (r.randint(1, 28), r.randint(1, 12), r.randint(2025, 2026), r.randint(0, 23), r.randint(0, 59))
    ),
    "saros": lambda r: "Saros %d, %d/%d" % (r.randint(110, 160), r.randint(1, 40), r.randint(70, 80)),
    "decibels": lambda r: "%d–%d dB" % (r.randint(40, 60), r.randint(62, 95)),
    "oil_lot": lambda r: "LOT %s-%s" % (_d(r, 6), r.choice("ABCDEK")),
    "practitioner_reg": lambda r: "CNHC %s" % _d(r, 6),
    "insurance_policy": lambda r: "PL-%s/%s" % (_d(r, 6), _d(r, 2)),
    "course_hours": lambda r: (
        "%d h (%d × %d h)" % ((a := r.randint(4, 25)) * (b := r.choice([4, 6, 8])), a, b)
    ),
    "company_number": lambda r: "HRB %s" % _d(r, 5),
    "door_code": lambda r: "%s#" % _d(r, 4),
    "dasha_period": lambda r: (
        "%d–%d" % ((y := r.randint(1990, 2030)), y + r.choice([6, 7, 10, 16, 17, 18, 19, 20]))
    ),
    "seat_range": lambda r: "%s %d–%d" % (r.choice("CDEFGHJK"), (s := r.randint(1, 20)), s + r.randint(2, 6)),
    "payment_ref": lambda r: "ASTRO-%s-%s" % (_d(r, 3), _d(r, 4)),
    "hexagram": lambda r: "%d → %d" % (r.randint(1, 64), r.randint(1, 64)),
    "dosage": lambda r: "%d × %d mg" % (r.randint(1, 3), r.choice([250, 300, 400, 500, 750])),
    "price_list": lambda r: "%d/%d/%d" % (r.randint(30, 60), r.randint(61, 90), r.randint(91, 140)),
    "biorhythm": lambda r: "%d/%d/%d" % (r.randint(-100, 100), r.randint(-100, 100), r.randint(-100, 100)),
}

REGIONS_ALL = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "CH", "AT", "BE", "AU", "IE"]

RUN = re.compile(r"\d[\d \-.]{11,30}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,32}")


def luhn(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        k = int(c)
        if i % 2:
            k *= 2
            if k > 9:
                k -= 9
        total += k
    return total % 10 == 0


def guard_hits(text: str) -> list[str]:
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    for m in RUN.finditer(text):
        digits = re.sub(r"[ \-]", "", m.group())
        for i in range(len(digits)):
            for j in range(i + 13, min(len(digits), i + 19) + 1):
                seg = digits[i:j]
                if seg.isdigit() and luhn(seg):
                    hits.append("luhn")
                    break
    for m in IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    if SSN.search(text):
        hits.append("ssn")
    for m in IBANISH.finditer(text):
        cand = m.group().replace(" ", "")
        for j in range(15, len(cand) + 1):
            if std_iban.is_valid(cand[:j]):
                hits.append("iban")
                break
    return hits


def phone_hits(text: str, regions: list[str]) -> list[str]:
    out = []
    for reg in regions:
        for m in phonenumbers.PhoneNumberMatcher(text, reg, leniency=phonenumbers.Leniency.VALID):
            out.append("%s:%s" % (reg, m.raw_string))
    return out


def value_dirty(value: str, regions: list[str]) -> bool:
    for reg in regions:
        try:
            n = phonenumbers.parse(value, reg)
            if phonenumbers.is_valid_number(n):
                return True
        except phonenumbers.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws hard-negative values and keeps only clean ones."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used: set[str] = set()
        self.replaced_kinds: list[str] = []

    def draw(self, kind: str, regions: list[str]) -> str:
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append(kind)
        return "–"
