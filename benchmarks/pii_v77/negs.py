"""Hard negatives for v77: maritime numbers that are not PII, each screened before use."""

import re

import phonenumbers as pn

from . import numbers as nm

DEC = {"en": ".", "hi": "."}


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dec(lang, text):
    return text if lang in DEC else text.replace(".", ",")


class _dec_f:
    """Format first, then swap the decimal point for a comma where the language writes one."""

    def __init__(self, lang, fmt):
        self.lang, self.fmt = lang, fmt

    def __mod__(self, args):
        return _dec(self.lang, self.fmt % args)


def imo(rng, lang):
    six = str(rng.randint(1, 9)) + _d(rng, 5)
    check = sum(int(c) * w for c, w in zip(six, range(7, 1, -1), strict=True)) % 10
    return "IMO " + six + str(check)


def latlon(rng, lang):
    if rng.random() < 0.5:
        return "%d°%04.1f′N %03d°%04.1f′W" % (
            rng.randint(43, 58),
            rng.uniform(0, 59.9),
            rng.randint(0, 9),
            rng.uniform(0, 59.9),
        )
    return _dec(lang, "%.4f" % rng.uniform(36, 57)) + " / " + _dec(lang, "%.4f" % -rng.uniform(0.5, 9.5))


def hin(rng, lang):
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return "%s-%s%s%s%d%s" % (
        rng.choice(["GB", "FR", "DE", "NL", "IT"]),
        letters,
        _d(rng, 5),
        rng.choice("ABCDEFGHIJKL"),
        rng.randint(0, 9),
        "%02d" % rng.randint(18, 25),
    )


def tide(rng, lang):
    return _dec_f(lang, "HW %02d:%02d %.1f m, LW %02d:%02d %.1f m") % (
        rng.randint(0, 11),
        rng.randint(0, 59),
        rng.uniform(3.5, 6.4),
        rng.randint(12, 23),
        rng.randint(0, 59),
        rng.uniform(0.3, 1.9),
    )


def sailings(rng, lang):
    h = rng.randint(5, 8)
    out = []
    for _ in range(rng.randint(3, 5)):
        out.append("%02d:%02d" % (h, rng.choice([0, 10, 15, 20, 30, 40, 45, 50])))
        h += rng.randint(1, 3)
    return " – ".join(out)


def light(rng, lang):
    return "Fl(%d) %s %ds %dM" % (
        rng.randint(2, 4),
        rng.choice(["W", "R", "G", "WR", "WRG"]),
        rng.choice([5, 10, 12, 15, 20]),
        rng.randint(6, 24),
    )


def epirb(rng, lang):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(15))


