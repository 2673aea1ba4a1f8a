"""Hard negatives for v56 (travel and hospitality numbers that are not PII) and the screens."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _up(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def booking_ref(rng):
    return f"{_d(rng, 4, '1')}.{_d(rng, 3)}.{_d(rng, 3)}"


def room_no(rng):
    return rng.choice(
        [
            f"{rng.randint(1, 6)}{rng.randint(0, 3)}{rng.randint(1, 9)}",
            f"{rng.randint(1, 4)}.{rng.randint(1, 24):02d}",
        ]
    )


def keysafe(rng):
    return rng.choice(["-".join(_d(rng, 4)), _d(rng, 4)])


def door_code(rng):
    return rng.choice([f"{_d(rng, 4)}#", f"*{_d(rng, 4)}#", f"{_d(rng, 5)} + ✓"])


def pitch(rng):
    return rng.choice(
        [
            f"{rng.choice('ABCDEF')} {rng.randint(1, 60)}",
            f"{rng.randint(100, 340)}",
            f"{rng.choice('NS')}-{rng.randint(1, 99):02d}",
        ]
    )


def gps_dd(rng):
    return f"{rng.uniform(36, 58):.5f}, {rng.uniform(-9, 16):.5f}"


def gps_dms(rng):
    return (
        f"{rng.randint(36, 58)}°{rng.randint(0, 59):02d}'{rng.uniform(0, 59.9):04.1f}\"N "
        f"{rng.randint(1, 16)}°{rng.randint(0, 59):02d}'{rng.uniform(0, 59.9):04.1f}\"E"
    )


def checkin_window(rng):
    a = rng.choice([14, 15, 16])
    return f"{a}:00–{rng.choice([20, 21, 22, 23])}:{rng.choice(['00', '30'])}"


def nightly_rate(rng):
    return rng.choice(
        [
            f"€ {rng.randint(59, 389)},00",
            f"${rng.randint(89, 459)}.00",
            f"£{rng.randint(65, 240)}",
            f"R$ {rng.randint(180, 990)},00",
            f"₹{rng.randint(2, 19)},{rng.randint(100, 999)}",
        ]
    )


def tourist_tax(rng):
    return rng.choice(
        [
            f"{rng.randint(1, 4)},{rng.choice(['20', '50', '75'])} €",
            f"€{rng.randint(1, 7)}.{rng.choice(['00', '50'])}",
        ]
    )


def flight_no(rng):
    code = rng.choice(["LH", "FR", "U2", "KL", "TP", "AI", "BA", "IB", "AZ", "LA", "DL"])
    return f"{code} {rng.randint(100, 9899)}"


def train_seat(rng):
    train = rng.choice(["ICE", "TGV", "IC", "AVE", "FR"])
    return f"{train} {rng.randint(100, 9999)} / {rng.randint(1, 14)} / {rng.randint(11, 128)}"


def bag_tag(rng):
    return f"{_d(rng, 4)} {_up(rng, 2)} {_d(rng, 6)}"


def loyalty_no(rng):
    return f"{_up(rng, 2)}{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}"


def group_ages(rng):
    kids = sorted(rng.sample(range(2, 16), rng.randint(1, 3)))
    return f"{rng.randint(1, 4)}+{len(kids)} ({', '.join(map(str, kids))})"


def altitude(rng):
    return rng.choice([f"{rng.randint(1, 3)}.{_d(rng, 3)} m", f"{rng.randint(1, 9)},{_d(rng, 3)} ft"])


def distance(rng):
    return rng.choice(
        [
            f"{rng.randint(1, 48)}.{rng.randint(0, 9)} km",
            f"{rng.randint(1, 30)},{rng.randint(0, 9)} km",
            f"{rng.randint(1, 19)} mi",
        ]
    )


def es_licence(rng):
    return rng.choice([f"HUTB-{_d(rng, 6)}", f"VT-{_d(rng, 6)}-{rng.choice('ACM')}", f"ESFCTU{_d(rng, 8)}"])


def pt_al(rng):
    return f"{_d(rng, 5, '123456789')}/AL"


def it_cin(rng):
    return f"IT{_d(rng, 6)}{rng.choice('BC')}{rng.randint(1, 9)}{_up(rng, 8)}"


def meter(rng):
    return rng.choice(
        [
            f"{_d(rng, 5)},{rng.randint(0, 9)} kWh",
            f"{_d(rng, 5)}.{rng.randint(0, 9)} kWh",
            f"{_d(rng, 4)},{_d(rng, 3)} m³",
        ]
    )


def voucher(rng):
    return f"{_up(rng, 4)}-{rng.randint(20, 29)}-{_up(rng, 2)}{rng.randint(10, 99)}"


def plate(rng):
    return rng.choice(
        [
            f"{_up(rng, 2)}-{_up(rng, 2)} {rng.randint(10, 9999)}",
            f"{_up(rng, 2)}-{_d(rng, 3)}-{_up(rng, 2)}",
            f"{_up(rng, 2)}{rng.randint(10, 24)} {_up(rng, 3)}",
        ]
    )


def bus_times(rng):
    h = rng.randint(6, 9)
    m = rng.choice([5, 10, 15, 20])
    return ", ".join(
        f"{h + (m + 30 * i) // 60:02d}:{(m + 30 * i) % 60:02d}" for i in range(rng.randint(3, 4))
    )


def ferry_ticket(rng):
    return f"{_up(rng, 3)}{_d(rng, 7)}"


def postcode_house(rng):
    return rng.choice(
        [
            f"{_d(rng, 5)} / Nr. {rng.randint(1, 120)}",
            f"{rng.randint(1, 240)}, {_d(rng, 4, '123456789')} {_up(rng, 2)}",
            f"CEP {_d(rng, 5)}-{_d(rng, 3)}",
        ]
    )


def opening_hours(rng):
    return f"{rng.randint(6, 10)}:{rng.choice(['00', '30'])}–{rng.randint(17, 23)}:{rng.choice(['00', '30'])}"


def water_temp(rng):
    return f"{rng.randint(24, 31)} °C"


def bed_size(rng):
    return rng.choice(
        ["2 × 90 × 200 cm", "160 × 200 cm", "1 × 140 × 190 cm", "180 x 200 cm", "2 x 80 x 190 cm"]
    )


def ski_pass(rng):
    return f"{_d(rng, 2)}-{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}-{rng.randint(0, 9)}"


def trail(rng):
    return f"{rng.randint(1, 40)} ({rng.randint(3, 24)},{rng.randint(0, 9)} km, {rng.randint(90, 1400)} hm)"


def table_res(rng):
    table, guests = rng.randint(1, 40), rng.randint(2, 10)
    return f"{table} · {guests} · {rng.randint(18, 21)}:{rng.choice(['00', '15', '30', '45'])}"


def cancel_deadline(rng):
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025 {rng.choice(['12:00', '18:00', '23:59'])}"


def ev_charger(rng):
    return f"{rng.choice(['DE', 'NL', 'FR', 'PT'])}*{_up(rng, 3)}*E{_d(rng, 5)}*{rng.randint(1, 4)}"


def tide(rng):
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} ({rng.randint(1, 9)}.{rng.randint(0, 9)} m)"


def ean_ticket(rng):
    body = _d(rng, 12)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def bunk_locker(rng):
    return f"{rng.randint(1, 60)}{rng.choice('AB')} / {rng.randint(1, 180)}"


def laundry(rng):
    return rng.choice(
        [
            f"{rng.randint(1, 3)} × {rng.randint(2, 5)},00 €",
            f"{rng.randint(1, 3)} tokens / ${rng.randint(2, 6)}.50",
        ]
    )


def guest_reg(rng):
    return f"{_d(rng, 5, '0')}/{rng.choice(['24', '25'])}"


def mooring(rng):
    return f"{rng.choice('ABCDEFG')}-{rng.randint(1, 80):02d}"


def wind(rng):
    return f"{rng.randint(2, 7)} Bft / {rng.randint(8, 30)} kn"


def quiet_hours(rng):
    return f"{rng.choice(['22', '23'])}:00–{rng.choice(['07', '08'])}:00"


def bike_frame(rng):
    return f"{_up(rng, 3)} {_d(rng, 2)} {_d(rng, 5)}"


def luggage_weight(rng):
    return f"{rng.choice([7, 8, 10, 20, 23, 32])} kg"


KINDS = {
    f.__name__: f
    for f in [
        booking_ref,
        room_no,
        keysafe,
        door_code,
        pitch,
        gps_dd,
        gps_dms,
        checkin_window,
        nightly_rate,
        tourist_tax,
        flight_no,
        train_seat,
        bag_tag,
        loyalty_no,
        group_ages,
        altitude,
        distance,
        es_licence,
        pt_al,
        it_cin,
        meter,
        voucher,
        plate,
        bus_times,
        ferry_ticket,
        postcode_house,
        opening_hours,
        water_temp,
        bed_size,
        ski_pass,
        trail,
        table_res,
        cancel_deadline,
        ev_charger,
        tide,
        ean_ticket,
        bunk_locker,
        laundry,
        guest_reg,
        mooring,
        wind,
        quiet_hours,
        bike_frame,
        luggage_weight,
    ]
}

# ---- screens ------------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
RUN_RE = re.compile(r"\d[\d \-]{11,}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f:]{2,}:[0-9A-Fa-f:]+(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"[ \-]", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
            hits.append("iban")
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
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
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append((r, m.raw_string))
    return hits


def value_dirty(value, regions):
    for r in regions:
        try:
            if pn.is_valid_number(pn.parse(value, r)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


def doc_dirty(text, spans, regions):
    out, pos = [], 0
    for s in spans:
        out.append(text[pos : s["start"]])
        out.append(" # ")
        pos = s["end"]
    out.append(text[pos:])
    blank = "".join(out)
    return bool(phone_hits(blank, regions) or guard_hits(blank))


class Drawer:
    """Draws clean hard negatives: a value still dirty after 200 draws is replaced by a dash."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.replaced_kinds = {}
        self.used = set()

    def draw(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds[kind] = self.replaced_kinds.get(kind, 0) + 1
        return "–"
