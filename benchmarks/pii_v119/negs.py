"""Hard negatives for the v119 set (circus, magic and street performance) and the screens they pass."""

import ipaddress
import re

import phonenumbers
from stdnum import ean, iban, luhn

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _sku(rng):
    return "%s-%d-%s" % (
        rng.choice(["JG", "DV", "SF", "CB", "PS"]),
        rng.randint(100, 9999),
        rng.choice(["RED", "BLU", "GLO", "UV", "XL"]),
    )


def _isbn13(rng):
    body = "978" + rng.choice(["3", "2", "84", "88", "90", "85", "93"])
    body += "".join(rng.choice("0123456789") for _ in range(12 - len(body)))
    full = body + ean.calc_check_digit(body)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


def _tc(rng):
    return "%02d:%02d:%02d:%02d" % (
        rng.randint(0, 1),
        rng.randint(0, 59),
        rng.randint(0, 59),
        rng.randint(0, 24),
    )


def _siteswap(rng):
    return rng.choice(
        ["97531", "744", "441", "531", "75751", "645", "53", "423", "91", "7441", "66661", "978456"]
    )


def _plate(rng):
    return rng.choice(["KA-CR %d", "M-ZK %d", "B-AR %d", "HH-JO %d"]) % rng.randint(100, 9999)


def _gps(rng):
    return "%.4f, %.4f" % (rng.uniform(36, 58), rng.uniform(-8, 24))


KINDS = {
    "busking_permit": lambda r: "BP-%02d%s-%03d" % (r.randint(24, 26), r.choice(LETTERS), r.randint(1, 999)),
    "pitch_code": lambda r: "%s%d" % (r.choice("ABCDEFG"), r.randint(1, 48)),
    "show_times": lambda r: (
        "%d:%s / %d:%s"
        % (r.randint(13, 17), r.choice(["00", "30"]), r.randint(18, 21), r.choice(["15", "45"]))
    ),
    "ticket_price": lambda r: "%d.%02d" % (r.randint(6, 65), r.choice([0, 50, 90, 95])),
    "seat_block": lambda r: "%s %d–%d" % (r.choice("HJKLMN"), r.randint(1, 9), r.randint(10, 24)),
    "tent_size": lambda r: "%d × %d m" % (r.randint(18, 44), r.randint(18, 44)),
    "rig_load": lambda r: "%d kg" % r.choice([250, 500, 750, 1000, 1250, 1500, 2000]),
    "rig_height": lambda r: "%d.%d m" % (r.randint(4, 14), r.randint(0, 9)),
    "siteswap": _siteswap,
    "catch_record": lambda r: "%d" % r.randint(120, 4999),
    "policy_no": lambda r: "PL-%08d" % r.randint(10000000, 99999999),
    "cover_amount": lambda r: "%d,000,000" % r.choice([2, 5, 10]),
    "dbs_cert": lambda r: "%012d" % r.randint(10**10, 10**12 - 1),
    "class_slot": lambda r: (
        "%d:%s–%d:%s" % (r.randint(9, 17), r.choice(["00", "30"]), r.randint(18, 20), r.choice(["00", "30"]))
    ),
    "age_range": lambda r: "%d–%d" % (r.randint(5, 9), r.randint(10, 16)),
    "term_dates": lambda r: (
        "%02d.%02d.–%02d.%02d." % (r.randint(1, 28), r.randint(1, 6), r.randint(1, 28), r.randint(7, 12))
    ),
    "tour_dates": lambda r: " · ".join(
        "%02d/%02d" % (d, r.randint(5, 9)) for d in sorted(r.sample(range(1, 29), 3))
    ),
    "truck_plate": _plate,
    "trailer_weight": lambda r: "%d kg" % r.choice([750, 1300, 2700, 3500]),
    "generator_kva": lambda r: "%d kVA" % r.choice([6, 12, 20, 45, 60]),
    "noise_limit": lambda r: "%d dB(A)" % r.randint(75, 96),
    "fair_stand": lambda r: "%d" % r.randint(2, 140),
    "group_ref": lambda r: "GRP-%04d-%s%s" % (r.randint(1000, 9999), r.choice(LETTERS), r.choice(LETTERS)),
    "voucher_code": lambda r: (
        "%s-%04d-%s%s"
        % (
            r.choice(["MAGIC", "CLOWN", "HOOP", "JUGGLE"]),
            r.randint(1000, 9999),
            r.choice(LETTERS),
            r.choice(LETTERS),
        )
    ),
    "costume_size": lambda r: "%d/%d" % ((lambda x: (x, x + 2))(r.choice([34, 36, 38, 40, 42, 44]))),
    "parade_km": lambda r: "%d.%d km" % (r.randint(1, 9), r.randint(0, 9)),
    "gps": _gps,
    "member_no": lambda r: "%05d" % r.randint(1, 9999),
    "score": lambda r: "%d.%02d" % (r.randint(6, 9), r.choice([0, 25, 50, 75, 90])),
    "fuel_litres": lambda r: "%d.%d l" % (r.randint(1, 5), r.randint(0, 9)),
    "unicycle_wheel": lambda r: '%d"' % r.choice([16, 20, 24, 26, 29, 36]),
    "hoop_cm": lambda r: "%d cm" % r.choice([70, 80, 85, 90, 95, 100]),
    "running_order": lambda r: "%d/%d" % (r.randint(1, 9), r.randint(10, 16)),
    "capacity": lambda r: "%d,%03d" % (r.randint(1, 3), r.randint(0, 999)),
    "prop_sku": _sku,
    "isbn": _isbn13,
    "vat_id": lambda r: "DE%09d" % r.randint(100000000, 999999999),
    "timecode": _tc,
    "mic_freq": lambda r: (
        "%d.%03d MHz" % (r.randint(470, 863), r.choice([0, 125, 250, 375, 500, 625, 750, 875]))
    ),
    "gig_ref": lambda r: "GIG%02d%s%03d" % (r.randint(24, 26), r.choice(LETTERS), r.randint(1, 999)),
    "rehearsal_room": lambda r: "R%d.%02d" % (r.randint(0, 4), r.randint(1, 30)),
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
_IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
_V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_V6 = re.compile(r"(?<![\w:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]+(?![\w:])")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if _EMAIL.search(text):
        hits.append("email")
    for m in _RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn.is_valid(d):
            hits.append("luhn")
    for m in _IBANISH.finditer(text):
        if iban.is_valid(m.group().replace(" ", "")):
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
        for m in phonenumbers.PhoneNumberMatcher(text, reg, leniency=phonenumbers.Leniency.VALID):
            hits.append((reg, m.start, m.end, m.raw_string))
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
    """Draws clean values of a kind; counts redraws and kinds given up on (dash)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def get(self, kind, regions):
        self.used.add(kind)
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not value_dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
