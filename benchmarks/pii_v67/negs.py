"""Hard negatives for v67: motoring numbers that are not phones (none of these kinds is in v52's list)."""

import phonenumbers as pn

from . import other

L = "ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def dg(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def dec(rng, lo, hi, places, comma):
    s = "%.*f" % (places, rng.uniform(lo, hi))
    return s.replace(".", ",") if comma else s


def thousands(n, comma):
    s = "{:,}".format(n)
    return s.replace(",", "." if comma else ",")


def vin(rng, c):
    return (
        rng.choice(["WVW", "WBA", "VF1", "ZFA", "SAL", "1FT", "JTD", "TMB", "YV1", "WDD"])
        + "".join(rng.choice(VIN_CH) for _ in range(8))
        + "".join(rng.choice("0123456789") for _ in range(6))
    )


KINDS = {
    "vin": vin,
    "uk_plate": lambda r, c: (
        "%s%s%02d %s"
        % (
            r.choice(L),
            r.choice(L),
            r.choice([19, 20, 21, 22, 23, 24, 25, 69, 70, 71, 72, 73, 74, 75]),
            "".join(r.choice(L) for _ in range(3)),
        )
    ),
    "de_plate": lambda r, c: (
        "%s-%s %d"
        % (
            r.choice(["KS", "WÜ", "R", "OS", "UL", "BI", "OL", "TR", "EF", "HL"]),
            r.choice(L) + r.choice(L),
            r.randint(1, 9999),
        )
    ),
    "odometer": lambda r, c: "%s km" % thousands(r.randint(8000, 260000), c),
    "mileage": lambda r, c: "%s miles" % thousands(r.randint(4000, 160000), False),
    "tyre_size": lambda r, c: (
        "%d/%d R%d %d%s"
        % (
            r.choice([185, 195, 205, 215, 225, 235, 245]),
            r.choice([40, 45, 50, 55, 60, 65]),
            r.choice([15, 16, 17, 18, 19]),
            r.randint(82, 104),
            r.choice("HVWY"),
        )
    ),
    "tyre_dot": lambda r, c: (
        "DOT %s%s %s %02d%02d"
        % (r.choice(L), dg(r, 1), "".join(r.choice(L) for _ in range(2)), r.randint(1, 52), r.randint(19, 25))
    ),
    "tread": lambda r, c: "%s mm" % dec(r, 1.6, 7.5, 1, c),
    "pressure": lambda r, c: "%s bar" % dec(r, 1.9, 3.1, 1, c),
    "oil_spec": lambda r, c: (
        "%dW-%d, %s l" % (r.choice([0, 5, 10]), r.choice([20, 30, 40]), dec(r, 3.5, 6.5, 1, c))
    ),
    "engine": lambda r, c: "%s cm³, %d kW" % (thousands(r.randint(998, 2998), c), r.randint(55, 190)),
    "consumption": lambda r, c: "%s l/100 km" % dec(r, 3.9, 9.8, 1, c),
    "co2": lambda r, c: "%d g/km CO₂" % r.randint(89, 219),
    "hsn_tsn": lambda r, c: (
        "%04d/%s%s%s" % (r.randint(5, 9999), r.choice(L), r.choice(L), r.choice(L + "0123456789"))
    ),
    "mot_test": lambda r, c: "%s %s %s" % (dg(r, 4), dg(r, 4, "0123456789"), dg(r, 4, "0123456789")),
    "inspection_report": lambda r, c: "%s/%s" % (dg(r, 7), dg(r, 5)),
    "due_month": lambda r, c: "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2028)),
    "job_card": lambda r, c: "JC-%s" % dg(r, 6),
    "part_no": lambda r, c: (
        "%s%s %s %s %s"
        % (dg(r, 2, "0123456789"), r.choice(L), dg(r, 3), dg(r, 3, "0123456789"), r.choice(L) + r.choice(L))
    ),
    "obd_code": lambda r, c: "%s%04d" % (r.choice("PPPCBU"), r.randint(1, 3499)),
    "torque": lambda r, c: "%d Nm" % r.choice([90, 110, 120, 130, 140, 160, 180]),
    "battery": lambda r, c: (
        "%d Ah / %d A" % (r.choice([44, 60, 70, 74, 80, 95]), r.choice([440, 540, 680, 760, 800]))
    ),
    "paint_code": lambda r, c: r.choice(["LY9B", "LC9X", "A96", "475", "040", "1G3", "PSA EXY", "TKK"]),
    "key_code": lambda r, c: "%s%s" % (r.choice(L), dg(r, 4, "0123456789")),
    "policy_no": lambda r, c: "%s-%s-%s" % ("".join(r.choice(L) for _ in range(3)), dg(r, 4), dg(r, 6)),
    "booking_ref": lambda r, c: "%s%s" % ("".join(r.choice(L) for _ in range(2)), dg(r, 9)),
    "road_km": lambda r, c: "A%d km %s" % (r.randint(1, 99), dec(r, 2, 700, 1, c)),
    "junction": lambda r, c: "M%d J%d" % (r.choice([1, 4, 5, 6, 25, 40, 62]), r.randint(2, 40)),
    "gps": lambda r, c: "%.5f, %.5f" % (r.uniform(40, 56), r.uniform(-5, 15)),
    "licence_no": lambda r, c: (
        "%s%s%s%s9%s"
        % (
            "".join(r.choice(L) for _ in range(5)),
            dg(r, 6, "0123456789"),
            r.choice(L),
            r.choice(L),
            "".join(r.choice(L) for _ in range(2)),
        )
    ),
    "lesson_block": lambda r, c: "%d × %d min" % (r.choice([5, 10, 12, 20]), r.choice([45, 60, 90])),
    "theory_ref": lambda r, c: "%s" % dg(r, 8),
    "price": lambda r, c: (
        ("%s €" % (thousands(r.randint(90, 38000), c) + ",00"))
        if c
        else "£%s.%02d" % (thousands(r.randint(40, 28000), False), r.randint(0, 99))
    ),
    "finance": lambda r, c: "%d × %d" % (r.choice([24, 36, 48, 60]), r.randint(149, 699)),
    "apr": lambda r, c: "%s %%" % dec(r, 1.9, 11.9, 1, c),
    "recovery_job": lambda r, c: "RJ-%s-%s" % ("".join(r.choice(L) for _ in range(2)), dg(r, 5)),
    "stock_no": lambda r, c: "%s%s" % (r.choice(["ST", "U", "N"]), dg(r, 5)),
    "weight": lambda r, c: "%s kg" % thousands(r.randint(980, 3500), c),
    "service_interval": lambda r, c: (
        "%s km / %d" % (thousands(r.choice([15000, 20000, 30000]), c), r.choice([12, 24]))
    ),
    "lambda_co": lambda r, c: "λ %s, CO %s %%vol" % (dec(r, 0.97, 1.03, 3, c), dec(r, 0.0, 0.3, 2, c)),
    "brake_disc": lambda r, c: "%s mm" % dec(r, 20, 28, 1, c),
    "alignment": lambda r, c: "%+d°%02d′" % (r.randint(-1, 1), r.randint(0, 59)),
    "tacho_card": lambda r, c: "DE%s%s" % (dg(r, 13, "0123456789"), dg(r, 1, "0123456789")),
}


def dirty(value, regions):
    """True when the value alone looks like PII: a phone for any region, or a guard hit."""
    if other.guard_hits(value):
        return True
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(value, reg)):
                return True
        except pn.NumberParseException:
            pass
        for _ in pn.PhoneNumberMatcher(value, reg, leniency=pn.Leniency.VALID):
            return True
    return False


class Drawer:
    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.replaced = 0
        self.used = set()
        self.replaced_kinds = []

    def __call__(self, kind, comma, regions):
        for _ in range(1000):
            v = KINDS[kind](self.rng, comma)
            if not dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.replaced += 1
        self.replaced_kinds.append(kind)
        return self("tread", comma, regions)
