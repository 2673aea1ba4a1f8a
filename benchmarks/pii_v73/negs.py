"""Hard negatives of senior life (identifiers, readings, amounts) and the screens they must pass."""

import ipaddress
import re
import string

import phonenumbers as pn

D = string.digits
U = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _nhs(rng, lang):
    while True:
        b = _d(rng, 9, "4679")
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = b + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def _bsn(rng, lang):
    while True:
        b = _d(rng, 8, "123456789")
        r = sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
        if r < 10:
            s = b + str(r)
            return "%s.%s.%s" % (s[:4], s[4:6], s[6:])


def _cpf(rng, lang):
    b = [int(x) for x in _d(rng, 9, "123456789")]
    for n in (10, 11):
        r = sum(v * (n - i) for i, v in enumerate(b)) * 10 % 11
        b.append(0 if r == 10 else r)
    s = "".join(map(str, b))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def _dni(rng, lang):
    n = int(_d(rng, 8, "1234567"))
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def _cf(rng, lang):
    L = "BCDFGLMNPRSTVZ"
    return (
        "".join(rng.choice(L) for _ in range(6))
        + "%02d" % rng.randint(30, 49)
        + rng.choice("ABCDEHLMPRST")
        + "%02d" % rng.randint(1, 28)
        + rng.choice("FGHL")
        + _d(rng, 3)
        + rng.choice(U)
    )


def _dob(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 1958)
    if lang == "en_US":
        return "%d/%d/%d" % (m, d, y)
    return ("%02d.%02d.%d" if lang in ("de", "nl") else "%02d/%02d/%d") % (d, m, y)


def _money(rng, lang, lo, hi):
    v = rng.randint(lo * 100, hi * 100) / 100
    s = "{:,.2f}".format(v)
    if lang in ("en", "hi"):
        return s
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def _dec(rng, lang, lo, hi, nd=1):
    s = "%.*f" % (nd, rng.uniform(lo, hi))
    return s if lang in ("en", "hi") else s.replace(".", ",")


BP_WORD = {"de": "zu", "nl": "over", "en": "over", "it": "su"}

