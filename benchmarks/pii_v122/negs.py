"""Hard negatives for v122 (coworking and start-up numbers that are not PII) and the screens."""

import ipaddress
import re
import string

import phonenumbers as pn
from stdnum import iban as std_iban

from .neg_labels import L

D = string.digits
U = string.ascii_uppercase


def _d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _isbn(rng):
    body = "978" + "".join(rng.choice(D) for _ in range(9))
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    b = body + str(chk)
    return "%s-%s-%s-%s-%s" % (b[:3], b[3], b[4:7], b[7:12], b[12])


def _money(rng, sep):
    v = rng.choice([150, 250, 400, 500, 750, 1200, 1500, 2250, 3000]) * 1000 + rng.choice([0, 0, 500 * 10])
    s = "{:,}".format(v)
    return s.replace(",", sep)


GEN = {
    "desk": lambda r: "%s-%s" % (r.choice("ABCDEFGH"), _d(r, 3)),
    "locker": lambda r: _d(r, 3),
    "member_id": lambda r: "CW-%s-%s" % (_d(r, 6, "0"), r.choice(D)),
    "funding_usd": lambda r: "$" + _money(r, ","),
    "funding_eur": lambda r: _money(r, ".") + " €",
    "share_count": lambda r: "{:,}".format(r.randrange(50, 900) * 1250),
    "equity_pct": lambda r: "%d.%02d %%" % (r.randrange(2, 25), r.randrange(100)),
    "company_no": lambda r: "%s" % _d(r, 8, "01"),
    "vat_de": lambda r: "DE %s" % " ".join([_d(r, 3), _d(r, 3, D), _d(r, 3, D)]),
    "vat_fr": lambda r: "FR %s %s" % (_d(r, 2, D), " ".join([_d(r, 3), _d(r, 3, D), _d(r, 3, D)])),
    "ein": lambda r: "%s-%s" % (_d(r, 2), _d(r, 7, D)),
    "kvk": lambda r: _d(r, 8, "3456789"),
    "siret": lambda r: "%s %s %s 000%s" % (_d(r, 3), _d(r, 3, D), _d(r, 3, D), _d(r, 2)),
    "duns": lambda r: "%s-%s-%s" % (_d(r, 2, "0"), _d(r, 3, D), _d(r, 4, D)),
    "lei": lambda r: (
        "".join(r.choice(D) for _ in range(4))
        + "00"
        + "".join(r.choice(U + D) for _ in range(12))
        + _d(r, 2, D)
    ),
    "isbn": _isbn,
    "gps": lambda r: "%.5f, %.5f" % (r.uniform(35, 58), r.uniform(-9, 18)),
    "iso_week": lambda r: "2025-W%02d" % r.randrange(1, 53),
    "iso_ts": lambda r: (
        "2025-%02d-%02dT%02d:%02d:00%s"
        % (
            r.randrange(1, 13),
            r.randrange(1, 29),
            r.randrange(8, 22),
            r.choice([0, 15, 30, 45]),
            r.choice(["Z", "+01:00", "+02:00"]),
        )
    ),
    "pitch_slot": lambda r: "%d:%02d–%d:%02d" % (18, r.randrange(0, 50), 19, r.randrange(0, 50)),
    "floor_area": lambda r: "%d m²" % r.randrange(18, 900),
    "room_label": lambda r: "%d.%02d" % (r.randrange(0, 6), r.randrange(1, 40)),
    "booking_ref": lambda r: "BK/%d/%s%s%s" % (r.choice([24, 25]), r.choice(U), r.choice(U), _d(r, 4)),
    "parking_permit": lambda r: "P-%s-%s" % (_d(r, 4, "0"), _d(r, 2)),
    "print_quota": lambda r: "{:,}".format(r.randrange(2, 40) * 250),
    "arr": lambda r: "%s%d.%dM" % (r.choice("$€£"), r.randrange(1, 9), r.randrange(10)),
    "runway": lambda r: "%d" % r.randrange(9, 30),
    "cohort": lambda r: "%s%02d" % (r.choice(["W", "S", "F"]), r.randrange(23, 26)),
    "po_box": lambda r: _d(r, 4),
    "parcel": lambda r: "1Z" + "".join(r.choice(U + D) for _ in range(6)) + _d(r, 10, D),
    "fob_id": lambda r: "00" + _d(r, 8, D),
    "isin": lambda r: (
        r.choice(["DE", "NL", "FR", "US"]) + "000" + "".join(r.choice(U + D) for _ in range(6)) + _d(r, 1)
    ),
    "nace": lambda r: "%d.%d%d" % (r.choice([62, 63, 70, 73, 82]), r.randrange(10), r.randrange(10)),
    "jury_score": lambda r: "%d.%d/10" % (r.randrange(5, 10), r.randrange(10)),
    "postcode_nl": lambda r: (
        "%s %s%s" % (_d(r, 4), r.choice("ABCDEFGHJKLMNPRSTVWXZ"), r.choice("ABCDEFGHJKLMNPRSTVWXZ"))
    ),
    "hex_colour": lambda r: "#" + "".join(r.choice("0123456789ABCDEF") for _ in range(6)),
    "slide_no": lambda r: "%d/%d" % (r.randrange(2, 14), r.randrange(14, 24)),
    "seat_cap": lambda r: str(r.randrange(20, 260)),
    "git_sha": lambda r: "".join(r.choice("0123456789abcdef") for _ in range(10)),
    "cap_usd": lambda r: "$%d,000,000" % r.randrange(4, 25),
}

KINDS = sorted(GEN)
assert set(KINDS) == set(L)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN = re.compile(r"\d(?:[ \-.]?\d){12,18}")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
IP4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IP6 = re.compile(r"\b[0-9A-Fa-f:]*:[0-9A-Fa-f:]+\b")
SSN = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def guard_hits(text):
    """Things a careful reader would take for PII in text: e-mails, Luhn runs, IBANs, IPs, SSN shapes."""
    hits = [m.group() for m in EMAIL.finditer(text)]
    for m in RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            hits.append(m.group())
    for m in IBANISH.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append(m.group())
    for m in IP4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(m.group())
        except ValueError:
            pass
    for m in IP6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append(m.group())
            except ValueError:
                pass
    hits += [m.group() for m in SSN.finditer(text)]
    return hits


def phone_hits(text, regions):
    out = []
    for r in regions:
        try:
            num = pn.parse(text, r)
            if pn.is_valid_number(num):
                out.append(text)
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            out.append(m.raw_string)
    return out


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draw clean values of a kind; count redraws; a kind dirty 200 times in a row gives a dash."""

    def __init__(self, rng):
        self.rng, self.redraws, self.replaced, self.used = rng, 0, 0, set()

    def value(self, kind, regions):
        for _ in range(200):
            v = GEN[kind](self.rng)
            if not dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return "-"

    def phrase(self, kind, lang, regions):
        self.used.add(kind)
        return L[kind][lang].format(v=self.value(kind, regions))
