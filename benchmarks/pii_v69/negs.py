"""Hard negatives for v69 (weddings and private events), the guards and the screen.

Every kind below is new against v52's list. Each value is screened on its own (phonenumbers parse +
is_valid_number and PhoneNumberMatcher at Leniency.VALID for the document's regions, plus the guards);
a value still dirty after 200 draws is replaced by a dash (Drawer.replaced counts these)."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, n):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _L(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _date(rng):
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2025, 2026, 2027])}"


KINDS = {
    "booking_ref": lambda r: f"WED-{_d(r, 4)}{_L(r, 2)}",
    "quote_no": lambda r: f"Q-{_d(r, 5)}-{r.randint(1, 9):02d}",
    "image_file": lambda r: (
        r.choice(["IMG_", "DSC0", "_MG_", "DSCF"])
        + _d(r, 4)
        + r.choice([".CR3", ".ARW", ".NEF", ".RAF", ".jpg"])
    ),
    "gallery_code": lambda r: f"{_d(r, 4)}-{_L(r, 2)}{r.randint(10, 99)}",
    "photo_range": lambda r: (lambda a: f"{a}–{a + r.choice([100, 150, 200])}")(
        r.choice([350, 400, 500, 600, 700])
    ),
    "lens": lambda r: r.choice(
        [
            "24-70mm f/2.8",
            "70-200mm f/2.8",
            "85mm f/1.4",
            "35mm f/1.8",
            "50mm f/1.2",
            "16-35mm f/4",
            "105mm f/2.8 macro",
        ]
    ),
    "exposure": lambda r: (
        f"ISO {r.choice([1600, 3200, 6400, 12800])}, 1/{r.choice([125, 160, 200, 250, 320])} s, "
        f"f/{r.choice(['1.8', '2.0', '2.8', '4'])}"
    ),
    "set_times": lambda r: (
        f"{r.randint(18, 21)}:{r.choice(['00', '15', '30', '45'])}–0{r.randint(0, 1)}:"
        f"{r.choice(['00', '30'])}"
    ),
    "bpm": lambda r: (lambda a: f"{a}–{a + r.choice([4, 6, 8, 10])} BPM")(r.randint(96, 126)),
    "db_limit": lambda r: f"{r.choice([88, 90, 92, 95, 96, 100])} dB(A)",
    "power": lambda r: r.choice(
        ["16 A / 230 V", "32 A CEE, 400 V", "2 × 13 A", "63 A three-phase", "16 A CEE blue"]
    ),
    "isrc": lambda r: f"{r.choice(['GB', 'US', 'DE', 'NL', 'FR'])}-{_L(r, 3)}-{r.randint(15, 24)}-{_d(r, 5)}",
    "stems": lambda r: f"{r.randint(3, 25) * 10}",
    "flower_order": lambda r: f"FL{_d(r, 6)}/{r.randint(1, 9)}",
    "pantone": lambda r: f"PANTONE {r.randint(11, 19)}-{_d(r, 4)} TCX",
    "vase_dims": lambda r: f"{r.randint(12, 40)} × {r.randint(8, 30)} cm",
    "capacity": lambda r: (lambda a: f"{a} / {a + r.choice([40, 60, 80, 100])}")(
        r.choice([80, 100, 120, 150, 180, 220])
    ),
    "marquee_size": lambda r: f"{r.choice([6, 9, 12, 15])} m × {r.choice([12, 15, 18, 21, 24, 30])} m",
    "table_range": lambda r: (lambda a: f"{a}–{a + r.randint(8, 20)}")(r.randint(1, 3)),
    "os_grid": lambda r: f"{r.choice(['SU', 'ST', 'SE', 'NZ', 'SK', 'TQ'])} {_d(r, 5)} {_d(r, 5)}",
    "gps": lambda r: f"{r.uniform(36, 58):.5f}, {r.uniform(-8, 15):.5f}",
    "premises_licence": lambda r: f"PL/{_d(r, 4)}/{r.randint(2012, 2024)}",
    "policy_no": lambda r: f"{_d(r, 8)}-{r.randint(1, 9):02d}",
    "pat_cert": lambda r: f"PAT{_d(r, 4)}/{_L(r, 2)}",
    "paper_size": lambda r: r.choice(
        ["A5, 148 × 210 mm", "A6, 105 × 148 mm", "DL, 99 × 210 mm", "square 150 × 150 mm"]
    ),
    "company_no": lambda r: f"{r.choice(['0', '1'])}{_d(r, 7)}",
    "price_head": lambda r: f"{r.randint(45, 140)}.{r.choice(['00', '50', '95'])}",
    "dietary": lambda r: (
        f"V {r.randint(2, 20)} · VG {r.randint(1, 9)} · GF {r.randint(1, 8)} · NF {r.randint(0, 4)}"
    ),
    "cake_tiers": lambda r: r.choice(['6"/8"/10"', '8"/10"/12"', '4"/6"/8"/10"', "15/20/25 cm"]),
    "run_sheet": lambda r: (
        f"{r.randint(11, 14)}:{r.choice(['00', '30'])} / {r.randint(15, 16)}:"
        f"{r.choice(['15', '45'])} / {r.randint(18, 19)}:{r.choice(['00', '30'])}"
    ),
    "rsvp_code": lambda r: f"RSVP-{_L(r, 2)}{_d(r, 4)}",
    "hire_code": lambda r: f"{r.choice(['CHR', 'TBL', 'LIN', 'LGT', 'DNC'])}-{_d(r, 3)}-{r.randint(10, 99)}",
    "wind_rating": lambda r: f"{r.choice([60, 70, 80, 90])} km/h",
    "generator": lambda r: f"{r.choice([10, 20, 30, 45, 60, 100])} kVA",
    "prs_licence": lambda r: f"LE-{_d(r, 7)}",
    "drone_id": lambda r: f"GBR-OP-{_L(r, 4)}{_d(r, 4)}{_L(r, 4)}",
    "card_size": lambda r: f"{r.choice([2, 3, 4])} × {r.choice([64, 128, 256])} GB",
    "since_years": lambda r: (lambda a: f"{a}–{a + r.randint(3, 12)}")(r.randint(2005, 2013)),
    "deposit_split": lambda r: f"{r.choice([20, 25, 30, 50])} % / {r.choice([40, 50])} % / rest",
    "hashtag": lambda r: (
        f"#{r.choice(['Ever', 'Happily', 'Finally', 'Forever'])}{_L(r, 1).title()}"
        f"{r.choice(['ields', 'arter', 'owan', 'ilner'])}{r.choice([2025, 2026])}"
    ),
    "room_dims": lambda r: (
        f"{r.randint(12, 30)}.{r.randint(1, 9)} m × {r.randint(8, 16)}.{r.randint(1, 9)} m"
    ),
    "plate": lambda r: f"{_L(r, 2)}{r.randint(10, 74)} {_L(r, 3)}",
    "guest_count": lambda r: f"{r.randint(40, 220)}",
    "postcode_de": lambda r: f"{r.randint(1, 9)}{_d(r, 4)}",
    "song_len": lambda r: f"{r.randint(2, 5)}:{r.randint(0, 59):02d}",
    "fee": lambda r: f"{r.randint(1, 9)}.{_d(r, 3)[:3]},00",
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_RUN = re.compile(r"\d[\d -]{11,30}\d")
_IP = re.compile(r"[0-9A-Fa-f:.]{7,}")


def _luhn(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def guard_hits(text):
    """Shapes of the non-phone kinds found in text."""
    hits = []
    if _EMAIL.search(text):
        hits.append("email")
    if _SSN.search(text):
        hits.append("ssn")
    for m in _IBAN.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in _RUN.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        if 13 <= len(d) <= 19 and d.isdigit() and _luhn(d):
            hits.append("luhn")
    for m in _IP.finditer(text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions, whole=True):
    """Phones phonenumbers finds in text (letters blanked, whole text as one value; and the VALID matcher)."""
    out = []
    bare = re.sub(r"[^\W\d_]", " ", text)  # letters would be read as vanity digits by parse
    for r in regions:
        try:
            if whole and pn.is_valid_number(pn.parse(bare, r)):
                out.append((r, text))
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            out.append((r, m.raw_string))
    return out


def dirty(text, regions, whole=True):
    """whole=True for single values; whole documents are screened with the matcher and the guards only."""
    return bool(phone_hits(text, regions, whole) or guard_hits(text))


class Drawer:
    """Draws clean hard-negative values; counts redraws and replacements."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.replaced_kinds = []
        self.used = set()

    def draw(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append((kind, tuple(regions)))
        return "-"
