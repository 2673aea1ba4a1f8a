"""Hard negatives for retail text (none in v52's list), their screen, and the guards."""

import ipaddress
import re

import phonenumbers
from stdnum import iban as std_iban

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _gs1_check(body):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - tot % 10) % 10)


def ean13(rng):
    b = rng.choice(["400", "500", "590", "800", "840", "871", "789", "890", "560", "300"]) + _d(rng, 9)
    return b + _gs1_check(b)


def upca(rng):
    b = _d(rng, 11, "0678")
    return b[0] + " " + b[1:6] + " " + b[6:] + _gs1_check(b)


def sscc(rng):
    b = "3" + _d(rng, 16)
    c = b + _gs1_check(b)
    return "(00) " + c


def isbn13(rng):
    b = "978" + rng.choice(["0", "1", "3", "2", "88", "84", "90", "85"])
    b += _d(rng, 12 - len(b))
    c = _gs1_check(b)
    grp = b[3:5] if b[3] in "89" else b[3]
    rest = b[3 + len(grp) :]
    return f"978-{grp}-{rest[:3]}-{rest[3:]}-{c}"


def sku(rng):
    return rng.choice(["SKU ", "Art.-Nr. ", "Réf. ", "SKU: "]) + f"{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 2)}"


def gift_card(rng):
    s = "6" + _d(rng, 18)
    return " ".join(s[i : i + 4] for i in range(0, 19, 4))


def loyalty_points(rng):
    return f"{rng.randint(1, 48)},{_d(rng, 3)} pts"


def pawn_ticket(rng):
    return f"PT-{_d(rng, 6)}"


def consignor(rng):
    return f"C-{_d(rng, 5)}/{rng.randint(10, 99)}"


def tracking(rng):
    k = rng.randrange(3)
    if k == 0:
        head = f"1Z {_d(rng, 3)} {rng.choice(UP)}{rng.choice(UP)}{_d(rng, 1)}"
        return f"{head} {_d(rng, 2)} {_d(rng, 4)} {_d(rng, 3)}"
    if k == 1:
        return f"{rng.choice(UP)}{rng.choice(UP)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)} GB"
    return f"JJD {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"


def locker_code(rng):
    return f"{rng.randint(1, 60)}/{_d(rng, 6)}"


def collect_code(rng):
    return f"{_d(rng, 4)} {_d(rng, 4)}"


def price(rng):
    a = rng.randint(1, 4) * 1000 + rng.randint(0, 999)
    return rng.choice(
        [
            f"€ {a // 1000}.{a % 1000:03d},{rng.randint(0, 99):02d}",
            f"£{a // 1000},{a % 1000:03d}.99",
            f"R$ {a // 1000}.{a % 1000:03d},90",
            f"₹{a // 1000},{a % 1000:03d}",
        ]
    )


def vat_id(rng):
    return rng.choice(
        [
            f"DE {_d(rng, 9, '123')}",
            f"NL{_d(rng, 9)}B0{rng.randint(1, 9)}",
            f"FR {_d(rng, 2)} {_d(rng, 9)}",
            f"IT{_d(rng, 11)}",
        ]
    )


def store_no(rng):
    return f"Store #{_d(rng, 4, '0')}"


def till_line(rng):
    return f"Till {rng.randint(1, 12):02d} Trn {_d(rng, 4)} Op {_d(rng, 3)}"


def receipt_no(rng):
    return f"{rng.randint(2023, 2025)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"


def gold_weight(rng):
    return f"{rng.choice(['9', '14', '18', '22'])}ct, {rng.randint(1, 40)}.{rng.randint(0, 99):02d} g"


def ring_size(rng):
    return f"size {rng.choice('JKLMNOPQRS')}½ (EU {rng.randint(48, 66)})"


def shoe_size(rng):
    u = rng.randint(4, 12)
    return f"UK {u} / EU {u + 33} / US {u + 1}"


def dims(rng):
    return f"{rng.randint(40, 220)} x {rng.randint(30, 120)} x {rng.randint(20, 110)} cm"


def loan_rate(rng):
    return f"{rng.randint(2, 9)}.{rng.randint(0, 9)} % per month"


def redeem_date(rng):
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2025, 2026)}"


def opening_hours(rng):
    return f"{rng.randint(7, 10):02d}:00–{rng.randint(17, 21):02d}:30"


def voucher(rng):
    return f"{rng.choice(['SPRING', 'WELCOME', 'BACK', 'XMAS'])}{rng.randint(10, 40)}-{_d(rng, 4)}"


def unit_price(rng):
    return f"{rng.randint(1, 39)},{rng.randint(0, 99):02d} €/kg"


