"""Hard negatives for v101 (none in v52's list) and the screens that keep them clean."""

import ipaddress
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban as std_iban
from stdnum import luhn

D = "0123456789"


def _d(rng, n, first=D):
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def bitlocker(rng, loc):
    return "-".join(_d(rng, 6) for _ in range(8))


def anydesk(rng, loc):
    s = _d(rng, 9, "123456789")
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def teamviewer(rng, loc):
    s = _d(rng, 10, "1")
    return f"{s[0]} {s[1:4]} {s[4:7]} {s[7:]}"


def eid(rng, loc):
    return "89049032" + _d(rng, 24)


def lba(rng, loc):
    start = rng.choice([2048, 264192, 1050624, 206848])
    end = rng.randrange(10**8, 4 * 10**9)
    return f"{start}–{end}"


def capacity_bytes(rng, loc):
    n = rng.choice([500107862016, 1000204886016, 2000398934016, 4000787030016, 256060514304, 512110190592])
    s = f"{n:,}"
    return s.replace(",", ".") if loc[:2] in ("de", "nl", "pt", "es", "it") else s


def power_on_hours(rng, loc):
    return str(rng.randrange(1200, 68000))


def realloc_raw(rng, loc):
    return str(rng.randrange(8, 4096))


def files_recovered(rng, loc):
    return f"{rng.randrange(2000, 900000):,}".replace(
        ",", "." if loc[:2] in ("de", "nl", "pt", "es", "it") else ","
    )


def part_guid(rng, loc):
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}"


def md5(rng, loc):
    return _hex(rng, 32)


def iso_ts(rng, loc):
    return (
        f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:"
        f"{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
    )


def log_ts(rng, loc):
    return (
        f"[2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} {rng.randrange(24):02d}:"
        f"{rng.randrange(60):02d}:{rng.randrange(60):02d},{rng.randrange(1000):03d}]"
    )


def postcode(rng, loc):
    c = loc[-2:]
    up = "ABDEFGHJLNPQRSTUWXYZ"
    if c == "GB":
        return (
            f"{rng.choice(['LS', 'NR', 'CF', 'LE', 'YO', 'EX', 'AB', 'S'])}{rng.randrange(1, 20)} "
            f"{rng.randrange(1, 10)}"
            f"{rng.choice(up)}{rng.choice(up)}"
        )
    if c == "NL" or loc == "nl_BE":
        return f"{rng.randrange(1000, 9999)} {rng.choice(up)}{rng.choice(up)}"
    if c == "BR":
        return f"{_d(rng, 5, '123456789')}-{_d(rng, 3)}"
    if c == "IN":
        return _d(rng, 6, "1234567")
    if c == "US":
        return f"{_d(rng, 5, '123456789')}-{_d(rng, 4)}"
    if c == "PT":
        return f"{_d(rng, 4, '123456789')}-{_d(rng, 3)}"
    return _d(rng, 5, "123456789") if c in ("DE", "FR", "ES", "IT") else _d(rng, 4, "123456789")


def ean13(rng, loc):
    body = rng.choice(["40", "50", "87", "80", "89", "76"]) + _d(rng, 10)
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def courier(rng, loc):
    k = rng.randrange(4)
    if k == 0:
        return "1Z" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY0123456789") for _ in range(6)) + _d(rng, 10)
    if k == 1:
        return "JJD" + _d(rng, 18)
    if k == 2:
        return "3S" + "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(4)) + _d(rng, 7)
    return (
        "".join(rng.choice("ABCDEFGHKLMNOPQRSTUVWXYZ") for _ in range(2))
        + _d(rng, 9)
        + rng.choice(["BR", "GB", "DE"])
    )


def cpu(rng, loc):
    return rng.choice(
        [
            f"i7-{rng.randrange(10, 15)}{rng.randrange(100, 900)}H",
            f"i5-{rng.randrange(8, 14)}{rng.randrange(100, 700)}U",
            f"Ryzen 7 {rng.randrange(3, 8)}{rng.randrange(700, 900)}X",
            f"Xeon E-{rng.randrange(2200, 2400)}G",
        ]
    )


def ram(rng, loc):
    return (
        f"{rng.choice([2, 4])}× {rng.choice([8, 16, 32])} GB "
        f"DDR{rng.choice([4, 5])}-{rng.choice([2666, 3200, 4800, 5600])}"
    )


def charger(rng, loc):
    return rng.choice(
        [
            "19,5 V / 4,62 A / 90 W",
            "20 V / 3,25 A / 65 W",
            "19 V / 2,37 A / 45 W",
            "20 V / 5 A / 100 W",
            "19,5 V / 6,15 A / 120 W",
        ]
    )


def gps(rng, loc):
    return f"{rng.uniform(-30, 58):.5f}, {rng.uniform(-80, 20):.5f}"


def slot(rng, loc):
    a = rng.choice([7, 8, 9, 12, 13])
    return f"{a:02d}:{rng.choice(['00', '30'])}–{a + rng.choice([3, 4, 5]):02d}:00"


def temps(rng, loc):
    return f"{rng.randrange(78, 100)} °C / {rng.randrange(2800, 6200)} rpm"


def price(rng, loc):
    v = rng.randrange(1900, 249900) / 100
    if loc == "pt_BR":
        return "R$ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if loc == "en_IN":
        return f"₹{int(v * 40):,}"
    if loc in ("en_US",):
        return f"${v:,.2f}"
    if loc in ("en_GB",):
        return f"£{v:,.2f}"
    return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")


def instalments(rng, loc):
    return f"{rng.choice([12, 24, 36])} × {rng.randrange(900, 7900) / 100:.2f}".replace(".", ",")


