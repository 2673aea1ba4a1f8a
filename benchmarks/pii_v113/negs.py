"""Hard negatives for v113 (clinical research identifiers and measurements) and their screen."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


KINDS = {
    "nct": lambda r: f"NCT0{_d(r, 7)}",
    "eudract": lambda r: f"20{r.randint(15, 23)}-00{_d(r, 4)}-{_d(r, 2)}",
    "isrctn": lambda r: f"ISRCTN{_d(r, 8)}",
    "halflife": lambda r: f"t½ {r.randint(2, 40)}.{r.randint(0, 9)} h",
    "utn": lambda r: f"U1111-{_d(r, 4)}-{_d(r, 4)}",
    "rec": lambda r: f"{r.randint(19, 25)}/{r.choice(['NW', 'LO', 'SC', 'WM', 'YH'])}/0{_d(r, 3)}",
    "protocol": lambda r: f"{r.choice(['ABX', 'KTR', 'MVL', 'ZEN'])}-{r.randint(101, 399)}-{r.randint(1, 9)}",
    "version": lambda r: (
        f"v{r.randint(1, 6)}.{r.randint(0, 3)} "
        f"({r.randint(1, 28)}.{r.randint(1, 12):02d}.20{r.randint(22, 25)})"
    ),
    "grant": lambda r: f"{r.choice(['R01', 'U01', 'K23'])} {r.choice(['HL', 'CA', 'AI', 'DK'])}{_d(r, 6)}",
    "samplesize": lambda r: f"n = {r.randint(24, 1800)}",
    "subject": lambda r: f"{r.randint(101, 140)}-{_d(r, 4)}",
    "randcode": lambda r: f"R-{_d(r, 5)}",
    "kit": lambda r: f"K{_d(r, 6)}",
    "lot": lambda r: f"{r.randint(22, 25)}{r.choice('ABCDEFG')}{_d(r, 4)}",
    "specimen": lambda r: f"S{r.randint(22, 25)}-{_d(r, 6)}-{_d(r, 2)}",
    "waybill": lambda r: f"JJD{_d(r, 10)}",
    "dryice": lambda r: f"{r.randint(4, 12)}.{r.randint(0, 9)} kg dry ice (UN 1845)",
    "centrifuge": lambda r: f"{r.choice([1300, 1500, 1800, 2000])} × g, {r.choice([10, 15])} min, 4 °C",
    "freezer": lambda r: (
        f"-80 °C, rack {r.randint(1, 9)}/box {r.randint(1, 40)}/{r.choice('ABCDEFGHI')}{r.randint(1, 9)}"
    ),
    "storage": lambda r: "2–8 °C" if r.random() < 0.6 else "15–25 °C",
    "logger": lambda r: (
        f"min {r.randint(0, 3)}.{r.randint(0, 9)} °C / max {r.randint(8, 11)}.{r.randint(0, 9)} °C"
    ),
    "window": lambda r: f"day {r.choice([14, 28, 56, 84])} ± {r.choice([2, 3, 5, 7])}",
    "timewin": lambda r: (
        f"{r.randint(7, 10):02d}:{r.choice(['00', '15', '30', '45'])}–{r.randint(11, 13)}:00"
    ),
    "dose": lambda r: r.choice(
        [
            f"{r.choice([75, 150, 300])} mg/m²",
            f"2 × {r.choice([250, 500])} mg",
            f"{r.choice([0.5, 1.0, 2.5])} mg/kg",
        ]
    ),
    "bp": lambda r: f"{r.randint(105, 150)}/{r.randint(62, 95)} mmHg",
    "hr": lambda r: f"HR {r.randint(52, 98)} bpm",
    "hba1c": lambda r: f"HbA1c {r.randint(36, 80)} mmol/mol",
    "egfr": lambda r: f"eGFR {r.randint(45, 110)} mL/min/1.73 m²",
    "bmi": lambda r: f"BMI {r.choice(['18.5', '19.0', '20.0'])}–{r.choice(['30.0', '32.0', '35.0'])} kg/m²",
    "money": lambda r: r.choice(
        [
            f"£{r.randint(3, 90) * 5}.00",
            f"€ {r.randint(3, 90) * 5},00",
            f"US$ {r.randint(20, 600)}",
            f"R$ {r.randint(50, 900)},00",
            f"₹{r.randint(5, 60) * 100}",
        ]
    ),
    "tubes": lambda r: f"{r.randint(2, 6)} × {r.choice([2, 4, 6, 9])} mL EDTA",
    "qtc": lambda r: f"QTc {r.randint(380, 450)} ms",
    "platelets": lambda r: f"platelets {r.randint(150, 400)} × 10⁹/L",
    "infusion": lambda r: f"{r.choice([50, 100, 125, 250])} mL/h",
    "phq": lambda r: f"PHQ-9 {r.randint(0, 27)}/27",
    "meddra": lambda r: f"PT 100{_d(r, 5)}",
    "atc": lambda r: f"{r.choice(['A10BJ', 'L04AC', 'R03AK', 'N02CD'])}0{r.randint(1, 9)}",
    "icd": lambda r: f"{r.choice(['E11', 'J45', 'I10', 'L40', 'G43'])}.{r.randint(0, 9)}",
    "orcid": lambda r: f"0000-000{r.randint(1, 3)}-{_d(r, 4)}-{_d(r, 3)}{r.choice('0123456789X')}",
    "doi": lambda r: (
        f"doi:10.{r.choice([1056, 1016, 1136, 1001])}/{r.choice(['NEJMoa', 'S0140-6736', 'bmj.'])}{_d(r, 7)}"
    ),
    "pmid": lambda r: f"PMID {r.randint(30, 39)}{_d(r, 6)}",
}

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
RUN = re.compile(r"\d[\d \-]{11,}\d")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}\b")
SSNISH = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IPISH = re.compile(r"(?<![\w.:])[0-9A-Fa-f:.]{7,}(?![\w.:])")


def _luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    for m in RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and _luhn(digits):
            hits.append("luhn")
    for m in IBANISH.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    if SSNISH.search(text):
        hits.append("ssn")
    for m in IPISH.finditer(text):
        try:
            ipaddress.ip_address(m.group().strip(".:"))
            hits.append("ip")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    for reg in regions:
        for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            return True
    return False


def value_dirty(text, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                return True
        except pn.NumberParseException:
            pass
    return phone_hits(text, regions) or bool(guard_hits(text))