def lot_no(rng):
    return (
        f"LOT {rng.randint(23, 25)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 9):02d}"
    )


def best_before(rng):
    return f"{rng.randint(1, 12):02d}.{rng.randint(2025, 2027)}"


def watch_ref(rng):
    return f"Ref. {_d(rng, 6, '1')}{rng.choice(['LN', 'LV', 'BLNR', ''])}"


def cheque_no(rng):
    return f"{_d(rng, 6, '0')}"


def postcode(rng):
    return rng.choice(
        [
            f"{rng.choice(['LS', 'NR', 'EX', 'YO'])}{rng.randint(1, 28)} {rng.randint(1, 9)}"
            f"{rng.choice(UP)}{rng.choice(UP)}",
            f"{_d(rng, 5, '1234')}",
            f"{_d(rng, 4, '1')} {rng.choice(UP)}{rng.choice(UP)}",
            f"{_d(rng, 5)}-{_d(rng, 3)}",
        ]
    )


def listing_id(rng):
    return _d(rng, 12, "123")


def rating(rng):
    return f"{rng.randint(95, 99)}.{rng.randint(0, 9)} % ({rng.randint(1, 48)} {_d(rng, 3)})"


def bin_loc(rng):
    return f"{rng.choice('ABCDEFG')}{rng.randint(1, 30):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 6)}"


def slot(rng):
    h = rng.randint(8, 19)
    return f"{h:02d}:00-{h + 2:02d}:00"


def parcel_weight(rng):
    return f"{rng.randint(1, 4)} × {rng.randint(1, 24)}.{rng.randint(0, 9)} kg"


def gold_price(rng):
    return f"{rng.randint(48, 72)}.{rng.randint(0, 99):02d}/g"


def instalments(rng):
    return f"{rng.choice([3, 4, 6, 10, 12])} × {rng.randint(9, 180)},{rng.randint(0, 99):02d}"


def timestamp(rng):
    return (
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2024, 2025)} "
        f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    )


def stock_count(rng):
    return f"{rng.randint(1, 9)} {rng.randint(100, 999)} pcs"


def carton_qty(rng):
    return f"{rng.randint(2, 48)}/{rng.randint(2, 12)}/{rng.randint(100, 999)}"


KINDS = {
    "ean13": ean13,
    "upca": upca,
    "sscc": sscc,
    "isbn13": isbn13,
    "sku": sku,
    "gift_card": gift_card,
    "loyalty_points": loyalty_points,
    "pawn_ticket": pawn_ticket,
    "consignor": consignor,
    "tracking": tracking,
    "locker_code": locker_code,
    "collect_code": collect_code,
    "price": price,
    "vat_id": vat_id,
    "store_no": store_no,
    "till_line": till_line,
    "receipt_no": receipt_no,
    "gold_weight": gold_weight,
    "ring_size": ring_size,
    "shoe_size": shoe_size,
    "dims": dims,
    "loan_rate": loan_rate,
    "redeem_date": redeem_date,
    "opening_hours": opening_hours,
    "voucher": voucher,
    "unit_price": unit_price,
    "lot_no": lot_no,
    "best_before": best_before,
    "watch_ref": watch_ref,
    "cheque_no": cheque_no,
    "postcode": postcode,
    "listing_id": listing_id,
    "rating": rating,
    "bin_loc": bin_loc,
    "slot": slot,
    "parcel_weight": parcel_weight,
    "gold_price": gold_price,
    "instalments": instalments,
    "timestamp": timestamp,
    "stock_count": stock_count,
    "carton_qty": carton_qty,
}

# ---- guards --------------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d[\d \-]{11,30}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f:]{2,39}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        s = re.sub(r"[ \-]", "", m.group())
        for i in range(len(s)):
            for j in range(i + 13, min(len(s), i + 19) + 1):
                if luhn(s[i:j]):
                    hits.append("luhn")
                    break
            if hits and hits[-1] == "luhn":
                break
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group()):
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
    if SSN_RE.search(text):
        hits.append("ssn")
    return hits


def phone_hits(text, regions):
    hits = []
    for r in regions:
        for m in phonenumbers.PhoneNumberMatcher(text, r, leniency=phonenumbers.Leniency.VALID):
            hits.append((r, m.raw_string))
    return hits


def value_dirty(value, regions):
    for r in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return bool(phone_hits(value, regions) or guard_hits(value))


class Drawer:
    """Draws a hard negative of a kind, redrawing dirty values (at most 200 tries)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()

    def draw(self, kind, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng)
            if not value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        return "–"
