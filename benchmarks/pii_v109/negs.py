"""Hard negatives: digit-heavy strings from mines, quarries and offshore sites that are not PII."""

import ipaddress
import re

import phonenumbers as pn
from phonenumbers import Leniency, PhoneNumberMatcher


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _imo(rng):
    while True:
        six = _d(rng, 6, "9")
        chk = sum(int(c) * w for c, w in zip(six, range(7, 1, -1), strict=True)) % 10
        return "IMO " + six + str(chk)


def _grid(rng):
    return "%s %s %s" % (rng.choice(["SK", "NJ", "SS", "NZ", "SE", "NH"]), _d(rng, 5), _d(rng, 5))


def _dms(rng):
    return "%d°%02d'%04.1f\"N %d°%02d'%04.1f\"E" % (
        rng.randint(51, 61),
        rng.randint(0, 59),
        rng.uniform(0, 59.9),
        rng.randint(0, 4),
        rng.randint(0, 59),
        rng.uniform(0, 59.9),
    )


KINDS = {
    "imo": _imo,
    "mmsi": lambda r: "MMSI " + r.choice(["232", "235", "244", "257", "211"]) + _d(r, 6),
    "os_grid": _grid,
    "utm": lambda r: "%dU %s E %s N" % (r.choice([30, 31, 32, 33]), _d(r, 6, "3456"), _d(r, 7, "5")),
    "dms": _dms,
    "licence_block": lambda r: (
        "%d/%d%s" % (r.randint(9, 49), r.randint(1, 30), r.choice(["a", "b", "c", ""]))
    ),
    "well_id": lambda r: (
        "%d/%d-%s-%d" % (r.randint(15, 35), r.randint(1, 12), r.choice("ABCDEF"), r.randint(1, 40))
    ),
    "tonnage": lambda r: "%s %03d t" % (r.randint(1, 980), r.randint(0, 999)),
    "ppv": lambda r: "PPV %.1f mm/s (%d m)" % (r.uniform(0.4, 11.9), r.randint(120, 900)),
    "overpressure": lambda r: "%d dB(L)" % r.randint(104, 128),
    "mic": lambda r: "MIC %.1f kg" % r.uniform(8, 160),
    "delays": lambda r: " / ".join("%d ms" % x for x in sorted(r.sample(range(17, 500), 3))),
    "drillhole": lambda r: "DH-%d-%04d" % (r.randint(2019, 2026), r.randint(1, 9999)),
    "gas": lambda r: (
        "CH4 %.1f %%, CO %d ppm, O2 %.1f %%" % (r.uniform(0, 1.4), r.randint(0, 40), r.uniform(19.5, 20.9))
    ),
    "ba_cylinder": lambda r: (
        "cyl. %s-%s, %d bar" % (_d(r, 4, "123456789"), _d(r, 4), r.choice([200, 207, 300]))
    ),
    "opito": lambda r: (
        "OPITO %s%s" % (_d(r, 4, "123456789"), _d(r, 4)) + r.choice(["/FOET", "/BOSIET", "/HUET"])
    ),
    "rotation": lambda r: "%d/%d" % r.choice([(14, 14), (14, 21), (21, 21), (28, 28), (12, 16), (7, 7)]),
    "shift_times": lambda r: (
        "%02d:%02d–%02d:%02d"
        % (r.choice([6, 7, 18, 19]), r.choice([0, 30]), r.choice([6, 7, 18, 19]), r.choice([0, 30]))
    ),
    "tide": lambda r: "HW %02d:%02d %.1f m" % (r.randint(0, 23), r.randint(0, 59), r.uniform(2, 6.5)),
    "sea_state": lambda r: "Hs %.1f m, Tp %d s" % (r.uniform(0.4, 3.2), r.randint(4, 13)),
    "wind": lambda r: "%d kn (%d m)" % (r.randint(6, 38), r.choice([10, 50, 100, 150])),
    "wtg": lambda r: "WTG %s%02d" % (r.choice("ABCDEFGHJK"), r.randint(1, 60)),
    "cable_kv": lambda r: "%d kV" % r.choice([33, 66, 132, 155, 220, 275, 320, 400]),
    "weighbridge": lambda r: "WB%s" % _d(r, 7, "0"),
    "grading": lambda r: (
        r.choice(["0/4", "0/31.5", "4/10", "6/14", "10/20", "20/40", "40/75", "0/63"]) + " mm"
    ),
    "planning_ref": lambda r: "%02d/%05d/MIN" % (r.randint(15, 25), r.randint(1, 99999)),
    "grade": lambda r: r.choice(
        [
            "%.2f g/t Au" % r.uniform(0.3, 9),
            "Fe %.1f %%" % r.uniform(55, 66),
            "%.2f %% Cu" % r.uniform(0.2, 3.5),
        ]
    ),
    "aod": lambda r: "%.1f m AOD" % r.uniform(-40, 420),
    "depth_md": lambda r: "%d %03d m MD" % (r.randint(1, 5), r.randint(0, 999)),
    "conveyor": lambda r: "CV-%d%02d" % (r.randint(1, 4), r.randint(1, 40)),
    "core_box": lambda r: "box %d of %d" % (r.randint(1, 120), r.randint(121, 360)),
    "ucs": lambda r: "UCS %d MPa" % r.randint(40, 260),
    "css": lambda r: "CSS %d mm" % r.randint(12, 160),
    "swl": lambda r: "SWL %d t / %d m" % (r.randint(2, 60), r.randint(8, 40)),
    "vhf": lambda r: (
        "Ch %d / %.3f MHz" % r.choice([(16, 156.8), (12, 156.6), (14, 156.7), (67, 156.375), (72, 156.625)])
    ),
    "notam": lambda r: "%s%04d/%02d" % (r.choice("ABCEH"), r.randint(1, 9999), r.randint(22, 26)),
    "helideck_d": lambda r: "D %.1f m, %.1f t" % (r.uniform(16, 24), r.uniform(5, 14)),
    "equipment_no": lambda r: "EQ %s" % _d(r, 8, "1"),
    "badge": lambda r: "badge %s" % _d(r, 8, "0"),
    "pob": lambda r: "POB %d/%d" % (r.randint(40, 180), r.randint(181, 220)),
    "explosives_licence": lambda r: "EXP/%d/%04d" % (r.randint(2020, 2026), r.randint(1, 9999)),
    "iso_date": lambda r: "%d-%02d-%02d" % (r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28)),
    "hydraulic": lambda r: "%d bar" % r.choice([160, 210, 250, 350, 420]),
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
_RUN = re.compile(r"\d[\d \-]{11,30}\d")
_IP4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IP6 = re.compile(r"(?<![\w:])[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])")


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    except ValueError:
        return False


