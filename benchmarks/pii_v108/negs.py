"""Hard negatives (numbers from dating, matchmaking and singles' events that are not PII), guards, screens."""

import ipaddress
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban as std_iban

from .values import luhn_ok


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _dec(lang, text):
    return text.replace(".", ",") if lang in ("de", "fr", "es", "it", "nl", "pt") else text


def _date(rng, lang, year=None):
    y = year or rng.randrange(2024, 2027)
    d, m = rng.randrange(1, 29), rng.randrange(1, 13)
    if lang == "en" and rng.random() < 0.5:
        return "%d/%d/%d" % (m, d, y)
    if lang in ("de", "nl"):
        return "%02d.%02d.%d" % (d, m, y)
    return "%02d/%02d/%d" % (d, m, y)


def _time(rng):
    return "%02d:%02d" % (rng.randrange(17, 24), rng.choice([0, 15, 30, 45]))


L = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# kind -> function(rng, lang) returning the value's text; none of these kinds is in v52's list
KINDS = {
    "member_no": lambda r, g: r.choice(["M-", "MB", ""]) + _d(r, r.choice([7, 8])),
    "profile_id": lambda r, g: "#" + _d(r, 8),
    "event_datetime": lambda r, g: "%s, %s" % (_date(r, g), _time(r)),
    "age_range": lambda r, g: "%d–%d" % ((lambda a: (a, a + r.choice([9, 10, 12, 14])))(r.randrange(25, 56))),
    "birth_years": lambda r, g: (
        "%d–%02d" % ((lambda a: (a, (a + r.choice([8, 10, 12])) % 100))(r.randrange(1962, 1988)))
    ),
    "height": lambda r, g: (
        _dec(g, "1.%02d m" % r.randrange(55, 96))
        if g != "en" or r.random() < 0.4
        else "%d'%d\"" % (r.randrange(5, 7), r.randrange(0, 12))
    ),
    "ticket_price": lambda r, g: _dec(g, "%d.%s" % (r.randrange(15, 95), r.choice(["00", "50", "90"]))),
    "table_no": lambda r, g: str(r.randrange(1, 31)),
    "badge_no": lambda r, g: "%03d" % r.randrange(1, 200),
    "match_pct": lambda r, g: "%d %%" % r.randrange(61, 99),
    "walk_distance": lambda r, g: _dec(g, "%d.%d km" % (r.randrange(6, 22), r.randrange(10))),
    "elevation_gain": lambda r, g: "%d m" % r.randrange(120, 900, 10),
    "os_grid_ref": lambda r, g: (
        "%s %s %s" % (r.choice(["SK", "SD", "NY", "SU", "SO", "NT", "SE"]), _d(r, 3), _d(r, 3))
    ),
    "gps_point": lambda r, g: "%.4f, %.4f" % (r.uniform(36, 58), r.uniform(-8, 15)),
    "booking_ref": lambda r, g: (
        "BK-%s%s%s%s-%s" % (r.choice(L), r.randrange(10), r.choice(L), r.choice(L), _d(r, 4))
    ),
    "promo_code": lambda r, g: (
        r.choice(["LOVE", "SINGLE", "MATCH", "DATE", "AMOR"]) + _d(r, r.choice([2, 4]))
    ),
    "gift_voucher": lambda r, g: "GV %s %s" % (_d(r, 4), _d(r, 4)),
    "register_entry": lambda r, g: "%s/%d" % (_d(r, 3), r.randrange(2015, 2026)),
    "agency_invoice": lambda r, g: "%s%05d" % (r.choice(["RE", "INV", "FA", "FT"]), r.randrange(1, 99999)),
    "round_of": lambda r, g: "%d/%d" % ((lambda t: (r.randrange(1, t + 1), t))(r.choice([8, 10, 12, 15]))),
    "reservation_no": lambda r, g: _d(r, 6),
    "departure_time": lambda r, g: _time(r),
    "bus_route": lambda r, g: str(r.choice([r.randrange(1, 400), r.randrange(1, 40)])),
    "room_no": lambda r, g: "%d.%02d" % (r.randrange(0, 5), r.randrange(1, 40)),
    "anniversary": lambda r, g: _date(r, g, r.randrange(1995, 2024)),
    "questionnaire_item": lambda r, g: "%d/%d" % (r.randrange(1, 120), r.choice([80, 120, 150])),
    "rating": lambda r, g: _dec(g, "4.%d/5" % r.randrange(1, 10)),
    "member_count": lambda r, g: (
        "{:,}".format(r.randrange(1200, 99000))
        if g in ("en", "hi")
        else "{:,}".format(r.randrange(1200, 99000)).replace(",", ".")
    ),
    "verification_ref": lambda r, g: "VER-" + _d(r, 8),
    "dbs_certificate": lambda r, g: "00" + _d(r, 10),
    "cloakroom_ticket": lambda r, g: str(r.randrange(1, 400)),
    "opening_hours": lambda r, g: "%02d:00–%02d:30" % (r.randrange(17, 20), r.randrange(22, 24)),
    "seat_block": lambda r, g: (
        "%s%d–%s%d" % ((lambda c, s: (c, s, c, s + 1))(r.choice("CDEFGH"), r.randrange(1, 30)))
    ),
    "chat_timestamp": lambda r, g: "%02d:%02d" % (r.randrange(0, 24), r.randrange(60)),
    "route_stage": lambda r, g: "%d%s" % (r.randrange(1, 9), r.choice(["A", "B", "C", ""])),
    "instalment": lambda r, g: _dec(g, "%d × %d.00" % (r.choice([3, 6, 12]), r.randrange(49, 400))),
    "season_dates": lambda r, g: (
        "%02d.%02d.–%02d.%02d.%d"
        % (
            r.randrange(1, 29),
            r.randrange(1, 6),
            r.randrange(1, 29),
            r.randrange(6, 13),
            r.randrange(2025, 2027),
        )
    ),
    "scorecard_code": lambda r, g: (
        "SD%02d%02d/%02d" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(1, 40))
    ),
    "payment_reference": lambda r, g: "%s %s %s" % (_d(r, 4), _d(r, 4), _d(r, 2)),
    "invoice_grouped": lambda r, g: "%s %s %s" % (_d(r, 4), _d(r, 4), _d(r, 4)),
    "membership_period": lambda r, g: (
        "1.%d.%d – 31.%d.%d" % ((lambda m, y: (m, y, m, y + 1))(r.randrange(1, 9), r.randrange(2024, 2026)))
    ),
}

