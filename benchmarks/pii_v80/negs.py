"""Hard negatives for the v80 set (book-trade numbers) and the screens every value passes."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

THOUSANDS = {"en": ",", "hi": ",", "de": ".", "es": ".", "it": ".", "nl": ".", "pt": ".", "fr": "\u202f"}


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _num(rng, lo, hi, lang):
    return f"{rng.randrange(lo, hi):,}".replace(",", THOUSANDS[lang])


def _isbn13(rng):
    body = rng.choice(["978", "979"]) + _d(rng, 9)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    s = body + str(chk)
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def _isbn10(rng):
    body = _d(rng, 9)
    chk = (11 - sum((10 - i) * int(c) for i, c in enumerate(body)) % 11) % 11
    c = "X" if chk == 10 else str(chk)
    return f"{body[0]}-{body[1:4]}-{body[4:9]}-{c}"


def _mod11_2(digits):
    total = 0
    for c in digits:
        total = (total + int(c)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


def _isni(rng):
    body = "0000000" + _d(rng, 8)
    s = body + _mod11_2(body)
    return " ".join(s[i : i + 4] for i in range(0, 16, 4))


def _orcid(rng):
    body = "0000000" + str(rng.randrange(1, 4)) + _d(rng, 7)
    s = body + _mod11_2(body)
    return "-".join(s[i : i + 4] for i in range(0, 16, 4))


def _ean13(rng):
    body = "978" + _d(rng, 9)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(chk)


def _issn(rng):
    body = _d(rng, 7)
    r = (11 - sum((8 - i) * int(c) for i, c in enumerate(body)) % 11) % 11
    return f"{body[:4]}-{body[4:]}{'X' if r == 10 else r}"


KINDS = {
    "quote_no": lambda r, lang: f"Q{r.randrange(23, 27)}/{_d(r, 4)}",
    "print_run": lambda r, lang: (
        _num(r, 3, 120, lang) + (" 000" if lang == "fr" else "00") + (" copies" if lang == "en" else " ex.")
    ),
    "paper_weight": lambda r, lang: f"{r.choice([80, 90, 100, 115, 130, 150, 170, 250, 300, 350])} g/m²",
    "trim_size": lambda r, lang: r.choice(
        [
            "156 × 234 mm",
            "135 × 216 mm",
            "210 × 297 mm",
            "129 x 198 mm",
            "6 × 9 in",
            "5.5 x 8.5 in",
            "148 × 210 mm",
        ]
    ),
    "pantone": lambda r, lang: f"PMS {r.randrange(100, 7600)} {r.choice('CU')}",
    "cmyk": lambda r, lang: " ".join(f"{c}{r.randrange(0, 101)}" for c in "CMYK"),
    "dpi": lambda r, lang: r.choice(["300 dpi", "350 ppi", "2400 × 1200 dpi", "600 dpi", "1200 dpi"]),
    "signatures": lambda r, lang: f"{r.randrange(8, 40)} × {r.choice([8, 16, 32])} pp.",
    "spine": lambda r, lang: (
        f"{r.randrange(4, 60)}{THOUSANDS[lang] == '.' and ',' or '.'}{r.randrange(10)} mm"
    ),
    "job_ticket": lambda r, lang: f"JT {_d(r, 2)}-{_d(r, 4)}",
    "page_range": lambda r, lang: (lambda a: f"{a}–{a + r.randrange(3, 40)}")(r.randrange(5, 600)),
    "ink_coverage": lambda r, lang: f"{r.randrange(260, 340)} %",
    "tracking": lambda r, lang: (
        f"1Z {_d(r, 3)} {r.choice(['AA', 'E4', 'X9'])}{_d(r, 1)} {_d(r, 2)} {_d(r, 4)} {_d(r, 3)} {_d(r, 1)}"
    ),
    "isbn13": lambda r, lang: _isbn13(r),
    "isbn10": lambda r, lang: _isbn10(r),
    "word_count": lambda r, lang: (
        _num(r, 40, 190, lang) + {"en": ",000 words", "hi": ",000 शब्द"}.get(lang, THOUSANDS[lang] + "000 W.")
    ),
    "royalty": lambda r, lang: f"{r.choice(['7.5', '8', '10', '12.5', '15'])} %",
    "bisac": lambda r, lang: r.choice(["FIC", "BIO", "HIS", "JUV", "POE", "TRV"]) + _d(r, 6),
    "filesize": lambda r, lang: f"{r.randrange(1, 40)}.{r.randrange(10)} MB",
    "pallet_weight": lambda r, lang: f"{r.randrange(2, 9)} × {r.randrange(300, 900)} kg",
    "year_span": lambda r, lang: (lambda a: f"{a}–{(a + r.randrange(2, 9)) % 100:02d}")(
        r.randrange(1780, 1960)
    ),
    "price": lambda r, lang: (
        (r.choice(["£", "$", "€ "]) if lang == "en" else "€ ")
        + f"{r.randrange(8, 60)}"
        + ("." if lang == "en" else ",")
        + r.choice(["99", "50", "00", "95"])
    ),
    "due_date": lambda r, lang: (
        f"{r.randrange(1, 29):02d}/{r.randrange(1, 13):02d}/{r.randrange(2025, 2027)}"
    ),
    "lc_call": lambda r, lang: (
        f"{r.choice(['PR', 'PS', 'PQ', 'QA', 'DA'])}{r.randrange(100, 9000)}."
        f"{r.choice('ABCHMRSW')}{r.randrange(10, 99)} {r.choice('ABHKT')}{r.randrange(10, 99)} "
        f"{r.randrange(1960, 2025)}"
    ),
    "dewey": lambda r, lang: f"{r.randrange(0, 1000):03d}.{_d(r, r.randrange(1, 5))}",
    "library_card": lambda r, lang: f"2 {_d(r, 4)} {_d(r, 5)} {_d(r, 4)}",
    "oclc": lambda r, lang: f"OCLC {_d(r, r.randrange(8, 11))}",
    "vol_issue": lambda r, lang: f"Vol. {r.randrange(1, 90)}, No. {r.randrange(1, 13)}",
    "locker": lambda r, lang: f"L{r.randrange(1, 60)}-{_d(r, 4)}",
    "shelfmark": lambda r, lang: (
        r.choice(["Ms. Add. ", "Cod. Guelf. ", "Hs. ", "Inc. "]) + f"{r.randrange(10, 90000)}"
    ),
    "advance": lambda r, lang: (
        (r.choice(["£", "$"]) if lang == "en" else "€ ") + _num(r, 3, 90, lang) + THOUSANDS[lang] + "000"
    ),
    "san": lambda r, lang: f"{_d(r, 3)}-{_d(r, 4)}",
    "ean13": lambda r, lang: _ean13(r),
    "stand": lambda r, lang: (
        f"Hall {r.randrange(1, 7)}.{r.randrange(0, 2)}, {r.choice('ABCDEFG')}{r.randrange(10, 99)}"
    ),
    "clock": lambda r, lang: f"{r.randrange(17, 21)}:{r.choice(['00', '15', '30', '45'])}",
    "copyright": lambda r, lang: f"TX {r.randrange(1, 9)}-{_d(r, 3)}-{_d(r, 3)}",
    "isni": lambda r, lang: _isni(r),
    "orcid": lambda r, lang: _orcid(r),
    "lot": lambda r, lang: str(r.randrange(1, 900)),
    "accession": lambda r, lang: f"{r.randrange(1950, 2025)}.{_d(r, 3)}.{_d(r, 4)}",
    "issn": lambda r, lang: _issn(r),
    "printer_key": lambda r, lang: " ".join(str(i) for i in range(r.randrange(8, 11), 0, -1)),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def guard_hits(text):
    """Anything shaped like an e-mail, card, IBAN, IP or SSN."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        if 13 <= len(d) <= 19 and d.isdigit() and luhn_ok(d):
            hits.append("card")
    for m in re.finditer(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}", text):
        if std_iban.is_valid(m.group().strip()):
            hits.append("iban")
    for tok in re.findall(r"[0-9A-Fa-f:.]{7,}", text):
        try:
            ipaddress.ip_address(tok.strip(".:"))
            hits.append("ip")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    out = []
    for region in regions:
        for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
            out.append((region, m.raw_string))
        try:
            if pn.is_valid_number(pn.parse(text, region)):
                out.append((region, text))
        except pn.NumberParseException:
            pass
    return out


def dirty(value, regions):
    return bool(guard_hits(value) or phone_hits(value, regions))


class Drawer:
    """Draws clean hard negatives, counting redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def get(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
