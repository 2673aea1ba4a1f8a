"""Hard negatives for v63 (transport and logistics figures) and the screens they must pass."""

import ipaddress
import re
import string

import phonenumbers as pn
from phonenumbers import Leniency, PhoneNumberMatcher

D = string.digits
U = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _l(rng, n):
    return "".join(rng.choice(U) for _ in range(n))


def _dec(lang, s):
    return s.replace(".", ",") if lang not in ("en", "hi") else s


def _thou(lang, n):
    s = f"{n:,}"
    if lang in ("de", "nl", "it", "pt", "es"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    return s


def _iso6346(rng):
    owner = _l(rng, 3) + "U"
    serial = _d(rng, 6, D)
    vals = {}
    v = 10
    for c in string.ascii_uppercase:
        if v % 11 == 0:
            v += 1
        vals[c] = v
        v += 1
    total = sum((vals[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(owner + serial))
    return f"{owner} {serial} {total % 11 % 10}"


def _imo(rng):
    d = _d(rng, 6)
    chk = sum(int(c) * w for c, w in zip(d, range(7, 1, -1), strict=True)) % 10
    return f"IMO {d}{chk}"


def _vin(rng):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["WVW", "WDB", "VF1", "ZFA", "SAL", "1FT"]) + "".join(
        rng.choice(chars) for _ in range(14)
    )


CUR = {
    "en": ["£", "$"],
    "de": ["€ "],
    "nl": ["€ "],
    "fr": ["€ "],
    "es": ["€ "],
    "it": ["€ "],
    "pt": ["R$ ", "€ "],
    "hi": ["₹"],
}

KINDS = {
    "awb": lambda r, g: f"{r.choice(['020', '057', '176', '125', '074'])}-{_d(r, 8, D)}",
    "container": lambda r, g: _iso6346(r),
    "imo": lambda r, g: _imo(r),
    "vin": lambda r, g: _vin(r),
    "plate": lambda r, g: {
        "en": f"{_l(r, 2)}{_d(r, 2)} {_l(r, 3)}",
        "de": f"{_l(r, 2)}-{_l(r, 2)} {_d(r, 4)}",
        "nl": f"{_d(r, 2)}-{_l(r, 3)}-{_d(r, 1)}",
        "pt": f"{_l(r, 3)}{_d(r, 1)}{_l(r, 1)}{_d(r, 2)}",
        "fr": f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}",
        "it": f"{_l(r, 2)} {_d(r, 3)}{_l(r, 2)}",
        "es": f"{_d(r, 4, D)} {_l(r, 3)}",
        "hi": f"MH {_d(r, 2)} {_l(r, 2)} {_d(r, 4)}",
    }[g],
    "odometer": lambda r, g: f"{_thou(g, r.randint(8000, 240000))} km",
    "gross_weight": lambda r, g: f"{_thou(g, r.randint(1100, 24000))} kg",
    "volume": lambda r, g: _dec(g, f"{r.randint(4, 80)}.{r.randint(1, 9)}") + " m³",
    "dims": lambda r, g: (
        f"{r.choice([120, 100, 80, 60])} × {r.choice([80, 100, 120])} × {r.randint(40, 220)} cm"
    ),
    "dep_arr": lambda r, g: (
        f"{r.randint(5, 11):02d}:{r.choice(['05', '20', '35', '50'])}–"
        f"{r.randint(12, 22):02d}:{r.choice(['10', '25', '40', '55'])}"
    ),
    "flight": lambda r, g: (
        f"{r.choice(['LH', 'BA', 'KL', 'TP', 'IB', 'AZ', 'AI', 'UA'])} {r.randint(100, 9899)}"
    ),
    "hs_code": lambda r, g: f"{r.randint(1000, 9700)}.{r.randint(10, 99)}.{r.randint(10, 99)}",
    "mrn": lambda r, g: (
        f"{r.randint(23, 25)}{r.choice(['DE', 'NL', 'GB', 'FR', 'IT'])}{_d(r, 14, D)}{_l(r, 1)}{_d(r, 1)}"
    ),
    "eori": lambda r, g: f"{r.choice(['GB', 'DE', 'NL', 'FR'])}{_d(r, 12, D)}",
    "fare": lambda r, g: r.choice(CUR[g]) + _dec(g, f"{r.randint(6, 480)}.{r.randint(0, 99):02d}"),
    "fuel": lambda r, g: _dec(g, f"{r.randint(20, 90)}.{r.randint(0, 9)}") + " l",
    "badge": lambda r, g: f"{r.choice(['PH', 'HC', 'DL', ''])}{_d(r, 5, D)}",
    "cabin": lambda r, g: f"{r.randint(4, 11)}{r.randint(100, 380)}",
    "un_number": lambda r, g: f"UN {r.choice(['1203', '1202', '1863', '3480', '1993', '2794', '1090'])}",
    "seal": lambda r, g: f"{_l(r, 2)}{_d(r, 7, D)}",
    "booking_ref": lambda r, g: _l(r, 2) + _d(r, 1) + _l(r, 3),
    "rental_no": lambda r, g: f"{_d(r, 4)} {_d(r, 4, D)}",
    "window": lambda r, g: f"{r.randint(6, 13):02d}:00–{r.randint(14, 20):02d}:00",
    "coords": lambda r, g: (
        f"{r.randint(36, 59)}.{_d(r, 4, D)}, {r.choice(['-', ''])}{r.randint(0, 12)}.{_d(r, 4, D)}"
    ),
    "cep": lambda r, g: f"{_d(r, 5)}-{_d(r, 3, D)}",
    "seat": lambda r, g: f"{r.randint(1, 14)}/{r.randint(1, 58)}{r.choice('ABCD')}",
    "route": lambda r, g: r.choice(["X", "N", "", "S"]) + str(r.randint(2, 399)),
    "excess": lambda r, g: r.choice(["£", "€ ", "$"]) + _thou(g, r.randint(250, 2500)),
    "reefer": lambda r, g: f"{r.choice(['-18', '-20', '+2', '+4', '-25'])} °C",
    "hire_dates": lambda r, g: (
        f"{r.randint(1, 14):02d}.{r.randint(1, 12):02d}.–{r.randint(15, 28):02d}.{r.randint(1, 12):02d}.2025"
    ),
    "distance": lambda r, g: f"{_thou(g, r.randint(12, 1900))} km",
    "packages": lambda r, g: f"{r.randint(1, 36)} × {r.randint(3, 60)} kg",
    "usdot": lambda r, g: f"USDOT {_d(r, 7)}",
    "licence_no": lambda r, g: f"{_l(r, 5)}{_d(r, 6, D)}{_l(r, 2)}{_d(r, 1)}{_l(r, 2)}",
    "gate": lambda r, g: f"{r.randint(1, 60)}{r.choice('ABCDEF')}",
    "lane": lambda r, g: f"{r.randint(1, 12)}{r.choice(['', 'A', 'B'])}",
    "sscc": lambda r, g: f"({_d(r, 2, '0')}) {_d(r, 18, D)}",
    "parcel_id": lambda r, g: (
        f"{_l(r, 2)} {_d(r, 3, D)} {_d(r, 3, D)} {_d(r, 3, D)} {r.choice(['DE', 'GB', 'NL', 'BR'])}"
    ),
    "crew_count": lambda r, g: f"{r.randint(2, 8)}+{r.randint(1, 3)}",
    "tonnage": lambda r, g: f"{_thou(g, r.randint(1200, 62000))} GT",
    "pax": lambda r, g: f"{r.randint(8, 57)}/{r.choice([16, 33, 49, 57, 72])}",
    "timestamp": lambda r, g: (
        f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    ),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
IP_RE = re.compile(r"[0-9A-Fa-f:.]{3,}")


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"[ \-]", "", m.group())
        for i in range(len(digits)):
            for n in range(13, 20):
                if i + n <= len(digits) and luhn(digits[i : i + n]):
                    hits.append("luhn")
                    break
            if hits and hits[-1] == "luhn":
                break
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()):
            hits.append("iban")
    for m in IP_RE.finditer(text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        try:
            num = pn.parse(text, r)
            if pn.is_valid_number(num):
                hits.append(("parse", r))
        except pn.NumberParseException:
            pass
        for m in PhoneNumberMatcher(text, r, leniency=Leniency.VALID):
            hits.append(("match", r, m.raw_string))
    return hits


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draws clean values of a kind; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0

    def value(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
