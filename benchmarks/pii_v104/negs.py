"""Hard negatives of the railway world (none in v52's list) and the screens that keep them clean."""

import ipaddress
import re

import phonenumbers
from stdnum import iban as std_iban

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _uic_check(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def uic_wagon(rng, lang):
    s = rng.choice(["31", "33", "37", "21", "84"]) + rng.choice(["80", "84", "87", "88", "70"]) + _d(rng, 7)
    return f"{s[:2]} {s[2:4]} {s[4:8]} {s[8:]}-{_uic_check(s)}"


def evn_loco(rng, lang):
    s = rng.choice(["185", "187", "232", "193", "363", "218"]) + _d(rng, 3)
    name = rng.choice(["Lotte", "Anna", "Greta", "Max", "Bella", "Otto"])
    quote = {"de": "„{}“", "nl": "'{}'", "en": "“{}”"}.get(lang, "«{}»")
    return f"{s[:3]} {s[3:]} " + quote.format(name)


def container(rng, lang):
    owner = "".join(rng.choice(UP) for _ in range(3)) + "U"
    return f"{owner} {_d(rng, 6)} {rng.choice(D)}"


def headcode(rng, lang):
    return f"{rng.choice('1256')}{rng.choice('ABCDEFHLMNOPSTVZ')}{_d(rng, 2)}"


def tops_loco(rng, lang):
    return rng.choice(["37", "47", "20", "66", "08", "31", "50", "55"]) + _d(rng, 3, "0123")


def stanox(rng, lang):
    return _d(rng, 5, "1234578")


def milepost(rng, lang):
    return f"{rng.randint(1, 260)}m {rng.randint(0, 79):02d}ch"


def km_post(rng, lang):
    sep = "." if lang == "en" else ","
    return f"km {rng.randint(1, 420)}{sep}{rng.randint(0, 999):03d}"


def departures(rng, lang):
    h = rng.randint(6, 20)
    m = rng.choice([2, 7, 12, 17, 22])
    sep = "h" if lang == "fr" else ":"
    return ", ".join(f"{h + i}{sep}{m:02d}" for i in range(rng.randint(3, 4)))


def seat(rng, lang):
    return f"{rng.choice('ABCDEFGH')} {rng.randint(11, 86)}{rng.choice(['', 'A', 'F'])}"


def booking_ref(rng, lang):
    return "".join(rng.choice(UP + "23456789") for _ in range(8))


def railcard(rng, lang):
    return f"{_d(rng, 4)} {_d(rng, 4)}"


def possession(rng, lang):
    return f"{rng.choice(['NR', 'PX', 'BL'])}-{_d(rng, 4)}{rng.choice(UP)}"


def track_circuit(rng, lang):
    return f"{rng.choice(['T', 'TC ', 'AB'])}{_d(rng, 4, '123456789')}{rng.choice(['', 'A', 'B'])}"


def signal_id(rng, lang):
    return f"{rng.choice(['YK', 'CE', 'SN', 'DY', 'CL', 'ME'])} {rng.randint(1, 999)}"


def points(rng, lang):
    return f"{_d(rng, 4, '123456789')}{rng.choice('AB')}"


def elr(rng, lang):
    return (
        f"{rng.choice(['ECM', 'MLN', 'LEC', 'SWM', 'CGJ', 'DOL'])}{rng.randint(1, 6)} {milepost(rng, lang)}"
    )


def speed_restriction(rng, lang):
    if lang in ("en",):
        return f"{rng.choice([20, 30, 40, 50])} mph"
    return f"{rng.choice([20, 30, 40, 60, 70])} km/h"


def rail_temp(rng, lang):
    return f"{rng.randint(38, 56)} °C"


def scale(rng, lang):
    return rng.choice(["1:87", "1:76.2", "1:160", "1:22.5", "1:43.5", "1:148"])


def dcc(rng, lang):
    return f"{_d(rng, 4, '123456789')}, CV{rng.randint(1, 64)} = {rng.randint(0, 255)}"


def trailing_load(rng, lang):
    t = rng.randint(800, 2400)
    sep = "," if lang == "en" else "."
    return f"{t // 1000}{sep}{t % 1000:03d} t / {rng.randint(320, 740)} m"


def axles(rng, lang):
    w = rng.randint(12, 36)
    return f"{w} / {w * 4}"


def fare(rng, lang):
    p = rng.randint(320, 9800)
    if lang == "en":
        return f"£{p // 100}.{p % 100:02d}"
    if lang == "hi":
        return f"₹{p // 10}"
    if lang == "pt":
        return f"R$ {p // 100},{p % 100:02d}"
    return f"{p // 100},{p % 100:02d} €"


def duration(rng, lang):
    return f"{rng.randint(1, 5)} h {rng.randint(2, 58):02d} min"


def works_window(rng, lang):
    d = rng.randint(1, 27)
    mo = rng.randint(1, 12)
    return f"{d:02d}/{mo:02d} 23:{rng.choice([10, 30, 45])} – {d + 1:02d}/{mo:02d} 05:{rng.choice([15, 40])}"


def bus_stand(rng, lang):
    return f"{rng.choice(['X', 'R', 'B'])}{rng.randint(1, 99)}, {rng.randint(1, 14)}"


def kbs(rng, lang):
    return str(rng.randint(100, 999))


def consignment(rng, lang):
    return f"{rng.randint(10, 99)}{rng.choice(UP)}{rng.choice(UP)}{_d(rng, 4)}"


def works_no(rng, lang):
    return f"{_d(rng, 4, '123456789')} / {rng.randint(1895, 1962)}"


def platform(rng, lang):
    return f"{rng.randint(1, 14)}{rng.choice(['', 'a', 'b'])}"


def grid_ref(rng, lang):
    return f"{rng.choice(['SK', 'SE', 'NY', 'SU', 'NZ'])} {_d(rng, 3)} {_d(rng, 3)}"


def gps(rng, lang):
    return f"{rng.uniform(40, 56):.4f}, {rng.uniform(-4, 14):.4f}"


def order_job(rng, lang):
    return f"RB{rng.randint(24, 26)}-{rng.randint(1, 12):02d}{rng.choice(UP)}{_d(rng, 3)}"


def location_case(rng, lang):
    return f"{rng.choice(['REB', 'LOC', 'SSI'])} {rng.randint(100, 899)}/{rng.randint(1, 9)}"


def member_no(rng, lang):
    return f"{_d(rng, 3, '0')}{rng.randint(10, 99)}"


def levers(rng, lang):
    a = rng.randint(1, 40)
    return f"{a}–{a + rng.randint(2, 6)}, {a + rng.randint(10, 20)}"


def bell_code(rng, lang):
    return rng.choice(["3-1-1", "4-4-4", "1-3-1", "2-2-1", "3-3-1", "5-5-5", "1-2-1", "4-1", "2-3-3"])


def part_no(rng, lang):
    return rng.choice(["R", "L", "K", "E", "M"]) + _d(rng, 4, "123456789")


def rail_profile(rng, lang):
    return f"{rng.choice(['60E1', '54E2', 'UIC 60', '49E1'])}, {rng.choice([600, 650, 700])} mm"


def build_years(rng, lang):
    dec = rng.randrange(1880, 1970, 10)
    return {"en": f"the {dec}s", "de": f"den Jahren um {dec}", "nl": f"de jaren {dec}"}.get(lang, f"{dec}")


def gauge(rng, lang):
    return rng.choice(["1435 mm", "1000 mm", "600 mm", "762 mm", "1676 mm", "16,5 mm", "9 mm"])


def timetable_page(rng, lang):
    return f"{rng.randint(1, 48)}.{rng.randint(1, 30)}"


def coach_count(rng, lang):
    return f"{rng.randint(3, 12)} × {rng.choice([26.4, 23.2, 20.1])} m"


def load_capacity(rng, lang):
    return f"{rng.randint(22, 90)},{rng.randint(0, 9)} t"


def pass_count(rng, lang):
    return f"{rng.randint(1, 9)}.{_d(rng, 3)}"


KINDS = {
    "uic_wagon": uic_wagon,
    "evn_loco": evn_loco,
    "container": container,
    "headcode": headcode,
    "tops_loco": tops_loco,
    "stanox": stanox,
    "milepost": milepost,
    "km_post": km_post,
    "departures": departures,
    "seat": seat,
    "booking_ref": booking_ref,
    "railcard": railcard,
    "possession": possession,
    "track_circuit": track_circuit,
    "signal_id": signal_id,
    "points": points,
    "elr": elr,
    "speed_restriction": speed_restriction,
    "rail_temp": rail_temp,
    "scale": scale,
    "dcc": dcc,
    "trailing_load": trailing_load,
    "axles": axles,
    "fare": fare,
    "duration": duration,
    "works_window": works_window,
    "bus_stand": bus_stand,
    "kbs": kbs,
    "consignment": consignment,
    "works_no": works_no,
    "platform": platform,
    "grid_ref": grid_ref,
    "gps": gps,
    "order_job": order_job,
    "location_case": location_case,
    "member_no": member_no,
    "levers": levers,
    "bell_code": bell_code,
    "part_no": part_no,
    "rail_profile": rail_profile,
    "build_years": build_years,
    "gauge": gauge,
    "timetable_page": timetable_page,
    "coach_count": coach_count,
    "load_capacity": load_capacity,
    "pass_count": pass_count,
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
RUN_RE = re.compile(r"\d[\d -]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    if SSN_RE.search(text):
        hits.append("ssn")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"[ -]", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            hits.append("card")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ip4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ip6")
            except ValueError:
                pass
    return hits


def phone_hits(text, regions):
    for r in regions:
        for _ in phonenumbers.PhoneNumberMatcher(text, r, leniency=phonenumbers.Leniency.VALID):
            return True
    return False


def value_dirty(value, regions):
    for r in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return phone_hits(value, regions) or bool(guard_hits(value))


class Drawer:
    """Draws hard-negative values, redrawing any that a screen flags (a dash after 200 dirty draws)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = set()

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.add(kind)
        return "–"