def guard_hits(text):
    hits = []
    if _EMAIL.search(text):
        hits.append("email")
    if _SSN.search(text):
        hits.append("ssn")
    for m in _RUN.finditer(text):
        dg = re.sub(r"[ \-]", "", m.group())
        for i in range(len(dg)):
            for j in range(i + 13, min(len(dg), i + 19) + 1):
                if luhn(dg[i:j]):
                    hits.append("luhn")
                    break
            if hits and hits[-1] == "luhn":
                break
    for m in _IBAN.finditer(text):
        if iban_ok(m.group()):
            hits.append("iban")
    for m in _IP4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in _IP6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append("ipv6")
            except ValueError:
                pass
    return hits


def phone_hits(text, regions):
    """parse + is_valid_number (letters blanked, so no keypad letters) and the matcher at VALID."""
    bare = re.sub(r"[^\W\d_]", " ", text)
    for reg in regions:
        try:
            num = pn.parse(bare, reg)
            if pn.is_valid_number(num):
                return True
        except pn.NumberParseException:
            pass
        for _ in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            return True
    return False


def doc_hits(text, regions):
    """Whole-document screen: only the matcher, no whole-text parse."""
    for reg in regions:
        for _ in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            return True
    return False


def dirty(value, regions):
    return phone_hits(value, regions) or bool(guard_hits(value))
