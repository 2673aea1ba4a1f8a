"""Hard negatives of banking and insurance paperwork (none in v52's list) and the screens they pass."""

import ipaddress
import re
import string

import phonenumbers as pn
from stdnum import iban as stdiban

D = string.digits
U = "ABCDEFGHJKLMNPRSTUVWXYZ"


def ds(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def up(rng, n):
    return "".join(rng.choice(U) for _ in range(n))


STATES = ["MH", "KA", "TN", "DL", "UP", "GJ"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
COMMA_DEC = {"de", "fr", "es", "it", "nl", "pt"}


def money(rng, lang, lo, hi, cents=True):
    v = rng.randint(lo, hi)
    c = rng.randint(0, 99)
    sep_t, sep_d = (".", ",") if lang in COMMA_DEC else (",", ".")
    if lang == "fr":
        sep_t = "\u202f"
    whole = f"{v:,}".replace(",", sep_t)
    return f"{whole}{sep_d}{c:02d}" if cents else whole


def pct(rng, lang, lo, hi):
    v = f"{rng.uniform(lo, hi):.1f}"
    return (v.replace(".", ",") + " %") if lang in COMMA_DEC else v + "%"


def sortcode(rng, lang):
    return f"{rng.randint(1, 99):02d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"


def policy(rng, lang):
    return rng.choice(
        [
            f"{up(rng, 2)}{ds(rng, 7)}/{rng.randint(1, 9):02d}",
            f"POL-{ds(rng, 4)}-{up(rng, 3)}",
            f"{up(rng, 3)} {ds(rng, 3)} {ds(rng, 3)} {up(rng, 1)}",
        ]
    )


def claimref(rng, lang):
    return rng.choice(
        [
            f"CLM-{rng.randint(2023, 2025)}-{ds(rng, 6, D)}",
            f"SCH/{rng.randint(23, 25)}/{ds(rng, 5)}-{up(rng, 1)}",
            f"{up(rng, 2)}{rng.randint(23, 25)}{up(rng, 1)}{ds(rng, 5)}",
        ]
    )


def bic(rng, lang):
    cc = rng.choice(["DE", "NL", "FR", "ES", "IT", "PT", "GB", "BR", "IN", "US", "BE", "AT", "CH"])
    return (
        up(rng, 4)
        + cc
        + rng.choice(["2L", "MM", "XX", "22", "3N", "PP"])
        + rng.choice(["", "XXX", "" + ds(rng, 3)])
    )


def aba(rng, lang):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            w = d + [c]
            if (3 * (w[0] + w[3] + w[6]) + 7 * (w[1] + w[4] + w[7]) + (w[2] + w[5] + w[8])) % 10 == 0:
                return "".join(map(str, w))


def cheque(rng, lang):
    return rng.choice([f"{rng.randint(0, 999999):06d}", f"№ {rng.randint(100000, 999999)}"])


def rollno(rng, lang):
    return rng.choice([f"{up(rng, 1)}/{ds(rng, 4)}/{ds(rng, 3)}", f"{ds(rng, 4)}{up(rng, 2)}-{ds(rng, 2)}"])


def loan(rng, lang):
    return money(rng, lang, 3000, 95000, cents=rng.random() < 0.5)


def apr(rng, lang):
    return pct(rng, lang, 2.9, 24.9)


def regplate(rng, lang):
    return rng.choice(
        {
            "en": [
                f"{up(rng, 2)}{rng.randint(10, 74)} {up(rng, 3)}",
                f"{rng.randint(1, 9)}{up(rng, 3)}{rng.randint(100, 999)}",
            ],
            "de": [
                f"{up(rng, 2)}-{up(rng, 2)} {rng.randint(1, 9999)}",
                f"{up(rng, 1)}-{up(rng, 1)} {rng.randint(10, 999)}E",
            ],
            "nl": [
                f"{up(rng, 2)}-{rng.randint(100, 999)}-{up(rng, 1)}",
                f"{rng.randint(1, 99)}-{up(rng, 3)}-{rng.randint(1, 9)}",
            ],
            "fr": [f"{up(rng, 2)}-{rng.randint(100, 999)}-{up(rng, 2)}"],
            "es": [
                f"{rng.randint(1000, 9999)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
            ],
            "it": [f"{up(rng, 2)} {rng.randint(100, 999)} {up(rng, 2)}"],
            "pt": [
                f"{up(rng, 3)}{rng.randint(1, 9)}{up(rng, 1)}{rng.randint(10, 99)}",
                f"{up(rng, 2)}-{rng.randint(10, 99)}-{up(rng, 2)}",
            ],
            "hi": [f"{rng.choice(STATES)} {rng.randint(1, 48):02d} {up(rng, 2)} {rng.randint(1000, 9999)}"],
        }[lang]
    )


def vin(rng, lang):
    a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["WVW", "WBA", "VF1", "ZFA", "1HG", "SAL", "MA3", "9BW"]) + "".join(
        rng.choice(a) for _ in range(14)
    )


def lossdate(rng, lang):
    d, m, h, mi = (
        rng.randint(1, 28),
        rng.randint(1, 12),
        rng.randint(0, 23),
        rng.choice([0, 10, 15, 20, 30, 40, 45, 50]),
    )
    if lang == "en":
        return f"{d} {MONTHS[m - 1]} 2025 at {h:02d}:{mi:02d}"
    return (
        f"{d:02d}.{m:02d}.2025, {h:02d}:{mi:02d}"
        if lang in ("de", "nl")
        else f"{d:02d}/{m:02d}/2025 {h:02d}h{mi:02d}"
    )


def ncd(rng, lang):
    y = rng.randint(1, 15)
    return {
        "en": f"{y} years",
        "de": f"SF {y}",
        "nl": f"trede {y}",
        "fr": f"{rng.choice([50, 60, 68, 76])} %",
    }.get(lang, f"{y}")


def frn(rng, lang):
    return str(rng.randint(100000, 999999))


def maskacct(rng, lang):
    return rng.choice(
        [f"****{ds(rng, 4, D)}", f"xxxx xxxx {ds(rng, 4, D)}", f"•••• {ds(rng, 4, D)}", f"…{ds(rng, 3, D)}"]
    )


def maskcard(rng, lang):
    return rng.choice(
        [
            f"**** **** **** {ds(rng, 4, D)}",
            f"{rng.choice('45')}{ds(rng, 3, D)} **** **** {ds(rng, 4, D)}",
            f"XXXX-XXXX-XXXX-{ds(rng, 4, D)}",
        ]
    )


def expiry(rng, lang):
    return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"


def atmid(rng, lang):
    vendor = rng.choice(["NCR", "DBL", "WN"])
    return f"{vendor}-{rng.choice(['GB', 'DE', 'NL', 'BR', 'IN', 'US'])}-{ds(rng, 5, D)}"


def creditscore(rng, lang):
    return rng.choice(
        [
            f"{rng.randint(420, 999)}/999",
            f"{rng.randint(300, 850)} (FICO)",
            f"{rng.randint(40, 99)},{rng.randint(0, 99):02d} %",
        ]
    )


def fxrate(rng, lang):
    a, b = rng.sample(["EUR", "GBP", "USD", "BRL", "INR", "CHF"], 2)
    v = f"{rng.uniform(0.1, 95):.4f}"
    return f"1 {a} = {v.replace('.', ',') if lang in COMMA_DEC else v} {b}"


def member(rng, lang):
    return rng.choice(
        [f"{ds(rng, 5)}-S{rng.randint(1, 9):02d}", f"M{ds(rng, 6)}", f"{ds(rng, 4)}/{rng.randint(1, 9)}"]
    )


def dmpref(rng, lang):
    return rng.choice(
        [f"DMP/{rng.randint(23, 25)}/{ds(rng, 5, D)}", f"IVA-{up(rng, 2)}-{ds(rng, 4)}", f"DRO {ds(rng, 5)}"]
    )


def instalments(rng, lang):
    n = rng.choice([6, 12, 18, 24, 36, 48, 60])
    return f"{n} x {money(rng, lang, 15, 900)}"


def adjfile(rng, lang):
    return rng.choice([f"LA-{up(rng, 3)}-{ds(rng, 4)}{up(rng, 1)}", f"{up(rng, 3)}/{ds(rng, 4)}/LA"])


def area(rng, lang):
    v = f"{rng.uniform(35, 240):.1f}"
    return (v.replace(".", ",") if lang in COMMA_DEC else v) + " m²"


def visitwindow(rng, lang):
    h = rng.randint(8, 15)
    return f"{h:02d}:{rng.choice(['00', '30'])}–{h + rng.randint(2, 4):02d}:{rng.choice(['00', '30'])}"


def authcode(rng, lang):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))


