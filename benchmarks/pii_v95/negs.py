"""Hard negatives of legal work (v95): digit-heavy strings that are not PII, and the screens they pass."""

import ipaddress
import re
import string

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

D = string.digits
U = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _u(rng, n):
    return "".join(rng.choice(U) for _ in range(n))


KINDS = {
    # court and case references
    "uk_claim_no": lambda r: f"{r.choice('ABCDEFGHJK')}{_d(r, 2, D)}{_u(r, 2)}{_d(r, 3, D)}",
    "us_docket": lambda r: (
        f"{r.randint(1, 9)}:{r.randint(19, 25)}-{r.choice(['cv', 'cr', 'bk'])}-{_d(r, 5, D)}"
    ),
    "de_aktenzeichen": lambda r: (
        f"{r.randint(1, 40)} {r.choice(['O', 'C', 'U', 'F', 'Ca'])} {r.randint(10, 2999)}/{r.randint(19, 25)}"
    ),
    "fr_rg_number": lambda r: f"{r.randint(19, 25)}/{_d(r, 5, D)}",
    "it_rg_number": lambda r: f"{r.randint(100, 39999)}/{r.randint(2019, 2025)}",
    "nl_zaaknummer": lambda r: (
        f"C/{r.randint(10, 19)}/{_d(r, 6)} / HA ZA {r.randint(19, 25)}-{r.randint(100, 999)}"
    ),
    "br_cnj_process": lambda r: (
        f"{_d(r, 7, D)}-{_d(r, 2, D)}.{r.randint(2015, 2025)}.8.{r.randint(10, 27)}.{_d(r, 4, D)}"
    ),
    "in_case_no": lambda r: f"W.P.(C) No. {r.randint(100, 19999)}/{r.randint(2015, 2025)}",
    "ecli": lambda r: (
        f"ECLI:{r.choice(['NL:HR', 'DE:BGH', 'FR:CCASS', 'IT:CASS', 'ES:TS'])}:"
        f"{r.randint(2015, 2025)}:{r.randint(100, 9999)}"
    ),
    "law_report_cite": lambda r: (
        f"[{r.randint(1990, 2024)}] {r.choice(['UKSC', 'EWCA Civ', 'EWHC', 'UKHL'])} {r.randint(1, 3999)}"
    ),
    "us_reporter_cite": lambda r: f"{r.randint(100, 599)} U.S. {r.randint(1, 999)} ({r.randint(1960, 2023)})",
    "statute_section": lambda r: (
        f"§ {r.randint(1, 2385)} Abs. {r.randint(1, 5)} {r.choice(['BGB', 'ZPO', 'StGB', 'HGB'])}"
    ),
    "arb_case_no": lambda r: (
        f"{r.choice(['ICC Case No.', 'LCIA Arbitration No.', 'SCC V', 'DIS-SV'])} "
        f"{_d(r, 5)}{r.choice(['/XZG', '/HBH', '', '/GR'])}"
    ),
    # registers and professional numbers
    "land_title_no": lambda r: f"{r.choice(['MX', 'NGL', 'WYK', 'LA', 'SY', 'DN'])}{_d(r, 6)}",
    "uprn": lambda r: _d(r, 12, "1"),
    "company_reg_no": lambda r: f"{r.choice(['0', '1', 'SC', 'NI'])}{_d(r, 7 if r.random() < 0.5 else 6, D)}",
    "sra_id": lambda r: _d(r, 6),
    "bar_enrolment": lambda r: (
        f"{r.choice(['MAH', 'D', 'KAR', 'TN'])}/{r.randint(100, 9999)}/{r.randint(1995, 2022)}"
    ),
    "oab_number": lambda r: (
        f"OAB/{r.choice(['SP', 'RJ', 'PR', 'PE', 'RS'])} {r.randint(10, 499)}.{_d(r, 3, D)}"
    ),
    "notary_roll": lambda r: f"{r.randint(100, 2999)}/{r.randint(2019, 2025)}",
    "flurstueck": lambda r: (
        f"Flurstück {r.randint(1, 999)}/{r.randint(1, 99)}, Blatt {r.randint(100, 29999)}"
    ),
    "dx_address": lambda r: (
        f"DX {_d(r, r.choice([5, 6]))} {r.choice(['Leeds', 'Sheffield', 'Norwich', 'York', 'Exeter'])}"
    ),
    "matter_no": lambda r: f"{_d(r, 6, D)}-{_d(r, 4, D)}",
    "client_ref": lambda r: f"{_u(r, 2)}/{_u(r, 3)}/{r.randint(1000, 9999)}/{r.randint(19, 25)}",
    "crime_ref": lambda r: (
        f"{r.choice(['CRN', 'CRIS', 'URN'])} {_d(r, 2, D)}{_u(r, 2)}{_d(r, 7, D)}/{r.randint(19, 25)}"
    ),
    "custody_record": lambda r: f"{r.randint(1, 99):02d}/{_d(r, 5, D)}/{r.randint(19, 25)}",
    "legal_aid_cert": lambda r: f"{r.randint(1, 9)}{_u(r, 2)}{_d(r, 3, D)}{_u(r, 1)}-{r.randint(1, 99):02d}",
    # bundles, dates, times, money
    "bundle_pages": lambda r: (lambda a: f"pp. {a}–{a + r.randint(3, 90)}")(r.randint(10, 900)),
    "paragraph_range": lambda r: (lambda a: f"paras {a}–{a + r.randint(2, 30)}")(r.randint(1, 120)),
    "exhibit_ref": lambda r: f"{_u(r, 2)}-{r.randint(1, 40)}",
    "hearing_slot": lambda r: (
        f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2025, 2026)}, "
        f"{r.choice(['09', '10', '11', '14'])}:{r.choice(['00', '15', '30', '45'])}"
    ),
    "fee_amount": lambda r: f"{r.randint(1, 98)},{_d(r, 3, D)}.{r.choice(['00', '50', '40'])}",
    "hours_recorded": lambda r: f"{r.randint(1, 60)}.{r.randint(1, 9)} h",
    "interest_rate": lambda r: f"{r.randint(2, 9)}.{r.randint(0, 99):02d} % p.a.",
    "isbn13": lambda r: f"978-{r.randint(0, 3)}-{_d(r, 3)}-{_d(r, 5, D)}-{r.randint(0, 9)}",
    "apostille_no": lambda r: f"{r.choice(['A', 'AP', 'No.'])}{_d(r, 7, D)}",
    "sort_code_acct": lambda r: f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
    "court_form": lambda r: r.choice(["N244", "N1", "D8", "C100", "TR1", "AP1", "N260", "ET1", "ET3", "OS1"]),
    "epc_number": lambda r: "-".join(_d(r, 4, D) for _ in range(5)),
    "courtroom": lambda r: f"{r.randint(1, 40)}{r.choice(['', 'A', 'B'])}",
    "limitation_years": lambda r: f"{r.choice([2, 3, 6, 12, 15, 30])}",
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)|(?<!\d)\d{9}(?!\d)")
RUN_RE = re.compile(r"\d[\d -]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def iban_ok(text):
    s = text.replace(" ", "")
    if len(s) < 15:
        return False
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def ssn_shape_ok(text):
    d = re.sub(r"\D", "", text)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def guard_hits(text):
    """Shapes of the other kinds: anything listed here would make a hard negative unfair."""
    hits = []
    hits += ["email:" + m.group() for m in EMAIL_RE.finditer(text)]
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4:" + m.group())
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6:" + m.group())
        except ValueError:
            pass
    hits += ["ssn:" + m.group() for m in SSN_RE.finditer(text) if ssn_shape_ok(m.group())]
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append("luhn:" + m.group())
    hits += ["iban:" + m.group() for m in IBAN_RE.finditer(text) if iban_ok(m.group())]
    return hits


def phone_hits(text, regions):
    out = []
    for reg in regions:
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            out.append(f"{reg}:{m.raw_string}")
        try:
            num = phonenumbers.parse(text, reg)
            if phonenumbers.is_valid_number(num):
                out.append(f"{reg}:whole:{text}")
        except phonenumbers.NumberParseException:
            pass
    return out


def dirty(value, regions):
    return bool(guard_hits(value) or phone_hits(value, regions))


class Drawer:
    """Draws clean values of a kind; counts redraws and kinds that ran dry."""

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
