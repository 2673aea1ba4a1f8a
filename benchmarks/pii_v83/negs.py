"""Hard negatives for v83 (hotel back-office and cleaning-trade numbers that are not PII), and guards."""

import ipaddress
import re

import phonenumbers as pn


def _d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _dec(rng, lang, lo, hi, places=1):
    v = f"{rng.uniform(lo, hi):.{places}f}"
    return v.replace(".", ",") if lang not in ("en", "hi") else v


def _thou(n, lang):
    s = f"{n:,}"
    if lang in ("de", "nl", "pt", "es", "it"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    return s


KINDS = {
    "room_range": lambda r, lang: f"{(f := r.randint(1, 9) * 100 + r.randint(1, 20))}–{f + r.randint(4, 18)}",
    "folio": lambda r, lang: _d(r, 8),
    "confirm": lambda r, lang: r.choice(["", "R", "CNF"]) + _d(r, r.choice([9, 10])),
    "keycard": lambda r, lang: f"KE-{_d(r, 4)}-{r.randint(1, 9):02d}",
    "revenue": lambda r, lang: (
        ("€ " if lang != "en" else r.choice(["$", "£", "€"]))
        + _thou(r.randint(4000, 60000), lang)
        + ("," if lang != "en" else ".")
        + f"{r.randint(0, 99):02d}"
    ),
    "occupancy": lambda r, lang: _dec(r, lang, 55, 99) + " %",
    "adr": lambda r, lang: _dec(r, lang, 79, 260, 2),
    "linen_kg": lambda r, lang: _thou(r.randint(400, 3800), lang) + " kg",
    "wash_prog": lambda r, lang: (
        f"P{r.randint(1, 24)} / {r.choice([40, 60, 75, 90])} °C / {r.randint(28, 74)} min"
    ),
    "dilution": lambda r, lang: f"1:{r.choice([10, 20, 40, 50, 80, 100, 200])}",
    "lot": lambda r, lang: f"{r.randint(21, 26)}{r.randint(1, 52):02d}{r.choice('ABCDEFHKLMX')}{_d(r, 3)}",
    "sds_rev": lambda r, lang: (
        f"{r.randint(1, 9)}.{r.randint(0, 9)} ({r.randint(1, 12):02d}/{r.randint(2019, 2025)})"
    ),
    "un_no": lambda r, lang: "UN " + r.choice(["1791", "1719", "1824", "3266", "1903", "2014", "3082"]),
    "epa_reg": lambda r, lang: f"{_d(r, r.choice([3, 4]))}-{_d(r, 4)}" + r.choice(["", f"-{_d(r, 4)}"]),
    "bait_station": lambda r, lang: f"BS-{r.randint(1, 60):03d}",
    "trap_count": lambda r, lang: f"{(t := r.randint(6, 40)) - r.randint(1, 5)}/{t}",
    "flue": lambda r, lang: f"Ø {r.choice([110, 130, 150, 180, 200])} mm, {_dec(r, lang, 4, 14)} m",
    "co_ppm": lambda r, lang: f"CO {r.randint(2, 60)} ppm",
    "flue_temp": lambda r, lang: f"{r.randint(90, 260)} °C",
    "sweep_cert": lambda r, lang: f"{r.randint(18, 25)}/{_d(r, 5)}",
    "ewc": lambda r, lang: r.choice(
        [
            "20 03 01",
            "15 01 01",
            "15 01 02",
            "20 01 01",
            "20 01 08",
            "15 01 07",
            "20 02 01",
            "16 06 04",
            "20 01 21",
            "15 02 02",
        ]
    ),
    "wtn": lambda r, lang: f"{_d(r, 7, '0')}/{r.randint(22, 26)}",
    "bin_litres": lambda r, lang: r.choice(["1100", "660", "360", "240", "770"]) + " l",
    "weighbridge": lambda r, lang: (
        f"{_thou(r.randint(11000, 26000), lang)} kg / {_thou(r.randint(8000, 10999), lang)} kg"
    ),
    "plate": lambda r, lang: {
        "en": f"{r.choice(['YK', 'LN', 'BD', 'MA'])}{r.randint(15, 24)} "
        f"{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
        "de": f"{r.choice(['R', 'KI', 'WÜ', 'BI', 'HL'])}-{r.choice(['AB', 'WS', 'KM'])} "
        f"{r.randint(10, 9999)}",
        "nl": f"{r.randint(1, 99)}-{''.join(r.choice('BDFGHJKLNPRSTVXZ') for _ in range(3))}"
        f"-{r.randint(1, 9)}",
    }.get(lang, f"{r.randint(1000, 9999)} {''.join(r.choice('BCDFGHJKL') for _ in range(3))}"),
    "skip_yd": lambda r, lang: f"{r.choice([4, 6, 8, 12, 16])} yd³",
    "vat": lambda r, lang: {
        "en": f"GB {_d(r, 3)} {_d(r, 4, '0123456789')} {r.randint(10, 99)}",
        "de": f"DE{_d(r, 9)}",
        "nl": f"NL{_d(r, 9)}B0{r.randint(1, 9)}",
        "fr": f"FR {r.randint(10, 99)} {_d(r, 9)}",
    }.get(lang, f"{_d(r, 11)}"),
    "po": lambda r, lang: "45" + _d(r, 8, "0123456789"),
    "time_win": lambda r, lang: (
        f"{r.randint(5, 10):02d}:{r.choice(['00', '15', '30', '45'])}–"
        f"{r.randint(11, 18):02d}:{r.choice(['00', '30'])}"
    ),
    "staff_id": lambda r, lang: f"{r.choice(['HK', 'FO', 'NA', 'MT'])}{_d(r, 5)}",
    "tid": lambda r, lang: f"{_d(r, 4)} {_d(r, 4, '0123456789')}",
    "ean": lambda r, lang: _ean(r),
    "sku": lambda r, lang: f"{r.randint(10, 99)}-{_d(r, 4)}-{r.randint(1, 9)}",
    "area_m2": lambda r, lang: f"{r.randint(18, 640)} m²",
    "tds": lambda r, lang: f"{r.randint(0, 9):03d} ppm",
    "ph": lambda r, lang: "pH " + _dec(r, lang, 2, 13),
    "keysafe": lambda r, lang: "-".join(str(r.randint(0, 9)) for _ in range(4)),
    "qa_score": lambda r, lang: f"{r.randint(71, 100)}/100",
    "hours": lambda r, lang: _dec(r, lang, 3, 48, 1) + " h",
    "pole_m": lambda r, lang: f"{r.choice([12, 15, 18, 21, 25])} m",
    "zone": lambda r, lang: f"{r.randint(1, 4)}.{r.randint(1, 30):02d}",
}


def _ean(r):
    d = r.choice(["400", "871", "560", "800", "841", "789"]) + "".join(
        r.choice("0123456789") for _ in range(9)
    )
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


RUN = re.compile(r"\d[\d \-]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if re.search(r"\S@\S", text):
        hits.append("email")
    for m in RUN.finditer(text):
        digits = re.sub(r"[ \-]", "", m.group())
        for i in range(len(digits)):
            for j in range(i + 13, min(len(digits), i + 19) + 1):
                if luhn_ok(digits[i:j]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        s = m.group().replace(" ", "")
        for end in range(len(s), 14, -1):
            t = s[:end]
            if int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1:
                hits.append("iban")
                break
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
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
    for r in regions:
        try:
            n = pn.parse(text, r)
            if pn.is_valid_number(n):
                hits.append(("parse", r))
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append(("match", r, m.raw_string))
    return hits


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draws a screened value of a kind; counts redraws and replacements."""

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
