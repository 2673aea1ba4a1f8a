"""Hard negatives for v61 (arts and culture): number-like strings that are no PII, screened so that no
value (and no whole document, labelled spans blanked) parses as a valid phone or trips a guard."""

import ipaddress
import re

import phonenumbers

LANG_HOME = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def _isbn13(rng, prefix):
    body = prefix + _d(rng, 12 - len(prefix))
    check = (10 - sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def _isbn(rng):
    s = _isbn13(rng, "978" + rng.choice("0123"))
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def _ismn(rng):
    s = _isbn13(rng, "9790")
    return f"{s[:3]}-{s[3]}-{s[4:7]}-{s[7:12]}-{s[12]}"


def _ean(rng):
    return _isbn13(rng, rng.choice(["400", "590", "871", "789", "890"]))


def _alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def _date(rng):
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2025, 2026])}"


KINDS = {
    "seat": lambda r: f"{r.choice('ABCDEFGHJKLMNP')}{r.randint(1, 38)}",
    "booking_ref": lambda r: f"BX-{_d(r, 4, '123456789')}-{_alnum(r, 4)}",
    "isbn": _isbn,
    "ismn": _ismn,
    "catalogue_work": lambda r: r.choice(
        [
            f"BWV {r.randint(1, 1120)}",
            f"KV {r.randint(1, 626)}",
            f"Op. {r.randint(1, 135)} No. {r.randint(1, 6)}",
            f"D. {r.randint(1, 998)}",
            f"RV {r.randint(1, 800)}",
        ]
    ),
    "running_time": lambda r: f"{r.randint(85, 195)} min",
    "timecode": lambda r: (
        f"{r.randint(0, 2):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}:{r.randint(0, 23):02d}"
    ),
    "aspect_fps": lambda r: (
        f"{r.choice(['1.85:1', '2.39:1', '1.37:1', '1.66:1'])}, {r.choice([24, 25, 48])} fps"
    ),
    "isan": lambda r: "ISAN " + "-".join(_alnum(r, 4) for _ in range(4)) + f"-{_alnum(r, 1)}",
    "isrc": lambda r: (
        f"{r.choice(['DE', 'GB', 'US', 'NL', 'FR'])}-{_alnum(r, 3)}-{r.randint(10, 25)}-{_d(r, 5)}"
    ),
    "ean_barcode": _ean,
    "accession": lambda r: f"{r.randint(1950, 2024)}.{r.randint(1, 220)}.{r.randint(1, 40)}",
    "dimensions": lambda r: f"{r.randint(20, 240)} × {r.randint(20, 240)} cm",
    "edition": lambda r: f"{r.randint(1, 30)}/{r.choice([30, 50, 75, 100])}",
    "lot_estimate": lambda r: f"{r.randint(1, 450)}: {r.randint(2, 40) * 500}–{r.randint(41, 90) * 500}",
    "price": lambda r: f"{r.randint(8, 95)}.{r.choice(['00', '50', '90'])}",
    "capacity": lambda r: f"{r.randint(1, 2)} {r.randint(100, 999)}",
    "pitch": lambda r: f"a' = {r.choice([415, 430, 440, 442, 443])} Hz",
    "metronome": lambda r: f"♩ = {r.randint(48, 168)}",
    "life_dates": lambda r: (lambda y: f"{y}–{y + r.randint(28, 90)}")(r.randint(1650, 1930)),
    "member_no": lambda r: f"M-{_d(r, 6, '123456789')}",
    "voucher": lambda r: f"{_alnum(r, 4)}-{_alnum(r, 4)}-{_alnum(r, 4)}",
    "show_date_time": lambda r: f"{_date(r)}, {r.choice(['14:30', '18:00', '19:30', '20:00', '20:15'])}",
    "room": lambda r: f"{r.randint(0, 4)}.{r.randint(1, 45):03d}",
    "piano_serial": lambda r: f"#{_d(r, 6, '3456')}",
    "kdm_window": lambda r: (
        lambda d: f"2025-{d:02d}-{r.randint(1, 14):02d} 18:00 → 2025-{d:02d}-{r.randint(15, 28):02d} 23:59"
    )(r.randint(1, 12)),
    "visitors": lambda r: f"{r.randint(11, 480)}.{_d(r, 3)}",
    "grant_ref": lambda r: f"KU{r.choice([24, 25])}-{_alnum(r, 3)}{r.randint(10, 99)}",
    "cue": lambda r: f"Q{r.randint(1, 260)}{r.choice(['', '.5', '.2'])}",
    "bars": lambda r: (lambda b: f"{b}–{b + r.randint(8, 60)}")(r.randint(1, 300)),
    "order_no": lambda r: f"#{r.choice('ABCDEFGHKL')}{_d(r, 7, '123456789')}",
    "shelfmark": lambda r: f"Mus.ms. {r.randint(100, 40000)}",
    "ticket_serial": lambda r: f"{_alnum(r, 2)} {_d(r, 4)} {_d(r, 4)}",
    "loan_agreement": lambda r: f"LA-{_alnum(r, 2)}{_d(r, 3)}",
    "insurance_value": lambda r: f"{r.randint(15, 900)} 000",
    "gps": lambda r: f"{r.uniform(35, 59):.4f}, {r.uniform(-9, 20):.4f}",
    "audio_spec": lambda r: f"{r.choice([44.1, 48, 96])} kHz / {r.choice([16, 24, 32])}-bit",
    "print_run": lambda r: f"{r.randint(1, 9)}.{r.choice(['000', '500', '200'])}",
    "opening_hours": lambda r: f"{r.randint(9, 11)}–{r.randint(17, 22)}",
    "wristband": lambda r: f"WB{_d(r, 3)}-{_alnum(r, 3)}",
    "midi_range": lambda r: (
        f"{r.choice(['C2', 'E1', 'A0'])}–{r.choice(['C7', 'G6', 'C8'])} "
        f"({r.randint(21, 36)}–{r.randint(96, 108)})"
    ),
    "score_rehearsal_letter": lambda r: f"{r.choice('ABCDEFGHJK')}+{r.randint(2, 16)}",
    "reel": lambda r: f"{r.randint(1, 7)}/{r.randint(8, 9)}",
}

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6 = re.compile(r"(?<![\w:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![\w:])")


def luhn(s):
    d = [int(c) for c in s][::-1]
    t = sum(d[0::2]) + sum(sum(divmod(2 * x, 10)) for x in d[1::2])
    return t % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    if SSN.search(text):
        hits.append("ssn")
    for m in RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        for n in range(13, 20):
            for i in range(0, len(digits) - n + 1):
                if luhn(digits[i : i + n]):
                    hits.append("luhn")
                    break
    for m in IBAN.finditer(text):
        raw = m.group().replace(" ", "")
        num = "".join(str(int(c, 36)) for c in raw[4:] + raw[:4])
        if int(num) % 97 == 1:
            hits.append("iban")
    for m in V4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    for r in regions:
        try:
            num = phonenumbers.parse(text, r)
            if phonenumbers.is_valid_number(num):
                return True
        except phonenumbers.NumberParseException:
            pass
        for _ in phonenumbers.PhoneNumberMatcher(text, r, leniency=phonenumbers.Leniency.VALID):
            return True
    return False


def dirty(text, regions):
    return bool(guard_hits(text)) or phone_hits(text, regions)


def blank(text, spans):
    out = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            out[i] = " "
    return "".join(out)


def doc_regions(locale, region, lang):
    home = locale.split("_")[1]
    return sorted({home, region, LANG_HOME[lang]})


class Drawer:
    """Draws values of a kind until one is clean for the given regions; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def value(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "-"
