"""Hard negatives for v81: funeral and bereavement figures that are not PII, screened before use."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
}


def _money(rng, locale, lo, hi):
    v = rng.randint(lo * 100, hi * 100) / 100
    whole, cents = f"{v:,.2f}".split(".")
    if locale in ("en_GB", "en_IE"):
        return f"£{whole}.{cents}"
    if locale == "en_US":
        return f"${whole}.{cents}"
    if locale == "en_AU":
        return f"A${whole}.{cents}"
    if locale == "en_IN":
        n = str(int(v))
        head, tail = n[:-3], n[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        return "₹" + ",".join(([head] if head else []) + groups + [tail])
    if locale.endswith("_CH"):
        return f"CHF {whole.replace(',', '’')}.{cents}"
    dotted = whole.replace(",", ".")
    if locale.startswith("fr"):
        return f"{whole.replace(',', chr(0x202F))},{cents} €"
    if locale.startswith("nl"):
        return f"€ {dotted},{cents}"
    if locale == "pt_BR":
        return f"R$ {dotted},{cents}"
    if locale == "pt_PT":
        return f"{whole.replace(',', ' ')},{cents} €"
    return f"{dotted},{cents} €"


def _date(rng, locale, y0, y1):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)
    if locale == "en_US":
        return f"{m:02d}/{d:02d}/{y}"
    if locale.startswith(("de", "nl")):
        return f"{d:02d}.{m:02d}.{y}" if locale.startswith("de") else f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{y}"


def _luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _dec(x, lang):
    return x if lang in ("en", "hi") else x.replace(".", ",")


def _age(rng, lang, locale):
    a, d, m = rng.randint(58, 101), rng.randint(1, 28), rng.randint(0, 11)
    y = rng.randint(2023, 2025)
    mo = MONTHS.get(lang, MONTHS["en"])[m] if lang in MONTHS else MONTHS["en"][m]
    return {
        "en": f"aged {a}, on {d} {mo} {y}",
        "de": f"im Alter von {a} Jahren am {d}. {mo} {y}",
        "fr": f"à l'âge de {a} ans, le {d} {mo} {y}",
        "it": f"all'età di {a} anni, il {d} {mo} {y}",
        "pt": f"aos {a} anos, em {d} de {mo} de {y}",
        "hi": f"{a} वर्ष की आयु में {d} {mo} {y} को",
    }.get(lang, f"{a}")


def _plate(rng, locale):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"

    def a(n):
        return "".join(rng.choice(L) for _ in range(n))

    def d(n):
        return "".join(rng.choice("0123456789") for _ in range(n))

    if locale.startswith("de"):
        return f"{rng.choice(['K', 'HH', 'L', 'DD', 'HB', 'KI', 'UL', 'A'])}-{a(2)} {rng.randint(1, 9999)}"
    if locale.startswith("fr"):
        return f"{a(2)}-{d(3)}-{a(2)}"
    if locale.startswith("nl"):
        return f"{d(2)}-{a(3)}-{d(1)}"
    if locale.startswith("es"):
        return f"{d(4)} {a(3)}"
    if locale.startswith("it"):
        return f"{a(2)} {d(3)}{a(2)}"
    if locale == "pt_BR":
        return f"{a(3)}{d(1)}{a(1)}{d(2)}"
    if locale == "pt_PT":
        return f"{a(2)}-{d(2)}-{a(2)}"
    if locale in ("en_IN", "hi"):
        return f"{rng.choice(['MH', 'DL', 'KA', 'WB', 'UP', 'RJ'])} {d(2)} {a(2)} {d(4)}"
    if locale == "en_US":
        return f"{d(1)}{a(3)}{d(3)}"
    return f"{a(2)}{d(2)} {a(3)}"


def _verse(rng, lang):
    ch, v0 = rng.randint(1, 40), rng.randint(1, 12)
    v1 = v0 + rng.randint(2, 8)
    book = {
        "en": ["Psalm", "John", "Ecclesiastes", "Romans"],
        "de": ["Psalm", "Joh", "Pred", "Röm"],
        "fr": ["Psaume", "Jean", "Ecclésiaste"],
        "es": ["Salmo", "Juan", "Eclesiastés"],
        "it": ["Sal", "Gv", "Qo"],
        "nl": ["Psalm", "Johannes", "Prediker"],
        "pt": ["Salmo", "João"],
    }
    b = rng.choice(book.get(lang, book["en"]))
    sep = "," if lang in ("de", "fr", "es", "it") else ":"
    return f"{b} {ch}{sep}{v0}–{v1}"


def _time_range(rng, lang):
    h, m = rng.randint(8, 16), rng.choice([0, 15, 30, 45])
    h2, m2 = h + rng.randint(0, 1), (m + rng.choice([30, 45])) % 60
    if m2 <= m:
        h2 += 1
    if lang == "fr":
        return f"{h}h{m:02d} à {h2}h{m2:02d}"
    if lang == "pt":
        return f"{h}h{m:02d} às {h2}h{m2:02d}"
    if lang == "it":
        return f"dalle {h}:{m:02d} alle {h2}:{m2:02d}"
    if lang in ("es", "nl"):
        return f"{h}:{m:02d} a {h2}:{m2:02d}" if lang == "es" else f"{h}.{m:02d} tot {h2}.{m2:02d} uur"
    if lang == "de":
        return f"von {h}:{m:02d} bis {h2}:{m2:02d} Uhr"
    return f"{h:02d}:{m:02d}–{h2:02d}:{m2:02d}"


def _schedule(rng, lang):
    h = rng.choice([10, 14, 18, 19])
    return {
        "en": f"every {rng.choice(['first', 'second', 'third'])} {rng.choice(['Tuesday', 'Thursday'])}, "
        f"{h}:00–{h + 1}:30",
        "de": f"jeden {rng.choice(['ersten', 'zweiten', 'dritten'])} Donnerstag im Monat, {h}–{h + 1}:30 Uhr",
        "fr": f"le {rng.randint(1, 3)}e mardi du mois, {h}h-{h + 1}h30",
        "nl": f"elke {rng.choice(['eerste', 'tweede'])} woensdag, {h}.00–{h + 1}.30 uur",
    }.get(lang, f"{h}:00")


def _company(rng, locale):
    if locale.startswith("de"):
        return f"HRB {rng.randint(1000, 99999)}"
    if locale.startswith("fr"):
        s = f"{rng.randint(100000000, 999999999)}{rng.randint(1, 99):05d}"
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    if locale.startswith("nl"):
        return f"{rng.randint(10000000, 99999999)}"
    return f"{rng.choice(['0', 'SC', 'NI'])}{rng.randint(100000, 9999999):07d}"


def _probate(rng):
    while True:
        d = "".join(rng.choice("0123456789") for _ in range(16))
        if not _luhn_ok(d):
            return "-".join(d[i : i + 4] for i in range(0, 16, 4))


def make(kind, rng, lang, locale):
    r = rng.randint
    if kind == "grave_plot":
        return f"{rng.choice('ABCDEFGHK')}-{r(1, 40)}-{r(1, 2999)}"
    if kind == "life_dates":
        return f"{_date(rng, locale, 1925, 1960)} – {_date(rng, locale, 2023, 2025)}"
    if kind == "cremation_no":
        return f"{r(1000, 9999)}-{r(22, 25)}"
    if kind == "probate_case":
        return _probate(rng)
    if kind == "death_entry":
        return f"{r(1, 499)}/{r(1, 120)}"
    if kind == "coffin_size":
        return f"{r(180, 200)} × {r(50, 60)} × {r(35, 45)} cm"
    if kind == "stone_size":
        return f"{r(70, 110) * 10} x {r(50, 70) * 10} x {r(5, 10) * 10} mm"
    if kind == "letter_cost":
        return f"{r(60, 220)} × {_money(rng, locale, 2, 4)}"
    if kind in ("quote_total", "estate_value"):
        return (
            _money(rng, locale, 1500, 9000) if kind == "quote_total" else _money(rng, locale, 90000, 900000)
        )
    if kind == "service_time":
        return _time_range(rng, lang)
    if kind == "hymn":
        return f"{r(1, 700)}, {r(1, 700)} and {r(1, 700)}"
    if kind == "verse":
        return _verse(rng, lang)
    if kind == "wreath_spec":
        return f"Ø {r(30, 60)} cm, {r(18, 60)}"
    if kind == "niche":
        return f"{r(1, 12)}/{r(1, 240)}/{rng.choice('ABCD')}"
    if kind == "urn_volume":
        lit = r(25, 45) / 10
        return f"{_dec(f'{lit:.1f}', lang)} l ({round(lit * 61.02)} in³)"
    if kind == "gps":
        return f"{r(43, 57)}.{r(0, 99999):05d}, -{r(0, 6)}.{r(0, 99999):05d}"
    if kind == "plate":
        return _plate(rng, locale if lang != "hi" else "hi")
    if kind == "register_folio":
        return f"{r(1, 40)}, fol. {r(1, 400)}"
    if kind == "charity_no":
        return f"{r(1000000, 1199999)}"
    if kind == "company_no":
        return _company(rng, locale)
    if kind == "sort_code":
        return f"{r(10, 99)}-{r(10, 99)}-{r(10, 99)}"
    if kind == "distance":
        x = f"{r(20, 400) / 10:.1f}"
        return f"{x} miles" if locale in ("en_US", "en_GB") else f"{_dec(x, lang)} km"
    if kind == "deed_no":
        return f"{r(10000, 99999)}/{rng.choice('ABCR')}"
    if kind == "plan_no":
        return f"FP-{r(1000, 9999)}-{r(1000, 9999)}-{r(10, 99)}"
    if kind == "cold_room":
        return f"{r(2, 4)}–{r(5, 6)} °C, bay {r(1, 24)}"
    if kind == "letter_height":
        return f"{r(25, 60)} mm"
    if kind == "room":
        return f"Room {r(1, 3)}.{r(1, 30):02d} ({r(2, 15) * 10} seats)"
    if kind == "meeting_schedule":
        return _schedule(rng, lang)
    if kind == "gazette_notice":
        return f"{r(3000000, 4999999)}"
    if kind == "grid_ref":
        return f"{rng.choice(['SU', 'SK', 'NT', 'ST', 'TQ', 'SE'])} {r(10000, 99999)} {r(10000, 99999)}"
    if kind == "me_case":
        return f"ME/{r(23, 25)}/{r(100, 9999)}"
    if kind == "time_of_death":
        h, m = r(0, 23), r(0, 59)
        return f"{h} h {m:02d}" if lang == "fr" else f"{h:02d}:{m:02d}"
    if kind == "casket_model":
        return f"{r(10, 40)}-{r(100, 999)}"
    if kind == "cert_copies":
        return f"{r(2, 9)} × {_money(rng, locale, 11, 12)}"
    if kind == "stone_weight":
        return f"{r(80, 420)} kg"
    if kind == "notice_lines":
        return f"{r(8, 60)} lines at {_money(rng, locale, 4, 9)} a line"
    if kind == "age_years":
        return _age(rng, lang, locale)
    raise KeyError(kind)


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"[0-9A-Fa-f]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    """Non-phone PII shapes in text: e-mails, Luhn-valid runs, IBANs, IPs, SSN shapes."""
    hits = [m.group() for m in EMAIL_RE.finditer(text)]
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and _luhn_ok(d):
            hits.append(m.group())
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append(m.group())
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(m.group())
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group().strip(":.") if m.group().count(":") > 2 else "x")
            hits.append(m.group())
        except ValueError:
            pass
    hits += [m.group() for m in SSN_RE.finditer(text)]
    return hits


def phone_hits(text, regions):
    hits = []
    for region in regions:
        try:
            n = pn.parse(text, region)
            if pn.is_valid_number(n):
                hits.append((region, text))
        except pn.NumberParseException:
            pass
        for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
            hits.append((region, m.raw_string))
    return hits


def phone_hits_doc(text, regions):
    hits = []
    for region in regions:
        for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
            hits.append((region, m.raw_string))
    return hits


def dirty(text, regions):
    return bool(guard_hits(text) or phone_hits(text, regions))


class Drawer:
    """Draws a hard-negative value, redrawing until it is clean (at most 200 tries, else a dash)."""

    def __init__(self):
        self.redraws = 0
        self.replaced = 0

    def draw(self, kind, rng, lang, locale, regions):
        for _ in range(200):
            v = make(kind, rng, lang, locale)
            if not dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
