"""Hard negatives for v58 (workshop and small-factory numbers) and the screens every value passes."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def _d(rng, k, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


def _dec(rng, lo, hi, places, lang):
    v = "%.*f" % (places, rng.uniform(lo, hi))
    return v.replace(".", ",") if lang in COMMA else v


def _thou(n, lang):
    s = "{:,}".format(n)
    return s.replace(
        ",", {"de": ".", "nl": ".", "es": ".", "it": ".", "pt": ".", "fr": "\u202f"}.get(lang, ",")
    )


def _ean13(rng):
    b = _d(rng, 12, "4")
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def _isbn(rng):
    grp = rng.choice(["3", "2", "1", "0"])
    pub = _d(rng, 9 - len(grp) - 3, "1234567")
    title = _d(rng, 3)
    body = "978" + grp + pub + title
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return "978-%s-%s-%s-%d" % (grp, pub, title, (10 - s % 10) % 10)


KINDS = {
    "part_no": lambda r, g: "%s-%s-%s" % (_d(r, 4, "123456789"), _d(r, 4), _d(r, 2)),
    "lot_no": lambda r, g: "L%s/%s" % (_d(r, 2, "12"), _d(r, 5)),
    "drawing_no": lambda r, g: "Z-%s-%s Rev %s" % (_d(r, 3, "123456789"), _d(r, 4), r.choice("BCDEF")),
    "tolerance": lambda r, g: (
        "%s +%s/-%s mm" % (_dec(r, 8, 90, 2, g), _dec(r, 0.01, 0.09, 2, g), _dec(r, 0.01, 0.05, 2, g))
    ),
    "torque": lambda r, g: "%d Nm" % r.randint(8, 420),
    "spindle_rpm": lambda r, g: "%s min⁻¹" % _thou(r.randrange(1500, 24000, 500), g),
    "hour_meter": lambda r, g: "%s h" % _thou(r.randint(2000, 68000), g),
    "timber_size": lambda r, g: (
        "%d × %d × %d mm"
        % (
            r.choice([1800, 2050, 2440, 2800, 3050]),
            r.choice([95, 145, 195, 600, 1220]),
            r.choice([18, 22, 27, 44]),
        )
    ),
    "paper_spec": lambda r, g: (
        "%d g/m² %s"
        % (
            r.choice([80, 90, 115, 135, 170, 250, 300, 350]),
            r.choice(["SRA3", "A4", "B2", "70 x 100 cm", "A3+"]),
        )
    ),
    "print_run": lambda r, g: "%s" % _thou(r.choice([250, 500, 1000, 2500, 5000, 10000, 25000]), g),
    "pantone": lambda r, g: "Pantone %d %s" % (r.randint(100, 7700), r.choice("CU")),
    "cmyk": lambda r, g: "C%d M%d Y%d K%d" % tuple(r.choice([0, 10, 20, 40, 60, 80, 100]) for _ in range(4)),
    "bleed_dpi": lambda r, g: "%d dpi, %d mm" % (r.choice([300, 350, 600]), r.choice([2, 3, 5])),
    "shift_time": lambda r, g: (
        "%02d:%02d–%02d:%02d" % ((lambda h: (h, 0, (h + 8) % 24, 0))(r.choice([5, 6, 13, 14, 21, 22])))
    ),
    "clock_no": lambda r, g: "%s" % _d(r, 5, "0"),
    "po_no": lambda r, g: "PO-%s-%s" % (r.choice(["24", "25"]), _d(r, 5)),
    "delivery_note": lambda r, g: "LS %s-%s" % (_d(r, 3, "123456789"), _d(r, 4)),
    "ean13": lambda r, g: _ean13(r),
    "hs_code": lambda r, g: (
        "%s %s %s" % (r.choice(["8467", "8207", "4418", "8466", "4911", "3208"]), _d(r, 2), _d(r, 2))
    ),
    "weight": lambda r, g: "%s kg" % _dec(r, 12, 1900, 1, g),
    "oven_temp": lambda r, g: (
        "%d °C / %d min" % (r.choice([140, 160, 180, 200, 220]), r.choice([10, 15, 20, 25]))
    ),
    "pressure": lambda r, g: "%s bar" % _dec(r, 3, 9, 1, g),
    "oil_grade": lambda r, g: "ISO VG %d" % r.choice([22, 32, 46, 68, 100, 150]),
    "cmm_dev": lambda r, g: "%s%s mm" % (r.choice("+-"), _dec(r, 0.001, 0.05, 3, g)),
    "aql": lambda r, g: (
        "AQL %s"
        % r.choice(
            [
                "0,65" if g in COMMA else "0.65",
                "1,0" if g in COMMA else "1.0",
                "2,5" if g in COMMA else "2.5",
                "4,0" if g in COMMA else "4.0",
            ]
        )
    ),
    "ppm": lambda r, g: "%d ppm" % r.randint(40, 2600),
    "ncr_no": lambda r, g: "NCR %s/%s" % (_d(r, 4, "0"), r.choice(["24", "25"])),
    "calib_cert": lambda r, g: "KAL %s/%s" % (_d(r, 3, "123456789"), r.choice(["24", "25"])),
    "standard_ref": lambda r, g: r.choice(
        [
            "ISO 9001:2015",
            "EN 1090-2:2018",
            "DIN 68705-3",
            "ISO 2768-mK",
            "EN 13501-1",
            "ISO 12647-2",
            "EN 14351-1",
            "ISO 3834-2",
        ]
    ),
    "moisture": lambda r, g: "%s %%" % _dec(r, 7, 16, 1, g),
    "grit": lambda r, g: "P%d" % r.choice([80, 100, 120, 150, 180, 240, 320]),
    "saw_blade": lambda r, g: (
        "Ø %d x %s x %d Z %d"
        % (
            r.choice([250, 300, 350, 400]),
            _dec(r, 2.8, 4.4, 1, g),
            r.choice([30, 40]),
            r.choice([48, 60, 72, 96]),
        )
    ),
    "thread": lambda r, g: (
        "M%d x %s"
        % (
            r.choice([6, 8, 10, 12, 16, 20]),
            r.choice(["1", "1.25", "1.5", "2"]) if g not in COMMA else r.choice(["1", "1,25", "1,5", "2"]),
        )
    ),
    "cycle_time": lambda r, g: "%s s" % _dec(r, 11, 240, 1, g),
    "week_no": lambda r, g: "%d/%s" % (r.randint(1, 52), r.choice(["2024", "2025"])),
    "gcode": lambda r, g: (
        "N%d G01 X%.1f Y%.1f F%d"
        % (
            r.randrange(100, 9990, 10),
            r.uniform(-200, 400),
            r.uniform(-150, 150),
            r.choice([300, 600, 800, 1200]),
        )
    ),
    "plc_fault": lambda r, g: "F%s" % _d(r, 5, "0123"),
    "isbn": lambda r, g: _isbn(r),
    "impressions": lambda r, g: _thou(r.randint(120000, 4800000), g),
    "serial_machine": lambda r, g: "%s%s-%s" % (r.choice(["SN", "WN", "MN"]), _d(r, 2, "12"), _d(r, 6)),
    "extinguisher": lambda r, g: (
        "%d kg, %s %s" % (r.choice([2, 6, 9]), r.choice(["04", "07", "10"]), r.choice(["2025", "2026"]))
    ),
    "forklift_no": lambda r, g: "FL-%s" % _d(r, 3, "0"),
}

# ---- screens -------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")


def luhn(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 else 1)
        tot += v - 9 if v > 9 else v
    return tot % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn(d[i:j]):
                    hits.append("luhn")
                    break
    for m in re.finditer(r"(?<!\d)\d{13,19}(?!\d)", text):
        if luhn(m.group()):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ip4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ip6")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append((r, m.start, m.end, m.raw_string))
    return hits


def value_dirty(text, regions):
    for r in regions:
        try:
            if pn.is_valid_number(pn.parse(text, r)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(text, regions) or guard_hits(text))


class Drawer:
    """Draws clean values of one kind; counts redraws and replacements."""

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
        raise DirtyValue(kind)


class DirtyValue(Exception):
    """Raised when a kind stays dirty after 200 draws; the document is then drawn again."""
