"""Hard negatives for v118 (radio, electronics and maker-space numbers that are not PII) and their screens."""

import ipaddress
import random
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _call(rng):
    pre = rng.choice(
        [
            "DL",
            "DK",
            "G",
            "M0",
            "PA",
            "PD",
            "F",
            "EA",
            "I",
            "IZ",
            "PY",
            "VU2",
            "W",
            "K",
            "N",
            "OE",
            "HB9",
            "ON",
            "EI",
            "VK",
            "CT",
        ]
    )
    return pre + str(rng.randint(1, 9)) + "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUWXYZ") for _ in range(3))


def _isbn(rng):
    core = "978" + rng.choice(["3", "0", "2", "84", "88", "90", "85"])
    core += _d(rng, 12 - len(core))
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
    full = core + str(chk)
    return f"{full[:3]}-{full[3]}-{full[4:9]}-{full[9:12]}-{full[12]}"


def _ean(rng):
    core = rng.choice(["400", "401", "871", "590", "800", "789"]) + _d(rng, 9)
    chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(core)) % 10) % 10
    return core + str(chk)


KINDS = {
    "repeater-frequency": lambda r: (
        r.choice(["145", "144", "438", "439", "430"])
        + "."
        + r.choice(["6125", "6250", "7375", "7750", "8500", "1375", "9000"])
        + " MHz"
    ),
    "offset-and-tone": lambda r: (
        f"{r.choice(['-0.6', '+0.6', '-7.6', '-1.6', '+5'])} MHz, CTCSS "
        f"{r.choice(['67.0', '71.9', '77.0', '88.5', '103.5', '123.0', '131.8'])} Hz"
    ),
    "callsign": _call,
    "grid-locator": lambda r: (
        r.choice("IJ")
        + r.choice("NOLM")
        + _d(r, 2)
        + r.choice("abcdefghijklmnopqrstuvwx") * 1
        + r.choice("abcdefghijklmnopqrstuvwx")
    ),
    "dmr-id": lambda r: r.choice(["262", "234", "204", "310", "208", "222", "724", "404"]) + _d(r, 4),
    "talkgroup": lambda r: (
        "TG " + r.choice(["91", "262", "2627", "23526", "20400", "3100", "9990", str(r.randint(100, 99999))])
    ),
    "echolink-node": lambda r: str(r.randint(100000, 999999)),
    "allstar-node": lambda r: str(r.randint(27000, 65999)),
    "contest-exchange": lambda r: f"{r.choice(['599', '59', '5NN'])} {r.randint(1, 2400):04d}",
    "qso-timestamp": lambda r: (
        f"{r.randint(1, 28)} {r.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} "
        f"2025, {r.randint(0, 23):02d}:{r.randint(0, 59):02d} UTC"
    ),
    "swr-and-power": lambda r: (
        f"SWR {r.choice(['1.1', '1.3', '1.5', '2.2'])}:1 at {r.choice([5, 10, 50, 100, 400])} W"
    ),
    "component-value": lambda r: r.choice(
        ["4k7", "10k", "2M2", "330R", "100 nF", "2.2 µF 50 V", "470 µF 25 V", "22 pF", "1N4148", "0R1 3 W"]
    ),
    "part-number": lambda r: r.choice(
        [
            "NE5532P",
            "LM2596S-5.0",
            "2N3904",
            "BSS138",
            "ATmega328P-PU",
            "74HC595N",
            "IRF540N",
            "TL072CP",
            "SA612AN",
            "MC1496P",
        ]
    ),
    "date-code": lambda r: f"{r.randint(18, 25)}{r.randint(1, 52):02d}",
    "fcc-frn": lambda r: "00" + _d(r, 8),
    "cq-itu-zones": lambda r: f"CQ zone {r.randint(1, 40)}, ITU zone {r.randint(1, 90)}",
    "park-summit-reference": lambda r: r.choice(
        [
            f"US-{r.randint(1000, 9999)}",
            f"G/LD-{r.randint(1, 60):03d}",
            f"DLFF-{r.randint(1, 999):04d}",
            f"DM/BW-{r.randint(1, 900):03d}",
            f"ONFF-{r.randint(1, 700):04d}",
        ]
    ),
    "iota-reference": lambda r: f"{r.choice(['EU', 'NA', 'SA', 'AS', 'OC'])}-{r.randint(1, 190):03d}",
    "antenna-dimensions": lambda r: f"{r.choice(['5/8', '1/4', '1/2'])} λ, {r.randint(40, 520) / 100:.2f} m",
    "psu-rating": lambda r: f"13.8 V / {r.choice([5, 10, 20, 25, 30, 40])} A",
    "member-number": lambda r: f"M-{r.randint(100, 99999):05d}",
    "rfid-fob": lambda r: "%08X" % r.getrandbits(32),
    "print-settings": lambda r: (
        f"{r.choice(['0.12', '0.2', '0.28'])} mm / {r.randint(190, 260)} °C / {r.randint(0, 110)} °C"
    ),
    "appliance-e-nr": lambda r: (
        f"E-Nr. {r.choice(['WAE', 'WTG', 'SMV', 'HBA', 'KGN'])}{_d(r, 5)}/{_d(r, 2)} "
        f"FD {r.randint(8501, 9912)}"
    ),
    "fuse-rating": lambda r: r.choice(
        ["T3.15AH 250V", "F500mA 250V", "T10A H 250V", "T1.6AL 250V", "F2AL 250V"]
    ),
    "coordinates": lambda r: f"{r.randint(35, 58)}.{_d(r, 4)}° N, {r.randint(1, 15)}.{_d(r, 4)}° E",
    "elevation": lambda r: f"{r.randint(12, 2900)} m ASL",
    "norad-id": lambda r: str(r.choice([25544, 43017, 27607, 40069, 39444, 43770, 57166, 24278])),
    "isbn": _isbn,
    "baud-settings": lambda r: r.choice(
        ["1200 baud AFSK", "9600 baud G3RUH", "115200 8N1", "57600 8N1", "300 baud HF packet"]
    ),
    "aprs-path": lambda r: f"{_call(r)}-{r.choice([7, 9, 10, 15])} via WIDE1-1,WIDE2-{r.randint(1, 2)}",
    "contest-score": lambda r: (
        f"{r.randint(1000, 3999)} QSOs, {r.randint(80, 420)} mults, {r.randint(200, 3999)},{_d(r, 3)} points"
    ),
    "bin-location": lambda r: f"{r.choice('ABCDEFGH')}-{r.randint(1, 40):02d}-{r.randint(1, 12):02d}",
    "price-quantity": lambda r: f"{r.choice([10, 25, 50, 100, 250])} pcs @ {r.randint(2, 190) / 100:.2f}",
    "parcel-dimensions": lambda r: (
        f"{r.randint(3, 240) / 10:.1f} kg, {r.randint(20, 80)} × {r.randint(15, 60)} × {r.randint(5, 40)} cm"
    ),
    "satellite-pass": lambda r: (
        f"AOS {r.randint(0, 23):02d}:{r.randint(0, 59):02d} "
        f"UTC, max elevation {r.randint(8, 88)}°, azimuth {r.randint(0, 359)}°"
    ),
    "ean-barcode": _ean,
    "dxcc-tally": lambda r: f"{r.randint(100, 340)} worked / {r.randint(60, 330)} confirmed",
    "pcb-spec": lambda r: (
        f"rev {r.randint(1, 6)}.{r.randint(0, 9)}, {r.choice(['0.8', '1.0', '1.6'])} "
        f"mm FR4, {r.choice([1, 2])} oz copper"
    ),
    "licence-certificate": lambda r: (
        f"{r.choice(['A', 'E', 'N'])} {r.randint(10000, 99999)}/{r.randint(1975, 2024)}"
    ),
    "resistance-reading": lambda r: f"{r.randint(1, 999)}.{r.randint(0, 9)} kΩ",
    "mains-reading": lambda r: (
        f"{r.randint(226, 242)} V~ {r.randint(1, 15)}.{r.randint(0, 9)} A, PE {r.randint(1, 9) / 10:.1f} Ω"
    ),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
RUN_RE = re.compile(r"\d[\d -]{11,}\d")


def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        k = int(ch) * (2 if i % 2 else 1)
        tot += k - 9 if k > 9 else k
    return tot % 10 == 0


def guard_hits(text: str) -> list[str]:
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        for a in range(len(d)):
            for b in range(a + 13, min(len(d), a + 19) + 1):
                if luhn_ok(d[a:b]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for tok in re.findall(r"[0-9A-Fa-f:.]{2,}", text):
        t = tok.strip(".:")
        if t.count(".") == 3 or t.count(":") >= 2:
            try:
                ipaddress.ip_address(t)
                hits.append("ip")
            except ValueError:
                pass
    return hits


def phone_hits(text: str, regions) -> list[str]:
    out = []
    for r in regions:
        try:
            num = pn.parse(text, r)
            if pn.is_valid_number(num):
                out.append("parse:" + r)
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            out.append("match:%s:%s" % (r, m.raw_string))
    return out


def doc_hits(text: str, regions) -> list[str]:
    out = guard_hits(text)
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            out.append("match:%s:%s" % (r, m.raw_string))
    return out


class Drawer:
    """Draws a negative of a kind, clean against the screens, or a dash after 200 dirty draws."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used: set[str] = set()
        self.replaced_kinds: dict[str, int] = {}

    def __call__(self, kind: str, regions, comma: bool = False) -> str:
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if comma:
                v = v.replace(".", ",")
            if not guard_hits(v) and not phone_hits(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds[kind] = self.replaced_kinds.get(kind, 0) + 1
        return "–"
