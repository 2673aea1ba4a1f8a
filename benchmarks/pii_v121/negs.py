"""Hard negatives for v121 (forestry and timber figures), and the screens they must pass."""

import ipaddress
import re

import phonenumbers as pn


def _dec(lang, x, nd):
    s = f"{x:,.{nd}f}"
    if lang in ("de", "nl", "it", "es", "pt", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", "." if lang != "fr" else "\u202f")
    return s


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _int(lang, n):
    return _dec(lang, n, 0)


KINDS = {
    "volume": lambda r, lang: _dec(lang, r.uniform(40, 9000), 2) + " m³",
    "board_feet": lambda r, lang: _int(lang, r.randrange(2000, 90000)) + " board feet",
    "stacked": lambda r, lang: (
        r.choice(["1", "2", "3", "4", "6", "8", "12", _dec(lang, 1.5, 1), _dec(lang, 2.5, 1)])
        + {"de": " Ster", "fr": " stères", "nl": " stère", "en": " cords"}.get(lang, " st")
    ),
    "moisture": lambda r, lang: f"{r.randrange(11, 38)} %",
    "fsc": lambda r, lang: f"FSC-C{r.randrange(10000, 199999):06d}",
    "pefc": lambda r, lang: f"PEFC/{r.randrange(1, 40):02d}-{r.randrange(20, 45)}-{r.randrange(1, 9999):04d}",
    "parcel": lambda r, lang: f"{r.randrange(10, 2999)}/{r.randrange(1, 40)}",
    "compartment": lambda r, lang: f"{r.randrange(1, 340)}{r.choice('abcdefg')}{r.randrange(1, 6)}",
    "gps": lambda r, lang: f"{r.uniform(-33, 62):.5f}, {r.uniform(-75, 30):.5f}",
    "felling": lambda r, lang: f"FL-1{_d(r, 5)}",
    "dbh": lambda r, lang: f"{r.randrange(18, 96)} cm",
    "height": lambda r, lang: _dec(lang, r.uniform(12, 44), 1) + " m",
    "log_length": lambda r, lang: _dec(lang, r.choice([2.5, 3.1, 4.1, 5.1, 6.1, 4.0, 12.5, 16.5]), 2) + " m",
    "sawn": lambda r, lang: (
        f"{r.choice([22, 27, 35, 47, 63, 75])} x {r.choice([100, 125, 150, 175, 200])} x "
        f"{r.choice([3000, 3600, 4200, 4800, 5400])} mm"
    ),
    "hectares": lambda r, lang: _dec(lang, r.uniform(0.4, 480), 1) + " ha",
    "stems": lambda r, lang: _int(lang, r.choice([1100, 1600, 2000, 2500, 3300, 4400])) + "/ha",
    "plants": lambda r, lang: _int(lang, r.randrange(2, 120) * 250),
    "provenance": lambda r, lang: f"{r.choice([810, 817, 827, 840, 851, 806])} {r.randrange(1, 30):02d}",
    "weigh_ticket": lambda r, lang: f"W1{_d(r, 5)}",
    "net_weight": lambda r, lang: _dec(lang, r.uniform(8, 40), 3) + " t",
    "plate": lambda r, lang: (
        r.choice(["FR-HZ", "RT-KM", "HSK-W", "BB-TL", "SO-LA"]) + f" {r.randrange(10, 9999)}"
        if lang == "de"
        else r.choice(["KX", "YK", "SN", "PF"])
        + f"{r.randrange(10, 75)} "
        + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    ),
    "chain": lambda r, lang: (
        f'{r.choice([35, 40, 45, 50, 63])} cm, {r.choice(["3/8", ".325", ".404"])}", '
        f"{r.choice(['1,3', '1,5', '1,6'] if lang != 'en' else ['1.3', '1.5', '1.6'])} mm"
    ),
    "calorific": lambda r, lang: _dec(lang, r.uniform(4.6, 5.3), 1) + " kWh/kg",
    "ash": lambda r, lang: _dec(lang, r.uniform(0.2, 0.7), 2) + " %",
    "price_unit": lambda r, lang: (
        f"€ {_dec(lang, r.uniform(60, 190), 2)}/fm" if lang != "en" else f"${r.randrange(280, 900)}/MBF"
    ),
    "lot": lambda r, lang: f"{r.randrange(1, 420):03d}/{r.randrange(23, 27)}",
    "bid": lambda r, lang: ("€ " if lang != "en" else "£") + _dec(lang, r.uniform(900, 96000), 2),
    "log_no": lambda r, lang: f"{r.randrange(1, 2000):04d}",
    "kiln": lambda r, lang: f"K{r.randrange(1, 6)}-{_d(r, 4)}",
    "hours": lambda r, lang: (
        f"{r.choice([6, 7, 8])}:{r.choice(['00', '30'])}–{r.choice([12, 16, 17])}:{r.choice(['00', '30'])}"
    ),
    "cal_week": lambda r, lang: f"{r.randrange(1, 53)}/{r.randrange(25, 27)}",
    "bags": lambda r, lang: f"{r.choice([60, 65, 66, 70, 72])} x 15 kg",
    "plant_size": lambda r, lang: (
        f"{r.choice([15, 20, 30, 50])}–{r.choice([40, 60, 80, 120])} cm, "
        f"{r.choice(['1+0', '1+1', '2+0', '2+1', '1/0', '2/1'])}"
    ),
    "master_cert": lambda r, lang: (
        f"D-{r.randrange(1, 17):02d}-{r.randrange(1, 3)}-{r.choice([81703, 84005, 82701])}"
        f"-{_d(r, 4)}-{r.randrange(20, 26)}"
    ),
    "utm": lambda r, lang: f"32U {r.randrange(300000, 700000)} {r.randrange(5200000, 6000000)}",
    "basal": lambda r, lang: _dec(lang, r.uniform(14, 46), 1) + " m²/ha",
    "age": lambda r, lang: str(r.randrange(25, 180)),
    "silo": lambda r, lang: (
        _dec(lang, r.uniform(1.8, 4.2), 2) + " x " + _dec(lang, r.uniform(1.8, 4.2), 2) + " m"
    ),
    "temp_kiln": lambda r, lang: f"{r.randrange(55, 95)} °C / {r.randrange(40, 96)} h",
}

TEN = re.compile(r"\d[\d \-./()]{5,}\d")


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def guard_hits(text):
    """Shapes that other detectors could call PII: e-mail, Luhn runs, mod-97 IBANs, IPs, SSNs."""
    hits = []
    if re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text):
        hits.append("email")
    for m in re.finditer(r"\d[\d \-]{11,}\d", text):
        d = re.sub(r"[ \-]", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append("luhn")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}\b", text):
        s = m.group().replace(" ", "")
        t = s[4:] + s[:4]
        n = "".join(str(int(c, 36)) for c in t)
        if n.isdigit() and int(n) % 97 == 1:
            hits.append("iban")
    for m in re.finditer(r"[0-9A-Fa-f:.]{7,}", text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    if re.search(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b", text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((reg, m.start, m.end, m.raw_string))
    return hits


def value_dirty(val, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(val, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(val, regions) or guard_hits(val))


class Drawer:
    """Draws hard negatives until one is clean for the given regions (200 tries, then a dash)."""

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
        return "–"
