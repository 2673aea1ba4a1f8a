"""Hard negatives for v105 (prisons, probation, victim support): number-like values that are not PII of the
six kinds, each screened with phonenumbers and the guards before use."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

D = "0123456789"
U = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _u(rng, n):
    return "".join(rng.choice(U) for _ in range(n))


def _isbn(rng):
    body = "978" + _d(rng, 9)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    s = body + str(chk)
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def _hhmm(rng, lo, hi):
    return f"{rng.randint(lo, hi):02d}:{rng.choice(['00', '15', '30', '45'])}"


ACTS = [
    "Theft Act 1968",
    "Criminal Justice Act 2003",
    "Offences against the Person Act 1861",
    "Public Order Act 1986",
]


def _statute(r):
    return f"{r.choice(['s.', 'section '])}{r.randint(4, 47)} of the {r.choice(ACTS)}"


def _az(r):
    reg = r.choice(["Ls", "Ds", "KLs", "BRs"])
    return f"{r.randint(1, 9)} {reg} {r.randint(100, 999)} Js {_d(r, 4)}/{r.randint(21, 25)}"


KINDS = {
    "prisoner_no": lambda r: f"{r.choice(U)}{_d(r, 4)}{_u(r, 2)}",
    "bop_register": lambda r: f"{_d(r, 5, '123456789')}-{_d(r, 3, '0')}",
    "doc_id": lambda r: f"#{_d(r, 6, '123456789')}",
    "crn": lambda r: f"{r.choice('XDEF')}{_d(r, 6)}",
    "pnc_id": lambda r: f"{r.randint(2008, 2024)}/{_d(r, 7, '0')}{r.choice(U)}",
    "cro_no": lambda r: f"{_d(r, 6, '0')}/{r.randint(10, 24)}{r.choice(U)}",
    "crime_ref": lambda r: f"{_u(r, 2)}-{_d(r, 5)}-{r.randint(23, 25)}",
    "docket": lambda r: f"{r.randint(1, 4)}:{r.randint(22, 25)}-cr-{_d(r, 5, '0')}",
    "visit_ref": lambda r: f"VB{r.randint(24, 25)}{_u(r, 1)}-{_d(r, 4)}",
    "cell_loc": lambda r: f"{r.choice('ABCDFGH')}-{r.randint(1, 4)}-{r.randint(1, 38):02d}",
    "curfew": lambda r: f"{_hhmm(r, 18, 21)}–{_hhmm(r, 6, 8)}",
    "tag_serial": lambda r: f"{_u(r, 3)}-{_d(r, 4)}-{_d(r, 2)}",
    "unpaid_hours": lambda r: f"{r.randint(12, 180)}/{r.choice([80, 120, 150, 200, 240, 300])}",
    "ogrs": lambda r: f"{r.randint(8, 60)}% / {r.randint(61, 92)}%",
    "statute": _statute,
    "bus_stop": lambda r: f"{_d(r, 5, '3456')}",
    "locker": lambda r: f"{r.randint(1, 240)}",
    "visit_slot": lambda r: f"{_hhmm(r, 9, 14)}–{_hhmm(r, 15, 16)}",
    "seal_no": lambda r: f"PB {_d(r, 8, '0')}",
    "tracking": lambda r: f"{r.choice(['RR', 'RT', 'RM'])}{_d(r, 9)}GB",
    "charity_no": lambda r: f"{_d(r, 7, '1')}",
    "company_no": lambda r: f"{_d(r, 8, '01')}",
    "cica_ref": lambda r: f"{r.randint(19, 25)}/{_d(r, 6)}",
    "aktenzeichen": _az,
    "parketnummer": lambda r: f"{r.randint(2, 99):02d}/{_d(r, 6)}-{r.randint(21, 25)}",
    "cnj": lambda r: (
        f"{_d(r, 7, '0')}-{_d(r, 2)}.{r.randint(2019, 2025)}.8.{r.randint(10, 27)}.{_d(r, 4, '0')}"
    ),
    "fir_no": lambda r: f"{_d(r, 4, '0')}/{r.randint(2021, 2025)}",
    "isbn": _isbn,
    "expiry_date": lambda r: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2026, 2034)}",
    "pin_credit": lambda r: f"{_d(r, 4)} {_d(r, 4)}",
    "visitor_id": lambda r: f"V{_d(r, 7, '0')}",
    "fine": lambda r: f"{r.randint(1, 9)}.{_d(r, 3)},{_d(r, 2)}",
    "ecrou": lambda r: f"{_d(r, 5, '123456789')}",
    "nis": lambda r: f"{r.randint(1990, 1999)}{_d(r, 6, '0')}",
    "matricola": lambda r: f"{_d(r, 6, '123456789')}/{r.choice(['RG', 'SIEP'])}",
    "grant": lambda r: f"{r.randint(40, 120)}.{_d(r, 2)}",
    "housing_ref": lambda r: f"HR/{r.randint(23, 25)}/{_d(r, 4)}",
    "session_count": lambda r: f"{r.randint(2, 11)} of {r.choice([12, 16, 24, 26])}",
    "age_band": lambda r: f"{r.randint(10, 12)}–{r.randint(16, 17)}",
    "room_no": lambda r: f"{r.randint(0, 3)}.{r.randint(1, 29):02d}",
    "bed_space": lambda r: f"{r.randint(2, 48)}/{r.choice([48, 52, 60])}",
    "cjsm_case": lambda r: f"{_d(r, 2, '0123456789')}{_u(r, 1)}{_d(r, 7, '0')}{r.randint(23, 25)}",
    "jaildate": lambda r: f"{r.randint(2024, 2025)}-BK-{_d(r, 5, '0')}",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d -]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,34}\b")
IP_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")


def luhn(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def guard_hits(text):
    """Names of guards that a text trips (any e-mail, card-like, IBAN-like, IP-like or SSN-like string)."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        ds = re.sub(r"[ -]", "", m.group())
        if 13 <= len(ds) <= 19 and ds.isdigit() and luhn(ds):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IP_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group())
            hits.append("ip")
        except ValueError:
            pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    """True when phonenumbers finds or accepts a valid number in text for any of the regions."""
    for reg in regions:
        for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            return True
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                return True
        except pn.NumberParseException:
            pass
    return False


def matcher_hits(text, regions):
    return any(True for reg in regions for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID))


def clean(value, regions):
    return not guard_hits(value) and not phone_hits(value, regions)


class Drawer:
    """Draws a clean value of a kind; counts redraws; after 200 dirty draws gives a dash."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = set()

    def value(self, kind, regions):
        self.used.add(kind)
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if clean(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.add(kind)
        return "–"
