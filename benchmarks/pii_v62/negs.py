"""Hard negatives from health and care paperwork (49 kinds, none in v52's list) and their screens."""

import ipaddress
import re
import string

import phonenumbers as pn

COMMA = {"de", "fr", "es", "it", "nl", "pt"}
UP = string.ascii_uppercase
HEX = "0123456789ABCDEF"
MBI = "ACDEFGHJKMNPQRTUVWXY"


def _d(rng, k, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


def _dec(lang, s):
    return s.replace(".", ",") if lang in COMMA else s


def _luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(digits):
    return len(digits) > 1 and _luhn_digit(digits[:-1]) == digits[-1]


def nhs(rng, lang):
    while True:
        body = _d(rng, 9, "4679")
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = body + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def pzn(rng, lang):
    while True:
        body = _d(rng, 7)
        c = sum(int(x) * (i + 1) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(c)


def npi(rng, lang):
    body = _d(rng, 9, "12")
    return body + _luhn_digit("80840" + body)


def bsn(rng, lang):
    while True:
        s = _d(rng, 9, "123456")
        if sum(int(x) * w for x, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True)) % 11 == 0:
            return "%s.%s.%s" % (s[:4], s[4:6], s[6:])


def cpf(rng, lang):
    b = [int(x) for x in _d(rng, 9, "123456789")]
    for n in (10, 11):
        r = sum(v * (n - i) for i, v in enumerate(b)) * 10 % 11
        b.append(0 if r == 10 else r)
    s = "".join(map(str, b))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def ahv(rng, lang):
    s = "756" + _d(rng, 9)
    c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(s)) % 10) % 10
    s += str(c)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


def nir(rng, lang):
    s = rng.choice("12") + "%02d%02d%02d" % (rng.randint(40, 99), rng.randint(1, 12), rng.randint(1, 95))
    s += _d(rng, 3) + _d(rng, 3)
    key = 97 - int(s) % 97
    return "%s %s %s %s %s %s %02d" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:], key)


def nss(rng, lang):
    prov = "%02d" % rng.randint(1, 52)
    num = _d(rng, 8)
    return "%s/%s/%02d" % (prov, num, int(prov + num) % 97)


def cf(rng, lang):
    letters = "".join(rng.choice(UP) for _ in range(6))
    return "%s%02d%s%02d%s%03d%s" % (
        letters,
        rng.randint(40, 99),
        rng.choice("ABCDEHLMPRST"),
        rng.randint(1, 71),
        rng.choice("ABCDEFGHLM"),
        rng.randint(1, 999),
        rng.choice(UP),
    )


def _date(rng, lang, y0, y1):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)
    if lang == "en_US":
        return "%02d/%02d/%d" % (m, d, y)
    sep = "." if lang in ("de", "nl") else ("-" if lang == "hi" else "/")
    return "%02d%s%02d%s%d" % (d, sep, m, sep, y)


