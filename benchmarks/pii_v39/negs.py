"""Hard negatives for v39: numbers that news and public-record text carries, screened against phone "
"matching."""

import ipaddress
import re

import phonenumbers as pn

COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def _thou(n, lang):
    s = "{:,}".format(n)
    if lang == "fr":
        return s.replace(",", "\u202f")
    if lang in COMMA:
        return s.replace(",", ".")
    return s


def _dec(x, nd, lang):
    s = ("{:,.%df}" % nd).format(x)
    if lang == "fr":
        return s.replace(",", "\u202f").replace(".", ",")
    if lang in COMMA:
        return s.replace(",", "_").replace(".", ",").replace("_", ".")
    return s


def _indian(n):
    s = str(n)
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail]) if parts else tail


def g_score(r, lang):
    sep = ":" if lang in ("de", "nl") else "-"
    return "%d%s%d" % (r.randint(0, 5), sep, r.randint(0, 4))


def g_table(r, lang):
    p = r.randint(18, 34)
    w = r.randint(3, p - 4)
    d = r.randint(0, p - w - 1)
    lo = p - w - d
    gf, ga = r.randint(20, 75), r.randint(15, 60)
    sep = ":" if lang in ("de", "nl") else "-"
    return "%d %d %d %d %d%s%d %d" % (p, w, d, lo, gf, sep, ga, 3 * w + d)


def g_pop(r, lang):
    return _thou(r.randint(4_000, 3_900_000), lang)


def g_years(r, lang):
    b = r.randint(1926, 1958)
    return "%d\u2013%d" % (b, r.randint(2022, 2024))


def g_price(r, lang):
    v = r.choice([r.randint(40, 900), r.randint(1_000, 48_000)])
    cur = {"en": "£", "de": "", "fr": "", "es": "", "it": "", "nl": "€ ", "pt": "R$ ", "hi": "₹"}[lang]
    if lang in ("de", "fr", "es", "it"):
        return "%s €" % _thou(v, lang)
    return cur + _thou(v, lang)


def g_case(r, lang):
    y = r.randint(2019, 2024)
    if lang == "de":
        return "%d KLs %d Js %d/%02d" % (
            r.randint(1, 9),
            r.randint(100, 999),
            r.randint(1000, 99999),
            y % 100,
        )
    if lang == "fr":
        return "RG n° %02d/%05d" % (y % 100, r.randint(1, 99999))
    if lang == "es":
        return "%d/%d" % (r.randint(100, 9999), y)
    if lang == "it":
        return "R.G. n. %d/%d" % (r.randint(1000, 99999), y)
    if lang == "nl":
        return "%02d/%06d-%02d" % (r.randint(1, 99), r.randint(100000, 999999), y % 100)
    if lang == "pt":
        return "%07d-%02d.%d.8.%02d.%04d" % (
            r.randint(1, 9999999),
            r.randint(0, 99),
            y,
            r.randint(1, 27),
            r.randint(1, 999),
        )
    if lang == "hi":
        return "%d/%d" % (r.randint(10, 999), y)
    return "%s-%d-%06d" % (r.choice(["CR", "CV", "FAM"]), y, r.randint(1, 999999))


def g_crimeref(r, lang):
    if lang == "en":
        return r.choice(
            [
                "%02d/%06d/%02d" % (r.randint(1, 99), r.randint(1, 999999), r.randint(22, 24)),
                "%d%06d" % (r.randint(22, 24), r.randint(1, 999999)),
            ]
        )
    return "%d/%02d" % (r.randint(10000, 999999), r.randint(22, 24))


def g_date(r, lang):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2023, 2025)
    if lang in ("de", "nl"):
        return "%02d.%02d.%d" % (d, m, y)
    if lang == "hi":
        return "%02d-%02d-%d" % (d, m, y)
    if lang == "en":
        return r.choice(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (d, m, y)])
    return "%02d/%02d/%d" % (d, m, y)


def g_time(r, lang):
    return "%02d%s%02d" % (
        r.randint(6, 22),
        "." if lang == "en" and r.random() < 0.4 else ":",
        r.choice([0, 15, 30, 45]),
    )


