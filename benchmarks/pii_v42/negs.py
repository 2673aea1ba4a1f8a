"""Hard-negative values for v42: health, care and fitness numbers that are not phone numbers.

Each generator takes (rng, lang) and returns the written value; fillers in texts_*.py name them as
{slots}. Patient / insured-person identifiers depend on the document's locale (PATIENT_ID).
"""

from stdnum import ean
from stdnum.at import vnr
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.nl import bsn

COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _dec(rng, lo, hi, places, lang):
    v = f"{rng.uniform(lo, hi):.{places}f}"
    return v.replace(".", ",") if lang in COMMA else v


def _retry(rng, make, ok):
    for _ in range(5000):
        v = make()
        if ok(v):
            return v
    raise RuntimeError("no valid value")


# ---- patient and insured-person identifiers (one kind each) ----
def nhs_number(rng, lang):
    def make():
        body = str(rng.randint(4, 7)) + _d(rng, 8)
        s = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
        chk = 11 - s % 11
        chk = 0 if chk == 11 else chk
        return None if chk == 10 else body + str(chk)

    v = _retry(rng, make, bool)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def medicare_mbi(rng, lang):
    letters = "ACDEFGHJKMNPQRTUVWXY"
    a = rng.choice
    return (
        f"{rng.randint(1, 9)}{a(letters)}{a(letters + '0123456789')}{rng.randint(0, 9)}-"
        f"{a(letters)}{a(letters + '0123456789')}{rng.randint(0, 9)}-{a(letters)}{a(letters)}"
        f"{rng.randint(0, 9)}{rng.randint(0, 9)}"
    )


def au_medicare(rng, lang):
    def make():
        body = str(rng.randint(2, 6)) + _d(rng, 7)
        chk = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        return body + str(chk) + str(rng.randint(1, 5))

    v = make()
    return f"{v[:4]} {v[4:9]} {v[9]}"


def ie_pps(rng, lang):
    def make():
        digits = _d(rng, 7)
        s = sum(int(c) * w for c, w in zip(digits, range(8, 1, -1), strict=True))
        return digits + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]

    return _retry(rng, make, pps.is_valid)


def abha(rng, lang):
    v = "9" + _d(rng, 13)
    return f"{v[:2]}-{v[2:6]}-{v[6:10]}-{v[10:]}"


def kvnr(rng, lang):
    letter = rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ")
    digits = f"{ord(letter) - 64:02d}" + _d(rng, 8)
    total = 0
    for i, c in enumerate(digits):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return letter + digits[2:] + str(total % 10)


def at_svnr(rng, lang):
    def make():
        birth = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}"
        serial = str(rng.randint(1, 9)) + _d(rng, 2)
        try:
            return serial + vnr.calc_check_digit(serial + "0" + birth) + birth
        except Exception:
            return ""

    v = _retry(rng, make, lambda x: bool(x) and vnr.is_valid(x))
    return f"{v[:4]} {v[4:]}"


def ahv(rng, lang):
    v = _retry(rng, lambda: (lambda b: b + ean.calc_check_digit(b))("756" + _d(rng, 9)), ch_ssn.is_valid)
    return ch_ssn.format(v)


def fr_nir(rng, lang):
    def make():
        b = (
            str(rng.randint(1, 2))
            + f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + f"{rng.randint(1, 990):03d}"
            + f"{rng.randint(1, 999):03d}"
        )
        return b + nir.calc_check_digits(b)

    v = _retry(rng, make, nir.is_valid)
    return nir.format(v)


def be_niss(rng, lang):
    def make():
        b = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
        b += f"{rng.randint(1, 28):02d}{rng.randint(1, 997):03d}"
        return b + f"{97 - int(b) % 97:02d}"

    v = _retry(rng, make, be_nn.is_valid)
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def nl_bsn(rng, lang):
    v = _retry(rng, lambda: str(rng.randint(1, 6)) + _d(rng, 8), bsn.is_valid)
    return bsn.format(v)


def it_cf(rng, lang):
    cons = "BCDFGLMNPRSTVZ"
    month = "ABCDEHLMPRST"

    def make():
        b = (
            "".join(rng.choice(cons) for _ in range(6))
            + f"{rng.randint(40, 99):02d}"
            + rng.choice(month)
            + f"{rng.randint(1, 28) + rng.choice([0, 40]):02d}"
            + rng.choice("ABCDEFGHLMF")
            + f"{rng.randint(1, 999):03d}"
        )
        return b + codicefiscale.calc_check_digit(b)

    return _retry(rng, make, codicefiscale.is_valid)


def es_tsi(rng, lang):
    letters = "BCDFGHLMNPRSTV"
    return (
        "".join(rng.choice(letters) for _ in range(4))
        + f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
        + f"{rng.randint(1, 28):02d}"
        + _d(rng, 6)
    )


def pt_utente(rng, lang):
    return "1" + _d(rng, 8)


