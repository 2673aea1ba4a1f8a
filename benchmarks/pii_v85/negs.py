"""Hard negatives for v85 (cycling numbers that are not PII) and the screens every one of them passes."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

HOME = {
    "en": ("US", "GB"),
    "de": ("DE",),
    "fr": ("FR",),
    "es": ("ES",),
    "it": ("IT",),
    "nl": ("NL",),
    "pt": ("PT", "BR"),
    "hi": ("IN",),
}
COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dec(lang, s):
    return s.replace(".", ",") if lang in COMMA else s


def _s10(rng):
    body = _d(rng, 8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11
    c = 5 if c == 11 else 0 if c == 10 else c
    return rng.choice(["RR", "CP", "LX", "EE"]) + body + str(c) + rng.choice(["GB", "DE", "NL", "FR"])


def _up(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


KINDS = {
    "frame": lambda r, lang: _up(r, 3) + _d(r, 3) + _up(r, 1) + _d(r, 4),
    "etrto": lambda r, lang: f"{r.choice([25, 28, 32, 35, 40, 47, 50, 57])}-{r.choice([622, 584, 559, 406])}",
    "tyre": lambda r, lang: r.choice(
        [
            f"700x{r.choice([25, 28, 32, 38])}c",
            _dec(lang, f"29 x 2.{r.randint(2, 6)}"),
            _dec(lang, f"27.5 x 2.{r.randint(2, 8)}"),
        ]
    ),
    "pressure": lambda r, lang: (
        _dec(lang, f"{r.randint(2, 6)}.{r.randint(0, 9)} bar") + f" / {r.randint(35, 95)} psi"
    ),
    "cassette": lambda r, lang: f"{r.choice([10, 11, 12])}-{r.choice([28, 30, 32, 34, 36, 42, 50, 51, 52])}",
    "chainring": lambda r, lang: f"{r.choice([50, 52, 53, 48, 46])}/{r.choice([34, 36, 39, 35, 33])}T",
    "crank": lambda r, lang: _dec(lang, f"{r.choice(['165', '167.5', '170', '172.5', '175'])} mm"),
    "size": lambda r, lang: f"{r.choice([49, 52, 54, 56, 58, 61])} cm",
    "spokes": lambda r, lang: f"{r.randint(284, 296)}/{r.randint(284, 296)} mm",
    "torque": lambda r, lang: f"{r.randint(3, 7)}–{r.randint(8, 12)} Nm",
    "route": lambda r, lang: f"{r.randint(38, 210)} km / {r.randint(4, 38)}{r.choice(['00', '50', '20'])} hm",
    "power": lambda r, lang: f"{r.randint(180, 340)} W",
    "hr": lambda r, lang: f"{r.randint(118, 140)} bpm / max {r.randint(160, 192)} bpm",
    "bib": lambda r, lang: str(r.randint(12, 4800)),
    "chip": lambda r, lang: _up(r, 2) + "-" + _d(r, 5) + "-" + _d(r, 1),
    "wave": lambda r, lang: (
        f"0{r.randint(6, 8)}:{r.choice(['00', '15', '30', '45'])}"
        + f"–0{r.randint(8, 9)}:{r.choice(['10', '25', '40'])}"
    ),
    "gps": lambda r, lang: f"{r.randint(36, 57)}.{_d(r, 5)}, {r.randint(1, 14)}.{_d(r, 5)}",
    "tour": lambda r, lang: str(r.randint(1, 2)) + _d(r, 9),
    "dock": lambda r, lang: _d(r, 5) + f"/{r.randint(1, 40)}",
    "release": lambda r, lang: "".join(r.choice("123") for _ in range(5)),
    "lockcode": lambda r, lang: "-".join(_d(r, 1) for _ in range(4)),
    "c2w": lambda r, lang: f"C2W{r.randint(23, 26)}-{_up(r, 1)}{_d(r, 6)}",
    "sacrifice": lambda r, lang: _dec(lang, f"{r.randint(700, 3900)}.{_d(r, 2)}"),
    "standard": lambda r, lang: f"EN ISO 4210-{r.randint(2, 9)}:{r.choice([2014, 2015, 2023])}",
    "shimano": lambda r, lang: (
        r.choice(["RD-R", "CS-M", "BR-R", "FC-R", "CN-M"]) + f"{r.choice([7, 8, 9])}{r.randint(100, 199)}"
    ),
    "sram": lambda r, lang: f"00.{_d(r, 4)}.{_d(r, 3)}.{_d(r, 3)}",
    "battery": lambda r, lang: f"36 V / {r.choice([400, 500, 545, 625, 750])} Wh",
    "key": lambda r, lang: _d(r, 2) + "-" + _d(r, 3),
    "uci": lambda r, lang: f"100 {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
    "member": lambda r, lang: _up(r, 2) + _d(r, 6),
    "policy": lambda r, lang: f"CYC/{_d(r, 8)}/{r.randint(1, 9):02d}",
    "s10": lambda r, lang: _s10(r),
    "window": lambda r, lang: (
        f"{r.randint(8, 15)}:{r.choice(['00', '30'])}–{r.randint(16, 19)}:{r.choice(['00', '30'])}"
    ),
    "erd": lambda r, lang: f"ERD {r.randint(536, 606)} mm",
    "weight": lambda r, lang: _dec(lang, f"{r.randint(6, 24)}.{_d(r, 2)} kg"),
    "jobcard": lambda r, lang: f"JC-{_d(r, 5)}",
    "booking": lambda r, lang: _up(r, 2) + "-" + _up(r, 1) + _d(r, 1) + _up(r, 1) + _d(r, 2),
    "rate": lambda r, lang: f"{r.randint(12, 45)}/{r.randint(60, 220)}",
    "cadence": lambda r, lang: f"{r.randint(80, 88)}–{r.randint(90, 100)} rpm",
    "axle": lambda r, lang: (
        r.choice(["12 × 142", "12 × 148", "15 × 110", "12 × 100", "15 × 100", "9 × 135"]) + " mm"
    ),
    "chainwear": lambda r, lang: _dec(lang, f"0.{r.choice([25, 5, 75])} %"),
    "bb": lambda r, lang: r.choice(["BSA 68 mm", "BSA 73 mm", "PF86", "PF92", "BB386", "T47 85.5"]),
    "activity": lambda r, lang: "1" + _d(r, 10),
    "parcel": lambda r, lang: f"{r.randint(20, 60)} × {r.randint(15, 40)} × {r.randint(5, 30)} cm",
    "odo": lambda r, lang: f"{r.randint(1, 19)} {_d(r, 3)} km",
    "rotor": lambda r, lang: f"Ø {r.choice([160, 180, 203, 220])} / Ø {r.choice([140, 160, 180])}",
    "gradient": lambda r, lang: (
        _dec(lang, f"{r.randint(4, 9)}.{r.randint(0, 9)} %") + f" / max {r.randint(10, 22)} %"
    ),
    "temp": lambda r, lang: f"{r.randint(2, 14)}–{r.randint(15, 31)} °C",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
RUN_RE = re.compile(r"\d(?:[ -]?\d)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        t += d
    return t % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"[ -]", "", m.group())
        if 13 <= len(digits) <= 19 and luhn(digits):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        s = m.group().replace(" ", "")
        for n in range(15, len(s) + 1):
            if std_iban.is_valid(s[:n]):
                hits.append("iban")
                break
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ip4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group().strip(":") if "::" not in m.group() else m.group())
            hits.append("ip6")
        except ValueError:
            pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions, alone=False):
    hits = []
    for r in regions:
        if alone:
            try:
                x = pn.parse(text, r)
                if pn.is_valid_number(x):
                    hits.append("parse-" + r)
            except pn.NumberParseException:
                pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append(f"match-{r}:{m.raw_string}")
    return hits


def dirty(text, regions, alone=False):
    return guard_hits(text) + phone_hits(text, regions, alone)


class Drawer:
    """Draws hard-negative values until one is clean on its own (at most 200 draws)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = {}

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions, alone=True):
                self.used[kind] = self.used.get(kind, 0) + 1
                return v
            self.redraws += 1
        self.replaced += 1
        return "—"
