"""Hard negatives for v57 (civic and public-administration numbers) and the screens they must pass."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import ean as std_ean
from stdnum import iban as std_iban


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def _isbn13(rng):
    core = "978" + _d(rng, 9)
    full = core + std_ean.calc_check_digit(core)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def _isbn10(rng):
    core = _d(rng, 9, "123456789")
    c = sum((10 - i) * int(ch) for i, ch in enumerate(core)) % 11
    full = core + "0123456789X"[(11 - c) % 11]
    return f"{full[0]}-{full[1:5]}-{full[5:9]}-{full[9]}"


def _issn(rng):
    core = _d(rng, 7, "123456789")
    s = sum(int(c) * w for c, w in zip(core, range(8, 1, -1), strict=True))
    c = (11 - s % 11) % 11
    return f"{core[:4]}-{core[4:]}{'X' if c == 10 else c}"


def _plate(rng):
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    a = "".join(rng.choice(up) for _ in range(2))
    b = "".join(rng.choice(up) for _ in range(3))
    return rng.choice(
        [
            f"{a}{_d(rng, 2)} {b}",
            f"{rng.choice(['KS', 'R', 'BI', 'EF', 'HL', 'UL'])}-{a} {_d(rng, 4, '123456789')}",
        ]
    )


KINDS = {
    "planning_ref": lambda r: f"{_d(r, 2, '12')}/{_d(r, 5)}/{r.choice(['FUL', 'HOU', 'LBC', 'OUT', 'ADV'])}",
    "uprn": lambda r: "10" + _d(r, 10),
    "library_barcode": lambda r: f"2{_d(r, 4)} {_d(r, 5)} {_d(r, 4)}",
    "isbn13": _isbn13,
    "isbn10": _isbn10,
    "issn": _issn,
    "dewey": lambda r: (
        f"{_d(r, 3)}.{_d(r, r.randrange(2, 5))} {r.choice(['HAR', 'SMI', 'BRO', 'KLE', 'DUP'])}"
    ),
    "zip4": lambda r: f"{_d(r, 5, '1234589')}-{_d(r, 4)}",
    "grid_ref": lambda r: f"{r.choice(['SU', 'TQ', 'SK', 'NJ', 'ST', 'SX'])} {_d(r, 5)} {_d(r, 5)}",
    "polling_district": lambda r: f"{r.choice(['AB', 'KN', 'WD', 'HT'])}{_d(r, 1, '123456789')}/{_d(r, 3)}",
    "elector_number": lambda r: f"{r.choice(['KN', 'SW', 'EA', 'LB'])}-{_d(r, 4)}",
    "vote_tally": lambda r: (
        f"{_d(r, 2, '123456789')},{_d(r, 3)} / {_d(r, 2, '123456789')},{_d(r, 3)} / "
        f"{_d(r, 1, '123456789')},{_d(r, 3)}"
    ),
    "turnout": lambda r: (
        f"{r.randrange(28, 79)}.{r.randrange(10)}% ({_d(r, 5, '123456789')}/{_d(r, 6, '123456789')})"
    ),
    "resolution_no": lambda r: f"{r.randrange(1, 240)}/{r.choice(['24', '25'])}",
    "bylaw_no": lambda r: f"{r.choice(['2023', '2024', '2025'])}-{_d(r, 3)}",
    "agenda_item": lambda r: f"{r.randrange(1, 12)}.{r.randrange(1, 9)}.{r.randrange(1, 9)}",
    "meeting_times": lambda r: (
        f"{r.randrange(17, 20)}:{r.choice(['00', '15', '30'])}–"
        f"{r.randrange(20, 23)}:{r.choice(['05', '40', '55'])}"
    ),
    "room_number": lambda r: f"{r.randrange(0, 5)}.{_d(r, 3)}",
    "permit_no": lambda r: f"PP-{_d(r, 7)}",
    "plate": _plate,
    "pcn": lambda r: f"{r.choice(['WK', 'LN', 'CD', 'ZY'])}{_d(r, 8)}",
    "budget": lambda r: f"{_d(r, 1, '123456789')},{_d(r, 3)},{_d(r, 3)}",
    "budget_eu": lambda r: f"{_d(r, 1, '123456789')}.{_d(r, 3)}.{_d(r, 3)},{_d(r, 2)}",
    "parcel": lambda r: f"{_d(r, 2, '123456789')}/{_d(r, 3, '123456789')}-{_d(r, 1, '123456789')}",
    "title_number": lambda r: f"{r.choice(['MX', 'NK', 'WYK', 'DN'])}{_d(r, 6)}",
    "coords": lambda r: f"{r.randrange(40, 56)}.{_d(r, 5)}, {r.randrange(1, 14)}.{_d(r, 5)}",
    "case_file": lambda r: f"{_d(r, 2, '123456')}-{_d(r, 2)}/{_d(r, 4)}",
    "commune_code": lambda r: f"{_d(r, 2, '1234567')} {_d(r, 1)} {_d(r, 2)} {_d(r, 3)}",
    "census": lambda r: f"{_d(r, 3, '123456789')} {_d(r, 3)}",
    "tonnage": lambda r: f"{_d(r, 1, '123456789')}.{_d(r, 3)},{_d(r, 1)} t",
    "opening_hours": lambda r: (
        f"{r.choice(['08', '09'])}:{r.choice(['00', '30'])}–{r.randrange(12, 19)}:{r.choice(['00', '30'])}"
    ),
    "meter_reading": lambda r: f"{_d(r, 5)},{_d(r, 3)} m³",
    "tender_no": lambda r: f"{r.choice(['2024', '2025'])}/S {_d(r, 3)}-{_d(r, 6)}",
    "stop_id": lambda r: f"{_d(r, 5, '123456789')}",
    "plot_ref": lambda r: f"{r.choice('ABCDEF')}-{_d(r, 2)}-{_d(r, 4)}",
    "register_entry": lambda r: f"{_d(r, 4, '123456789')}/{r.choice(['2024', '2025'])}",
    "budget_line": lambda r: f"{_d(r, 4, '123456789')}-{_d(r, 4)}-{_d(r, 2)}",
    "collection_dates": lambda r: (
        f"{r.randrange(1, 29):02d}.{r.randrange(1, 13):02d}., "
        f"{r.randrange(1, 29):02d}.{r.randrange(1, 13):02d}., "
        f"{r.randrange(1, 29):02d}.{r.randrange(1, 13):02d}."
    ),
    "bin_tag": lambda r: f"{r.choice(['E', 'R', 'G'])}{_d(r, 3)} {_d(r, 4)} {_d(r, 3)}",
    "pin_code": lambda r: f"{_d(r, 3, '1234578')} {_d(r, 3)}",
    "cep": lambda r: f"{_d(r, 5, '1234567')}-{_d(r, 3)}",
    "insee": lambda r: f"{_d(r, 2, '123456789')}{_d(r, 3)}",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
DIGIT_RUN = re.compile(r"\d[\d \-]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
SSN_RE = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")
IPV4_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IPV6_RE = re.compile(r"\b[0-9a-fA-F:]*:[0-9a-fA-F:]+\b")


def _luhn(s):
    total, alt = 0, False
    for ch in reversed(s):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
        alt = not alt
    return total % 10 == 0


def guard_hits(text):
    """Shapes the other kinds' detectors could fairly flag: e-mails, Luhn runs, IBANs, IPs, SSN shapes."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        for i in range(len(digits)):
            for j in range(i + 13, min(len(digits), i + 19) + 1):
                if _luhn(digits[i:j]):
                    hits.append("luhn")
                    break
    for m in re.finditer(r"\b\d{13,19}\b", text):
        if _luhn(m.group()):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        try:
            n = pn.parse(text, reg)
            if pn.is_valid_number(n):
                hits.append(("parse", reg))
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((m.raw_string, reg))
    return hits


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draws a clean value of a kind; after 200 dirty draws the kind is replaced by a dash (counted)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