def br_cns(rng, lang):
    def make():
        b = rng.choice("789") + _d(rng, 13)
        s = sum(int(c) * w for c, w in zip(b, range(15, 1, -1), strict=True))
        for last in range(10):
            if (s + last) % 11 == 0:
                return b + str(last)
        return ""

    v = _retry(rng, make, bool)
    return f"{v[:3]} {v[3:7]} {v[7:11]} {v[11:]}"


def ch_insurer(rng, lang):
    """A Swiss health insurer's member number (the AHV number is the fr_CH choice)."""
    return f"{rng.choice('ABCKM')}{rng.randint(10, 99)}.{_d(rng, 3)}.{_d(rng, 3)}"


PATIENT_ID = {
    "en_GB": nhs_number,
    "en_US": medicare_mbi,
    "en_AU": au_medicare,
    "en_IE": ie_pps,
    "en_IN": abha,
    "hi": abha,
    "de_DE": kvnr,
    "de_AT": at_svnr,
    "de_CH": ch_insurer,
    "fr_FR": fr_nir,
    "fr_BE": be_niss,
    "fr_CH": ahv,
    "es_ES": es_tsi,
    "it_IT": it_cf,
    "nl_NL": nl_bsn,
    "nl_BE": be_niss,
    "pt_PT": pt_utente,
    "pt_BR": br_cns,
}


# ---- clinical measurements and records ----
def blood_pressure(rng, lang):
    return f"{rng.randint(104, 162)}/{rng.randint(62, 98)} mmHg"


def pulse(rng, lang):
    return f"{rng.randint(52, 104)} bpm"


def spo2(rng, lang):
    return f"SpO₂ {rng.randint(91, 99)} %"


def glucose(rng, lang):
    return rng.choice([f"{_dec(rng, 4.1, 11.8, 1, lang)} mmol/L", f"{rng.randint(78, 210)} mg/dL"])


def hba1c(rng, lang):
    return f"{rng.randint(36, 71)} mmol/mol"


def egfr(rng, lang):
    return f"{rng.randint(38, 112)} mL/min/1.73 m²"


def inr(rng, lang):
    return _dec(rng, 1.8, 3.6, 1, lang)


def ref_range(rng, lang):
    """A potassium reference range, the way the lab prints it."""
    a, b = rng.choice([("3.5", "5.1"), ("3.4", "5.0"), ("3.6", "5.2"), ("3.5", "5.3")])
    if lang in COMMA:
        a, b = a.replace(".", ","), b.replace(".", ",")
    return f"{a}–{b} mmol/L"


def body_temp(rng, lang):
    return f"{_dec(rng, 36.2, 39.4, 1, lang)} °C"


def bmi(rng, lang):
    return f"{_dec(rng, 19.0, 34.0, 1, lang)} kg/m²"


def height_weight(rng, lang):
    return f"{rng.randint(152, 194)} cm / {_dec(rng, 48, 112, 1, lang)} kg"


def dose_schedule(rng, lang):
    mg = rng.choice([5, 10, 20, 40, 250, 500, 850, 1000])
    return f"{mg} mg {rng.choice(['1-0-1', '1-0-0', '0-0-1', '1-1-1', '½-0-½'])}"


def infusion_rate(rng, lang):
    return f"{rng.randint(8, 125)} mL/h"


def icd10(rng, lang):
    return rng.choice(
        ["J45.9", "E11.65", "I10", "M54.5", "F41.1", "K21.0", "N39.0", "I48.91", "G43.909", "L40.0"]
    )


def drug_code(rng, lang):
    if lang == "de":

        def make():
            b = _d(rng, 7)
            s = sum(int(c) * w for c, w in zip(b, range(1, 8), strict=True)) % 11
            return None if s == 10 else "PZN " + b + str(s)

        return _retry(rng, make, bool)
    if lang == "fr":
        b = "34009" + _d(rng, 7)
        return "CIP " + b + ean.calc_check_digit(b)
    if lang == "it":
        return "AIC " + "0" + _d(rng, 8)
    if lang == "es":
        b = _d(rng, 6)
        return f"C.N. {b}.{rng.randint(0, 9)}"
    if lang == "nl":
        return "Z-index " + _d(rng, 8)
    if lang == "pt":
        return "CNPEM " + _d(rng, 8)
    return f"NDC {rng.randint(1000, 9999):04d}-{rng.randint(1000, 9999):04d}-{rng.randint(10, 99)}"


def specimen_no(rng, lang):
    return f"{rng.choice(['H', 'C', 'M', 'B'])}{rng.randint(24, 25)}.{_d(rng, 6)}"


def ward_bed(rng, lang):
    return f"{rng.randint(1, 12)}{rng.choice('ABCDE')}/{rng.randint(1, 28)}"


def room_no(rng, lang):
    return f"{rng.choice(['E', '1', '2', '3', 'U1'])}.{rng.randint(1, 240):03d}"


def mrn(rng, lang):
    return f"{rng.choice(['K', 'RX', 'MRN', 'PID'])}-{_d(rng, 8)}"


def eye_rx(rng, lang):
    def q(lo, hi):
        v = rng.randint(lo, hi) * 0.25
        s = f"{v:+.2f}"
        return s.replace(".", ",") if lang in COMMA else s

    return f"SPH {q(-24, 12)} CYL {q(-10, -1)} AX {rng.randint(1, 180)}°"