KINDS = {
    "nhs": nhs,  # NHS numbers, 3-3-4, mod 11
    "eps": lambda r, lang: "-".join("".join(r.choice(HEX) for _ in range(6)) for _ in range(3)),
    "dose": lambda r, lang: "%d mg" % r.choice([5, 10, 20, 40, 75, 100, 250, 400, 500, 850, 1000]),
    "bp": lambda r, lang: "%d/%d" % (r.randint(104, 168), r.randint(58, 99)),
    "pulse": lambda r, lang: "%d bpm" % r.randint(48, 118),
    "gluc": lambda r, lang: _dec(lang, "%.1f mmol/l" % r.uniform(4.0, 13.5)),
    "temp": lambda r, lang: _dec(lang, "%.1f °C" % r.uniform(35.8, 39.4)),
    "spo2": lambda r, lang: "%d %%" % r.randint(88, 99),
    "wt": lambda r, lang: _dec(lang, "%.1f kg" % r.uniform(41, 118)),
    "lensrx": lambda r, lang: _dec(
        lang, "SPH %+.2f CYL -%.2f AX %d" % (r.randint(-32, 16) / 4, r.randint(1, 10) / 4, r.randint(1, 180))
    ),
    "pd": lambda r, lang: _dec(lang, "%.1f/%.1f mm" % (r.randint(56, 70) / 2, r.randint(56, 70) / 2)),
    "va": lambda r, lang: r.choice(["6/6", "6/9", "6/12", "6/18", "6/24", "6/36"]),
    "iop": lambda r, lang: "%d/%d mmHg" % (r.randint(11, 24), r.randint(11, 24)),
    "cl": lambda r, lang: _dec(
        lang,
        "BC %.1f / DIA %.1f" % (r.choice([8.3, 8.4, 8.5, 8.6, 8.7, 8.8]), r.choice([13.8, 14.0, 14.2, 14.5])),
    ),
    "teeth": lambda r, lang: ", ".join(str(r.randint(1, 4) * 10 + r.randint(1, 8)) for _ in range(3)),
    "cdt": lambda r, lang: "D%d" % r.randint(1100, 9999),
    "appt": lambda r, lang: (
        "%s %02d:%02d" % (_date(r, lang, 2025, 2026), r.randint(8, 17), r.choice([0, 10, 20, 30, 40, 50]))
    ),
    "dob": lambda r, lang: _date(r, lang, 1928, 1962),
    "room": lambda r, lang: "%d%02d" % (r.randint(1, 3), r.randint(1, 40)),
    "lot": lambda r, lang: "".join(r.choice(UP) for _ in range(2)) + _d(r, r.choice([4, 5])),
    "pzn": pzn,
    "ndc": lambda r, lang: "%s-%s-%s" % (_d(r, 5), _d(r, 4), _d(r, 2)),
    "icd": lambda r, lang: "%s%02d.%d" % (r.choice("EFGIJKLMNR"), r.randint(0, 99), r.randint(0, 9)),
    "gmc": lambda r, lang: _d(r, 7, "3456789"),
    "npi": npi,
    "member": lambda r, lang: "".join(r.choice(UP) for _ in range(3)) + _d(r, 9),
    "kvnr": lambda r, lang: r.choice(UP) + _d(r, 9),
    "hba1c": lambda r, lang: "%d mmol/mol" % r.randint(36, 88),
    "bsn": bsn,
    "cpf": cpf,
    "cns": lambda r, lang: "%s %s %s %s" % (_d(r, 3, "78"), _d(r, 4), _d(r, 4), _d(r, 4)),
    "nir": nir,
    "cf": cf,
    "nss": nss,
    "abha": lambda r, lang: "%s-%s-%s-%s" % (_d(r, 2, "1234"), _d(r, 4), _d(r, 4), _d(r, 4)),
    "pain": lambda r, lang: "%d/10" % r.randint(2, 9),
    "reps": lambda r, lang: "%d × %d" % (r.randint(2, 4), r.choice([8, 10, 12, 15, 20])),
    "rom": lambda r, lang: "%d°" % r.choice(range(35, 150, 5)),
    "keysafe": lambda r, lang: _d(r, 4, "123456789"),
    "fluid": lambda r, lang: "%d ml" % r.choice(range(700, 2600, 50)),
    "inr": lambda r, lang: _dec(lang, "%.1f" % r.uniform(1.8, 3.6)),
    "snomed": lambda r, lang: _d(r, r.choice([8, 9]), "123456789"),
    "gtin": lambda r, lang: (
        "(01)0%s(17)%02d%02d%02d(10)%s"
        % (_d(r, 13, "3456789"), r.randint(26, 30), r.randint(1, 12), r.randint(1, 28), _d(r, 5))
    ),
    "cqc": lambda r, lang: "1-%s" % _d(r, r.choice([9, 10]), "1"),
    "mbi": lambda r, lang: (
        "%d%s%d%d-%s%d%d-%s%02d"
        % (
            r.randint(1, 9),
            r.choice(MBI),
            r.randint(0, 9),
            r.randint(0, 9),
            r.choice(MBI),
            r.randint(0, 9),
            r.randint(0, 9),
            "".join(r.choice(MBI) for _ in range(2)),
            r.randint(0, 99),
        )
    ),
    "rpps": lambda r, lang: "10" + _d(r, 9),
    "aic": lambda r, lang: "0" + _d(r, 8, "234"),
    "big": lambda r, lang: _d(r, 11, "1234567"),
    "crm": lambda r, lang: _d(r, r.choice([5, 6]), "123456789"),
}

HOME = {
    "en": ["GB", "US"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}

_RUN = re.compile(r"\d[\d \-]{11,}\d")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
_V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_V6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]+")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
_MAIL = re.compile(r"\S@\S")


def guard_hits(text):
    hits = []
    if _MAIL.search(text):
        hits.append("email")
    for m in _RUN.finditer(text):
        digits = re.sub(r"[ \-]", "", m.group())
        for i in range(len(digits)):
            for j in range(i + 13, min(len(digits), i + 19) + 1):
                if luhn_ok(digits[i:j]):
                    hits.append("luhn")
    for m in _IBAN.finditer(text):
        s = m.group().replace(" ", "")
        num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
        if int(num) % 97 == 1:
            hits.append("iban")
    for m in _V4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in _V6.finditer(text):
        tok = m.group().strip(":") if m.group().count(":") < 2 else m.group()
        try:
            ipaddress.IPv6Address(tok)
            hits.append("ipv6")
        except ValueError:
            pass
    if _SSN.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        try:
            n = pn.parse(text, r)
            if pn.is_valid_number(n):
                hits.append(("parse", r))
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append((m.raw_string, r))
    return hits


def dirty(value, regions):
    return bool(guard_hits(value) or phone_hits(value, regions))


class Drawer:
    """Draws screened hard-negative values; counts redraws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = {}

    def value(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                self.used[kind] = self.used.get(kind, 0) + 1
                return v
            self.redraws += 1
        self.replaced += 1
        return "-"
