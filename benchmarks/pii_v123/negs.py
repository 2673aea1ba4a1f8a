"""Hard negatives from archaeology and metal detecting, and the screens that keep them clean."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _grid(rng):
    sq = rng.choice(["SU", "SK", "TL", "SE", "NZ", "ST", "SO", "TQ", "SP", "NY"])
    k = rng.choice([4, 5])
    return f"{sq} {_d(rng, k)} {_d(rng, k)}"


def _hexid(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


KINDS = {
    "context": lambda r: f"[{rng_int(r, 1001, 3999)}]",
    "cut": lambda r: f"cut {rng_int(r, 1001, 3999)}/fill {rng_int(r, 1001, 3999)}",
    "smallfind": lambda r: f"SF {rng_int(r, 1, 2999)}",
    "osgrid": _grid,
    "eastnorth": lambda r: f"E {_d(r, 6)} N {_d(r, 6)}",
    "latlon": lambda r: f"{r.randint(43, 58)}.{_d(r, 5)}, -{r.randint(0, 5)}.{_d(r, 5)}",
    "utm": lambda r: f"{r.randint(29, 33)}U {_d(r, 6)} {_d(r, 7)}",
    "c14": lambda r: f"{r.randint(900, 4800)} ± {r.choice([25, 30, 35, 40])} BP",
    "labcode": lambda r: f"{r.choice(['SUERC', 'Beta', 'OxA', 'Poz', 'UBA'])}-{_d(r, r.choice([5, 6]))}",
    "calrange": lambda r: f"cal AD {(a := r.randint(600, 1300))}–{a + r.randint(40, 180)} (95.4%)",
    "munsell": lambda r: f"{r.choice(['10YR', '7.5YR', '5YR', '2.5Y'])} {r.randint(2, 7)}/{r.randint(1, 8)}",
    "pasid": lambda r: f"{r.choice(['SWYOR', 'NMS', 'LVPL', 'HAMP', 'WILT', 'NLM'])}-{_hexid(r, 6)}",
    "treasure": lambda r: f"{r.randint(2019, 2025)} T{r.randint(100, 1400)}",
    "her": lambda r: f"{r.choice(['MWI', 'MNF', 'MLI', 'SMR'])}{_d(r, 5)}",
    "listentry": lambda r: f"List Entry 10{_d(r, 5)}",
    "accession": lambda r: f"{r.randint(1950, 2024)}.{r.randint(1, 120)}.{r.randint(1, 400)}",
    "coinref": lambda r: f"RIC {r.choice(['II', 'III', 'VI', 'VII'])} {r.randint(1, 999)}",
    "coinweight": lambda r: f"{r.randint(1, 9)}.{_d(r, 2)} g, {r.randint(14, 32)}.{r.randint(0, 9)} mm",
    "dieaxis": lambda r: f"die axis {r.choice([30, 90, 150, 180, 210, 330, 360])}°",
    "elevation": lambda r: f"{r.randint(3, 240)}.{_d(r, 2)} m OD",
    "depth": lambda r: f"0.{_d(r, 2)}–1.{_d(r, 2)} m bgl",
    "trench": lambda r: f"Trench {r.randint(1, 14)} ({r.choice([5, 10, 20, 30])} × {r.choice([2, 4, 5])} m)",
    "sample": lambda r: f"<{r.randint(100, 899)}>",
    "drawing": lambda r: f"Dwg {r.randint(100, 450)} at 1:{r.choice([10, 20, 50])}",
    "photos": lambda r: f"DSC_{(a := r.randint(1000, 8999))}–DSC_{a + r.randint(20, 140)}",
    "detector": lambda r: (
        f"{r.choice([7, 13, 15, 18, 40])} kHz, disc {r.randint(5, 30)}, sens {r.randint(60, 95)}"
    ),
    "sherds": lambda r: f"{r.randint(3, 140)} sherds ({r.randint(30, 2400)} g)",
    "dendro": lambda r: f"felled winter {(a := r.randint(1150, 1650))}/{str(a + 1)[-2:]}",
    "box": lambda r: f"Box {_d(r, 4)}/{_d(r, 2)}",
    "oasis": lambda r: f"{r.choice(['wessexar1', 'oxfordar3', 'headland1', 'molas1'])}-{_d(r, 6)}",
    "planning": lambda r: f"{r.randint(19, 25)}/{_d(r, 5)}/{r.choice(['FUL', 'OUT', 'REM', 'LBC'])}",
    "licence": lambda r: f"{r.randint(19, 25)}E{_d(r, 4)}",
    "geophys": lambda r: f"±{r.choice([2, 3, 5, 10])} nT over {r.choice([20, 30, 40])} m grids",
    "gnss": lambda r: f"±0.0{r.randint(1, 4)} m (PDOP {r.randint(1, 3)}.{r.randint(0, 9)})",
    "stations": lambda r: f"STN {(a := r.randint(10, 60) * 10)}–{a + r.randint(5, 60)}",
    "ph": lambda r: f"pH {r.randint(4, 8)}.{r.randint(0, 9)}",
    "hours": lambda r: f"{r.randint(120, 2400)} volunteer hours",
    "ngf": lambda r: f"{r.randint(20, 480)},{_d(r, 2)} m NGF",
    "sitecode": lambda r: (
        f"{r.choice(['XAN', 'TRI', 'CIR', 'YRK', 'NIJ', 'MAN', 'COL'])}{r.randint(19, 25)}-{_d(r, 3)}"
    ),
    "parcel": lambda r: f"{r.choice(['ZH', 'AB', 'AK', 'C'])} {r.randint(100, 2999)}",
}


def rng_int(r, a, b):
    return str(r.randint(a, b))


EMAIL = re.compile(r"\S+@\S+\.\w+")
DIGITRUN = re.compile(r"\d[\d \-]{11,}\d")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IPV6 = re.compile(r"\b[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}\b")
SSN = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")


def luhn(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    for m in DIGITRUN.finditer(text):
        run = re.sub(r"[ \-]", "", m.group())
        for i in range(len(run)):
            for j in range(i + 13, min(len(run), i + 19) + 1):
                if luhn(run[i:j]):
                    hits.append("luhn")
                    break
    for m in IBANISH.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in IPV4.finditer(text):
        try:
            ipaddress.ip_address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        if m.group().count(":") >= 2 and len(m.group()) > 4:
            try:
                ipaddress.ip_address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    if SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    out = []
    for reg in regions:
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                out.append(("whole", reg))
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            out.append((m.raw_string, reg))
    return out


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draws clean values of a kind; counts redraws; a kind dirty 200 times gives a dash."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = []

    def draw(self, kind, regions):
        for _ in range(200):
            val = KINDS[kind](self.rng)
            if not dirty(val, regions):
                self.used.add(kind)
                return val
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append((kind, tuple(regions)))
        return "–"
