"""Hard negatives for v53 (school, childcare, tutoring): number-like strings that are no PII of our kinds."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

D = "0123456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _isbn13(rng):
    body = "978" + rng.choice("0123") + _d(rng, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:6]}-{body[6:12]}-{chk}"


def _date(rng, lang):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2025, 2026])
    if lang == "en":
        return f"{d} {MONTHS[m - 1]} {y}"
    return f"{d:02d}.{m:02d}.{y}" if lang in ("de", "nl") else f"{d:02d}/{m:02d}/{y}"


def _money(rng, lang):
    whole, cents = rng.randint(12, 2400), rng.choice([0, 50, 25, 90])
    if lang == "en":
        return f"£{whole:,}.{cents:02d}" if rng.random() < 0.5 else f"${whole:,}.{cents:02d}"
    if lang == "hi":
        return f"₹{whole * 10:,}"
    if lang == "pt":
        return (
            f"R$ {whole:,},{cents:02d}".replace(",", ".", 1) if whole >= 1000 else f"R$ {whole},{cents:02d}"
        )
    return f"{whole:,},{cents:02d} €".replace(",", ".", 1) if whole >= 1000 else f"{whole},{cents:02d} €"


def _time(rng):
    h, m = rng.randint(7, 16), rng.choice([0, 5, 15, 20, 30, 40, 45, 50])
    h2, m2 = h + rng.randint(0, 2), rng.choice([0, 10, 15, 30, 45])
    return f"{h:02d}:{m:02d}\u2013{h2:02d}:{m2:02d}"


KINDS = {
    "candno": lambda r, lang: _d(r, 4),
    "centre": lambda r, lang: _d(r, 5, "1234567"),
    "uci": lambda r, lang: (
        f"{_d(r, 5, '1234567')}{r.choice('ABCDEFGHJKLMNPQRT')}{r.choice(['25', '26'])}"
        f"{_d(r, 4)}{r.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}"
    ),
    "component": lambda r, lang: f"{_d(r, 4, '78')}/{r.randint(1, 3)}{r.choice('FH')}",
    "syllabus": lambda r, lang: f"0{_d(r, 3, '456789')}/{r.randint(1, 6)}{r.randint(1, 3)}",
    "qan": lambda r, lang: f"{r.choice(['500', '601', '603', '610'])}/{_d(r, 4)}/{r.choice(D + 'X')}",
    "marks": lambda r, lang: (lambda t: f"{r.randint(t // 3, t)}/{t}")(r.choice([40, 60, 80, 100, 120])),
    "attendance": lambda r, lang: (
        f"{r.randint(86, 99)}.{r.randint(0, 9)}%"
        if lang in ("en", "hi")
        else f"{r.randint(86, 99)},{r.randint(0, 9)} %"
    ),
    "session": lambda r, lang: _time(r),
    "termdates": lambda r, lang: " \u2013 ".join(sorted([_date(r, lang), _date(r, lang)], key=len)),
    "room": lambda r, lang: f"{r.choice('ABCDG')}{r.randint(0, 3)}.{r.randint(1, 40):02d}",
    "busroute": lambda r, lang: f"{r.randint(1, 9)}{r.randint(0, 9)}{r.choice(['', 'A', 'X'])}",
    "stopid": lambda r, lang: _d(r, 5, "123456789"),
    "locker": lambda r, lang: f"{r.randint(0, 39):02d}-{r.randint(0, 39):02d}-{r.randint(0, 39):02d}",
    "isbn": lambda r, lang: _isbn13(r),
    "dewey": lambda r, lang: f"{r.randint(100, 999)}.{r.randint(1, 99)}",
    "payref": lambda r, lang: (
        f"{r.choice(['TRP', 'SCH', 'LUN', 'CLB'])}{r.choice(['25', '26'])}-{r.choice('KMTW')}{_d(r, 4)}"
    ),
    "money": _money,
    "urn": lambda r, lang: _d(r, 6, "1"),
    "laestab": lambda r, lang: f"{r.randint(201, 938)}/{r.choice('2345')}{_d(r, 3)}",
    "ratio": lambda r, lang: f"1:{r.choice([3, 4, 5, 6, 8, 10, 13])}",
    "readage": lambda r, lang: (
        f"{r.randint(6, 13)}y {r.randint(1, 11)}m"
        if lang == "en"
        else f"{r.randint(6, 13)};{r.randint(1, 11)}"
    ),
    "classcode": lambda r, lang: (
        f"{r.randint(7, 13)}{r.choice('XYZ')}/{r.choice(['Ma', 'En', 'Sc', 'Hi'])}{r.randint(1, 4)}"
    ),
    "votes": lambda r, lang: f"{r.randint(5, 19)}\u2013{r.randint(0, 6)}\u2013{r.randint(0, 4)}",
    "costcentre": lambda r, lang: f"{_d(r, 4, '45')}-{_d(r, 3)}",
    "distance": lambda r, lang: (
        f"{r.randint(3, 22)}.{r.randint(1, 9)} km, {r.randint(80, 900)} m ascent"
        if lang == "en"
        else f"{r.randint(3, 22)},{r.randint(1, 9)} km / {r.randint(80, 900)} Hm"
    ),
    "gps": lambda r, lang: (
        f"{r.randint(36, 57)}.{_d(r, 4)}, {r.choice(['-', ''])}{r.randint(0, 12)}.{_d(r, 4)}"
    ),
    "fundedhours": lambda r, lang: (lambda h: f"{h} h \u00d7 38 = {h * 38}")(r.choice([15, 30])),
    "tfcref": lambda r, lang: (
        "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
        + _d(r, 5)
        + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    ),
    "lunchid": lambda r, lang: _d(r, 5, "123456789"),
    "libcard": lambda r, lang: f"2{_d(r, 4)} {_d(r, 5)} {_d(r, 4)}",
    "pupilno": lambda r, lang: _d(r, 7, "123456789"),
    "boundaries": lambda r, lang: (lambda a: f"A*: {a} \u00b7 A: {a - 24} \u00b7 B: {a - 49}")(
        r.randint(160, 200)
    ),
    "seat": lambda r, lang: f"{r.choice('ABCDEFGH')}-{r.randint(1, 30):02d}",
    "duration": lambda r, lang: f"{r.randint(1, 2)} h {r.choice([15, 30, 45])} min",
    "coachref": lambda r, lang: f"CB{_d(r, 6)}",
    "eyurn": lambda r, lang: f"EY{_d(r, 6, '3456')}",
    "voucher": lambda r, lang: f"KG/{r.choice('ABCDEFHK')}{_d(r, 3)}-{r.choice('ABCDEFHK')}{_d(r, 2)}",
    "package": lambda r, lang: f"{r.choice([5, 10, 12, 20])} \u00d7 {r.choice([45, 60, 90])} min",
    "sizes": lambda r, lang: (lambda a: f"{a}/{a + 6}")(r.choice([110, 116, 122, 128, 134, 140, 146])),
    "gpa": lambda r, lang: (
        f"{r.randint(1, 3)},{r.randint(0, 9)}" if lang != "en" else f"{r.randint(2, 3)}.{r.randint(10, 99)}"
    ),
    "agenda": lambda r, lang: f"{r.randint(1, 9)}.{r.randint(1, 6)}",
    "headcount": lambda r, lang: f"{r.randint(18, 31)} + {r.randint(2, 5)}",
    "date": lambda r, lang: _date(r, lang),
}

# regions a document's hard negatives are screened against, besides the document's own
LANG_HOME = {
    "en": ["US", "GB", "IN"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
DIGRUN_RE = re.compile(r"\d[\d -]{11,30}\d")
IP_RE = re.compile(r"[0-9A-Fa-f:.]{7,45}")


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in DIGRUN_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn(d[i:j]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
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
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((reg, m.raw_string))
    return hits


def value_dirty(value, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(value, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws hard negatives that are clean on their own; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "\u2013"
