"""Hard negatives for v92 (market and festival paperwork) and the screens they must pass."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban

L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dec(lang, x, places=2):
    s = f"{x:.{places}f}"
    return s if lang in ("en", "hi") else s.replace(".", ",")


def _time(rng):
    return f"{rng.randint(6, 22):02d}:{rng.choice(['00', '15', '30', '45'])}"


def _ean13(rng):
    body = rng.choice(["40", "50", "87", "76", "80", "84"]) + _d(rng, 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


# kind -> generator(rng, lang); none of these kinds is in v52's list
KINDS = {
    "pitch": lambda r, g: f"{r.randint(1, 240)}{r.choice(['', 'A', 'B', 'C'])}",
    "trader_reg": lambda r, g: f"TR/{r.choice(L)}{r.choice(L)}/{_d(r, 3)}{r.choice(L)}",
    "street_licence": lambda r, g: f"STL/{r.randint(1, 12):02d}{r.randint(24, 26)}/{_d(r, 4)}",
    "hygiene_ref": lambda r, g: f"FH-{r.choice(L)}{r.choice(L)}{_d(r, 4)}-{r.randint(1, 5)}",
    "wristband": lambda r, g: f"WB{r.choice(L)}-{_d(r, 5)}",
    "ean13": lambda r, g: _ean13(r),
    "plu": lambda r, g: f"{r.choice(['3', '4'])}{_d(r, 3)}",
    "lot_code": lambda r, g: f"L{r.randint(24, 26)}{r.choice(L)}{r.randint(1, 365):03d}",
    "price_kg": lambda r, g: _dec(g, r.randint(120, 1890) / 100) + ("/kg" if g != "en" else " per kg"),
    "hours": lambda r, g: f"{r.randint(6, 11):02d}:{r.choice(['00', '30'])}–{r.randint(13, 20)}:00",
    "attendance": lambda r, g: f"{r.randint(3, 95)}{',' if g in ('en', 'hi') else '.'}{_d(r, 3)}",
    "grid_ref": lambda r, g: f"{r.choice(['SU', 'TQ', 'SK', 'NZ', 'ST'])} {_d(r, 3)} {_d(r, 3)}",
    "gps": lambda r, g: f"{r.randint(40, 58)}.{_d(r, 4)}° N, {r.randint(1, 14)}.{_d(r, 4)}° E",
    "stall_size": lambda r, g: f"{r.randint(2, 6)} × {r.randint(2, 4)} m",
    "power": lambda r, g: f"{r.choice([10, 13, 16, 32])} A / {r.choice([230, 400])} V",
    "raffle_range": lambda r, g: (lambda a: f"{a:04d}–{a + r.choice([24, 49, 99]):04d}")(
        r.randint(100, 8800)
    ),
    "shift_code": lambda r, g: f"SH-{r.choice(L)}{r.randint(1, 48):02d}",
    "plate": lambda r, g: r.choice(
        [
            f"{r.choice(L)}{r.choice(L)}{r.randint(51, 74)} {r.choice(L)}{r.choice(L)}{r.choice(L)}",
            f"{r.choice(['KI', 'HL', 'EF', 'WÜ'])}-{r.choice(L)}{r.choice(L)} {r.randint(10, 999)}",
            f"{r.randint(1, 99)}-{r.choice(L)}{r.choice(L)}{r.choice(L)}-{r.randint(1, 9)}",
        ]
    ),
    "trailer_kg": lambda r, g: f"{r.choice([750, 1300, 1500, 2000, 2700, 3500])} kg",
    "terminal_id": lambda r, g: f"TID {r.choice(L)}{r.choice(L)}{_d(r, 5)}",
    "merchant_id": lambda r, g: f"MID-{_d(r, 3)}-{r.choice(L)}{_d(r, 3)}",
    "booking_ref": lambda r, g: (
        f"{r.choice(['MK', 'FS', 'PB'])}-{r.choice(L)}{_d(r, 2)}{r.choice(L)}-{_d(r, 3)}"
    ),
    "waitlist": lambda r, g: f"{r.randint(2, 60)}/{r.randint(61, 180)}",
    "fridge_temp": lambda r, g: _dec(g, r.randint(10, 79) / 10, 1) + " °C",
    "allergens": lambda r, g: ", ".join(sorted(r.sample("ABCDEFGHLMNOPR", 3))),
    "hall_stand": lambda r, g: f"{r.randint(1, 9)}.{r.choice(L)}{r.randint(10, 99)}",
    "set_time": lambda r, g: f"{r.randint(14, 23)}.{r.choice(['00', '20', '40'])}",
    "ride_height": lambda r, g: _dec(g, r.choice([0.9, 1.0, 1.1, 1.2, 1.3, 1.4])) + " m",
    "inspection_cert": lambda r, g: f"DOC {r.randint(2024, 2026)}/{r.choice(L)}{_d(r, 4)}",
    "gas": lambda r, g: f"{r.randint(1, 4)} × {r.choice([5, 11, 19, 47])} kg",
    "generator": lambda r, g: f"{r.choice([6, 10, 15, 20, 30, 45])} kVA",
    "noise": lambda r, g: f"{r.randint(75, 99)} dB(A)",
    "float_cash": lambda r, g: (
        f"{r.choice([50, 80, 100, 150, 200])} × {r.choice(['1', '2', '0.50' if g == 'en' else '0,50'])}"
    ),
    "pitch_fee": lambda r, g: _dec(g, r.randint(1500, 18500) / 100),
    "organic": lambda r, g: (
        f"{r.choice(['DE', 'NL', 'FR', 'IT', 'ES'])}-{r.choice(['ÖKO', 'BIO'])}-{_d(r, 3)}"
    ),
    "gate_code": lambda r, g: f"{_d(r, 4)}#",
    "child_band": lambda r, g: f"KID-{r.choice(L)}{_d(r, 3)}",
    "radio_ch": lambda r, g: f"CH {r.randint(1, 16)} / 446.{_d(r, 5)} MHz",
    "incident": lambda r, g: f"INC-{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 3)}",
    "cable": lambda r, g: (
        f"{r.choice([10, 15, 25, 50])} m H07RN-F {r.choice([3, 5])}G{r.choice(['1,5', '2,5'])}"
    ),
    "vest_no": lambda r, g: f"{r.choice(['V', 'HV'])}{_d(r, 3)}",
}

GUARDS = [
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b"),
]


def luhn(digits):
    s = 0
    for i, c in enumerate(reversed(digits)):
        x = int(c) * (2 if i % 2 else 1)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def guard_hits(text):
    hits = [g.pattern for g in GUARDS if g.search(text)]
    for m in re.finditer(r"\d[\d -]{11,30}\d", text):
        run = re.sub(r"[ -]", "", m.group())
        for a in range(len(run)):
            for b in range(a + 13, min(len(run), a + 19) + 1):
                if luhn(run[a:b]):
                    hits.append("luhn")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,32}\b", text):
        if stdiban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for tok in re.findall(r"[0-9A-Fa-f:.]{7,}", text):
        try:
            ipaddress.ip_address(tok.strip(".:"))
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
                hits.append(r)
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append(f"{r}:{m.raw_string}")
    return hits


def dirty(text, regions, whole=False):
    hits = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append(f"{r}:{m.raw_string}")
    if not whole:
        hits += phone_hits(text, regions)
    return hits + guard_hits(text)


class Drawer:
    """Draws hard-negative values until one is clean; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def value(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