def company_reg(rng, loc):
    c = loc[-2:]
    if c == "GB":
        return "0" + _d(rng, 7, "123456789")
    if c in ("DE", "AT", "CH"):
        return f"HRB {_d(rng, 5, '123456789')}"
    if c in ("NL", "BE"):
        return _d(rng, 8, "1234567")
    if c == "BR":
        return f"{_d(rng, 2)}.{_d(rng, 3)}.{_d(rng, 3)}/0001-{_d(rng, 2)}"
    if c == "FR":
        return f"{_d(rng, 3, '3456789')} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 5)}"
    if c == "IN":
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5))
        return f"{_d(rng, 2, '123')}{letters}{_d(rng, 4)}A1Z{rng.randrange(10)}"
    if c == "US":
        return f"{_d(rng, 2, '12345678')}-{_d(rng, 7)}"
    return _d(rng, 11, "01")


def vat_id(rng, loc):
    c = loc[-2:]
    if c == "NL":
        return f"NL{_d(rng, 9)}B01"
    if c == "GB":
        return f"GB {_d(rng, 3)} {_d(rng, 4)} {_d(rng, 2)}"
    if c == "FR":
        return f"FR{_d(rng, 2)}{_d(rng, 9)}"
    if c == "ES":
        return f"ESB{_d(rng, 8)}"
    if c == "IT":
        return f"IT{_d(rng, 11)}"
    if c == "PT":
        return f"PT{_d(rng, 9, '5')}"
    return f"{c}{_d(rng, 9)}"


def topup(rng, loc):
    return " ".join(_d(rng, 4) for _ in range(4))


def sku(rng, loc):
    return rng.choice(
        [
            f"661-{_d(rng, 5)}",
            f"SKU {_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 2)}",
            f"P/N {_d(rng, 2)}{_hex(rng, 3).upper()}{_d(rng, 3)}",
        ]
    )


def cabinet(rng, loc):
    return f"{rng.randrange(1, 99)} / {rng.randrange(100, 2000)}"


def line_test(rng, loc):
    return f"{rng.randrange(180, 1400)} Ω, {rng.randrange(200, 900) / 10:.1f} nF"


def partitions(rng, loc):
    return (
        f"{rng.choice([100, 260, 300, 512])} MB / {rng.choice([16, 128, 550])} MB / "
        f"{rng.randrange(100000, 999999) / 1000:.1f} GB"
    )


def hex_offset(rng, loc):
    return "0x" + _hex(rng, 8).upper()


def raid(rng, loc):
    return (
        f"RAID {rng.choice([1, 5, 6, 10])}, {rng.choice([2, 4, 6, 8])} × {rng.choice([2, 4, 8, 12])} TB, "
        f"{rng.choice([64, 128, 256])} KiB"
    )


def seats(rng, loc):
    return f"{rng.randrange(12, 480)}/{rng.randrange(480, 600)}"


def event_ids(rng, loc):
    return f"{rng.choice([41, 6008, 1001, 7031, 10016, 4625, 129])}, 0x{_hex(rng, 8)}"


def endpoints(rng, loc):
    a = rng.randrange(300, 2400)
    return f"{a - rng.randrange(0, 80)}/{a}"


def serial_line(rng, loc):
    return f"{rng.choice([9600, 19200, 38400, 57600, 115200])} 8N1"


def page_count(rng, loc):
    return f"{rng.randrange(10000, 900000):,}".replace(",", "." if loc[:2] != "en" else ",")


def trade_in(rng, loc):
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return (
        f"TRD-{rng.choice(a)}{rng.randrange(10)}{rng.choice(a)}{rng.choice(a)}-"
        f"{rng.randrange(10, 99)}{rng.choice(a)}"
    )


def hours(rng, loc):
    a, b = rng.choice([(8, 18), (9, 17), (10, 19), (9, 20)])
    m = rng.choice(["00", "30"])
    return (
        f"{a}:{m}–{b}:00" if loc[:2] != "en" else rng.choice([f"{a}:{m}–{b}:00", f"{a}:{m}am–{b - 12}:00pm"])
    )


def storage_size(rng, loc):
    return f"{rng.choice([64, 128, 256, 512])} GB ({rng.randrange(100, 500) / 10:.1f} GB"


def mtu(rng, loc):
    return f"MTU {rng.choice([1492, 1500, 1480, 9000])}, MSS {rng.choice([1452, 1460, 1440])}"


KINDS = {
    f.__name__: f
    for f in (
        bitlocker,
        anydesk,
        teamviewer,
        eid,
        lba,
        capacity_bytes,
        power_on_hours,
        realloc_raw,
        files_recovered,
        part_guid,
        md5,
        iso_ts,
        log_ts,
        postcode,
        ean13,
        courier,
        cpu,
        ram,
        charger,
        gps,
        slot,
        temps,
        price,
        instalments,
        company_reg,
        vat_id,
        topup,
        sku,
        cabinet,
        line_test,
        partitions,
        hex_offset,
        raid,
        seats,
        event_ids,
        endpoints,
        serial_line,
        page_count,
        trade_in,
        hours,
        mtu,
        storage_size,
    )
}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d)*(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def guard_hits(text):
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IP6_RE.finditer(text):
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
        for m in PhoneNumberMatcher(text, r, leniency=Leniency.VALID):
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
    """Draws hard negatives, redrawing dirty values (counted); a dash after 200 dirty draws."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = {}
        self.dash = {}

    def draw(self, kind, loc, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, loc)
            if not value_dirty(v, regions):
                self.used[kind] = self.used.get(kind, 0) + 1
                return v
            self.redraws += 1
        self.replaced += 1
        self.dash[kind] = self.dash.get(kind, 0) + 1
        return "–"