GEN = {
    "nhs_number": _nhs,
    "ni_number": lambda r, lg: (
        "%s%s %s %s %s %s"
        % (
            r.choice("ABCEHJKLMNPRSTWXYZ"),
            r.choice("ABCEHJKLMNPRSTWXYZ"),
            _d(r, 2),
            _d(r, 2),
            _d(r, 2),
            r.choice("ABCD"),
        )
    ),
    "medicare_mbi": lambda r, lg: (
        "%s%s%s%s-%s%s%s-%s%s%s%s"
        % (
            r.choice("123456789"),
            r.choice(U),
            r.choice(U + D),
            r.choice(D),
            r.choice(U),
            r.choice(U + D),
            r.choice(D),
            r.choice(U),
            r.choice(U),
            r.choice(D),
            r.choice(D),
        )
    ),
    "rv_nummer": lambda r, lg: (
        "%s %02d%02d%02d %s %s"
        % (
            _d(r, 2, "1234"),
            r.randint(1, 28),
            r.randint(1, 12),
            r.randint(31, 58),
            r.choice(U),
            _d(r, 3, "0"),
        )
    ),
    "nir": lambda r, lg: (
        "%s %d %02d %s %s %s %s"
        % (
            r.choice("12"),
            r.randint(31, 58),
            r.randint(1, 12),
            _d(r, 2, "0123456789"),
            _d(r, 3),
            _d(r, 3),
            _d(r, 2),
        )
    ),
    "bsn": _bsn,
    "cpf": _cpf,
    "aadhaar_masked": lambda r, lg: "XXXX XXXX " + _d(r, 4),
    "dni": _dni,
    "codice_fiscale": _cf,
    "blood_pressure": lambda r, lg: (
        "%d/%d" % (r.randint(12, 17), r.randint(7, 9))
        if lg == "fr"
        else "%d %s %d mmHg" % (r.randint(118, 168), BP_WORD.get(lg, "/"), r.randint(68, 98))
        if lg in BP_WORD
        else "%d/%d mmHg" % (r.randint(118, 168), r.randint(68, 98))
    ),
    "glucose": lambda r, lg: _dec(r, lg, 5.2, 9.8) + " mmol/l",
    "audiogram": lambda r, lg: "/".join(str(r.choice(range(20, 75, 5))) for _ in range(4)) + " dB HL",
    "battery_size": lambda r, lg: (
        "%s (%s)" % (r.choice(["312", "13", "10", "675"]), r.choice(["60", "30", "6×10"]))
    ),
    "dosage": lambda r, lg: (
        "%d mg %s"
        % (r.choice([5, 10, 20, 40, 100, 500, 850]), r.choice(["1-0-1", "1-1-1", "0-0-1", "½-0-½"]))
    ),
    "menu_code": lambda r, lg: (
        "%d%s / %s%d" % (r.randint(1, 28), r.choice("ABC"), r.choice(["D", "LS", "GF"]), r.randint(1, 6))
    ),
    "delivery_window": lambda r, lg: (
        "%d, %d:%02d–%d:%02d"
        % (r.randint(2, 19), r.randint(10, 11), r.choice([0, 15, 30, 45]), 12, r.choice([0, 15, 30]))
    ),
    "flat_block": lambda r, lg: (
        "%d%s / %d / %d" % (r.randint(1, 48), r.choice("ABCD"), r.randint(1, 4), r.randint(0, 5))
    ),
    "pension_amount": lambda r, lg: _money(r, lg, 640, 2900),
    "tax_code": lambda r, lg: r.choice(
        ["%dL" % r.randint(1000, 1257), "K%d" % r.randint(100, 900), "%dT" % r.randint(900, 1257)]
    ),
    "sort_code": lambda r, lg: "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)),
    "birth_date": _dob,
    "contribution_years": lambda r, lg: (
        "%d Jahre ab %d" % (r.randint(35, 47), r.randint(1960, 1975))
        if lg == "de"
        else "%d–%d" % (r.randint(1960, 1975), r.randint(2008, 2022))
    ),
    "bingo_calls": lambda r, lg: ", ".join(str(x) for x in sorted(r.sample(range(1, 91), 6))),
    "bridge_score": lambda r, lg: (
        "NS %d / EW %d"
        % (r.choice([420, 620, 1430, 980, 650, 1100]), r.choice([110, 140, 170, 200, 300, 500]))
    ),
    "raffle_range": lambda r, lg: (lambda a: "%04d–%04d" % (a, a + r.choice([24, 49, 99])))(
        r.randint(100, 2900)
    ),
    "key_safe": lambda r, lg: _d(r, 4, "123456789"),
    "postcode": lambda r, lg: r.choice(
        [
            "%05d-%04d" % (r.randint(10000, 99999), r.randint(0, 9999)),
            "%05d-%03d" % (r.randint(10000, 99999), r.randint(0, 999)),
            "%d %s%s" % (r.randint(1000, 9999), r.choice(U), r.choice(U)),
        ]
    ),
    "room_temp": lambda r, lg: _dec(r, lg, 19, 24) + " °C",
    "pulse_spo2": lambda r, lg: "%d / %d %%" % (r.randint(56, 96), r.randint(91, 99)),
    "pzn": lambda r, lg: "PZN " + _d(r, 8, "01"),
    "hymn_numbers": lambda r, lg: ", ".join(str(x) for x in r.sample(range(1, 700), 3)),
    "grid_ref": lambda r, lg: (
        "%s %03d %03d" % (r.choice(["SK", "SE", "NY", "SU", "ST"]), r.randint(0, 999), r.randint(0, 999))
    ),
    "annuity_rate": lambda r, lg: _dec(r, lg, 4.2, 7.9, 2) + " %",
    "bus_pass": lambda r, lg: "%s %s %s" % (_d(r, 4, "6"), _d(r, 4), _d(r, 4)),
    "council_tax_ref": lambda r, lg: _d(r, 8, "4"),
    "walk_stats": lambda r, lg: "%s km, %d m" % (_dec(r, lg, 4, 14), r.randint(80, 640)),
    "scheme_ref": lambda r, lg: "S%s%s" % (_d(r, 7, "2"), r.choice("ABCDEFGH")),
    "weight_bmi": lambda r, lg: "%s kg / %s" % (_dec(r, lg, 52, 96), _dec(r, lg, 19, 33)),
    "opening_hours": lambda r, lg: (
        "%d.%02d–%d.%02d" % (r.choice([8, 9]), r.choice([0, 30]), r.choice([12, 15, 16]), r.choice([0, 30]))
    ),
    "meal_price": lambda r, lg: _money(r, lg, 4, 12),
    "hearing_aid_programme": lambda r, lg: "P%d, %+d dB" % (r.randint(1, 4), r.choice([-6, -3, 3, 6])),
}
KINDS = sorted(GEN)

# ---- guards (what a labelled kind looks like); a hard negative must trip none of them
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN = re.compile(r"\d[\d \-]{11,}\d")
IBANISH = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")


def luhn(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch) * (2 if i % 2 else 1)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def mod97(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def guard_hits(text):
    hits = []
    if EMAIL.search(text):
        hits.append("email")
    if SSN.search(text):
        hits.append("ssn")
    for m in RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for a in range(len(d)):
            for b in range(a + 13, min(len(d), a + 19) + 1):
                if luhn(d[a:b]):
                    hits.append("card")
                    break
    for m in IBANISH.finditer(text):
        if mod97(m.group()):
            hits.append("iban")
    for m in IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    return hits


def phone_hits(text, regions):
    out = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            out.append((reg, m.raw_string))
        try:
            if pn.is_valid_number(pn.parse(text, reg)):
                out.append((reg, text))
        except pn.NumberParseException:
            pass
    return out


def dirty(text, regions):
    return bool(guard_hits(text)) or bool(phone_hits(text, regions))
