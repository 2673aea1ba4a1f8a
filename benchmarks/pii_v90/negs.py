"""Hard negatives of the v90 set (energy and home improvement) and the screens every value and document
passes: phonenumbers (parse + is_valid_number and PhoneNumberMatcher at Leniency.VALID) for all regions
the document's own, national and language home regions, plus the guards (e-mail shape, Luhn-valid
13-19 digit runs, mod-97 IBANs, IPv4/IPv6,
SSN shapes)."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban
from stdnum import luhn

SCREEN_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU")
COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def dec(x, nd, lang):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if lang in COMMA else s


def d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _grp(s, n):
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


KINDS = {
    "mpan": lambda r, lg: (
        f"{r.choice(['10', '12', '14', '16', '18', '20', '22'])} {d(r, 4)} {d(r, 4)} {d(r, 3)}"
    ),
    "mprn": lambda r, lg: "M" + d(r, 3) + "/" + d(r, 5) + "-G",
    "ean_nl": lambda r, lg: "87" + r.choice(["1687", "1694", "1718"]) + d(r, 12),
    "prm_fr": lambda r, lg: _grp(d(r, 14), r.choice([14, 4])),
    "cups_es": lambda r, lg: (
        "ES0"
        + r.choice(["021", "031", "022"])
        + d(r, 12)
        + r.choice(["JN", "KQ", "TB"])
        + r.choice(["0F", "1P", ""])
    ),
    "pod_it": lambda r, lg: "IT001E" + d(r, 8),
    "zaehlpunkt": lambda r, lg: (
        "DE000" + d(r, 6) + "".join(r.choice("ABCDEFGHJK0123456789") for _ in range(22))
    ),
    "mastr": lambda r, lg: r.choice(["SEE", "SEE", "ABR"]) + d(r, 12),
    "kwp": lambda r, lg: dec(r.uniform(3, 14), 2, lg) + " kWp",
    "panels": lambda r, lg: f"{r.randint(8, 32)} × {r.choice([375, 400, 410, 425, 435, 445])} Wp",
    "yield": lambda r, lg: f"{r.randint(2, 13)}\u202f{d(r, 3)} kWh/" + ("a" if lg in ("de", "nl") else "yr"),
    "reading": lambda r, lg: f"{d(r, 2)}\u202f{d(r, 3)}{',' if lg in COMMA else '.'}{d(r, 1)} kWh",
    "rate": lambda r, lg: dec(r.uniform(18, 38), 2, lg) + (" p/kWh" if lg == "en" else " ct/kWh"),
    "standing": lambda r, lg: dec(r.uniform(30, 65), 2, lg) + ("p/day" if lg == "en" else " ct/Tag"),
    "u_value": lambda r, lg: "U = " + dec(r.uniform(0.11, 0.35), 2, lg) + " W/m²K",
    "depth": lambda r, lg: (
        f"{r.choice([100, 150, 200, 270, 300])} mm, λ " + dec(r.choice([0.032, 0.035, 0.04]), 3, lg)
    ),
    "scop": lambda r, lg: "SCOP " + dec(r.uniform(3.2, 5.1), 2, lg),
    "heat_loss": lambda r, lg: dec(r.uniform(3.5, 14), 1, lg) + f" kW @ −{r.randint(2, 14)} °C",
    "flow_temp": lambda r, lg: f"{r.choice([35, 40, 45, 50, 55])}/{r.choice([28, 30, 33, 35])} °C",
    "refrigerant": lambda r, lg: (
        r.choice(["R290", "R32", "R454B"]) + ", " + dec(r.uniform(0.6, 3.2), 2, lg) + " kg"
    ),
    "sound": lambda r, lg: f"{r.randint(38, 62)} dB(A) @ {r.choice([1, 3, 5])} m",
    "breaker": lambda r, lg: f"{r.choice([16, 20, 32, 40])} A B-curve + {r.choice([30, 100])} mA RCD",
    "cable": lambda r, lg: f"{r.choice(['3G6', '5G6', '3G10', '5G4'])} / {r.randint(4, 38)} m",
    "charge_kw": lambda r, lg: (
        r.choice(["3,7", "7,4", "11", "22"] if lg in COMMA else ["3.7", "7.4", "11", "22"])
        + " kW / "
        + r.choice(["16", "32"])
        + " A"
    ),
    "evse_id": lambda r, lg: (
        r.choice(["GB", "DE", "NL", "FR"])
        + "*"
        + r.choice(["POD", "EWE", "ALL", "ION"])
        + "*E"
        + d(r, r.randint(5, 8))
        + "*"
        + str(r.randint(1, 2))
    ),
    "epc_rrn": lambda r, lg: "-".join(d(r, 4) for _ in range(5)),
    "epc_band": lambda r, lg: (
        f"{r.choice('DEFG')} ({r.randint(21, 68)}) → {r.choice('BC')} ({r.randint(69, 91)})"
    ),
    "grant_ref": lambda r, lg: (
        r.choice(["ECO4", "GBIS", "BUS", "SEAI"])
        + "-"
        + str(r.randint(2024, 2026))
        + "-"
        + r.choice("HKMPRTW")
        + r.choice("ABCDEF")
        + d(r, 4)
    ),
    "beg_ref": lambda r, lg: "BEG-EM " + d(r, 4) + " " + d(r, 4) + " " + d(r, 2),
    "dno_ref": lambda r, lg: (
        r.choice(["G98", "G99"]) + "/" + r.choice(["NPG", "ENWL", "SPEN", "UKPN"]) + "/" + d(r, 6)
    ),
    "roof": lambda r, lg: f"{r.randint(15, 50)}° / {r.randint(90, 270)}°",
    "coords": lambda r, lg: (
        f"{r.randint(36, 58)}.{d(r, 4)}° N, {r.randint(1, 14)}.{d(r, 4)}° " + r.choice(["E", "W"])
    ),
    "panel_size": lambda r, lg: (
        f"{r.randint(1700, 1960)} × {r.randint(1030, 1140)} × {r.choice([30, 35, 40])} mm"
    ),
    "co2": lambda r, lg: dec(r.uniform(0.4, 4.5), 1, lg) + " t CO₂",
    "permit": lambda r, lg: r.choice(["BLD", "ELE", "MEC"]) + "-" + d(r, 2) + "-" + d(r, 6),
    "seer": lambda r, lg: (
        "SEER2 " + dec(r.uniform(14, 22), 1, lg) + ", HSPF2 " + dec(r.uniform(7, 10), 1, lg)
    ),
    "btu": lambda r, lg: f"{r.choice([18, 24, 30, 36, 42, 48])},000 BTU/h",
    "airflow": lambda r, lg: f"{r.randint(120, 3200)} m³/h",
    "cylinder": lambda r, lg: (
        f"{r.choice([150, 180, 200, 250, 300])} l / " + r.choice(["3", "2", "6"]) + " kW"
    ),
    "airtight": lambda r, lg: "q50 = " + dec(r.uniform(1.5, 9), 1, lg) + " m³/(h·m²)",
    "fuse": lambda r, lg: f"{r.choice([60, 63, 80, 100])} A",
    "strings": lambda r, lg: f"2 × {r.randint(7, 13)}, Voc {r.randint(280, 560)} V",
    "window": lambda r, lg: (
        f"{r.choice(['08:00', '07:30', '09:00'])}–{r.choice(['12:00', '13:00', '14:00'])}"
    ),
    "loft_area": lambda r, lg: f"{r.randint(28, 120)} m²",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d(?:[ -]?\d)+")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"[0-9A-Fa-f:]{2,}(?::[0-9A-Fa-f]{0,4}){2,}")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if stdiban.is_valid(m.group()):
            hits.append("iban")
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions=SCREEN_REGIONS):
    hits = []
    for region in regions:
        try:
            num = pn.parse(text, region)
            if pn.is_valid_number(num):
                hits.append(region)
                continue
        except pn.NumberParseException:
            pass
        if any(True for _ in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID)):
            hits.append(region)
    return hits


def doc_hits(text, regions=SCREEN_REGIONS):
    hits = list(guard_hits(text))
    for region in regions:
        if any(True for _ in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID)):
            hits.append(region)
    return hits


def blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    return "".join(chars)


class Drawer:
    """Draws a clean value of a kind; counts redraws; after 200 dirty draws gives a dash."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def __call__(self, kind, lang, regions):
        for _ in range(200):
            value = KINDS[kind](self.rng, lang)
            if not guard_hits(value) and not phone_hits(value, regions):
                self.used.add(kind)
                return value
            self.redraws += 1
        self.replaced += 1
        return "–"
