"""Hard negatives from water sports (numbers that are not PII) and the screens they must pass."""

import ipaddress
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban as std_iban

D = "0123456789"
U = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789ABCDEF"


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _u(rng, n):
    return "".join(rng.choice(U) for _ in range(n))


def _f(rng, lo, hi, nd=1, dec="."):
    return f"{rng.uniform(lo, hi):.{nd}f}".replace(".", dec)


def _hm(rng, h0=5, h1=21):
    return f"{rng.randint(h0, h1):02d}:{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"


def _gps(rng):
    la, lo = rng.uniform(10, 58), rng.uniform(0.5, 12)
    return f"{int(la)}°{(la % 1) * 60:06.3f}′N {int(lo):03d}°{(lo % 1) * 60:06.3f}′{rng.choice('WE')}"


KINDS = {
    "divecert": lambda r: (
        f"{_d(r, 4, '12')}{r.choice(U)}{r.choice(U)}{_d(r, 4)}"
    ),  # diver certification number
    "maxdepth": lambda r: f"{_f(r, 6, 40)} m",
    "bottomtime": lambda r: f"{r.randint(22, 68)} min",
    "tankbar": lambda r: f"{r.choice((200, 210, 220, 232))} bar → {r.randint(40, 80)} bar",
    "nitrox": lambda r: f"EAN{r.choice((28, 30, 32, 34, 36))}",
    "wetsuit": lambda r: r.choice(("5/4 mm", "4/3 mm", "3/2 mm", "6/5/4 mm", "7 mm")),
    "swell": lambda r: f"{_f(r, 0.4, 3.5)} m @ {r.randint(6, 17)} s",
    "tide": lambda r: f"{_hm(r, 0, 23)} ({_f(r, 0.3, 6.8)} m)",
    "watertemp": lambda r: f"{_f(r, 9, 28)} °C",
    "gps": _gps,
    "wind": lambda r: (lambda a: f"{a}–{a + r.randint(3, 8)} kn")(r.randint(4, 22)),
    "hin": lambda r: (
        f"{r.choice(('GB', 'DE', 'NL', 'FR', 'US'))}-{_u(r, 3)}{_d(r, 5)}{r.choice('ABCDEFGHIJKL')}"
        f"{r.randint(1, 9)}{r.randint(10, 25)}"
    ),  # hull identification number
    "splittime": lambda r: f"00:{r.randint(11, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 99):02d}",
    "bib": lambda r: f"#{r.randint(1, 2400)}",
    "bookingref": lambda r: f"{r.choice(('SRF', 'DIV', 'KYK', 'SUP', 'OWS'))}-{_u(r, 2)}{_d(r, 4)}",
    "voucher": lambda r: f"{_u(r, 4)}-{_u(r, 4)}-{_d(r, 2)}",
    "lockerpin": lambda r: "-".join(r.choice(D) for _ in range(4)),
    "boarddims": lambda r: (
        f'{r.randint(5, 11)}\'{r.randint(0, 11)}" × {r.randint(19, 34)}" × '
        f'{r.choice(("2.5", "2.75", "3", "4.5", "6"))}"'
    ),
    "paddlelen": lambda r: (lambda a: f"{a}–{a + 10} cm")(r.choice((200, 205, 210, 215, 220, 230))),
    "lgaward": lambda r: f"{r.choice(('NPLQ', 'BLA', 'LG'))}/{_d(r, 2, '12')}/{_d(r, 3)}",
    "mmsi": lambda r: (
        f"00{r.choice(('232', '235', '211', '244', '227', '366', '419', '503'))}{_d(r, 4, '0')}"
    ),
    "vhf": lambda r: f"Ch {r.choice((6, 8, 10, 12, 14, 16, 67, 72, 73, 77))}",
    "epirb": lambda r: "".join(r.choice(HEX) for _ in range(15)),
    "hydrotest": lambda r: f"{r.randint(1, 12):02d}/{r.randint(2019, 2025)}",
    "ecoli": lambda r: f"{r.randint(12, 900)} cfu/100 ml",
    "uvindex": lambda r: f"UV {r.randint(2, 11)}",
    "swelldir": lambda r: f"{r.choice(('SW', 'WSW', 'W', 'NW', 'S'))} {r.randint(190, 320)}°",
    "slot": lambda r: (lambda h: f"{h:02d}:30–{h + 2:02d}:00")(r.randint(7, 16)),
    "ratio": lambda r: f"1:{r.randint(4, 8)}",
    "dandmember": lambda r: f"{_d(r, 4, '3456789')}-{_u(r, 2)}",
    "price": lambda r: f"{r.randint(25, 140)},{r.choice(('00', '50', '90'))}",
    "diveno": lambda r: f"#{r.randint(12, 1850)}",
    "sac": lambda r: f"{_f(r, 11, 26)} l/min",
    "pace": lambda r: f"1:{r.randint(18, 59):02d}/100 m",
    "distance": lambda r: r.choice(("750 m", "1.5 km", "3.8 km", "2 × 1,500 m", "400 m", "5 km", "10 km")),
    "berth": lambda r: f"{r.choice('ABCDEF')}-{r.randint(1, 48)}",
    "leadweight": lambda r: f"{r.randint(2, 12)} kg",
    "lanes": lambda r: (lambda a: f"{a}–{a + 2}")(r.randint(1, 6)),
    "incident": lambda r: f"{r.randint(22, 25)}-{_d(r, 3, '0')}",
    "buoy": lambda r: _d(r, 5, "46"),
    "chart": lambda r: f"{r.randint(1000, 5600)}",
    "sunset": lambda r: f"{r.randint(19, 21)}:{r.randint(0, 59):02d}",
    "capacity": lambda r: f"{r.randint(4, 24)} pax",
    "waiver": lambda r: f"WV-{_d(r, 4)}",
}


# --- screens -----------------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d(?:[ -]?\d){12,18}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}([ -])\d{2}\1\d{4}(?!\d)")


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def guard_hits(text):
    """Things in the text that look like an e-mail, card, IBAN, IP address or SSN."""
    hits = []
    hits += [("EMAIL", m.group()) for m in EMAIL_RE.finditer(text)]
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            hits.append(("CARD", m.group()))
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append(("IBAN", m.group()))
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(("IP", m.group()))
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append(("IP", m.group()))
            except ValueError:
                pass
    hits += [("SSN", m.group()) for m in SSN_RE.finditer(text) if ssn_ok(m.group())]
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        try:
            num = phonenumbers.parse(text, reg)
            if phonenumbers.is_valid_number(num):
                hits.append(("PHONE-parse", reg))
        except phonenumbers.NumberParseException:
            pass
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            hits.append(("PHONE", reg, m.raw_string))
    return hits


def text_hits(text, regions):
    """Whole-text screen: matcher and guards only (no whole-text parse)."""
    hits = []
    for reg in regions:
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            hits.append(("PHONE", reg, m.raw_string))
    return hits + guard_hits(text)


def blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    return "".join(chars)


class Drawer:
    """Draws clean hard negatives, counting redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def get(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not phone_hits(v, regions) and not guard_hits(v):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