KINDS = {
    "coast-mmsi": lambda r, la: "00" + str(r.choice([232, 211, 244, 227, 247, 224])) + _d(r, 4),
    "imo": imo,
    "callsign": lambda r, la: (
        r.choice(["M", "2", "D", "F", "P", "E"])
        + "".join(r.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(2))
        + _d(r, r.randint(2, 4))
    ),
    "vhf-channel": lambda r, la: (
        "%s %d" % (r.choice(["Ch", "VHF"]), r.choice([9, 10, 11, 12, 14, 37, 67, 68, 72, 77, 80]))
    ),
    "vhf-freq": lambda r, la: (
        _dec_f(la, "156.%03d MHz") % r.choice([300, 450, 500, 550, 600, 650, 700, 800, 875])
    ),
    "position": latlon,
    "tide": tide,
    "berth": lambda r, la: "%s%d" % (r.choice("ABCDEFGHJK"), r.randint(1, 148)),
    "hin": hin,
    "sail-number": lambda r, la: (
        "%s %d" % (r.choice(["GBR", "GER", "FRA", "NED", "ITA", "ESP", "POR", "USA"]), r.randint(100, 99999))
    ),
    "engine-hours": lambda r, la: "%d h" % r.randint(140, 9800),
    "dimensions": lambda r, la: _dec_f(la, "%.2f m × %.2f m") % (r.uniform(6, 18), r.uniform(2.4, 5.2)),
    "fuel": lambda r, la: "%d l" % r.randint(40, 1800),
    "timetable": sailings,
    "booking-ref": lambda r, la: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "cabin": lambda r, la: "%d%03d" % (r.randint(4, 9), r.randint(1, 320)),
    "wind": lambda r, la: (
        "%s %d–%d, %d kn"
        % (r.choice(["SW", "W", "NW", "NE", "S", "SE"]), r.randint(3, 5), r.randint(6, 8), r.randint(22, 41))
    ),
    "pressure": lambda r, la: "%d hPa" % r.randint(978, 1036),
    "depth": lambda r, la: _dec_f(la, "%.1f m") % r.uniform(1.2, 9.9),
    "chart": lambda r, la: r.choice(["BA ", "SHOM ", "BSH ", "NOAA "]) + str(r.randint(1000, 9999)),
    "notice": lambda r, la: "%d/%d" % (r.randint(1, 52), r.choice([2024, 2025, 2026])),
    "light": light,
    "fishing-reg": lambda r, la: (
        "%s %d" % (r.choice(["PZ", "FR", "BF", "LT", "UK", "SC", "GY", "WH", "BM"]), r.randint(1, 1999))
    ),
    "catch": lambda r, la: "%d kg" % r.randint(40, 9800),
    "price-kg": lambda r, la: _dec_f(la, "%.2f €/kg") % r.uniform(1.2, 38.0),
    "lot": lambda r, la: "%03d" % r.randint(1, 999),
    "quota": lambda r, la: (
        "Q%s/%d%s" % (r.choice(["NS", "CS", "IR"]), r.choice([25, 26]), r.choice("ABCDE") + _d(r, 3))
    ),
    "lifeboat-on": lambda r, la: "ON %d" % r.randint(1100, 1340),
    "op-number": lambda r, la: "%d-%02d" % (r.choice([13, 16, 17, 14]), r.randint(1, 48)),
    "launch-times": lambda r, la: (
        "%02d:%02d – %02d:%02d" % (r.randint(0, 11), r.randint(0, 59), r.randint(12, 23), r.randint(0, 59))
    ),
    "gate-code": lambda r, la: "%s%s" % (_d(r, 4), r.choice(["#", "*", ""])),
    "meter": lambda r, la: _dec_f(la, "%d.%d kWh") % (r.randint(100, 29999), r.randint(0, 9)),
    "propeller": lambda r, la: "%d × %d" % (r.randint(12, 22), r.randint(9, 19)),
    "engine-serial": lambda r, la: r.choice(["VP", "YN", "BT", "NN"]) + _d(r, 6) + r.choice("ABCDEFGH"),
    "certificate": lambda r, la: (
        "%s-%s/%d" % (r.choice(["ICC", "DS", "YM", "SRC"]), _d(r, 5), r.choice([23, 24, 25]))
    ),
    "tonnage": lambda r, la: "%d GT" % r.randint(80, 52000),
    "epirb": epirb,
    "buoy": lambda r, la: "%s%d" % (r.choice("XYZRSWV"), r.randint(1, 64)),
    "coefficient": lambda r, la: str(r.randint(35, 118)),
    "water-temp": lambda r, la: _dec_f(la, "%.1f °C") % r.uniform(8, 24),
    "waypoint": lambda r, la: "WP%02d" % r.randint(1, 40),
    "dues": lambda r, la: _dec_f(la, "%.2f") % r.uniform(1.8, 6.9),
    "crossing-no": lambda r, la: "%s%d" % (r.choice(["", "S", "V"]), r.randint(100, 9999)),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
LUHN_RE = re.compile(r"\d(?:[ -]?\d){12,18}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IPV4_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IPV6_RE = re.compile(r"\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}\b")
SSN_RE = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in LUHN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if nm.luhn_ok(d[i:j]):
                    hits.append("luhn")
                    break
    from stdnum import iban as si

    for m in IBAN_RE.finditer(text):
        if si.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IPV4_RE.finditer(text):
        if all(int(x) < 256 for x in m.group().split(".")):
            hits.append("ipv4")
    for m in IPV6_RE.finditer(text):
        import ipaddress

        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    for m in SSN_RE.finditer(text):
        if nm.ssn_ok(m.group()):
            hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((reg, m.raw_string))
    return hits


def value_dirty(value, regions):
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(value, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws clean values of a kind; counts redraws; a kind dirty after 200 draws gives a dash."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def value(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
