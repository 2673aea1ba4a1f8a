"""Hard negatives for the v70 set (housing and tenancy numbers that are not PII) and the screens."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _u(rng, n):
    return "".join(rng.choice(UP) for _ in range(n))


def epc_rrn(rng):
    return "-".join(_d(rng, 4) for _ in range(5))


def gc_number(rng):
    return f"{_d(rng, 2, '4')}-{_d(rng, 3)}-{_d(rng, 2)}"


def mprn(rng):
    return _d(rng, rng.choice([8, 9, 10]), "1234567")


def mpan_core(rng):
    return f"{_d(rng, 2, '1')} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 3)}"


def meter_reading(rng):
    return f"{_d(rng, 5)}.{rng.randint(0, 9)}"


def meter_serial(rng):
    return f"{rng.choice(['E', 'K', 'Z', 'S'])}{_d(rng, 2)}{_u(rng, 2)} {_d(rng, 6)}"


def uprn(rng):
    return _d(rng, rng.choice([9, 10, 11, 12]), "1")


def title_number(rng):
    return rng.choice(["MAN", "WYK", "BL", "NGL", "CYM", "SYK", "LA"]) + _d(rng, 6)


def council_tax_ref(rng):
    return f"{_d(rng, 4, '4')} {_d(rng, 4)}"


def fob_number(rng):
    return _d(rng, 3, "0") + _d(rng, 4)


def door_code(rng):
    return _d(rng, rng.choice([4, 5, 6])) + rng.choice(["#", "*", "", "#"])


def keysafe(rng):
    return "-".join(_d(rng, 1) for _ in range(4))


def parking_permit(rng):
    return f"{rng.choice(['RP', 'ZP', 'CPZ'])}{_d(rng, 2)}/{_d(rng, 5)}"


def floor_area(rng):
    return f"{rng.randint(24, 140)}.{rng.randint(0, 9)} m²"


def rent_amount(rng):
    return f"{rng.randint(1, 2)},{_d(rng, 3)}.{rng.choice(['00', '50', '25'])}"


def tenancy_term(rng):
    y = rng.randint(2024, 2026)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    return f"{dd:02d}/{m:02d}/{y} – {dd - 1 if dd > 1 else 28:02d}/{m:02d}/{y + 1}"


def gas_cert(rng):
    return f"LGSR-{_u(rng, 3)}{_d(rng, 3)}"


def room_number(rng):
    return rng.choice(
        [
            f"{rng.randint(1, 9)}.{rng.randint(1, 40):02d}",
            f"{_u(rng, 1)}{rng.randint(1, 6)}{rng.randint(1, 30):02d}",
        ]
    )


def student_id(rng):
    return _d(rng, 8, "12")


def sort_code(rng):
    return f"{_d(rng, 2, '123456789')}-{_d(rng, 2)}-{_d(rng, 2)}"


def works_order(rng):
    return f"WO{_d(rng, 2, '2')}/{_d(rng, 5)}"


def boiler_pressure(rng):
    return f"{rng.randint(0, 2)}.{rng.randint(0, 9)} bar"


def humidity(rng):
    return f"{rng.randint(55, 92)} % RH"


def lease_term(rng):
    month = rng.choice(["March", "June", "September", "December"])
    return (
        f"{rng.choice([99, 125, 150, 999])} years from {rng.randint(1, 28)} {month} {rng.randint(1960, 2010)}"
    )


def share_no(rng):
    return f"{_d(rng, 4, '0')}"


def coop_reg(rng):
    return rng.choice(["RS", "IP"]) + _d(rng, 6, "0") + rng.choice(["R", ""])


def service_share(rng):
    return f"{rng.randint(0, 9)}.{_d(rng, 3)} %"


def tantiemes(rng):
    return f"{rng.randint(40, 480)}/10000"


def catastral(rng):
    return _d(rng, 7) + _u(rng, 2) + _d(rng, 4) + _u(rng, 1) + _d(rng, 4) + _u(rng, 2)


def catasto(rng):
    return f"foglio {rng.randint(1, 120)}, particella {rng.randint(10, 2999)}, sub {rng.randint(1, 40)}"


def cep(rng):
    return f"{_d(rng, 5, '1234567890')}-{_d(rng, 3)}"


def iptu(rng):
    return f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 4)}-{rng.randint(0, 9)}"


def flurstueck(rng):
    return f"Flur {rng.randint(1, 30)}, Flurstück {rng.randint(10, 999)}/{rng.randint(1, 20)}"


def nl_postcode(rng):
    return (
        f"{_d(rng, 4, '123456789')} {_u(rng, 2)} {rng.randint(1, 250)}{rng.choice(['', '-bis', '-II', 'A'])}"
    )


def wws_points(rng):
    return f"{rng.randint(90, 220)} punten"


def caf_number(rng):
    return _d(rng, 7, "123456789")


def heat_meter(rng):
    return f"{_d(rng, 5)} Einheiten"


def house_tax(rng):
    return f"{rng.choice(['PT', 'W', 'AMC'])}/{_d(rng, 3)}/{_d(rng, 5)}"


def deposit_scheme_id(rng):
    return f"{_d(rng, 3, '12')}-{_d(rng, 4)}-{_d(rng, 3)}"


def dimensions(rng):
    return f"{rng.randint(2, 6)},{rng.randint(10, 95)} × {rng.randint(2, 5)},{rng.randint(10, 95)} m"


def postbox(rng):
    return f"{rng.randint(1, 9)}{rng.choice('ABCD')}-{rng.randint(1, 60):02d}"


def laundry_card(rng):
    return f"{_d(rng, 4, '9')} {_d(rng, 4)}"


KINDS = {
    "epc_rrn": epc_rrn,
    "gc_number": gc_number,
    "mprn": mprn,
    "mpan_core": mpan_core,
    "meter_reading": meter_reading,
    "meter_serial": meter_serial,
    "uprn": uprn,
    "title_number": title_number,
    "council_tax_ref": council_tax_ref,
    "fob_number": fob_number,
    "door_code": door_code,
    "keysafe": keysafe,
    "parking_permit": parking_permit,
    "floor_area": floor_area,
    "rent_amount": rent_amount,
    "tenancy_term": tenancy_term,
    "gas_cert": gas_cert,
    "room_number": room_number,
    "student_id": student_id,
    "sort_code": sort_code,
    "works_order": works_order,
    "boiler_pressure": boiler_pressure,
    "humidity": humidity,
    "lease_term": lease_term,
    "share_no": share_no,
    "coop_reg": coop_reg,
    "service_share": service_share,
    "tantiemes": tantiemes,
    "catastral": catastral,
    "catasto": catasto,
    "cep": cep,
    "iptu": iptu,
    "flurstueck": flurstueck,
    "nl_postcode": nl_postcode,
    "wws_points": wws_points,
    "caf_number": caf_number,
    "heat_meter": heat_meter,
    "house_tax": house_tax,
    "deposit_scheme_id": deposit_scheme_id,
    "dimensions": dimensions,
    "postbox": postbox,
    "laundry_card": laundry_card,
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
RUN_RE = re.compile(r"\d(?:[ \-]?\d)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def ssn_ok(text):
    d = re.sub(r"\D", "", text)
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a != "000" and a != "666" and a < "900" and g != "00" and s != "0000"


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in V4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in V6_RE.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group()):
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


def doc_hits(text, regions):
    """Whole-document screen (labelled spans already blanked): matcher hits and guard hits."""
    hits = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            hits.append((m.raw_string, r))
    return hits + guard_hits(text)


class Drawer:
    """Draws clean hard negatives; a value still dirty after 200 draws becomes a dash."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not phone_hits(v, regions) and not guard_hits(v):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