def isin(rng, lang):
    cc = rng.choice(["US", "DE", "NL", "GB", "FR", "IE", "LU"])
    body = cc + "".join(rng.choice(D + "ABCDEFGHJK") for _ in range(9))
    digits = "".join(str(int(ch, 36)) for ch in body)
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return body + str((10 - tot % 10) % 10)


def lei(rng, lang):
    body = ds(rng, 4) + "00" + "".join(rng.choice(D + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12))
    n = int("".join(str(int(ch, 36)) for ch in body) + "00")
    return body + f"{98 - n % 97:02d}"


def taxyear(rng, lang):
    y = rng.randint(2019, 2025)
    return f"{y}/{(y + 1) % 100:02d}"


def mileage(rng, lang):
    v = rng.randint(3000, 190000)
    if lang == "en":
        return f"{v:,} miles"
    return f"{v:,}".replace(",", "." if lang != "fr" else "\u202f") + " km"


def blz(rng, lang):
    return f"{rng.randint(100, 899)} {ds(rng, 3, D)} {ds(rng, 2, D)}"


def mandate(rng, lang):
    return f"{rng.choice(['MNDT', 'SEPA', 'MR'])}-{rng.randint(2019, 2025)}{ds(rng, 13, D)}-{up(rng, 2)}"


