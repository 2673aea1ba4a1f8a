"""Hard negatives of removals and storage, and the screens they must pass."""

import ipaddress
import re
import string

import phonenumbers as pn

HOME = {
    "en": ("US", "GB", "IN"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH"),
    "es": ("ES",),
    "it": ("IT",),
    "nl": ("NL", "BE"),
    "pt": ("PT", "BR"),
    "hi": ("IN",),
}
U = string.ascii_uppercase


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _l(rng, n):
    return "".join(rng.choice(U) for _ in range(n))


def _iso6346(rng):
    owner = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU"])
    serial = "000" + _d(rng, 3)
    vals = {}
    v = 10
    for c in U:
        if v % 11 == 0:
            v += 1
        vals[c] = v
        v += 1
    total = sum((vals[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(owner + serial))
    return "%s %s %d" % (owner, serial, total % 11 % 10)


KINDS = {
    "unit": lambda r: "%s%s-%s" % (r.choice("ABCDEF"), r.randint(1, 4), _d(r, 3)),
    "gatecode": lambda r: "%s%s" % (_d(r, 4), r.choice(["#", "*", "#*"])),
    "combo": lambda r: "-".join(_d(r, 1) for _ in range(4)),
    "container": _iso6346,
    "seal": lambda r: "%s000%s" % (r.choice(["SL", "ML-", "CN"]), _d(r, 4)),
    "bol": lambda r: "%s000%s%s" % (r.choice(["MEDU", "HLCU", "COSU"]), _d(r, 6), _l(r, 1)),
    "volume_m3": lambda r: "%d m³" % r.randint(8, 95),
    "volume_cuft": lambda r: "%s cu ft" % format(r.randint(1000, 2600), ","),
    "weight": lambda r: "%s kg" % format(r.randint(350, 9800), ",").replace(",", " "),
    "dims": lambda r: "%d × %d × %d cm" % (r.randint(40, 220), r.randint(30, 120), r.randint(20, 110)),
    "inventory": lambda r: "#%d of %d" % (r.randint(1, 90), r.randint(91, 340)),
    "plate_uk": lambda r: "%s%02d %s" % (_l(r, 2), r.randint(10, 74), _l(r, 3)),
    "plate_de": lambda r: (
        "%s-%s %d" % (r.choice(["HH", "M", "K", "DD", "B"]), _l(r, 2), r.randint(100, 9999))
    ),
    "postcode_uk": lambda r: "%s%d %d%s" % (_l(r, 2), r.randint(1, 20), r.randint(1, 9), _l(r, 2)),
    "parking": lambda r: "PS-%s%d-%s" % (_l(r, 2), r.randint(10, 99), _l(r, 1) + _d(r, 2)),
    "policy": lambda r: "%s-%s%s-%s%s" % (_l(r, 3), _d(r, 2), _l(r, 1), _l(r, 2), _d(r, 2)),
    "declared": lambda r: "%s %s,%s" % (r.choice(["€", "£", "$"]), r.randint(2, 95), _d(r, 3)),
    "window": lambda r: "%02d:00–%02d:00" % ((h := r.randint(6, 14)), h + r.randint(2, 4)),
    "mrn": lambda r: (
        "%d%s%s%s%d"
        % (r.randint(24, 26), r.choice(["DE", "NL", "FR", "BE"]), _l(r, 2), _d(r, 11), r.randint(0, 9))
    ),
    "tracking": lambda r: "1Z %s %s %s %s" % (_l(r, 1) + _d(r, 2), _l(r, 2) + _d(r, 1), _d(r, 2), _d(r, 4)),
    "crate": lambda r: "CR-%02d/%02d" % (r.randint(1, 9), r.randint(10, 30)),
    "roombox": lambda r: (
        "%s%d-%s-%02d" % (r.choice("KBLO"), r.randint(1, 4), r.choice("ABC"), r.randint(1, 60))
    ),
    "odometer": lambda r: "%s km" % format(r.randint(12000, 99000), ",").replace(",", "."),
    "rate": lambda r: "%s%d/h" % (r.choice(["€", "£", "$"]), r.randint(35, 140)),
    "lot": lambda r: "Lot %d" % r.randint(1000, 8999),
    "quote_ref": lambda r: "Q-%s%d-%s" % (_l(r, 2), r.randint(10, 99), _l(r, 1) + _d(r, 2)),
    "locode": lambda r: r.choice(["DE HAM", "NL RTM", "BE ANR", "GB FXT", "US NYC", "IN NSA", "BR SSZ"]),
    "voyage": lambda r: "%d%s" % (r.randint(100, 599), r.choice("EWNS")),
    "climate": lambda r: "%d °C / %d %% RH" % (r.randint(14, 21), r.randint(40, 60)),
    "unitsize": lambda r: "%s × %s ft" % (r.choice(["5", "10", "7.5"]), r.choice(["5", "10", "15", "20"])),
    "area_m2": lambda r: "%s m²" % r.choice(["1,5", "3", "4,5", "6", "9", "12,5", "15"]),
    "sku": lambda r: (
        "%s-%s-%d"
        % (r.choice(["BX", "TP", "WR", "MB"]), r.choice(["S", "M", "L", "XL"]), r.choice([5, 10, 20, 25, 50]))
    ),
    "tape": lambda r: "%d mm × %d m" % (r.choice([38, 48, 50]), r.choice([50, 66, 100])),
    "flight": lambda r: (
        "%s %d" % (r.choice(["LH", "KL", "BA", "AF", "TP", "AI", "IB"]), r.randint(100, 2999))
    ),
    "floor": lambda r: "%d. OG, Whg. %d" % (r.randint(1, 7), r.randint(1, 40)),
    "access": lambda r: "%02d:00–%02d:00" % (r.randint(5, 7), r.randint(20, 23)),
    "floor_en": lambda r: "%s floor, flat %d" % (r.choice(["2nd", "3rd", "4th", "5th"]), r.randint(2, 48)),
    "liftcap": lambda r: "%d kg" % r.choice([300, 400, 500, 750, 1000]),
}


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
SSN_RE = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b|\b\d{9}\b")
IP4_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IP6_RE = re.compile(r"[0-9A-Fa-f:]{2,}:[0-9A-Fa-f:]+")


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        k = int(c)
        if i % 2:
            k *= 2
            if k > 9:
                k -= 9
        total += k
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            hits.append("card")
    for m in re.finditer(r"\b\d{13,19}\b", text):
        if luhn(m.group()):
            hits.append("card")
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ip4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group().strip(":") if m.group().count(":") >= 2 else "x")
            hits.append("ip6")
        except ValueError:
            pass
    for m in SSN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if ssn_ok(d):
            hits.append("ssn")
    return hits


def ssn_ok(d):
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def phone_hits(text, regions):
    for reg in regions:
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                return True
        except pn.NumberParseException:
            pass
        for _ in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            return True
    return False


def dirty(text, regions):
    return bool(guard_hits(text)) or phone_hits(text, regions)


def screen_regions(locale, lang, national):
    regs = [locale.split("_")[1], national] + list(HOME[lang])
    return list(dict.fromkeys(regs))


class Drawer:
    """Draws clean values of a kind; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0

    def draw(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
