"""Hard negatives for v64 (charity and volunteering paperwork) and the guards that screen them."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def _ean13(rng):
    body = rng.choice(["400", "871", "590", "789", "800"]) + _d(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _isbn13(rng):
    body = "978" + rng.choice(["0", "1", "3", "2", "88", "90", "85"])
    body += _d(rng, 12 - len(body))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def _cnpj(rng):
    base = [int(c) for c in _d(rng, 8) + "0001"]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(base, weights, strict=True)) % 11
        base.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, base))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def _rsin(rng):
    while True:
        d = _d(rng, 8)
        s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1), strict=True))
        for last in range(10):
            if (s - last) % 11 == 0:
                return d + str(last)


def _plate(rng):
    L = "ABCDEFGHJKLMNPRSTVWXY"
    return rng.choice(
        [
            f"{rng.choice(L)}{rng.choice(L)}{_d(rng, 2)} {rng.choice(L)}{rng.choice(L)}{rng.choice(L)}",
            f"{rng.choice(['KS', 'WÜ', 'BI', 'HL'])}-{rng.choice(L)}{rng.choice(L)} {_d(rng, 3)}",
        ]
    )


KINDS = {
    "charity_ew": lambda r: "1" + _d(r, 6),
    "charity_sc": lambda r: "SC0" + _d(r, 5),
    "ein": lambda r: f"{r.choice(['27', '46', '81', '83', '36'])}-{_d(r, 7)}",
    "vereinsregister": lambda r: f"VR {r.randint(100, 19999)}",
    "steuernummer": lambda r: f"{_d(r, 2)}/{_d(r, 3)}/{_d(r, 5)}",
    "donation_total": lambda r: f"{r.randint(1, 48)}.{_d(r, 3)},{_d(r, 2)} €",
    "donation_total_en": lambda r: f"{r.choice('$£')}{r.randint(1, 90)},{_d(r, 3)}.{_d(r, 2)}",
    "cnpj_total": lambda r: f"R$ {r.randint(1, 90)}.{_d(r, 3)},{_d(r, 2)}",
    "inr_total": lambda r: f"₹{r.randint(1, 9)},{_d(r, 2)},{_d(r, 3)}",
    "donor_id": lambda r: f"D-{_d(r, 6)}",
    "food_weight": lambda r: f"{r.randint(1, 9)}.{_d(r, 3)} kg",
    "blood_unit": lambda r: f"W{_d(r, 4)} 25 {_d(r, 6)}",
    "hemoglobin": lambda r: f"{r.randint(12, 17)}.{r.randint(0, 9)} g/dL",
    "microchip": lambda r: r.choice(["276", "528", "826", "250", "981"]) + "0" + _d(r, 11),
    "kennel": lambda r: f"{r.choice('ABCD')}-{r.randint(1, 24):02d}",
    "rabies_tag": lambda r: f"{r.choice(['2024', '2025'])}-{_d(r, 4)}",
    "referral_code": lambda r: f"FB-{r.choice(['24', '25'])}-{_d(r, 4)}",
    "ean13": _ean13,
    "best_before": lambda r: f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.choice(['2025', '2026'])}",
    "occupancy": lambda r: f"{r.randint(20, 44)}/{r.randint(45, 60)}",
    "raffle_range": lambda r: (lambda a: f"{a:04d}–{a + r.randint(80, 300):04d}")(r.randint(100, 4000)),
    "bib": lambda r: f"#{r.randint(100, 4999)}",
    "dbs_cert": lambda r: "00" + _d(r, 10),
    "shift": lambda r: (
        f"{r.randint(7, 11):02d}:{r.choice(['00', '15', '30', '45'])}"
        f"–{r.randint(12, 17)}:{r.choice(['00', '30'])}"
    ),
    "gps": lambda r: f"{r.randint(40, 55)}.{_d(r, 4)}, {r.choice(['-', ''])}{r.randint(1, 12)}.{_d(r, 4)}",
    "plate": _plate,
    "animal_weight": lambda r: f"{r.randint(2, 38)},{r.randint(0, 9)} kg",
    "vaccine_lot": lambda r: f"{r.choice('ABKM')}{_d(r, 2)}{r.choice('BCDX')}{_d(r, 3)}",
    "grant_ref": lambda r: f"GR-{r.choice(['2024', '2025'])}-{_d(r, 4)}",
    "cheque": lambda r: _d(r, 6),
    "isbn": _isbn13,
    "companies_house": lambda r: "0" + str(r.randint(6, 9)) + _d(r, 6),
    "kvk": lambda r: r.choice("4567") + _d(r, 7),
    "rsin": _rsin,
    "cnpj": _cnpj,
    "rna": lambda r: f"W{r.choice(['75', '69', '13', '33'])}{_d(r, 7)}",
    "darpan": lambda r: (
        f"{r.choice(['MH', 'KA', 'TN', 'UP'])}/{r.choice(['2017', '2019', '2021'])}/{_d(r, 7)}"
    ),
    "cif": lambda r: "G" + _d(r, 8),
    "cf_ets": lambda r: "9" + _d(r, 10),
    "fridge_temp": lambda r: f"{r.randint(2, 7)},{r.randint(0, 9)} °C",
    "tracking": lambda r: (
        f"1Z {_d(r, 3)} {r.choice('AEX')}{r.choice('AEX')}{_d(r, 1)} {_d(r, 2)} {_d(r, 4)} {_d(r, 3)}"
    ),
    "bin_location": lambda r: f"R{r.randint(1, 9)}-B{r.randint(1, 6)}-{r.randint(1, 20):02d}",
    "hours_total": lambda r: f"{r.randint(1, 9)}.{_d(r, 3)},{r.randint(0, 9)} h",
    "meals": lambda r: f"{r.randint(10, 99)} {_d(r, 3)}",
    "blood_pressure": lambda r: f"{r.randint(105, 140)}/{r.randint(65, 90)} mmHg",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
RUN_RE = re.compile(r"\d[\d \-]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        k = int(c)
        if i % 2:
            k = k * 2 - 9 if k > 4 else k * 2
        total += k
    return total % 10 == 0


def guard_hits(text):
    """Non-phone guards: e-mail shape, Luhn 13-19 runs, mod-97 IBANs, IPv4/IPv6, SSN shapes."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn(d[i:j]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
        s = m.group().strip(":")
        if s.count(":") >= 2:
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
    for region in regions:
        for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
            hits.append((region, m.raw_string))
    return hits


def value_dirty(value, regions):
    for region in regions:
        try:
            n = pn.parse(value, region)
            if pn.is_valid_number(n):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws clean values of a kind; gives up (None) after 200 dirty draws."""

    def __init__(self):
        self.redraws = 0
        self.replaced = 0

    def draw(self, rng, kind, regions):
        for _ in range(200):
            v = KINDS[kind](rng)
            if not value_dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return None