def g_attend(r, lang):
    return _thou(r.randint(1_200, 81_000), lang)


def g_racetime(r, lang):
    return "%d:%02d:%02d" % (r.randint(2, 4), r.randint(0, 59), r.randint(0, 59))


def g_temp(r, lang):
    return "%d\u00a0°C" % r.randint(-12, 36)


def g_hpa(r, lang):
    return "%d hPa" % r.randint(985, 1038)


def g_rain(r, lang):
    return "%s mm" % _dec(r.uniform(0.2, 48), 1, lang)


def g_wind(r, lang):
    return "%d km/h" % r.randint(30, 130)


def g_road(r, lang):
    if lang == "en":
        return r.choice(
            [
                "M%d J%d" % (r.choice([1, 5, 6, 25, 62]), r.randint(2, 30)),
                "I-%d exit %d" % (r.choice([25, 70, 80, 90]), r.randint(10, 400)),
            ]
        )
    return "A%d km %s" % (r.randint(1, 99), _dec(r.uniform(1, 480), 1, lang))


def g_flight(r, lang):
    return "%s %d" % (r.choice(["LH", "BA", "AF", "IB", "AZ", "KL", "TP", "AI", "UA"]), r.randint(100, 9999))


def g_train(r, lang):
    if lang == "hi":
        return str(r.randint(12001, 22999))
    return "%s %d" % (r.choice(["ICE", "IC", "EC", "TGV", "AVE", "Intercity"]), r.randint(100, 9999))


def g_lotto(r, lang):
    return " ".join(str(x) for x in sorted(r.sample(range(1, 50), 6)))


def g_votes(r, lang):
    a, b = r.randint(8_000, 60_000), r.randint(8_000, 60_000)
    return "%s / %s" % (_thou(a, lang), _thou(b, lang))


def g_budget(r, lang):
    return _dec(r.uniform(1.2, 480), 1, lang)


def g_index(r, lang):
    return _dec(r.uniform(3000, 19000), 2, lang)


def _isbn(r):
    body = "978" + "".join(r.choice("0123456789") for _ in range(9))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def g_isbn(r, lang):
    b = _isbn(r)
    return "%s-%s-%s-%s-%s" % (b[:3], b[3], b[4:8], b[8:12], b[12])


def g_company(r, lang):
    if lang == "de":
        return "HRB %d" % r.randint(1000, 250000)
    if lang == "fr":
        d = "".join(r.choice("0123456789") for _ in range(9))
        return "%s %s %s" % (d[:3], d[3:6], d[6:])
    if lang == "nl":
        return "%08d" % r.randint(10000000, 99999999)
    if lang == "pt":
        return "%02d.%03d.%03d/0001-%02d" % (
            r.randint(10, 99),
            r.randint(0, 999),
            r.randint(0, 999),
            r.randint(0, 99),
        )
    if lang == "hi":
        return "U%05dMH%dPTC%06d" % (r.randint(10000, 99999), r.randint(1980, 2020), r.randint(1, 999999))
    return "%08d" % r.randint(1000000, 15000000)


def g_founded(r, lang):
    return str(r.randint(1848, 1998))


def g_minute(r, lang):
    m = r.randint(2, 90)
    return "%d'" % m if r.random() < 0.7 else "90+%d'" % r.randint(1, 6)


def g_fee(r, lang):
    return _dec(r.uniform(0.5, 60), 1, lang)


def g_elev(r, lang):
    return _thou(r.randint(2, 2400), lang)


def g_area(r, lang):
    return "%s km²" % _dec(r.uniform(8, 900), 2, lang)


def g_mileage(r, lang):
    return _thou(r.randint(18, 240) * 1000 + r.choice([0, 500]), lang)


def g_engine(r, lang):
    return str(r.choice([998, 1197, 1395, 1598, 1968, 2179, 2993]))


def g_boxno(r, lang):
    return "%s %d" % (r.choice(["ZA", "BX", "K"]), r.randint(1000, 99999))


def g_jobref(r, lang):
    return "%s/%d/%04d" % (r.choice(["JR", "AZ", "VAC", "RH"]), r.randint(2023, 2025), r.randint(1, 9999))