def visual_acuity(rng, lang):
    return (
        rng.choice(["6/6", "6/9", "6/12", "20/20", "20/40", "20/25"])
        if lang == "en"
        else _dec(rng, 0.3, 1.2, 1, lang)
    )


def fdi_teeth(rng, lang):
    a, b = rng.sample([11, 12, 16, 17, 21, 26, 27, 36, 37, 38, 46, 47, 48], 2)
    return f"{a} + {b}"


def practice_code(rng, lang):
    return f"{rng.choice('ABCDFGHJKLMNPY')}{rng.randint(10, 99)}{_d(rng, 3)}"


def reg_number(rng, lang):
    """A clinician's registration number (GMC, LANR, RPPS, NPI-style)."""
    if lang == "de":
        return "LANR " + _d(rng, 9)
    if lang == "fr":
        return "RPPS 10" + _d(rng, 9)
    if lang == "es":
        return f"{rng.randint(1, 52):02d}/{rng.randint(10000, 99999)}"
    if lang == "it":
        return "n. " + str(rng.randint(1000, 29999))
    if lang == "nl":
        return str(rng.randint(1, 9)) + _d(rng, 10)
    if lang == "pt":
        return "OM " + str(rng.randint(10000, 69999))
    return "GMC " + str(rng.randint(2, 7)) + _d(rng, 6)


def meeting_id(rng, lang):
    return f"{rng.randint(810, 899)} {_d(rng, 4)} {_d(rng, 4)}"


def passcode(rng, lang):
    chars = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(rng.choice(chars) for _ in range(rng.randint(6, 8))) + rng.choice("Hk7")


def app_version(rng, lang):
    return f"{rng.randint(3, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} (build {_d(rng, 5)})"


def step_count(rng, lang):
    n = rng.randint(4000, 15000)
    return f"{n:,}".replace(",", "." if lang in COMMA else ",")


def vo2max(rng, lang):
    return f"{_dec(rng, 28, 58, 1, lang)} ml/kg/min"


def hr_zone(rng, lang):
    lo = rng.randint(118, 150)
    return f"{lo}–{lo + rng.randint(10, 18)} bpm"


def sets_reps(rng, lang):
    return f"{rng.randint(2, 4)} × {rng.choice([8, 10, 12, 15])} @ {rng.choice([5, 8, 12, 20, 32])} kg"


def member_no(rng, lang):
    return f"{rng.choice(['FC', 'M', 'GYM'])}-{rng.randint(1000, 9999)}/{rng.randint(10, 99)}"


def locker(rng, lang):
    return str(rng.randint(1, 320))


def hearing(rng, lang):
    return f"{rng.randint(20, 70)} dB @ {rng.choice(['500 Hz', '1 kHz', '2 kHz', '4 kHz', '8 kHz'])}"


def age_band(rng, lang):
    lo = rng.choice([12, 18, 50, 60, 65, 75])
    return f"{lo}–{lo + rng.choice([4, 9, 14])}"


def waiting_minutes(rng, lang):
    return str(rng.choice([10, 15, 20, 25, 35, 40, 45, 90]))


def appointment_ref(rng, lang):
    return (
        f"{rng.choice(['APT', 'TER', 'RDV', 'CITA'])}-{rng.randint(24, 25)}{_d(rng, 4)}-{rng.choice('KLMNX')}"
    )


def ecg_interval(rng, lang):
    return f"QTc {rng.randint(380, 470)} ms"


def cholesterol(rng, lang):
    return f"{_dec(rng, 3.1, 7.4, 1, lang)} mmol/L"


KINDS = {
    "patient_id": None,
    "bp": blood_pressure,
    "pulse": pulse,
    "spo2": spo2,
    "glucose": glucose,
    "hba1c": hba1c,
    "egfr": egfr,
    "inr": inr,
    "refrange": ref_range,
    "temp": body_temp,
    "bmi": bmi,
    "hw": height_weight,
    "dose": dose_schedule,
    "infusion": infusion_rate,
    "icd": icd10,
    "drug": drug_code,
    "specimen": specimen_no,
    "wardbed": ward_bed,
    "room": room_no,
    "mrn": mrn,
    "eyerx": eye_rx,
    "acuity": visual_acuity,
    "teeth": fdi_teeth,
    "practice": practice_code,
    "regno": reg_number,
    "meeting": meeting_id,
    "passcode": passcode,
    "appver": app_version,
    "steps": step_count,
    "vo2": vo2max,
    "zone": hr_zone,
    "sets": sets_reps,
    "member": member_no,
    "locker": locker,
    "hearing": hearing,
    "ageband": age_band,
    "wait": waiting_minutes,
    "aptref": appointment_ref,
    "qtc": ecg_interval,
    "chol": cholesterol,
}
# patient ids are counted once per scheme (PATIENT_ID), not as one kind
NOT_NEW = {"patient_id"}


def draw(kind, rng, lang, locale):
    if kind == "patient_id":
        return PATIENT_ID[locale](rng, lang)
    return KINDS[kind](rng, lang)
