"""Hard negatives for v110 (astronomy and outreach numbers that are not PII) and the screens they pass."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _ra(r):
    return "%02dh %02dm %04.1fs" % (r.randrange(24), r.randrange(60), r.uniform(0, 59.9))


def _dec(r):
    return "%s%02d° %02d′ %02d″" % (r.choice("+−"), r.randrange(89), r.randrange(60), r.randrange(60))


def _latlon(r):
    return "%.4f° %s, %.4f° %s" % (r.uniform(0, 60), r.choice("NS"), r.uniform(0, 120), r.choice("EW"))


KINDS = {
    "ra": _ra,
    "dec": _dec,
    "ngc": lambda r: "%s %d" % (r.choice(["NGC", "IC"]), r.randrange(1, 7840)),
    "hd": lambda r: "%s %s" % (r.choice(["HD", "HIP"]), _d(r, r.choice((5, 6)))),
    "gaia": lambda r: "Gaia DR3 " + _d(r, 19),
    "twomass": lambda r: "2MASS J%s%s%s%s" % (_d(r, 8, "012"), r.choice("+-"), _d(r, 3, "0123"), _d(r, 4)),
    "minor": lambda r: (
        "(%d) %s" % (r.randrange(1000, 600000), r.choice(["Vesta", "Pallas", "Hygiea", "Iris"]))
    ),
    "provdes": lambda r: (
        "%d %s%s%d"
        % (
            r.randrange(1995, 2026),
            r.choice("ABCDKLMQRTUVWXY"),
            r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
            r.randrange(1, 99),
        )
    ),
    "norad": lambda r: "NORAD %d" % r.randrange(20000, 61000),
    "cospar": lambda r: "%d-%03d%s" % (r.randrange(1998, 2026), r.randrange(1, 250), r.choice("ABCD")),
    "mjd": lambda r: "MJD 60%03d.%02d" % (r.randrange(0, 999), r.randrange(1, 100)),
    "mag": lambda r: "%.1f mag" % r.uniform(-1.5, 21.5),
    "sqm": lambda r: "%.2f mag/arcsec²" % r.uniform(18.5, 22.0),
    "optics": lambda r: (
        "%d mm f/%d" % (r.choice([80, 102, 127, 150, 203, 254, 305, 356, 406]), r.choice([4, 5, 7, 8, 10]))
    ),
    "eyepiece": lambda r: "%d mm (%d×)" % (r.choice([6, 9, 13, 17, 21, 24, 32, 40]), r.randrange(25, 400)),
    "latlon": _latlon,
    "elev": lambda r: "%d m" % r.randrange(120, 2900),
    "bortle": lambda r: "Bortle %d" % r.randrange(1, 9),
    "freq": lambda r: "%d.%d MHz" % (r.choice([137, 145, 435, 437, 10368]), r.randrange(10)),
    "stack": lambda r: "%d × %d s" % (r.randrange(20, 400), r.choice([15, 30, 60, 120, 180, 300])),
    "pixel": lambda r: "%.2f µm" % r.choice([2.4, 2.9, 3.76, 4.63, 3.8, 5.86]),
    "zhr": lambda r: "ZHR %d" % r.randrange(5, 150),
    "utc": lambda r: (
        "%d-%02d-%02d %02d:%02d:%02d UTC"
        % (
            r.randrange(2024, 2027),
            r.randrange(1, 13),
            r.randrange(1, 29),
            r.randrange(24),
            r.randrange(60),
            r.randrange(60),
        )
    ),
    "booking": lambda r: (
        "%s-%s%s"
        % (
            r.choice(["PLN", "OBS", "DOME", "SKY"]),
            _d(r, 4),
            "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)),
        )
    ),
    "member": lambda r: "%s/%d" % (r.choice(["AS", "SAS", "VS", "AAS"]), r.randrange(100, 9999)),
    "arxiv": lambda r: "arXiv:%02d%02d.%05d" % (r.randrange(19, 26), r.randrange(1, 13), r.randrange(100000)),
    "atel": lambda r: r.choice(
        ["ATel #%d" % r.randrange(15000, 17000), "GCN %d" % r.randrange(35000, 39000)]
    ),
    "doi": lambda r: (
        "10.%d/%s"
        % (
            r.choice([3847, 1093, 1051, 1088]),
            "%s%d" % (r.choice(["aa", "stae", "ad"]), r.randrange(1000, 99999)),
        )
    ),
    "bibcode": lambda r: (
        "%d%s%d..%d%s"
        % (
            r.randrange(2015, 2026),
            r.choice(["ApJ...", "MNRAS.", "A&A..."]),
            r.randrange(100, 999),
            r.randrange(100, 999),
            r.choice("ABLS"),
        )
    ),
    "exoplanet": lambda r: (
        r.choice(["TOI-%d %s", "Kepler-%d%s", "WASP-%d%s", "HAT-P-%d%s"])
        % (r.randrange(2, 2500), r.choice(["b", "c", "d", " b"]))
    ),
    "wave": lambda r: "%.2f nm" % r.choice([656.28, 486.13, 500.7, 671.6, 393.37, 589.0, 372.7]),
    "dist": lambda r: "%s light years" % format(r.randrange(4, 30000000), ","),
    "pass": lambda r: "max. %d° at az %d°" % (r.randrange(10, 90), r.randrange(360)),
    "supernova": lambda r: (
        "SN %d%s"
        % (r.randrange(2005, 2026), "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2)))
    ),
    "comet": lambda r: r.choice(
        [
            "C/%d %s%d" % (r.randrange(2019, 2026), r.choice("ABEFKRS"), r.randrange(1, 9)),
            "%dP/%s"
            % (r.randrange(2, 400), r.choice(["Pons-Brooks", "Halley", "Encke", "Tuttle", "Swift-Tuttle"])),
        ]
    ),
    "kp": lambda r: "Kp %d, F10.7 = %d sfu" % (r.randrange(1, 9), r.randrange(70, 260)),
    "seat": lambda r: "%s %d" % (r.choice(["row", "Reihe", "rang", "fila", "rij"]), r.randrange(1, 24)),
    "timerange": lambda r: (
        "%02d:%02d–%02d:%02d"
        % (r.randrange(18, 23), r.choice([0, 15, 30, 45]), r.randrange(0, 5), r.choice([0, 15, 30, 45]))
    ),
    "fits": lambda r: "M%d_L_%03d.fits" % (r.randrange(1, 110), r.randrange(1, 600)),
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_RUN = re.compile(r"\d[\d -]*\d")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
_V4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_V6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def guard_hits(text):
    hits = []
    if _EMAIL.search(text):
        hits.append("email")
    for m in _RUN.finditer(text):
        digits = re.sub(r"[ -]", "", m.group())
        if 13 <= len(digits) <= 19 and luhn(digits):
            hits.append("luhn")
    for m in _IBAN.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in _V4.finditer(text):
        try:
            ipaddress.ip_address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in _V6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group().strip(":") if m.group().count(":") > 7 else m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    if _SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    found = []
    for r in regions:
        try:
            if pn.is_valid_number(pn.parse(text, r)):
                found.append(("parse", r))
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            found.append((m.raw_string, r))
    return found


def dirty(text, regions, whole=False):
    hits = guard_hits(text)
    if whole:
        for r in regions:
            hits += [m.raw_string for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID)]
        return hits
    return hits + phone_hits(text, regions)


class Drawer:
    """Draws clean hard negatives; counts redraws and replacements."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = []

    def draw(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append((kind, tuple(regions)))
        return "–"
