"""Hard negatives for v88: 39 kinds from photography, framing, ceramics, galleries and fairs."""

import ipaddress
import re

import phonenumbers as pn

from . import numbers as nb

DEC = {"en": ".", "hi": "."}
THOU = {"en": ",", "hi": ",", "fr": "\u202f"}


def _dec(lang, x):
    return x.replace(".", DEC.get(lang, ","))


def _th(lang, n):
    return f"{n:,}".replace(",", THOU.get(lang, "."))


def _isbn(rng):
    g = rng.choice(["3", "2", "84", "88", "90", "85", "93", "1"])
    pub_len = rng.randint(2, 5)
    pub = "".join(rng.choice("0123456789") for _ in range(pub_len))
    title = "".join(rng.choice("0123456789") for _ in range(9 - len(g) - pub_len))
    core = "978" + g + pub + title
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
    return f"978-{g}-{pub}-{title}-{check}"


def gen(kind, rng, lang):
    r = rng.randint
    if kind == "shutter":
        return _th(lang, r(1200, 380000))
    if kind == "exposure":
        speed = rng.choice([60, 125, 160, 250, 500, 1000, 2000])
        ap = _dec(lang, rng.choice(["2.8", "4", "5.6", "8", "11"]))
        return f"1/{speed} s, f/{ap}, ISO {rng.choice([100, 200, 400, 800, 1600, 3200, 6400])}"
    if kind == "focal":
        a, b = rng.choice([(24, 70), (70, 200), (16, 35), (100, 400), (28, 75), (18, 55)])
        return f"{a}–{b} mm f/{_dec(lang, rng.choice(['2.8', '4', '3.5-5.6']))}"
    if kind == "exif":
        return f"{r(2015, 2025)}:{r(1, 12):02d}:{r(1, 28):02d} {r(6, 21):02d}:{r(0, 59):02d}:{r(0, 59):02d}"
    if kind == "filename":
        n = r(1000, 9800)
        return rng.choice(
            [
                f"DSC_{n:04d}.NEF",
                f"IMG_{n:04d}.CR3",
                f"_MG_{n:04d}.CR2",
                f"DSCF{n:04d}.RAF",
                f"DSC_{n:04d}–DSC_{n + r(20, 150):04d}",
            ]
        )
    if kind == "frame":
        w = rng.choice([20, 24, 30, 40, 50, 60, 70])
        return f"{w} × {w + rng.choice([10, 20, 30])} cm"
    if kind == "mat":
        return f"{_dec(lang, f'{r(150, 600) / 10:.1f}')} × {_dec(lang, f'{r(200, 800) / 10:.1f}')} cm"
    if kind == "edition":
        n = rng.choice([10, 12, 20, 25, 30, 50, 75, 100])
        return f"{r(1, n)}/{n}"
    if kind == "kiln":
        return rng.choice(
            [
                f"{r(1000, 1060)} °C (cone 04)",
                f"{r(1180, 1230)} °C (cone 6)",
                f"{r(1280, 1305)} °C (cone 10)",
                f"{r(940, 1000)} °C",
            ]
        )
    if kind == "ramp":
        rate, top = rng.choice([80, 100, 120, 150]), rng.choice([600, 580, 950])
        return f"{rate} °C/h → {top} °C, {rng.choice([10, 15, 20, 30])} min"
    if kind == "clay":
        return f"{_dec(lang, rng.choice(['10', '12.5', '15', '20', '25']))} kg"
    if kind == "glaze":
        return rng.choice([f"GL-{r(20, 25)}{r(1, 12):02d}-{r(1, 40):02d}", f"CH {r(10, 99)}/{r(21, 25)}"])
    if kind == "stall":
        return rng.choice([f"{rng.choice('ABCDEF')}-{r(1, 260)}", f"{rng.choice('ABCDEF')}{r(1, 60)}"])
    if kind == "lot":
        return str(r(1, 420))
    if kind == "accession":
        return f"{r(1955, 2024)}.{r(1, 120)}.{r(1, 30)}"
    if kind == "pantone":
        return f"{r(11, 19)}-{r(1000, 6400)}"
    if kind == "hexcol":
        return "#" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
    if kind == "dpi":
        return str(rng.choice([240, 300, 360, 600, 1200, 2400]))
    if kind == "gsm":
        return f"{rng.choice([190, 250, 285, 300, 310, 320, 350])} g/m²"
    if kind == "timecode":
        return f"{r(0, 1):02d}:{r(0, 59):02d}:{r(0, 59):02d}:{r(0, 24):02d}"
    if kind == "gps":
        return f"{r(-60, 60) + r(0, 9999) / 10000:.4f}, {r(-120, 120) + r(0, 9999) / 10000:.4f}"
    if kind == "kelvin":
        return f"{r(30, 65) * 100} K"
    if kind == "sdcard":
        return f"{rng.choice([64, 128, 256, 512])} GB {rng.choice(['V30', 'V60', 'V90', 'UHS-II'])}"
    if kind == "fps":
        return _dec(lang, rng.choice(["23.976", "29.97", "25", "59.94", "50"])) + " fps"
    if kind == "price":
        return rng.choice(
            [
                f"€ {_th(lang, r(40, 4800))},00",
                f"${r(40, 4800):,}.00",
                f"£{r(40, 4800):,}",
                f"R$ {_th('pt', r(40, 4800))},00",
                f"₹ {r(400, 48000):,}",
            ]
        )
    if kind == "vase":
        return f"H {r(8, 60)} × Ø {r(6, 30)} cm"
    if kind == "dyelot":
        return str(r(10000, 99999))
    if kind == "hook":
        return f"{_dec(lang, rng.choice(['2.5', '3', '3.5', '4', '4.5', '5.5', '6']))} mm"
    if kind == "isbn":
        return _isbn(rng)
    if kind == "hours":
        h = r(9, 16)
        return f"{h}:{rng.choice(['00', '30'])}–{h + rng.choice([2, 3])}:{rng.choice(['00', '30'])}"
    if kind == "member":
        return rng.choice([f"M-{r(100, 99999):05d}", f"KM {r(100, 9999)}"])
    if kind == "dates":
        y, m = r(2024, 2026), r(1, 10)
        return f"{y}-{m:02d}-{r(1, 28):02d} – {y}-{m + 2:02d}-{r(1, 28):02d}"
    if kind == "ratio":
        return rng.choice(["3:2", "4:5", "16:9", "1:1", "5:7", "2:1"])
    if kind == "ev":
        return f"EV {_dec(lang, f'{r(20, 160) / 10:.1f}')}"
    if kind == "filmframe":
        a = r(0, 30)
        return f"{a}A–{a + r(1, 6)}A"
    if kind == "film":
        stock = rng.choice(["Portra 400", "HP5 Plus 400", "Ektar 100", "Tri-X 400", "Gold 200"])
        return f"{stock}, {rng.choice([24, 36])}"
    if kind == "course":
        return f"ART-{r(100, 499)}-{rng.choice('ABCD')}"
    if kind == "climate":
        a, c = r(40, 50), r(17, 19)
        return f"{a}–{a + 10} % RH, {c}–{c + 3} °C"
    if kind == "beads":
        return _th(lang, r(1200, 48000))
    raise KeyError(kind)


