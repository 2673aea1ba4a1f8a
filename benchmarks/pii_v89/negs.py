"""Hard negatives for v89: 34 kinds from language schools, translation and interpreting, none in v52's
list; each value is screened on its own and again inside its document (screen, guard_hits)."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _isbn(rng):
    core = "978" + rng.choice(["3", "0", "2", "84", "88", "90", "85"])
    pub = _d(rng, rng.choice([2, 3, 4]))
    item = _d(rng, 12 - len(core) - len(pub))
    s = core + pub + item
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s)) % 10) % 10
    return f"{core[:3]}-{core[3:]}-{pub}-{item}-{chk}"


def _nhs(rng):
    while True:
        s = _d(rng, 9)
        r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(s)) % 11
        r = 0 if r == 11 else r
        if r != 10:
            s += str(r)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _letters(rng, n, pool="CFGHJKLMNPRTVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


def _date(rng, sep="."):
    return f"{rng.randint(1, 28):02d}{sep}{rng.randint(1, 12):02d}{sep}{rng.randint(1958, 2006)}"


def _srt(rng):
    h, m, s, ms = 0, rng.randint(0, 59), rng.randint(0, 55), rng.randint(0, 999)
    e = ms + rng.randint(900, 3900)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d} --> {h:02d}:{m:02d}:{s + e // 1000:02d},{e % 1000:03d}"


KINDS = {
    "isbn": _isbn,
    "words": lambda r: f"{r.randint(1, 48)},{_d(r, 3)}",
    "jobref": lambda r: f"Q{r.randint(24, 26)}{_letters(r, 1)}{_d(r, 4)}",
    "docket": lambda r: (
        f"{r.randint(1, 4)}:{r.randint(23, 25)}-{r.choice(['cr', 'cv'])}-{_d(r, 5)}-{_letters(r, 3)}"
    ),
    "aktenzeichen": lambda r: (
        f"{r.randint(1, 40)} {r.choice(['Ds', 'Ls', 'KLs'])} {r.randint(100, 999)} Js "
        f"{r.randint(1000, 99999)}/{r.randint(23, 25)}"
    ),
    "mrn": lambda r: f"{_d(r, 2)}-{_d(r, 6)}",
    "nhs": _nhs,
    "dob": lambda r: _date(r, r.choice(["/", "."])),
    "room": lambda r: f"{r.choice('ABCDE')}{r.randint(0, 4)}.{r.randint(1, 45):02d}",
    "course": lambda r: (
        f"{r.choice(['ESP', 'GER', 'FRA', 'ITA', 'ENG', 'POR', 'NED'])}-{r.randint(101, 499)}-"
        f"{r.randint(1, 12):02d}"
    ),
    "student": lambda r: f"M{r.randint(19, 26)}/{_d(r, 4)}",
    "passport": lambda r: f"{_letters(r, 1)}{_d(r, 2)}{_letters(r, 1)}{_d(r, 2)}{_letters(r, 1)}{_d(r, 2)}",
    "apostille": lambda r: f"{_d(r, 4)}/{r.randint(23, 26)}",
    "swornreg": lambda r: f"{r.randint(3100, 3199)} E - {r.randint(1, 60)}/{r.randint(10, 25)}",
    "candidate": lambda r: f"{r.choice(['DE', 'GB', 'ES', 'NL', 'IT'])}{_d(r, 3)}-{_d(r, 4)}",
    "score": lambda r: r.choice(
        [f"{r.randint(60, 120)}/120", f"{r.randint(4, 9)}.{r.choice('05')}", f"{r.randint(52, 100)}/100"]
    ),
    "slot": lambda r: (
        f"{(h := r.randint(8, 18)):02d}:{r.choice(['00', '15', '30', '45'])}–"
        f"{h + r.randint(1, 3):02d}:{r.choice(['00', '15', '30', '45'])}"
    ),
    "term": lambda r: (
        f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2025, 2026)}–"
        f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2026, 2027)}"
    ),
    "srt": _srt,
    "chars": lambda r: f"{r.randint(2, 99)}.{_d(r, 3)}",
    "grant": lambda r: (
        f"{r.randint(2024, 2026)}-1-{r.choice(['DE01', 'FR01', 'ES01', 'NL01', 'IT02'])}-"
        f"{r.choice(['KA121', 'KA131', 'KA171'])}-{r.choice(['HED', 'VET', 'SCH'])}-{_d(r, 9)}"
    ),
    "pic": lambda r: f"9{_d(r, 8)}",
    "oid": lambda r: f"E{_d(r, 8)}",
    "sevis": lambda r: f"N{_d(r, 10)}",
    "jprogram": lambda r: f"P-{r.randint(1, 4)}-{_d(r, 5)}",
    "vat": lambda r: r.choice(["DE", "FR", "NL", "IT", "ES"]) + _d(r, 9),
    "flight": lambda r: f"{r.choice(['LH', 'KL', 'AF', 'IB', 'AZ', 'TP', 'BA'])} {r.randint(100, 9899)}",
    "hostref": lambda r: f"HF-{r.randint(24, 26)}-{_letters(r, 2)}{_d(r, 3)}",
    "tm": lambda r: f"{r.randint(75, 94)}–{r.randint(95, 99)} %",
    "segments": lambda r: f"{r.randint(1, 9)},{_d(r, 3)}",
    "law": lambda r: r.choice(
        [
            f"§ {r.randint(140, 199)} GVG",
            f"Art. 6(3)({r.choice('ae')}) ECHR",
            f"§ {r.randint(180, 191)} StPO",
            f"28 U.S.C. § {r.randint(1820, 1828)}",
        ]
    ),
    "ucas": lambda r: f"{r.choice('01')}{_d(r, 2)}-{_d(r, 3)}-{_d(r, 4)}",
    "amount": lambda r: f"{r.randint(1, 9)}.{_d(r, 3)},{_d(r, 2)}",
    "pages": lambda r: f"pp. {(a := r.randint(12, 240))}–{a + r.randint(3, 14)}",
}

E_RE = re.compile(r"\S+@\S+\.\w+")
RUN_RE = re.compile(r"\d(?:[\d \-]*\d)?")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)")


def luhn(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def guard_hits(text):
    hits = []
    if E_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"[ \-]", "", m.group())
        if 13 <= len(digits) <= 19 and luhn(digits):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            return f"{reg}:{m.raw_string}"
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                return f"{reg}:whole"
        except pn.NumberParseException:
            pass
    return None


def dirty(text, regions):
    return bool(guard_hits(text)) or phone_hits(text, regions) is not None


class Drawer:
    """Draws a clean value of a kind; counts redraws; gives a dash after 200 dirty draws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, regions):
        self.used.add(kind)
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