def creditorid(rng, lang):
    return f"{rng.choice(['DE', 'NL', 'FR', 'IT'])}{rng.randint(10, 99)}ZZZ{ds(rng, 8, D)}"


def moisture(rng, lang):
    return f"{rng.randint(12, 38)}–{rng.randint(39, 65)} % WME"


def openhours(rng, lang):
    a, b = rng.choice([("9", "16:30"), ("9:30", "17"), ("8:30", "15:45"), ("10", "14")])
    return f"{a}–{b}"


def safebox(rng, lang):
    return f"{up(rng, 1)}-{rng.randint(1, 9)}{rng.randint(10, 99)}"


def premium(rng, lang):
    return money(rng, lang, 9, 180)


def valuation(rng, lang):
    return money(rng, lang, 95000, 980000, cents=False)


KINDS = {
    f.__name__: f
    for f in [
        sortcode,
        policy,
        claimref,
        bic,
        aba,
        cheque,
        rollno,
        loan,
        apr,
        regplate,
        vin,
        lossdate,
        ncd,
        frn,
        maskacct,
        maskcard,
        expiry,
        atmid,
        creditscore,
        fxrate,
        member,
        dmpref,
        instalments,
        adjfile,
        area,
        visitwindow,
        authcode,
        isin,
        lei,
        taxyear,
        mileage,
        blz,
        mandate,
        creditorid,
        moisture,
        openhours,
        safebox,
        premium,
        valuation,
    ]
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d(?:[ -]?\d){12,18}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
V6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (2 if i % 2 else 1)
        tot += v - 9 if v > 9 else v
    return tot % 10 == 0


def guard_hits(text):
    hits = [m.group() for m in EMAIL_RE.finditer(text)]
    for m in RUN_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            hits.append(m.group())
    for m in IBAN_RE.finditer(text):
        if stdiban.is_valid(m.group().replace(" ", "")):
            hits.append(m.group())
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(m.group())
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append(m.group())
            except ValueError:
                pass
    hits += [m.group() for m in SSN_RE.finditer(text)]
    return hits


def phone_hits(text, regions):
    out = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            out.append((r, m.raw_string))
    return out


def dirty(value, regions):
    for r in regions:
        try:
            if pn.is_valid_number(pn.parse(value, r)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws hard-negative values until one passes the screens (200 tries, else a dash)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def __call__(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
