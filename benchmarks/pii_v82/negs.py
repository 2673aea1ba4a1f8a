"""Hard negatives of laboratory and field-science life (none in v52's list), and the screens they pass."""

import ipaddress
import re
import string

import phonenumbers as pn
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban as stdiban

from .values import luhn_ok

D = string.digits
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n):
    return "".join(rng.choice(D) for _ in range(n))


def cas(rng):
    body = str(rng.randrange(50, 9999999)) + _d(rng, 2)
    chk = sum((i + 1) * int(c) for i, c in enumerate(reversed(body))) % 10
    return f"{body[:-2]}-{body[-2:]}-{chk}"


def orcid(rng):
    base = "000" + rng.choice("0123") + _d(rng, 11)
    total = 0
    for c in base:
        total = (total + int(c)) * 2
    r = (12 - total % 11) % 11
    s = base + ("X" if r == 10 else str(r))
    return "-".join(s[i : i + 4] for i in range(0, 16, 4))


def ring(rng):
    return rng.choice(["EZ", "NW", "Z", "V", "TE"]) + _d(rng, rng.choice([5, 6]))


KINDS = {
    "cas": cas,
    "orcid": orcid,
    "sample_id": lambda r: f"{r.choice(['WS', 'SL', 'AQ', 'BX', 'FD'])}{r.randrange(23, 26)}-{_d(r, 4)}",
    "reagent_lot": lambda r: f"{r.choice(UP)}{r.choice(UP)}{_d(r, 4)}/{_d(r, 2)}",
    "doi": lambda r: (
        f"10.{r.randrange(1000, 9999)}/{r.choice(['acs.est', 'j.watres', 'sdata', 'ece3'])}.{_d(r, 5)}"
    ),
    "accession": lambda r: f"{r.choice(['MN', 'OR', 'PP', 'KX'])}{_d(r, 6)}.{r.randrange(1, 4)}",
    "wavelength": lambda r: f"{r.randrange(230, 720)} nm",
    "rcf": lambda r: f"{r.choice(['12 000', '14 000', '3 200', '16 500', '4 700'])} × g",
    "rpm": lambda r: f"{r.randrange(1, 16)} {r.choice(['000', '500', '200'])} rpm",
    "conc": lambda r: f"{r.randrange(0, 90)}.{_d(r, 2)} {r.choice(['mg/L', 'µg/L', 'ng/mL', 'mmol/L'])}",
    "ph": lambda r: f"pH {r.randrange(4, 10)}.{_d(r, 2)}",
    "temp": lambda r: r.choice(
        [f"−{r.randrange(18, 86)}.{r.randrange(10)} °C", f"{r.randrange(2, 42)}.{r.randrange(10)} °C"]
    ),
    "coords": lambda r: f"{r.randrange(35, 60)}.{_d(r, 4)}° N, {r.randrange(1, 14)}.{_d(r, 4)}° E",
    "coc_form": lambda r: f"CoC-{_d(r, 2)}/{_d(r, 4)}",
    "waybill": lambda r: f"{r.choice(['176', '020', '057', '125'])}-{_d(r, 4)} {_d(r, 4)}",
    "cal_cert": lambda r: f"{r.choice(['KC', 'CAL', 'DKD'])}{_d(r, 2)}-{_d(r, 4)}",
    "mass": lambda r: f"{r.randrange(0, 250)}.{_d(r, 4)} g",
    "pipette": lambda r: r.choice(["0.5–10 µL", "2–20 µL", "20–200 µL", "100–1000 µL", "10–100 µL"]),
    "well": lambda r: (
        f"{r.choice('ABCDEFGH')}{r.randrange(1, 13):02d}–{r.choice('ABCDEFGH')}{r.randrange(1, 13):02d}"
    ),
    "un_number": lambda r: r.choice(["UN 3373", "UN 1845", "UN 3291", "UN 2814", "UN 1170"]),
    "standard": lambda r: r.choice(
        [
            "ISO/IEC 17025:2017",
            "EN 14175-3:2019",
            "ISO 15189:2022",
            "ISO 5667-3:2018",
            "DIN 12924-1",
            "EN 12469:2000",
            "ISO 14644-1:2015",
        ]
    ),
    "accreditation": lambda r: r.choice(
        [f"UKAS {_d(r, 4)}", f"D-PL-{_d(r, 5)}-{_d(r, 2)}-00", f"RvA L{_d(r, 3)}"]
    ),
    "freezer_pos": lambda r: (
        f"F{r.randrange(1, 9)}/R{r.randrange(1, 7)}/B{r.randrange(1, 25):02d}/{r.randrange(1, 82)}"
    ),
    "run_id": lambda r: (
        f"{r.randrange(23, 26)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}_A0{_d(r, 4)}_{_d(r, 4)}_"
        + "".join(r.choice(UP) for _ in range(5))
        + "DRX"
        + r.choice("357")
    ),
    "sieve": lambda r: f"{r.choice(['63', '125', '250', '500', '2000'])} µm",
    "grant": lambda r: f"{r.choice(['BB', 'NE', 'EP'])}/{r.choice(UP)}{_d(r, 6)}/1",
    "ethics_ref": lambda r: f"{_d(r, 2)}/{r.choice(['EE', 'NW', 'LO', 'SC'])}/{_d(r, 4)}",
    "module_code": lambda r: f"{r.choice(['CHEM', 'BIOL', 'PHYS', 'ENVS', 'GEOG'])}{_d(r, 4)}",
    "ring": ring,
    "grid_ref": lambda r: f"{r.choice(['TL', 'NT', 'SU', 'NJ', 'SX'])} {_d(r, 4)} {_d(r, 4)}",
    "flow": lambda r: f"{r.randrange(0, 40)}.{_d(r, 3)} m³/s",
    "pm": lambda r: f"PM{r.choice(['2.5', '10'])} {r.randrange(2, 90)}.{r.randrange(10)} µg/m³",
    "magnification": lambda r: (
        f"{r.choice(['×40', '×100', '×400', '×630'])}, NA {r.choice(['0.25', '0.75', '1.4'])}"
    ),
    "salinity": lambda r: f"{r.randrange(0, 40)}.{r.randrange(10)} PSU",
    "mz": lambda r: f"m/z {r.randrange(100, 1200)}.{_d(r, 4)}",
    "retention": lambda r: f"{r.randrange(1, 40)}.{_d(r, 2)} min",
    "dose": lambda r: f"{r.randrange(0, 3)}.{_d(r, 2)} mSv",
    "dilution": lambda r: r.choice(["1:1 000", "1:250", "1:5 000", "1:20 000", "10⁻⁶"]),
    "conductivity": lambda r: f"{r.randrange(50, 2500)} µS/cm",
    "logger_ts": lambda r: (
        f"20{r.randrange(23, 26)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T"
        f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z"
    ),
    "room": lambda r: f"{r.choice('ABCDGK')}{r.randrange(0, 5)}.{r.randrange(1, 60):02d}",
    "station": lambda r: f"{r.choice(['UKA', 'DEBW', 'NL', 'IT'])}{_d(r, 5)}",
}

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN = re.compile(r"\d[\d \-]{11,}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
IP_RE = re.compile(r"[0-9A-Fa-f:.]{7,}")


def guard_hits(text):
    """Shapes that must not occur outside labelled spans."""
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    if SSN.search(text):
        hits.append("ssn")
    for m in RUN.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        for i in range(len(d)):
            for n in range(13, 20):
                if i + n <= len(d) and luhn_ok(d[i : i + n]):
                    hits.append("luhn")
                    break
            if hits and hits[-1] == "luhn":
                break
    for m in IBAN_RE.finditer(text):
        if stdiban.is_valid(m.group().replace(" ", "")):
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
    for reg in regions:
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                return True
        except pn.NumberParseException:
            pass
        for _ in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            return True
    return False


def dirty(text, regions):
    return bool(guard_hits(text)) or phone_hits(text, regions)


def doc_dirty(text, spans, regions):
    """Whole document with labelled spans blanked."""
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "#"
    blank = "".join(chars)
    hits = guard_hits(blank)
    for reg in regions:
        for _ in PhoneNumberMatcher(blank, reg, leniency=Leniency.VALID):
            hits.append("phone-" + reg)
            break
    return hits


class Drawer:
    """Draws hard-negative values, redrawing dirty ones (a value dirty after 200 draws becomes a dash)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def __call__(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