HOME = {
    "en": ("US", "GB"),
    "de": ("DE",),
    "fr": ("FR",),
    "es": ("ES",),
    "it": ("IT",),
    "nl": ("NL",),
    "pt": ("BR", "PT"),
    "hi": ("IN",),
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d(?:[ -]?\d)+")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
SSN_RE = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")


def guard_hits(text):
    """Names of the guards that fire on text (e-mail, card, IBAN, IP, SSN shapes)."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        for i in range(len(digits)):
            for j in range(i + 13, min(len(digits), i + 19) + 1):
                if luhn_ok(digits[i:j]):
                    hits.append("card")
                    break
            if hits and hits[-1] == "card":
                break
    for m in IBAN_RE.finditer(text):
        comp = m.group().replace(" ", "")
        if any(std_iban.is_valid(comp[:k]) for k in range(15, len(comp) + 1)):
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
    out = []
    for reg in regions:
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            out.append((reg, m.raw_string))
    return out


def value_dirty(text, regions):
    for reg in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return bool(phone_hits(text, regions) or guard_hits(text))


def screen_regions(locale, national_region, lang):
    regs = [locale.split("_")[1], national_region] + list(HOME[lang])
    return tuple(dict.fromkeys(regs))


def blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "x"
    return "".join(chars)


def doc_dirty(text, spans, regions):
    b = blank(text, spans)
    return bool(phone_hits(b, regions) or guard_hits(b))


class Drawer:
    """Draws a kind's value until it is clean for the regions; after 200 dirty draws gives a dash."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, lang, regions):
        self.used.add(kind)
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not value_dirty(v, regions):
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