def g_tide(r, lang):
    return "%02d:%02d (%s m)" % (r.randint(0, 23), r.randint(0, 59), _dec(r.uniform(0.4, 6.8), 1, lang))


def g_freq(r, lang):
    return "%s MHz" % _dec(r.choice(range(876, 1080)) / 10, 1, lang)


def g_route(r, lang):
    return str(r.randint(1, 399))


def g_bill(r, lang):
    if lang == "de":
        return "Drucksache %d/%d" % (r.randint(18, 20), r.randint(100, 14999))
    if lang == "en":
        return r.choice(["HB %d" % r.randint(100, 4999), "SB %d" % r.randint(10, 999)])
    return "%d/%d" % (r.randint(100, 9999), r.randint(2022, 2025))


def g_fx(r, lang):
    return _dec(r.uniform(0.8, 1.6), 4, lang)


def g_capacity(r, lang):
    return _thou(r.randint(3_500, 99_000), lang)


def g_turnout(r, lang):
    return "%s %%" % _dec(r.uniform(38, 82), 1, lang)


def g_indnum(r, lang):
    return _indian(r.randint(1_00_000, 9_99_99_999))


def g_gazette(r, lang):
    return "%d%03d" % (r.randint(4000, 4999), r.randint(0, 999))


def g_cricket(r, lang):
    return "%d/%d (%s ov)" % (
        r.randint(120, 380),
        r.randint(2, 10),
        r.choice(["50", "48.3", "20", "19.4", "46.1"]),
    )


def g_boxscore(r, lang):
    a, b, c = r.randint(2, 14), r.randint(0, 6), r.randint(0, 10)
    return "%d-%d FG, %d-%d 3PT, %d-%d FT" % (
        a,
        a + r.randint(2, 9),
        b,
        b + r.randint(0, 5),
        c,
        c + r.randint(0, 3),
    )


def g_wire(r, lang):
    return "%s%04d %d %s %04d" % (
        r.choice(["APA", "SDA", "BNS"]),
        r.randint(1, 9999),
        r.randint(1, 5),
        r.choice(["II", "WA", "CI", "SP"]),
        r.randint(0, 2359) // 100 * 100 + r.randint(0, 59),
    )


def g_plot(r, lang):
    return "%d/%d" % (r.randint(1, 40), r.randint(1, 400))


def g_seats(r, lang):
    return "%d-%d" % (r.randint(100, 350), r.randint(100, 350))


def g_age(r, lang):
    return str(r.randint(17, 98))


def g_sqm(r, lang):
    return "%d m²" % r.randint(28, 240)


def g_uv(r, lang):
    return str(r.randint(1, 11))


GENS = {k[2:]: v for k, v in globals().items() if k.startswith("g_")}

# --- guards ---------------------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
DIGITRUN_RE = re.compile(r"\d(?:[ \-\u00a0]?\d){12,18}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
IPV4_RE = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
IPV6_RE = re.compile(r"\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}\b")
SSN_RE = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15:
        return False
    t = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in t)) % 97 == 1
    except ValueError:
        return False


def guard_hits(text):
    hits = []
    if "@" in text and EMAIL_RE.search(text):
        hits.append("email")
    for m in DIGITRUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()):
            hits.append("iban")
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
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


def doc_hits(text, regions):
    """Whole-document screen (labelled spans already masked): matcher and guards only."""
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((m.raw_string, reg))
    return hits + guard_hits(text)


def is_clean(value, regions):
    return not phone_hits(value, regions) and not guard_hits(value)


class Drawer:
    def __init__(self, rng):
        self.rng = rng
        self.value_redraws = 0
        self.kind_redraws = 0
        self.used = {}

    def draw(self, kind, lang, regions):
        """A clean value of the kind, or of another kind after 200 dirty draws; returns (kind, value)."""
        for _ in range(6):
            for _ in range(200):
                v = GENS[kind](self.rng, lang)
                if is_clean(v, regions):
                    self.used[kind] = self.used.get(kind, 0) + 1
                    return kind, v
                self.value_redraws += 1
            self.kind_redraws += 1
            kind = self.rng.choice(sorted(k for k in GENS if k not in ("table", "lotto")))
        raise RuntimeError("no clean negative")
