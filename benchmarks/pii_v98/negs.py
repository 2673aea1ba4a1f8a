"""Hard negatives of salons, studios and spas (none of them PII), and the screens they pass."""

import ipaddress
import re

import phonenumbers
from stdnum import iban as stdiban


def _d(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def _ean13(rng):
    body = str(rng.choice([40, 42, 50, 76, 80, 84, 87, 89, 54, 560, 789, 890])) + ""
    body = (body + _d(rng, 12))[:12]
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    if lang == "en_US":
        return f"{m:02d}/{d:02d}/{y}"
    return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}"])


def _slot(rng):
    h = rng.randint(8, 17)
    m = rng.choice([0, 15, 30, 45])
    h2, m2 = h + rng.randint(0, 2), rng.choice([0, 15, 30, 45])
    return f"{h:02d}:{m:02d}–{max(h2, h + 1):02d}:{m2:02d}"


def _price(rng, lang):
    v = rng.randint(12, 420)
    c = rng.choice([0, 50, 90, 95])
    if lang.startswith("en_US"):
        return f"${v}.{c:02d}"
    if lang.startswith("en_GB") or lang in ("en_IE",):
        return f"£{v}.{c:02d}"
    if lang.startswith("en_IN") or lang == "hi":
        return f"₹{v * 10:,}"
    if lang.startswith("en_AU"):
        return f"A${v}.{c:02d}"
    if lang == "pt_BR":
        return f"R$ {v},{c:02d}"
    if lang.endswith("CH"):
        return f"CHF {v}.{c:02d}"
    return f"{v},{c:02d} €"


KINDS = {
    "booking_ref": lambda r, lang: r.choice(["BK", "SAL", "APT", "RES"]) + "-" + _d(r, r.choice([5, 6, 7])),
    "voucher_code": lambda r, lang: (
        f"{_d(r, 4)} {_d(r, 4)}" if r.random() < 0.5 else f"GV{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}"
    ),
    "loyalty_card": lambda r, lang: f"{_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
    "ean13": lambda r, lang: _ean13(r),
    "lot_number": lambda r, lang: f"LOT {r.randint(22, 26)}{r.randint(1, 12):02d}-{r.choice('ABCDK')}",
    "shade_code": lambda r, lang: r.choice(
        [
            f"{r.randint(4, 10)}.{r.randint(0, 9)}{r.randint(0, 9)}",
            f"{r.randint(4, 10)}/{r.randint(0, 7)}",
            f"{r.randint(4, 10)}N",
        ]
    ),
    "developer": lambda r, lang: r.choice(["20 vol / 6 %", "30 vol / 9 %", "10 vol / 3 %", "1:1.5", "1:2"]),
    "needle_config": lambda r, lang: r.choice(
        [
            f"{r.choice(['10', '12'])}{r.choice(['03', '05', '07', '09'])}"
            f"{r.choice(['RL', 'RS', 'M1', 'RM'])}",
            f"0.{r.choice([25, 30, 35])} mm",
        ]
    ),
    "gauge": lambda r, lang: f"{r.choice([14, 16, 18, 20])}g ({r.choice(['1.6', '1.2', '1.0', '0.8'])} mm)",
    "jewel_dim": lambda r, lang: f"{r.choice([6, 8, 10, 12])} mm × {r.choice(['1.2', '1.6'])} mm",
    "time_slot": lambda r, lang: _slot(r),
    "price": _price,
    "duration": lambda r, lang: r.choice(
        [f"{r.choice([30, 45, 60, 75, 90, 120])} min", f"1 h {r.choice([15, 30, 45])} min"]
    ),
    "cure_time": lambda r, lang: f"{r.choice([30, 60])} s LED / {r.choice([90, 120])} s UV",
    "temperature": lambda r, lang: f"{r.choice([38, 40, 52, 55, 60, 80, 85, 90])} °C",
    "fluence": lambda r, lang: f"{r.randint(8, 40)} J/cm²",
    "wavelength": lambda r, lang: f"{r.choice([755, 808, 810, 1064, 532])} nm",
    "date": _date,
    "opening_hours": lambda r, lang: f"{r.choice([8, 9, 10])}–{r.choice([17, 18, 19, 20])}",
    "licence_no": lambda r, lang: f"{r.choice(['SP', 'TAT', 'HB'])}-{_d(r, 4)}-{r.choice([23, 24, 25])}",
    "autoclave_cycle": lambda r, lang: f"{_d(r, 6)}",
    "terminal_id": lambda r, lang: f"{_d(r, 8)}",
    "auth_code": lambda r, lang: f"{_d(r, 6)}",
    "volume_ml": lambda r, lang: f"{r.choice([50, 100, 150, 250, 500, 1000])} ml",
    "ph_value": lambda r, lang: f"pH {r.choice(['4.5', '5.0', '5.5', '7.0'])}",
    "hair_length": lambda r, lang: f"{r.randint(10, 45)}–{r.randint(46, 70)} cm",
    "session_count": lambda r, lang: f"{r.randint(1, 5)}/{r.randint(6, 10)}",
    "discount": lambda r, lang: f"-{r.choice([10, 15, 20, 25, 30])} %",
    "cabin": lambda r, lang: str(r.randint(1, 14)),
    "clipper_guard": lambda r, lang: f"#{r.choice(['0.5', '1', '1.5', '2'])} → #{r.choice(['3', '4', '6'])}",
    "tattoo_size": lambda r, lang: f"{r.randint(4, 30)} × {r.randint(4, 25)} cm",
    "spf": lambda r, lang: f"SPF {r.choice([15, 30, 50])}",
    "cancel_window": lambda r, lang: f"{r.choice([12, 24, 48, 72])} h",
    "staff_code": lambda r, lang: f"ST-{_d(r, 4)}",
    "fitzpatrick": lambda r, lang: f"Fitzpatrick {r.choice(['I', 'II', 'III', 'IV', 'V', 'VI'])}",
    "tip_sizes": lambda r, lang: " - ".join(str(r.randint(0, 9)) for _ in range(5)),
    "expiry": lambda r, lang: f"{r.randint(1, 12):02d}/{r.randint(2026, 2029)}",
    "membership_no": lambda r, lang: f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
    "receipt_no": lambda r, lang: f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}",
    "polish_no": lambda r, lang: f"#{r.randint(100, 999)}",
    "chair_count": lambda r, lang: str(r.randint(3, 14)),
    "gift_balance": _price,
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d -]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}")
IP_RE = re.compile(r"[0-9A-Fa-f:.]{3,45}")


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        for i in range(len(d)):
            for k in range(13, 20):
                if i + k <= len(d) and luhn(d[i : i + k]):
                    hits.append("luhn")
                    break
            if hits and hits[-1] == "luhn":
                break
    for m in IBAN_RE.finditer(text):
        if stdiban.is_valid(m.group().replace(" ", "")[:34]):
            hits.append("iban")
    for m in IP_RE.finditer(text):
        tok = m.group().strip(".:")
        if tok.count(".") == 3 or tok.count(":") >= 2:
            try:
                ipaddress.ip_address(tok)
                hits.append("ip")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    for reg in regions:
        try:
            n = phonenumbers.parse(text, reg)
            if phonenumbers.is_valid_number(n):
                return True
        except phonenumbers.NumberParseException:
            pass
        for _m in phonenumbers.PhoneNumberMatcher(text, reg, leniency=phonenumbers.Leniency.VALID):
            return True
    return False


def dirty(text, regions):
    return bool(guard_hits(text)) or phone_hits(text, regions)


class Drawer:
    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
