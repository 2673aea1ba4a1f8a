"""Hard negatives for v99 (property sales) and the screens that keep them clean (see make_heldout_set)."""

import ipaddress
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

CUR = {"en_US": "$", "en_GB": "£", "en_IE": "€", "en_AU": "A$", "en_IN": "₹", "pt_BR": "R$", "de_CH": "CHF "}


def _money(rng, loc, lo, hi, step=250):
    v = rng.randrange(lo // step, hi // step) * step
    cur = CUR.get(loc, "€")
    if loc == "en_IN":
        s = str(v)
        head, tail = s[:-3], s[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        return "₹" + ",".join(([head] if head else []) + groups + [tail])
    if loc.startswith("en") or loc == "de_CH":
        sep = "'" if loc == "de_CH" else ","
        return f"{cur}{v:,}".replace(",", sep)
    if loc.startswith("fr"):
        return f"{v:,} €".replace(",", "\u202f")
    if loc == "pt_BR":
        return f"R$ {v:,}".replace(",", ".")
    return f"{v:,} €".replace(",", ".")


def _dec(loc, x, nd=2):
    s = f"{x:.{nd}f}"
    return s if loc.startswith("en") else s.replace(".", ",")


def _L(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


KINDS = {
    "asking_price": lambda r, loc: _money(r, loc, 180000, 1400000, 2500),
    "guide_range": lambda r, loc: (lambda a: f"{a}–{_money(r, loc, 1500000, 1900000, 5000)}")(
        _money(r, loc, 900000, 1400000, 5000)
    ),
    "floor_area": lambda r, loc: (lambda m: f"{m} m² ({round(m * 10.764):,} sq ft)")(r.randint(58, 260)),
    "room_size": lambda r, loc: f"{_dec(loc, r.uniform(2.4, 7.5))} m x {_dec(loc, r.uniform(2.2, 5.5))} m",
    "plot_acres": lambda r, loc: f"{_dec(loc, r.uniform(0.1, 3.5))} acres",
    "plot_sqm": lambda r, loc: f"{r.randint(180, 2400)} m²",
    "title_number": lambda r, loc: r.choice(["WYK", "SY", "NGL", "BL", "CH", "DN", "EX", "LT"]) + _D(r, 6),
    "uprn": lambda r, loc: "10" + _D(r, 10),
    "epc_score": lambda r, loc: f"{r.choice('BCDE')} ({r.randint(39, 88)})",
    "tax_band": lambda r, loc: r.choice("ABCDEFG"),
    "lot_number": lambda r, loc: str(r.randint(3, 212)),
    "paddle": lambda r, loc: str(r.randint(100, 899)),
    "ltv": lambda r, loc: f"{r.choice([60, 65, 75, 80, 85, 90, 95])}%",
    "rate": lambda r, loc: f"{_dec(loc, r.uniform(3.1, 6.4))} %",
    "repayment": lambda r, loc: _money(r, loc, 600, 4200, 1),
    "term_years": lambda r, loc: str(r.choice([20, 23, 25, 28, 30, 35])),
    "lease_years": lambda r, loc: str(r.choice([87, 99, 112, 125, 149, 189, 955, 979])),
    "year_built": lambda r, loc: str(r.randint(1890, 2023)),
    "catastro_es": lambda r, loc: _D(r, 7) + _L(r, 2) + _D(r, 4) + _L(r, 1) + _D(r, 4) + _L(r, 2),
    "cadastre_fr": lambda r, loc: f"{_L(r, 2)} {r.randint(12, 980)}",
    "catasto_it": lambda r, loc: (
        f"foglio {r.randint(1, 60)}, particella {r.randint(10, 1900)}, sub. {r.randint(1, 40)}"
    ),
    "kadaster_nl": lambda r, loc: f"{_L(r, 1)} {r.randint(1000, 9999)}",
    "flurstueck": lambda r, loc: f"{r.randint(11, 980)}/{r.randint(1, 19)}",
    "grundbuch_blatt": lambda r, loc: str(r.randint(120, 18999)),
    "matricula_br": lambda r, loc: f"{r.randint(10, 199)}.{_D(r, 3)}",
    "cep_br": lambda r, loc: f"{_D(r, 5)}-{_D(r, 3)}",
    "rera_in": lambda r, loc: r.choice(["P521000", "PR/KN/1707", "RAJ/P/2023/"]) + _D(r, 5),
    "mls_number": lambda r, loc: r.choice(["2", "3", "22", "23"]) + _D(r, 6),
    "apn_parcel": lambda r, loc: f"{_D(r, 3)}-{_D(r, 3)}-{_D(r, 2)}",
    "hoa_fee": lambda r, loc: f"${r.randint(90, 640)}",
    "energy_kwh": lambda r, loc: f"{_dec(loc, r.uniform(38, 240), 1)} kWh/(m²·a)",
    "commission": lambda r, loc: f"{_dec(loc, r.choice([2.38, 3.0, 3.57, 1.5, 2.5, 5.0]))} %",
    "key_safe": lambda r, loc: _D(r, 4),
    "fca_frn": lambda r, loc: str(r.randint(300000, 999999)),
    "company_no": lambda r, loc: r.choice(["0", "1", "SC", "OC"]) + _D(r, 6),
    "case_ref": lambda r, loc: f"{_L(r, 2)}{_D(r, 3)}/{r.choice([24, 25])}",
    "stamp_duty": lambda r, loc: _money(r, loc, 2500, 60000, 50),
    "coords": lambda r, loc: f"{r.uniform(35, 58):.4f}° N, {r.uniform(0.1, 9):.4f}° {r.choice('EW')}",
    "moisture": lambda r, loc: f"{r.randint(14, 38)}% WME",
    "viewing_slot": lambda r, loc: (lambda h, m: f"{h}:{m:02d}–{h}:{m + 30:02d}")(
        r.randint(9, 18), r.choice([0, 15, 20])
    ),
    "listing_ref": lambda r, loc: f"{_L(r, 3)}{_D(r, 5)}",
    "plot_no": lambda r, loc: str(r.randint(2, 148)),
    "postcode_gb": lambda r, loc: (
        f"{r.choice(['LS', 'S', 'NG', 'EH', 'G', 'CB', 'NR', 'EX', 'YO', 'BN'])}"
        f"{r.randint(1, 19)} {r.randint(1, 9)}{_L(r, 2)}"
    ),
    "khasra": lambda r, loc: f"{r.randint(11, 899)}/{r.randint(1, 9)}",
    "sqm_price": lambda r, loc: _money(r, loc, 1800, 9800, 10) + "/m²",
    "completion_date": lambda r, loc: (
        f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.choice([2025, 2026])}"
    ),
}

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]+")
RUN = re.compile(r"\d[\d -]{11,}\d")


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def guard_hits(text):
    """Non-phone PII shapes in a text: e-mail, Luhn runs, mod-97 IBANs, IPs, SSN shapes."""
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    for m in RUN.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        for i in range(len(d)):
            for n in range(13, 20):
                if i + n <= len(d) and luhn(d[i : i + n]):
                    hits.append("luhn")
                    break
    for m in IBAN.finditer(text):
        s = m.group().replace(" ", "")
        num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
        if int(num) % 97 == 1:
            hits.append("iban")
    for m in IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    out = []
    for r in regions:
        try:
            num = phonenumbers.parse(text, r)
            if phonenumbers.is_valid_number(num):
                out.append((r, "parse"))
        except phonenumbers.NumberParseException:
            pass
        for m in PhoneNumberMatcher(text, r, leniency=Leniency.VALID):
            out.append((r, m.raw_string))
    return out


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


def doc_hits(text, spans, regions):
    """Whole-document screen with the labelled spans blanked (replaced by spaces)."""
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = " "
    blank = "".join(chars)
    hits = []
    for r in regions:
        for m in PhoneNumberMatcher(blank, r, leniency=Leniency.VALID):
            hits.append((r, m.raw_string))
    return hits + [(None, h) for h in guard_hits(blank)]


class Drawer:
    """Draws hard-negative values, redrawing (up to 200 times) any that a screen flags."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def __call__(self, kind, loc, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, loc)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
