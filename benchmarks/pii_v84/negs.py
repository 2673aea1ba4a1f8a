"""Hard negatives of v84 (fitness and martial arts numbers) and the screens they must pass."""

import ipaddress
import re

import phonenumbers as pn


def _d(rng, a, b):
    return rng.randint(a, b)


def _dec(x, lang):
    return x.replace(".", ",") if lang not in ("en", "hi") else x


def _date(rng, lang, region):
    y, m, d = _d(rng, 2023, 2026), _d(rng, 1, 12), _d(rng, 1, 28)
    if region == "US":
        return "%d/%d/%d" % (m, d, y)
    if lang in ("en", "hi", "fr", "es", "it", "pt"):
        return "%02d/%02d/%d" % (d, m, y)
    if lang == "nl":
        return "%d-%d-%d" % (d, m, y)
    return "%02d.%02d.%d" % (d, m, y)


def _price(amount, lang, reg):
    if reg == "BR":
        return "R$ " + amount
    return amount + (" €" if lang not in ("en", "hi") else "")


def _hm(rng):
    return "%02d:%02d" % (_d(rng, 5, 21), rng.choice((0, 15, 30, 45)))


KINDS = {
    "bib": lambda r, lang, reg: str(_d(r, 100, 24999)),
    "chip": lambda r, lang, reg: "%d:%02d:%02d.%d" % (_d(r, 0, 5), _d(r, 0, 59), _d(r, 0, 59), _d(r, 0, 9)),
    "swim": lambda r, lang, reg: _dec("%d:%02d.%02d" % (_d(r, 0, 2), _d(r, 0, 59), _d(r, 0, 99)), lang),
    "pace": lambda r, lang, reg: "%d:%02d min/km" % (_d(r, 3, 7), _d(r, 0, 59)),
    "hrzone": lambda r, lang, reg: "%d–%d" % (_d(r, 110, 150), _d(r, 151, 185)),
    "lift": lambda r, lang, reg: _dec("%s kg" % (_d(r, 40, 260) + r.choice((0, 0.5))), lang).replace(
        ",0 kg", " kg"
    ),
    "sets": lambda r, lang, reg: "%d×%d" % (_d(r, 3, 6), r.choice((3, 5, 8, 10, 12))),
    "gdate": lambda r, lang, reg: _date(r, lang, reg),
    "barcode": lambda r, lang, reg: "".join(r.choice("0123456789") for _ in range(13)),
    "locker": lambda r, lang, reg: str(_d(r, 1, 480)),
    "classtime": lambda r, lang, reg: _hm(r),
    "lanes": lambda r, lang, reg: "%d × %d m" % (_d(r, 2, 8), r.choice((25, 50))),
    "vo2": lambda r, lang, reg: _dec("%d.%d ml/kg/min" % (_d(r, 35, 68), _d(r, 0, 9)), lang),
    "gps": lambda r, lang, reg: (
        "%d.%05d, %s%d.%05d"
        % (_d(r, 10, 60), _d(r, 0, 99999), r.choice(("", "-")), _d(r, 0, 120), _d(r, 0, 99999))
    ),
    "elev": lambda r, lang, reg: "%d m" % _d(r, 12, 2900),
    "grade": lambda r, lang, reg: r.choice(
        ("5c", "6a", "6a+", "6b", "6c+", "7a", "7b+", "V4", "V6", "5.11c")
    ),
    "bodycomp": lambda r, lang, reg: _dec(
        "%d.%d kg, %d.%d %%" % (_d(r, 50, 110), _d(r, 0, 9), _d(r, 8, 32), _d(r, 0, 9)), lang
    ),
    "bp": lambda r, lang, reg: "%d/%d" % (_d(r, 105, 145), _d(r, 62, 92)),
    "steps": lambda r, lang, reg: "%d,%03d steps" % (_d(r, 3, 24), _d(r, 0, 999)),
    "kcal": lambda r, lang, reg: "%d kcal" % _d(r, 180, 3900),
    "cadence": lambda r, lang, reg: str(_d(r, 155, 192)),
    "ftp": lambda r, lang, reg: "%d W" % _d(r, 140, 360),
    "activity": lambda r, lang, reg: str(_d(r, 10**9, 14 * 10**9)),
    "licence": lambda r, lang, reg: "%s-%d" % (r.choice(("JP", "LIC", "FED", "KDL")), _d(r, 100000, 999999)),
    "athlete": lambda r, lang, reg: "A%d" % _d(r, 100000, 9999999),
    "policy": lambda r, lang, reg: "SV-%05d-%s" % (_d(r, 0, 99999), r.choice(("KT", "RX", "LM", "BQ"))),
    "booking": lambda r, lang, reg: "BK-%04d-%s" % (_d(r, 0, 9999), r.choice(("QX", "TZ", "HW", "MV"))),
    "promo": lambda r, lang, reg: r.choice(("SUMMER", "YOGA", "LIFT", "SWIM", "RUN")) + str(_d(r, 10, 50)),
    "postcode": lambda r, lang, reg: "%05d-%04d" % (_d(r, 10000, 99999), _d(r, 0, 9999)),
    "price": lambda r, lang, reg: _price(
        _dec("%d.%02d" % (_d(r, 9, 189), r.choice((0, 50, 90, 99))), lang), lang, reg
    ),
    "hours": lambda r, lang, reg: "%02d:00–%02d:%s" % (_d(r, 5, 8), _d(r, 20, 23), r.choice(("00", "30"))),
    "erg": lambda r, lang, reg: "%d:%02d.%d /500m" % (_d(r, 1, 2), _d(r, 30, 59), _d(r, 0, 9)),
    "bout": lambda r, lang, reg: "%d–%d" % ((lambda a: (a, a + _d(r, 6, 30)))(_d(r, 1, 90))),
    "wclass": lambda r, lang, reg: "-%d kg" % r.choice((48, 52, 57, 60, 63, 66, 70, 73, 78, 81, 90, 100)),
    "kyu": lambda r, lang, reg: "%d. Kyu" % _d(r, 1, 8),
    "temp": lambda r, lang, reg: _dec("%d.%d °C" % (_d(r, 24, 40), _d(r, 0, 9)), lang),
    "capacity": lambda r, lang, reg: "%d/%d" % (_d(r, 2, 19), r.choice((20, 24, 30))),
    "interval": lambda r, lang, reg: "%d×%d m" % (_d(r, 4, 12), r.choice((100, 200, 400, 800, 1000))),
    "fitfile": lambda r, lang, reg: (
        "%d-%02d-%02d-%02d-%02d-%02d.fit"
        % (_d(r, 2023, 2026), _d(r, 1, 12), _d(r, 1, 28), _d(r, 5, 21), _d(r, 0, 59), _d(r, 0, 59))
    ),
    "stamp": lambda r, lang, reg: (
        "%d-%02d-%02dT%02d:%02d:%02dZ"
        % (_d(r, 2023, 2026), _d(r, 1, 12), _d(r, 1, 28), _d(r, 0, 23), _d(r, 0, 59), _d(r, 0, 59))
    ),
    "dist": lambda r, lang, reg: "%d m" % (_d(r, 2, 40) * 100),
    "season": lambda r, lang, reg: (lambda y: "%02d/%02d" % (y, y + 1))(_d(r, 19, 26)),
    "hrv": lambda r, lang, reg: "%d ms" % _d(r, 25, 120),
    "rhr": lambda r, lang, reg: "%d bpm" % _d(r, 38, 72),
    "agegroup": lambda r, lang, reg: "%s%d" % (r.choice("MWF"), r.choice((35, 40, 45, 50, 55, 60))),
    "boulder": lambda r, lang, reg: "#%d" % _d(r, 1, 180),
    "shoes": lambda r, lang, reg: "%d km" % _d(r, 150, 1100),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d(?:[ -]?\d){12,18}")


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        k = int(c)
        if i % 2:
            k = k * 2 - 9 if k > 4 else k * 2
        total += k
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15:
        return False
    x = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in x)) % 97 == 1
    except ValueError:
        return False


def guard_hits(text):
    """Non-phone PII shapes in text (e-mails, Luhn runs, IBANs, IPs, SSN shapes)."""
    hits = [m.group() for m in EMAIL_RE.finditer(text)]
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for a in range(len(d)):
            for b in range(a + 13, min(len(d), a + 19) + 1):
                if luhn(d[a:b]):
                    hits.append(m.group())
    hits += [m.group() for m in IBAN_RE.finditer(text) if iban_ok(m.group())]
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(m.group())
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append(m.group())
        except ValueError:
            pass
    hits += [m.group() for m in SSN_RE.finditer(text)]
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append(m.raw_string)
    return hits


def value_dirty(value, regions):
    for r in regions:
        try:
            if pn.is_valid_number(pn.parse(value, r)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws hard-negative values, each screened on its own; counts redraws and replacements."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = []

    def draw(self, kind, lang, region, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang, region)
            if kind == "steps" and lang != "en":
                v = v.replace(" steps", "").replace(",", ".")
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append((kind, region))
        return "–"
