"""Hard negatives for v87 (aviation and airfields) and the screens every negative passes."""

import ipaddress
import re

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

L = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789ABCDEF"


def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _l(rng, n):
    return "".join(rng.choice(L) for _ in range(n))


def _h(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


KINDS = {
    "reg_n": lambda r: "N" + str(r.randint(1, 9)) + _d(r, r.randint(2, 4)) + _l(r, r.randint(0, 2)),
    "reg_eu": lambda r: r.choice(["G-", "D-E", "PH-", "F-G", "EC-", "I-", "CS-", "OO-"]) + _l(r, 3),
    "squawk": lambda r: "".join(str(r.randint(0, 7)) for _ in range(4)),
    "freq": lambda r: f"1{r.randint(18, 36)}.{r.choice(['005', '105', '280', '455', '730', '855', '930'])}",
    "qnh": lambda r: f"Q{r.randint(985, 1035)}",
    "runway": lambda r: (lambda h: f"{h:02d}/{(h + 18 - 1) % 36 + 1:02d}")(r.randint(1, 18)),
    "rwy_len": lambda r: f"{r.randint(5, 28)}{r.randint(0, 9)}0 m x {r.choice([18, 20, 23, 30, 45])} m",
    "flight_level": lambda r: f"FL{r.randint(30, 195):03d}",
    "altitude": lambda r: f"{r.randint(1, 9)},{r.randint(0, 9)}00 ft",
    "metar": lambda r: (
        f"{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.choice(['20', '50'])}Z "
        f"{r.randint(1, 36) * 10:03d}{r.randint(3, 25):02d}KT 9999 "
        f"{r.choice(['FEW', 'SCT', 'BKN'])}{r.randint(8, 45):03d} "
        f"{r.randint(5, 24):02d}/{r.randint(0, 4):02d} Q{r.randint(995, 1030)}"
    ),
    "coords": lambda r: (
        f"{r.randint(40, 58)}°{r.randint(0, 59):02d}'{r.randint(0, 59):02d}\"N "
        f"{r.randint(0, 15):03d}°{r.randint(0, 59):02d}'{r.randint(0, 59):02d}\"E"
    ),
    "dec_coords": lambda r: f"{r.randint(40, 58)}.{_d(r, 5)}, {r.randint(1, 15)}.{_d(r, 5)}",
    "hobbs": lambda r: f"{r.randint(1000, 9999)}.{r.randint(0, 9)}",
    "logbook": lambda r: f"{r.randint(40, 1400)}:{r.randint(0, 59):02d}",
    "fuel": lambda r: f"{r.randint(40, 180)} l",
    "mode_s": lambda r: _h(r, 6),
    "elt_hex": lambda r: _h(r, 15),
    "licence": lambda r: (
        f"{r.choice(['GBR.FCL.PPL.', 'UK.FCL.PPL(A).', 'DEU.FCL.PPL.', 'FRA.FCL.LAPL.'])}{_d(r, 6)}"
    ),
    "op_id": lambda r: (
        f"{r.choice(['GBR', 'DEU', 'NLD', 'FRA'])}{_l(r, 1).lower()}{_d(r, 2)}{_l(r, 8).lower()}"
    ),
    "flyer_id": lambda r: f"GBR-RP-{_l(r, 8)}{_d(r, 4)}",
    "drone_serial": lambda r: f"1581F{_d(r, 1)}{_l(r, 2)}{_d(r, 3)}{_l(r, 1)}{_d(r, 5)}",
    "airspeed": lambda r: f"{r.randint(70, 160)} kt",
    "heading": lambda r: f"{r.randint(0, 35) * 10:03d}°",
    "mtow": lambda r: f"{r.randint(5, 25)}{r.randint(0, 9)}{r.choice(['0', '5'])} kg",
    "ppr_ref": lambda r: f"PPR {r.randint(1, 12):02d}/{_d(r, 3)}",
    "charity_no": lambda r: r.choice([_d(r, 7), "SC0" + _d(r, 5)]),
    "baggage_tag": lambda r: f"{r.choice(['0125', '0220', '0074', '0057'])} {_d(r, 6)}",
    "eticket": lambda r: f"{r.choice(['125', '220', '074', '057'])}-{_d(r, 10)}",
    "lp_ref": lambda r: f"LP/{r.randint(24, 25)}/{_d(r, 3)}{_l(r, 2)}",
    "notam": lambda r: f"{r.choice('ABCHW')}{_d(r, 4)}/{r.randint(24, 25)}",
    "vor": lambda r: f"R-{r.randint(1, 360):03d}/{r.randint(5, 40)} DME",
    "elevation": lambda r: f"{r.randint(10, 2400)} ft AMSL",
    "msn": lambda r: f"{r.choice(['28', '32', '34', '17'])}-{r.choice(['78', '79', '80'])}{_d(r, 5)}",
    "engine_sn": lambda r: f"L-{_d(r, 5)}-{r.choice(['15A', '27A', '36E'])}",
    "grid_ref": lambda r: f"{r.choice(['SU', 'TQ', 'SK', 'SE', 'NT'])} {_d(r, 4)} {_d(r, 4)}",
    "voucher": lambda r: f"TL-{r.randint(24, 25)}-{_d(r, 4)}",
    "slot_time": lambda r: (lambda h, m: f"{h:02d}{m}–{h + r.randint(1, 3):02d}{m}Z")(
        r.randint(6, 17), r.choice(["00", "15", "30", "45"])
    ),
    "policy": lambda r: f"AV/{_l(r, 2)}/{_d(r, 7)}",
    "tach": lambda r: f"{r.randint(200, 2199)} h / TBO 2000 h",
    "geo_unlock": lambda r: f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
    "props": lambda r: f"{r.randint(5, 15)}x{r.randint(3, 9)}.{r.randint(0, 9)}",
}


def guard_hits(text):
    """E-mail shapes, Luhn-valid 13-19 digit runs, mod-97 IBANs, IPs and SSN shapes anywhere in text."""
    hits = []
    if re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text):
        hits.append("email")
    for m in re.finditer(r"\d[\d \-]{11,30}\d", text):
        digits = re.sub(r"[ \-]", "", m.group())
        for i in range(len(digits)):
            for n in range(13, 20):
                if i + n <= len(digits) and luhn.is_valid(digits[i : i + n]):
                    hits.append("luhn")
                    break
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,32}", text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in re.finditer(r"[0-9A-Fa-f:.]{7,45}", text):
        tok = m.group().strip(".:")
        try:
            ipaddress.ip_address(tok)
            if tok.count(".") == 3 or tok.count(":") >= 2:
                hits.append("ip")
        except ValueError:
            pass
    if re.search(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)", text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    out = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            out.append((reg, m.raw_string))
    return out


def value_dirty(value, regions):
    if guard_hits(value):
        return True
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(value, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions))


class Drawer:
    """Draws clean values of a kind; after 200 dirty draws a dash is given (counted)."""

    def __init__(self, rng, regions_of):
        self.rng = rng
        self.regions_of = regions_of
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, locale):
        regions = self.regions_of(locale)
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
