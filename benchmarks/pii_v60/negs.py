"""Hard negatives of v60 (university and research numbers that are not PII) and the screens."""

import ipaddress
import re

import phonenumbers
from stdnum import iban as std_iban

from . import numbers as nb


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _orcid(rng):
    base = "000" + str(rng.randrange(0, 2)) + _d(rng, 11)
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    s = base + ("X" if r == 10 else str(r))
    return "-".join(s[i : i + 4] for i in range(0, 16, 4))


def _isbn(rng):
    body = "978" + str(rng.randrange(0, 10)) + _d(rng, 8)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
    s = body + str(c)
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def _issn(rng):
    body = _d(rng, 7)
    r = (11 - sum(int(x) * (8 - i) for i, x in enumerate(body)) % 11) % 11
    s = body + ("X" if r == 10 else str(r))
    return s[:4] + "-" + s[4:]


def _cas(rng):
    body = str(rng.randrange(50, 99999)) + _d(rng, 2)
    c = sum(int(x) * (i + 1) for i, x in enumerate(reversed(body))) % 10
    return f"{body[:-2]}-{body[-2:]}-{c}"


KINDS = {
    "orcid": _orcid,
    "doi": lambda r: (
        "10.1016/j.%s.%d.%02d.%03d"
        % (
            r.choice(["cell", "jhevol", "geoderma", "neuron"]),
            r.randrange(2015, 2025),
            r.randrange(1, 13),
            r.randrange(1, 999),
        )
    ),
    "isbn": _isbn,
    "issn": _issn,
    "cas": _cas,
    "arxiv": lambda r: (
        "%02d%02d.%05dv%d"
        % (r.randrange(18, 25), r.randrange(1, 13), r.randrange(10**4, 10**5), r.randrange(1, 4))
    ),
    "pmid": lambda r: "PMID %d" % r.randrange(30000000, 39999999),
    "grant_ref": lambda r: (
        "%s/%s%06d/%d"
        % (r.choice(["EP", "NE", "BB", "MR"]), r.choice("TVWXY"), r.randrange(10**6), r.randrange(1, 3))
    ),
    "call_id": lambda r: (
        "HORIZON-%s-%d-%s-%02d"
        % (
            r.choice(["CL5", "CL6", "MSCA", "WIDERA"]),
            r.randrange(2023, 2026),
            r.choice(["D3", "DN", "PF", "ACCESS"]),
            r.randrange(1, 12),
        )
    ),
    "student_id": lambda r: "s%d" % r.randrange(1000000, 9999999),
    "matric": lambda r: "%d" % r.randrange(2000000, 2999999),
    "room": lambda r: "%d.%03d" % (r.randrange(0, 6), r.randrange(1, 260)),
    "course": lambda r: (
        "%s%d" % (r.choice(["CHEM", "BIOL", "PHYS", "MATH", "GEOG", "INF"]), r.randrange(1000, 4999))
    ),
    "pages": lambda r: (lambda a: "%d–%d" % (a, a + r.randrange(6, 30)))(r.randrange(100, 4800)),
    "vol_issue": lambda r: "%d(%d)" % (r.randrange(12, 140), r.randrange(1, 13)),
    "gps": lambda r: "%.4f° N, %.4f° E" % (r.uniform(36, 60), r.uniform(-8, 25)),
    "elevation": lambda r: "%d m" % r.randrange(120, 3400),
    "sample_id": lambda r: (
        "%s-%d-%04d" % (r.choice(["ZP", "SOIL", "WB", "LK"]), r.randrange(2021, 2026), r.randrange(1, 9999))
    ),
    "accession": lambda r: (
        "%s%06d.%d" % (r.choice(["MN", "OQ", "MT", "KY"]), r.randrange(10**6), r.randrange(1, 4))
    ),
    "concentration": lambda r: "%.2f mol/L" % r.uniform(0.01, 3),
    "rcf": lambda r: "%d,%03d × g" % (r.randrange(2, 21), r.choice([0, 500])),
    "wavelength": lambda r: "%d nm" % r.choice([405, 488, 532, 561, 633, 785, 1064]),
    "session": lambda r: (
        "%d%s, %02d:%02d–%02d:%02d"
        % (r.randrange(1, 9), r.choice("ABCD"), *(lambda h: (h, 0, h + 1, 30))(r.randrange(8, 17)))
    ),
    "poster": lambda r: "P-%03d" % r.randrange(1, 400),
    "budget": lambda r: "€%d,%03d.00" % (r.randrange(20, 990), r.randrange(0, 1000, 50)),
    "ects": lambda r: "%s ECTS" % r.choice(["5", "7.5", "10", "15", "30"]),
    "gpa": lambda r: "%.2f/4.00" % r.uniform(2.5, 4.0),
    "call_number": lambda r: (
        "%s%d.%d .%s%d %d"
        % (
            r.choice(["QA", "QH", "QD", "PN", "HB"]),
            r.randrange(1, 999),
            r.randrange(1, 99),
            r.choice("ABKMPS"),
            r.randrange(10, 99),
            r.randrange(1995, 2025),
        )
    ),
    "ethics_ref": lambda r: "REC-%d-%04d" % (r.randrange(2021, 2026), r.randrange(1, 2000)),
    "p_value": lambda r: "p = 0.%04d, n = %d" % (r.randrange(1, 499), r.randrange(20, 2000)),
    "cost_centre": lambda r: "%d-%03d" % (r.randrange(1000, 9999), r.randrange(1, 999)),
    "purchase_order": lambda r: "PO %s%05d" % (r.choice(["LAB", "FS", "GR"]), r.randrange(10**5)),
    "bird_ring": lambda r: "%s %d" % (r.choice(["ZA", "NLA", "DEW", "GBT"]), r.randrange(10000, 99999)),
    "plot": lambda r: "T%d-%02d" % (r.randrange(1, 9), r.randrange(1, 40)),
    "freezer": lambda r: "−%d °C" % r.choice([20, 80, 150, 196]),
    "deadline": lambda r: (
        "%d-%02d-%02d %02d:00"
        % (r.randrange(2025, 2027), r.randrange(1, 13), r.randrange(1, 29), r.choice([12, 17, 23]))
    ),
    "fee": lambda r: "€%d" % r.choice([95, 180, 240, 395, 450, 620]),
    "pressure": lambda r: "%d.%d hPa" % (r.randrange(960, 1040), r.randrange(10)),
    "timeslot": lambda r: "%02d:%02d–%02d:%02d" % (*(lambda h: (h, 15, h + 1, 45))(r.randrange(8, 18)),),
    "paper_no": lambda r: "#%d" % r.randrange(100, 4000),
    "zenodo": lambda r: "zenodo.%d" % r.randrange(10**7, 2 * 10**7),
    "locker": lambda r: "%d-%d-%d" % (r.randrange(40), r.randrange(40), r.randrange(40)),
    "keycard": lambda r: "%s %s %s" % (_d(r, 4), _d(r, 4), _d(r, 2)),
    "headcount": lambda r: "%d/%d" % (r.randrange(10, 60), r.randrange(60, 120)),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d[\d \-]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f:]{2,}(?::[0-9A-Fa-f]{0,4}){2,}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        for i in range(len(d)):
            for n in range(13, 20):
                if i + n <= len(d) and nb.luhn_ok(d[i : i + n]):
                    hits.append("luhn")
                    break
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for rx in (V4_RE, V6_RE):
        for m in rx.finditer(text):
            try:
                ipaddress.ip_address(m.group())
                hits.append("ip")
            except ValueError:
                pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    out = []
    for region in regions:
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            out.append((region, m.raw_string))
    return out


def value_dirty(value, regions):
    for region in regions:
        if re.search(r"[^\W\d_]", value):
            break
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws hard negatives of a kind, redrawing dirty values (up to 200 times, then a dash)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = []

    def draw(self, kind, regions):
        self.used.add(kind)
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not value_dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append((kind, tuple(regions)))
        return "-"
