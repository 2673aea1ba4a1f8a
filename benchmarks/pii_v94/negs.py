"""Hard negatives for v94 (animal care): number-like strings that are not PII, with the screens."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers

HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n):
    return rng.choice("123456789") + _d(rng, n - 1)


def _dec(rng, lang, a, b, places=1):
    v = f"{rng.uniform(a, b):.{places}f}"
    return v.replace(".", ",") if lang in ("de", "fr", "es", "it", "nl", "pt") else v


def _up(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _ean13(rng):
    body = rng.choice("45") + _d(rng, 11)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


KINDS = {
    # ISO 11784 pet microchips, 15 digits, manufacturer or country prefix
    "microchip": lambda r, lg: r.choice(["985", "900", "941", "977", "956"]) + _d(r, 12),
    "pet_passport": lambda r, lg: (
        r.choice(["DE", "FR", "NL", "IT", "ES", "GB"]) + _d(r, 2) + _d(r, 4) + _d(r, 6)
    ),
    "policy_no": lambda r, lg: f"{_up(r, 3)}-{_d(r, 4)}-{_d(r, 3)}-{_d(r, 2)}",
    "claim_ref": lambda r, lg: f"CL/{r.randint(2023, 2025)}/{_up(r, 2)}{_d(r, 4)}",
    "body_weight": lambda r, lg: f"{_dec(r, lg, 2.1, 48.0)} kg",
    "temperature": lambda r, lg: f"{_dec(r, lg, 37.6, 40.4)} °C",
    "heart_resp": lambda r, lg: f"{r.randint(60, 180)} bpm / {r.randint(14, 40)} rpm",
    "dose": lambda r, lg: f"{_dec(r, lg, 0.1, 12.5)} mg/kg",
    "vaccine_lot": lambda r, lg: f"{_up(r, 1)}{_d(r, 3)}{_up(r, 1)}{_d(r, 2)}",
    "run_pen": lambda r, lg: f"{_up(r, 1)}-{r.randint(1, 40):02d}",
    "checkin_times": lambda r, lg: (
        f"{r.randint(7, 10):02d}:{r.choice(['00', '15', '30', '45'])}"
        f"\u2013{r.randint(16, 18)}:{r.choice(['00', '30'])}"
    ),
    "ueln": lambda r, lg: r.choice(["276", "826", "250", "528"]) + "00" + _d(r, 10),
    "shoe_size": lambda r, lg: (
        f'{r.choice(["00", "0", "1", "2", "3"])} \u00d7 {r.choice(["5/16", "3/8", "7/16"])}"'
    ),
    "hoof_mm": lambda r, lg: f"{r.randint(112, 168)} \u00d7 {r.randint(110, 160)} mm",
    "kc_reg": lambda r, lg: f"{_up(r, 2)}{_d(r, 8)}",
    "ear_tag": lambda r, lg: f"UK {_d(r, 6)} {_d(r, 6)}",
    "litter": lambda r, lg: f"{r.randint(3, 9)} pups, {r.randint(280, 520)}\u2013{r.randint(521, 640)} g",
    "titre": lambda r, lg: f"{_dec(r, lg, 0.5, 30.0)} IU/ml",
    "blood_panel": lambda r, lg: f"ALT {r.randint(20, 180)} U/L, CREA {r.randint(60, 260)} \u00b5mol/L",
    "lab_accession": lambda r, lg: f"{r.choice(['ACC', 'LAB', 'HIS'])}{r.randint(23, 25)}-{_d(r, 6)}",
    "dicom_uid": lambda r, lg: f"1.2.826.0.1.{_d(r, 7)}.{r.randint(2, 9)}.{_d(r, 4)}.{_d(r, 6)}",
    "money": lambda r, lg: (
        r.choice(["\u00a3", "\u20ac", "$"]) + f"{r.randint(12, 4800):,}" + r.choice([".00", ".50", ".99", ""])
    ),
    "vet_reg": lambda r, lg: f"{r.choice(['RCVS', 'TKN', 'Reg.'])} {_d(r, 7)}",
    "gate_code": lambda r, lg: f"{_d(r, 4)}{r.choice(['#', '*', 'X', ''])}",
    "walk_stats": lambda r, lg: f"{_dec(r, lg, 1.2, 9.8)} km, {r.randint(2500, 14999)} steps",
    "gps": lambda r, lg: f"{r.uniform(37, 58):.5f}, {r.uniform(-8, 14):.5f}",
    "tracker_id": lambda r, lg: f"TRK-{_d(r, 5)}-{_up(r, 2)}",
    "feed_grams": lambda r, lg: f"{r.randint(2, 4)} \u00d7 {r.randint(40, 320)} g",
    "pet_age": lambda r, lg: f"{r.randint(1, 16)} y {r.randint(1, 11)} m",
    "ean13": lambda r, lg: _ean13(r),
    "charity_no": lambda r, lg: r.choice(["1", "2"]) + _d(r, 6),
    "vat_no": lambda r, lg: r.choice(
        [
            f"GB {_d(r, 3)} {_d(r, 4)} {_d(r, 2)}",
            f"DE{_nz(r, 9)}",
            f"NL{_d(r, 9)}B0{r.randint(1, 9)}",
            f"FR{_d(r, 2)} {_d(r, 9)}",
        ]
    ),
    "zip4": lambda r, lg: f"{_nz(r, 5)}-{_d(r, 4)}",
    "pen_size": lambda r, lg: (
        f"{_dec(r, lg, 0.8, 2.4)} \u00d7 {_dec(r, lg, 0.8, 1.6)} \u00d7 {_dec(r, lg, 1.2, 2.0)} m"
    ),
    "licence_tag": lambda r, lg: f"#{_d(r, 3)}-{_up(r, 1)}{r.randint(24, 26)}",
    "booking_ref": lambda r, lg: f"BK{_up(r, 1)}{_d(r, 1)}{_up(r, 1)}-{_d(r, 4)}",
    "cph": lambda r, lg: f"{_d(r, 2)}/{_d(r, 3)}/{_d(r, 4)}",
    "rx_no": lambda r, lg: f"Rx {_nz(r, 9)}",
    "egg_count": lambda r, lg: f"{r.randint(1, 30) * 50} EPG",
    "med_times": lambda r, lg: f"{r.randint(6, 9):02d}:00 / {r.randint(13, 15)}:00 / {r.randint(19, 22)}:00",
    "dob_pet": lambda r, lg: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2010, 2024)}",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
IP_RE = re.compile(r"[0-9A-Fa-f:.]{7,}")


def luhn(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        k = int(c)
        if i % 2:
            k *= 2
            if k > 9:
                k -= 9
        tot += k
    return tot % 10 == 0


def guard_hits(text):
    """Things other detectors (cards, IBANs, e-mails, IPs, SSNs) could fairly flag."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        for a in range(len(d)):
            for b in range(a + 13, min(len(d), a + 19) + 1):
                if luhn(d[a:b]):
                    hits.append("luhn")
                    break
    for m in re.finditer(r"(?<![\d-])\d{13,19}(?![\d-])", text):
        if luhn(m.group()):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IP_RE.finditer(text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            hits.append("ip")
        except ValueError:
            pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    for reg in regions:
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                return True
        except pn.NumberParseException:
            pass
        if any(True for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID)):
            return True
    return False


def regions_for(locale, lang):
    own = "IN" if locale == "hi" else locale.split("_")[1]
    out = [own, HOME[lang]]
    nat = own if own in numbers.DRAW and own not in ("CH", "AT", "BE", "IE", "AU") else None
    if nat:
        out.append(nat)
    return list(dict.fromkeys(out))


def is_dirty(value, locale, lang):
    return bool(guard_hits(value)) or phone_hits(value, regions_for(locale, lang))


class Dirty(Exception):
    """A kind stayed dirty for 200 draws in this locale: the document is drawn again without it."""


class Drawer:
    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.bad = set()

    def draw(self, kind, locale, lang):
        if (kind, locale) in self.bad:
            raise Dirty(kind)
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not is_dirty(v, locale, lang):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.bad.add((kind, locale))
        raise Dirty(kind)
