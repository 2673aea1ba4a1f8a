"""Hard negatives for v114 (antiques and collectibles): number-like values that are not PII, each drawn
and screened (Drawer) so that no phone, card, IBAN, e-mail, IP or SSN check fires on it."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _money(rng, lo, hi, step, lang):
    v = rng.randrange(lo, hi, step)
    s = f"{v:,}"
    return (
        s.replace(",", ".")
        if lang in ("de", "es", "it", "nl", "pt")
        else (s.replace(",", "\u202f") if lang == "fr" else s)
    )


def _range_money(rng, lang):
    lo = rng.choice((800, 1200, 1500, 2500, 3000, 4000, 6000, 12000, 15000, 24000))
    hi = lo + lo // 2
    cur = {"en": "£", "hi": "₹", "pt": "R$ "}.get(lang, "€ ")
    a, b = _money(rng, lo, lo + 1, 1, lang), _money(rng, hi, hi + 1, 1, lang)
    return f"{cur}{a}–{b}" if lang in ("en", "hi") else f"{a}–{b} {cur.strip()}"


def _dec(lang, s):
    return s.replace(".", ",") if lang != "en" and lang != "hi" else s


KINDS = {
    "lot_range": lambda r, lang: f"{_d(r, 3)}–{_d(r, 3)}",
    "sale_number": lambda r, lang: _d(r, 5),
    "estimate": _range_money,
    "hammer": lambda r, lang: _money(r, 1200, 98000, 50, lang),
    "paddle": lambda r, lang: _d(r, 4),
    "hallmark_year": lambda r, lang: f"{r.randrange(1700, 1899)}–{r.randrange(10, 99):02d}",
    "silver_weight": lambda r, lang: _dec(lang, f"{r.randrange(120, 3400)}.{r.randrange(0, 9)} g"),
    "dimensions": lambda r, lang: (
        f"{r.randrange(40, 220)} × {r.randrange(30, 160)} × {r.randrange(20, 80)} cm"
    ),
    "stamp_cat": lambda r, lang: (
        f"{r.choice(('SG', 'Mi.', 'Scott', 'Yvert', 'NVPH', 'RHM'))} {_d(r, 4)}–{_d(r, 4)}"
    ),
    "coin_cat": lambda r, lang: (
        f"{r.choice(('KM#', 'Spink', 'Friedberg', 'Jaeger'))} {_d(r, 4)}.{r.randrange(1, 9)}"
    ),
    "cert_pcgs": lambda r, lang: f"{_d(r, 8)}.{r.randrange(10, 99)}/{r.randrange(3000, 9999)}",
    "cert_ngc": lambda r, lang: f"{_d(r, 7)}-{r.randrange(1, 99):03d}",
    "mintage": lambda r, lang: _money(r, 100000, 9900000, 1, lang),
    "accession": lambda r, lang: f"{r.randrange(1890, 2020)}.{r.randrange(1, 999)}.{r.randrange(1, 99)}",
    "stock_no": lambda r, lang: f"{r.choice(('AQ', 'BX', 'CL', 'SV', 'FN'))}-{_d(r, 6)}",
    "consignment": lambda r, lang: f"{r.choice('CKV')}/{_d(r, 4)}/{r.randrange(1, 99):02d}",
    "movement_serial": lambda r, lang: _d(r, 6),
    "isbn": lambda r, lang: _isbn(r),
    "perforation": lambda r, lang: (
        f"{r.choice(('11', '12', '13', '14', '15'))} × {r.choice(('11½', '12', '13½', '14', '14¾'))}"
    ),
    "postmark": lambda r, lang: (
        f"{r.randrange(1, 28):02d}.{r.randrange(1, 12):02d}.{r.randrange(1850, 1960)}"
    ),
    "reign": lambda r, lang: r.choice(("1837–1901", "1760–1820", "1852–1870", "1888–1918", "1558–1603")),
    "fineness": lambda r, lang: r.choice(
        ("925/1000", "800/1000", "835/1000", "958/1000", "750/1000", "0.999")
    ),
    "carat": lambda r, lang: _dec(lang, f"{r.randrange(0, 3)}.{r.randrange(10, 99)} ct"),
    "date_range": lambda r, lang: f"{r.randrange(1690, 1880)}–{r.randrange(10, 99):02d}",
    "vat_margin": lambda r, lang: f"{_d(r, 3)} {_d(r, 4, '0123456789')} {_d(r, 2, '0123456789')}",
    "storage_bay": lambda r, lang: f"{r.choice('ABCDEFG')}{r.randrange(1, 40)}/{r.randrange(1, 12)}",
    "val_ref": lambda r, lang: f"{r.randrange(1, 999):04d}/{r.randrange(19, 26)}",
    "tracking": lambda r, lang: (
        f"{r.choice(('RR', 'CX', 'LX', 'RA'))}0{_d(r, 8, '0123456789')}{r.choice(('DE', 'GB', 'NL', 'FR'))}"
    ),
    "plate_ref": lambda r, lang: f"{r.randrange(12, 480)}, {r.randrange(1, 90)}",
    "increment": lambda r, lang: _money(r, 50, 500, 50, lang),
    "session_time": lambda r, lang: (
        f"{r.randrange(9, 12)}:{r.choice(('00', '30'))}–{r.randrange(13, 18)}:{r.choice(('00', '30'))}"
    ),
    "banknote_serial": lambda r, lang: (
        f"{r.choice('ABCDEHKLM')}/{r.randrange(10, 99)} {_d(r, 6, '0123456789')}"
    ),
    "coin_weight": lambda r, lang: _dec(
        lang, f"{r.randrange(1, 40)}.{r.randrange(10, 99)} g, {r.randrange(1, 12)} h"
    ),
    "edition": lambda r, lang: f"{r.randrange(1, 99)}/{r.choice((100, 120, 150, 200, 250))}",
    "reg_design": lambda r, lang: f"{_d(r, 6)}",
    "pattern_no": lambda r, lang: f"{r.randrange(1, 9)}/{_d(r, 4)}",
    "patent": lambda r, lang: f"{r.randrange(1, 9)},{_d(r, 3, '0123456789')},{_d(r, 3, '0123456789')}",
    "auction_dates": lambda r, lang: (
        f"{r.randrange(1, 14)}.–{r.randrange(15, 28)}.{r.randrange(1, 12)}.{r.randrange(2025, 2027)}"
    ),
    "table_stand": lambda r, lang: f"{r.randrange(1, 4)}{r.choice('ABCDE')}-{r.randrange(100, 400)}",
    "premium": lambda r, lang: _dec(lang, f"{r.choice(('24', '25', '26', '27.5', '28', '30'))} %"),
    "frame_size": lambda r, lang: _dec(lang, f"{r.randrange(20, 120)}.5 x {r.randrange(20, 90)} cm"),
}


def _isbn(r):
    digits = "978" + _d(r, 9, "0123456789")
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits))
    digits += str((10 - tot % 10) % 10)
    return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
RUN_RE = re.compile(r"\d(?:[ \-]?\d){12,18}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f:]{2,39}(?![\w:])")
SSN_RE = re.compile(r"(?<![\w-])\d{3}([- ]?)\d{2}\1\d{4}(?![\w-])")


def guard_hits(text):
    """Non-phone guards: e-mail shape, Luhn-valid 13-19 digit runs, mod-97 IBANs, IPs, SSN shapes."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        if m.group().count(":") >= 2:
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
    for reg in regions:
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                hits.append(("parse", reg))
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append(("match", reg, m.raw_string))
    return hits


def dirty(text, regions, whole=False):
    if whole:
        hits = []
        for reg in regions:
            hits += [
                ("match", reg, m.raw_string)
                for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID)
            ]
        return hits + guard_hits(text)
    return phone_hits(text, regions) + guard_hits(text)


class Dirty(Exception):
    """A kind gave no clean value in 200 draws: the document is drawn again with other sentences."""


class Drawer:
    """Draws a value of a kind until it is clean for the regions (at most 200 draws, else Dirty)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = {}

    def value(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                self.used[kind] = self.used.get(kind, 0) + 1
                return v
            self.redraws += 1
        self.replaced += 1
        raise Dirty(kind)
