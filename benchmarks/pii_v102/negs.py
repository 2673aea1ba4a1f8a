"""Hard negatives of this set (consular and immigration paperwork) and the screens they pass."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as stdiban

D = "0123456789"
U = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n):
    return "".join(rng.choice(D) for _ in range(n))


def _u(rng, n):
    return "".join(rng.choice(U) for _ in range(n))


def _date(rng, sep="."):
    return f"{rng.randint(1, 28):02d}{sep}{rng.randint(1, 12):02d}{sep}{rng.randint(2024, 2027)}"


def _mrz_check(s):
    w = (7, 3, 1)
    val = {c: i for i, c in enumerate(D)} | {c: 10 + i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    val["<"] = 0
    return str(sum(val[c] * w[i % 3] for i, c in enumerate(s)) % 10)


def _mrz2(rng):
    doc = _u(rng, 1) + _d(rng, 8)
    dob = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    exp = f"{rng.randint(27, 35):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    nat = rng.choice(["GBR", "D<<", "FRA", "NLD", "IND", "BRA", "ESP", "ITA"])
    return (
        doc
        + _mrz_check(doc)
        + nat
        + dob
        + _mrz_check(dob)
        + rng.choice("MF")
        + exp
        + _mrz_check(exp)
        + "<" * 14
        + rng.choice(D)
        + rng.choice(D)
    )


def _validity(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
    return f"{d:02d}/{m:02d}/{y} – {d - 1 if d > 1 else 28:02d}/{m:02d}/{y + rng.choice([1, 5, 10])}"


def _slot(rng):
    h, m = rng.randint(8, 15), rng.choice([0, 15, 30, 45])
    e = m + rng.choice([10, 15, 20, 25])
    return f"{h:02d}:{m:02d}–{h + e // 60:02d}:{e % 60:02d}"


KINDS = {
    "passport_no": lambda r: r.choice([_u(r, 1) + _d(r, 8), _d(r, 9), _u(r, 2) + _d(r, 7)]),
    "gwf_ref": lambda r: "GWF" + _d(r, 9),
    "vac_booking": lambda r: f"{r.choice(['VFS', 'BLS', 'TLS'])}/{_u(r, 3)}/{_d(r, 4)}/{_d(r, 6)}",
    "ds160": lambda r: "AA00" + _u(r, 2) + _d(r, 4),
    "uscis_receipt": lambda r: r.choice(["IOE", "EAC", "WAC", "LIN", "MSC"]) + _d(r, 10),
    "a_number": lambda r: f"A{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
    "visa_sticker": lambda r: r.choice(["D", "C", "V"]) + _d(r, 8),
    "apostille_no": lambda r: f"{_d(r, 4)}/{r.randint(2024, 2026)}",
    "fee_amount": lambda r: f"EUR {r.randint(35, 180)},{r.choice(['00', '50'])}",
    "birth_date": lambda r: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1950, 2005)}",
    "validity": lambda r: _validity(r),
    "mrz_line": _mrz2,
    "brp_no": lambda r: r.choice(["ZU", "RU", "ZT"]) + _d(r, 7),
    "nie_no": lambda r: r.choice("XYZ") + _d(r, 7) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"),
    "oci_no": lambda r: "A" + _d(r, 7),
    "case_file": lambda r: f"{_d(r, 3)}-{_d(r, 2)} {_u(r, 3)} {r.randint(2024, 2026)}/{_d(r, 3)}",
    "queue_ticket": lambda r: f"{r.choice('ABCDEK')}{_d(r, 3)}",
    "time_slot": _slot,
    "form_no": lambda r: r.choice(["I-130", "I-864", "I-485", "N-400", "DS-82", "VAF1A", "Form AN", "OCI-1"]),
    "courier_awb": lambda r: _d(r, 4) + " " + _d(r, 4) + " " + _d(r, 2),
    "postcode_de": lambda r: (
        f"{r.choice(['10', '11', '53', '60'])}{_d(r, 3)} {r.choice(['Berlin', 'Bonn', 'Frankfurt'])}"
    ),
    "postcode_nl": lambda r: f"{r.randint(2490, 2599)} {_u(r, 2)} Den Haag",
    "postcode_br": lambda r: f"{r.choice(['01', '04', '05'])}{_d(r, 3)}-{_d(r, 3)} São Paulo",
    "postcode_fr": lambda r: f"750{r.randint(1, 20):02d} Paris",
    "postcode_uk": lambda r: f"London SW1{r.choice('AEHPWXY')} {r.randint(1, 9)}{_u(r, 2)}",
    "cert_no": lambda r: f"NC-{_d(r, 6)}/{r.randint(24, 26)}",
    "seat_row": lambda r: f"{r.randint(1, 30)}/{r.randint(1, 40)}",
    "transfer_ref": lambda r: f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}",
    "opening_hours": lambda r: (
        f"{r.randint(7, 10)}:{r.choice(['00', '30'])}–{r.randint(12, 16)}:{r.choice(['00', '30'])}"
    ),
    "working_days": lambda r: f"{r.randint(5, 90)}",
    "photo_size": lambda r: r.choice(["35 x 45 mm", "51 x 51 mm", "2 x 2 in", "35×45 mm", "600 x 600 px"]),
    "notary_reg": lambda r: f"UR-Nr. {r.randint(100, 2999)}/{r.randint(2024, 2026)}",
    "eat_card": lambda r: _u(r, 1) + _d(r, 2) + _u(r, 1) + _d(r, 5),
    "subclass": lambda r: str(r.choice([482, 500, 189, 190, 600, 820, 309, 101, 143, 186])),
    "policy_no": lambda r: f"{_u(r, 2)}-{_d(r, 3)}-{_d(r, 5)}",
    "flight": lambda r: (
        f"{r.choice(['LH', 'BA', 'AF', 'KL', 'AI', 'LA', 'IB', 'AZ', 'TP'])} {r.randint(10, 9999)}"
    ),
    "exchange_rate": lambda r: f"1 EUR = {r.randint(85, 95)},{_d(r, 2)} INR",
    "law_ref": lambda r: r.choice(
        [
            f"§ {r.randint(3, 40)} Abs. {r.randint(1, 5)} StAG",
            f"section {r.randint(1, 12)}({r.randint(1, 4)}) BNA 1981",
            f"art. {r.randint(2, 30)} RWN",
            f"8 U.S.C. § {r.randint(1101, 1503)}",
        ]
    ),
    "waitlist_pos": lambda r: f"{r.randint(12, 4800)}",
    "sevis_id": lambda r: "N" + _d(r, 10),
    "barcode_digits": lambda r: f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
    "legal_stamp": lambda r: f"L-{_d(r, 2)}/{_d(r, 5)}",
    "blank_pages": lambda r: str(r.randint(2, 4)),
    "embassy_pobox": lambda r: f"{r.choice(['PO Box', 'Postfach', 'Caixa Postal'])} {_d(r, 4)}",
}

# variants chosen by the document's home region or language (build.Builder.neg_kind)
KINDS.update(
    {
        "fee_amount.US": lambda r: f"US$ {r.randint(160, 535)}",
        "fee_amount.GB": lambda r: f"£{r.randint(100, 1600)}.{_d(r, 2)}",
        "fee_amount.IE": lambda r: f"€{r.randint(35, 180)}.00",
        "fee_amount.AU": lambda r: f"AUD {r.randint(145, 490)}",
        "fee_amount.IN": lambda r: f"₹ {r.randint(1, 9)},{_d(r, 3)}",
        "fee_amount.BR": lambda r: f"R$ {r.randint(200, 900)},{_d(r, 2)}",
        "fee_amount.CH": lambda r: f"CHF {r.randint(40, 180)}.–",
        "fee_amount.hi": lambda r: f"₹ {r.randint(1, 9)},{_d(r, 3)}",
        "law_ref.de": lambda r: f"§ {r.randint(3, 40)} Abs. {r.randint(1, 5)} StAG",
        "law_ref.GB": lambda r: f"section {r.randint(1, 12)}({r.randint(1, 4)}) BNA 1981",
        "law_ref.IE": lambda r: f"section {r.randint(14, 19)} of the 1956 Act",
        "law_ref.AU": lambda r: f"section {r.randint(19, 21)} of the Australian Citizenship Act 2007",
        "law_ref.US": lambda r: f"8 U.S.C. § {r.randint(1101, 1503)}",
        "law_ref.IN": lambda r: f"section {r.randint(5, 6)}(1) of the Citizenship Act, 1955",
        "law_ref.nl": lambda r: f"art. {r.randint(2, 30)} RWN",
        "law_ref.it": lambda r: f"art. {r.randint(5, 9)} L. 91/1992",
        "law_ref.fr": lambda r: f"article 21-{r.randint(2, 28)} du Code civil",
        "embassy_pobox.en": lambda r: f"PO Box {_d(r, 4)}",
        "embassy_pobox.de": lambda r: f"Postfach {_d(r, 4)}",
        "embassy_pobox.pt": lambda r: f"Caixa Postal {_d(r, 4)}",
        "embassy_pobox.fr": lambda r: f"BP {_d(r, 3)}",
        "embassy_pobox.nl": lambda r: f"Postbus {_d(r, 4)}",
    }
)

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d(?:[ \-]?\d){12,18}")
IBAN_START = re.compile(r"(?<![A-Za-z])[A-Za-z]{2}\d{2}")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")


def luhn(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def guard_hits(text):
    """Shapes of the other kinds that a text would carry: e-mail, card, IBAN, SSN, IP."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d)):
            for j in range(i + 13, min(len(d), i + 19) + 1):
                if luhn(d[i:j]):
                    hits.append("luhn")
                    break
    for m in IBAN_START.finditer(text):
        tail = re.sub(r"[^A-Z0-9]", "", text[m.start() : m.start() + 50].upper())
        if any(stdiban.is_valid(tail[:n]) for n in range(12, min(len(tail), 34) + 1)):
            hits.append("iban")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ip4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group().strip(":") if m.group().count(":") > 1 else "x")
            hits.append("ip6")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    """Phone numbers a text would carry for any of REGIONS: each whole value parsed, and the matcher."""
    hits = []
    for reg in regions:
        try:
            num = pn.parse(text, reg)
            if pn.is_valid_number(num):
                hits.append(("parse", reg))
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((m.raw_string, reg))
    return hits


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draw clean values of a kind; counts redraws; after 200 dirty draws gives a dash."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0

    def value(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