KINDS = [
    "shutter",
    "exposure",
    "focal",
    "exif",
    "filename",
    "frame",
    "mat",
    "edition",
    "kiln",
    "ramp",
    "clay",
    "glaze",
    "stall",
    "lot",
    "accession",
    "pantone",
    "hexcol",
    "dpi",
    "gsm",
    "timecode",
    "gps",
    "kelvin",
    "sdcard",
    "fps",
    "price",
    "vase",
    "dyelot",
    "hook",
    "isbn",
    "hours",
    "member",
    "dates",
    "ratio",
    "ev",
    "filmframe",
    "film",
    "course",
    "climate",
    "beads",
]

SHAPE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
RUN = re.compile(r"\d[\d \-]{11,22}\d")
SSNISH = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")


def guard_hits(text):
    """Things a value or blanked document must not contain."""
    hits = []
    if SHAPE.search(text):
        hits.append("email")
    for m in RUN.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        if 13 <= len(d) <= 19 and nb.luhn_ok(d):
            hits.append("luhn")
    for m in IBANISH.finditer(text):
        s = m.group().replace(" ", "")
        conv = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
        if int(conv) % 97 == 1:
            hits.append("iban")
    for m in IPV4.finditer(text):
        if all(0 <= int(p) <= 255 for p in m.group().split(".")):
            hits.append("ipv4")
    for m in IPV6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    if SSNISH.search(text):
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


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draws clean values of a kind; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = gen(kind, self.rng, lang)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "-"
