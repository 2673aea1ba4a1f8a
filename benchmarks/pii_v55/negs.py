"""Hard negatives for sports and hobby clubs (negs.KINDS), the guards and the screen."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban


def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _dec(lang, s):
    return s if lang in ("en", "hi") else s.replace(".", ",")


def _c(r, *xs):
    return r.choice(xs)


KINDS = {
    "score": lambda r, lang: f"{r.randint(0, 5)}{_c(r, '-', ':', '–')}{r.randint(0, 5)}",
    "table_row": lambda r, lang: "{} {} {} {} {}:{} {}".format(
        *(lambda p, w, d: (p, w, d, p - w - d, r.randint(20, 60), r.randint(10, 50), 3 * w + d))(
            22, r.randint(8, 14), r.randint(0, 6)
        )
    ),
    "bib": lambda r, lang: str(r.randint(1000, 29999)),
    "fide_id": lambda r, lang: str(r.randint(1, 9)) + _d(r, 7),
    "rating": lambda r, lang: str(r.randint(1100, 2450)),
    "chess_moves": lambda r, lang: (
        f"{r.randint(8, 30)}. {_c(r, 'Nf3', 'Bb5', 'Qxd4', 'Rae1')} "
        f"{_c(r, 'Nc6', 'a6', 'd5', 'O-O')} {r.randint(31, 45)}. {_c(r, 'Rxf7', 'h4', 'Kg2')}"
    ),
    "time_control": lambda r, lang: _c(r, "90+30", "40/120, 30+30", "15+10", "60+15", "3+2"),
    "lap_time": lambda r, lang: _dec(lang, f"{r.randint(0, 4)}:{r.randint(10, 59)}.{_d(r, 2)}"),
    "fish_weight": lambda r, lang: (
        f"{r.randint(2, 38)} lb {r.randint(0, 15)} oz"
        if lang == "en"
        else _dec(lang, f"{r.randint(1, 17)}.{r.randint(1, 9)} kg")
    ),
    "peg": lambda r, lang: str(r.randint(1, 120)),
    "rod_licence": lambda r, lang: f"RL{r.randint(24, 26)}-{_c(r, 'NW', 'SE', 'MD')}{_d(r, 4)}",
    "membership_no": lambda r, lang: f"M-{_d(r, 6)}",
    "seat": lambda r, lang: f"{r.randint(101, 132)}/{_c(r, 'K', 'P', 'T', 'C')}/{r.randint(1, 40)}",
    "turnstiles": lambda r, lang: (lambda a: f"{a}–{a + r.randint(4, 12)}")(r.randint(1, 40)),
    "gps": lambda r, lang: f"{r.randint(40, 57)}.{_d(r, 5)}, {_c(r, '-', '')}{r.randint(0, 12)}.{_d(r, 5)}",
    "squad_numbers": lambda r, lang: ", ".join(f"#{x}" for x in sorted(r.sample(range(1, 40), 4))),
    "heart_rate": lambda r, lang: (
        lambda a: f"{a} bpm to {a + r.randint(10, 25)} bpm" if lang == "en" else f"{a} bpm / {a + 15} bpm"
    )(r.randint(110, 160)),
    "lift_sets": lambda r, lang: _dec(
        lang, f"{r.randint(3, 5)}×{r.randint(3, 12)} × {r.randint(40, 160)}.5 kg"
    ),
    "class_times": lambda r, lang: (
        lambda h: f"{h:02d}:{_c(r, '00', '15', '30')}–{h + 1:02d}:{_c(r, '00', '15')}"
    )(r.randint(6, 20)),
    "ref_fan": lambda r, lang: _d(r, 8),
    "match_no": lambda r, lang: f"M{r.randint(1, 380):03d}/{r.randint(24, 26)}",
    "board_result": lambda r, lang: f"{r.randint(1, 40)}: {_c(r, '1–0', '0–1', '½–½')}",
    "handicap": lambda r, lang: _dec(lang, f"{r.randint(0, 36)}.{r.randint(0, 9)}"),
    "attendance": lambda r, lang: f"{r.randint(1, 48)}{',' if lang == 'en' else '.'}{_d(r, 3)}",
    "locker": lambda r, lang: f"L-{r.randint(100, 399)}",
    "distance": lambda r, lang: _dec(lang, f"{_c(r, '5', '10', '21.1', '42.195', '16.09')} km"),
    "hook_line": lambda r, lang: f"{_c(r, '12', '14', '16', '18')}/{r.randint(3, 12)} lb",
    "river_level": lambda r, lang: _dec(lang, f"{r.randint(0, 2)}.{_d(r, 2)} m"),
    "sort_code": lambda r, lang: f"{r.randint(10, 99)}-{_d(r, 2)}-{_d(r, 2)}",
    "string_tension": lambda r, lang: (lambda a: f"{a}/{a - 1} kg")(r.randint(20, 28)),
    "pitch_size": lambda r, lang: f"{r.randint(90, 110)} × {r.randint(60, 75)} m",
    "tide": lambda r, lang: _dec(
        lang, f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d} {r.randint(1, 9)}.{r.randint(0, 9)} m"
    ),
    "ecf_code": lambda r, lang: _d(r, 6) + _c(r, "A", "B", "C", "D", "K"),
    "birth_years": lambda r, lang: (lambda y: f"{y}–{y + 1}")(r.randint(2008, 2018)),
    "pace": lambda r, lang: f"{r.randint(3, 7)}:{r.randint(0, 59):02d}/km",
    "court_booking": lambda r, lang: f"CB-{_d(r, 5)}",
    "vehicle_reg": lambda r, lang: (
        f"{_c(r, 'AB', 'KX', 'LD', 'YR')}{r.randint(10, 74)} {_c(r, 'CDE', 'FHT', 'MUP', 'ZRA')}"
    ),
    "ranking_points": lambda r, lang: f"{r.randint(1, 9)}{',' if lang == 'en' else '.'}{_d(r, 3)}",
    "raffle": lambda r, lang: (lambda a: f"{a:04d}–{a + 49:04d}")(r.randint(1, 180) * 50 + 1),
    "heat_lane": lambda r, lang: f"{r.randint(1, 9)}/{r.randint(1, 8)}",
    "darts_checkout": lambda r, lang: _c(r, "T20 T19 D12", "T20 T20 D20", "T19 S18 D16", "T17 T18 D18"),
    "scorecard": lambda r, lang: " · ".join(str(r.randint(3, 6)) for _ in range(9)),
    "gear_ratio": lambda r, lang: f"{_c(r, '50/34', '52/36', '53/39')} × {_c(r, '11-28', '11-30', '11-32')}",
    "matchday": lambda r, lang: str(r.randint(1, 38)),
}

WORD = {"fixtures", "referees", "gym", "angling", "chess", "stewards", "entry"}
IP_RE = re.compile(
    r"(?<![\w.:])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])|(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}"
)
DIGITRUN = re.compile(r"\d[\d \-]{11,22}\d")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def guard_hits(text):
    hits = []
    if "@" in text:
        hits.append("email")
    for m in DIGITRUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d)):
            for n in range(13, 20):
                if i + n <= len(d) and luhn(d[i : i + n]):
                    hits.append("card")
                    break
    for m in IBAN_RE.finditer(text):
        if stdiban.is_valid(m.group()):
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
    hits = []
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                hits.append(reg)
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append(m.raw_string)
    return hits


def doc_phone_hits(text, regions):
    return [
        m.raw_string for reg in regions for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID)
    ]


class Drawer:
    """Draws clean hard negatives: each value screened on its own (phones and guards)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not phone_hits(v, regions) and not guard_hits(v):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
