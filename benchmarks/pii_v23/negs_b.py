"""Hard negatives of the v23 set, part 2: medical, school, HR, IT and general kinds (kept in negs.KINDS)."""

from . import values as V
from .negs import a_date, d, dec, fmt_date, kind, money, pick, th, up, year, z


# ---- medical, school, HR ---------------------------------------------------------------------------------
@kind("patient_no", "med")
def patient_no(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 2)} {z(rng, 3)} {z(rng, 3)}",
        lambda: f"PID {d(rng, 8)}",
        lambda: f"{d(rng, 3)}-{z(rng, 3)}-{z(rng, 3)}",
    )


@kind("hospital_case", "med")
def hospital_case(rng, r):
    return pick(
        rng,
        lambda: f"{year(rng)} {z(rng, 3)} {z(rng, 3)}",
        lambda: f"{d(rng, 9)}",
        lambda: f"F{year(rng)[2:]}/{z(rng, 5)}",
    )


@kind("lab_order", "med")
def lab_order(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 2)} {z(rng, 3)} {z(rng, 3)}",
        lambda: f"{d(rng, 4)}-{z(rng, 4)}",
        lambda: f"LA{z(rng, 7)}",
    )


@kind("drug_code", "med")
def drug_code(rng, r):
    return {
        "DE": lambda: z(rng, 8),
        "AT": lambda: z(rng, 7),
        "CH": lambda: z(rng, 7),
        "FR": lambda: f"34009 {d(rng, 3)} {z(rng, 3)} {z(rng, 1)} {z(rng, 1)}",
        "BE": lambda: z(rng, 7),
        "IT": lambda: f"0{d(rng, 8)}",
        "ES": lambda: f"{d(rng, 6)}.{z(rng, 1)}",
        "NL": lambda: f"RVG {d(rng, 5)}",
        "BR": lambda: f"1.{z(rng, 4)}.{z(rng, 4)}.{z(rng, 3)}-{z(rng, 1)}",
        "IN": lambda: f"{up(rng, 2)}/{z(rng, 5)}/{year(rng)}",
        "GB": lambda: f"PL {z(rng, 5)}/{z(rng, 4)}",
        "US": lambda: f"{z(rng, 5)}-{z(rng, 3)}-{z(rng, 2)}",
        "AU": lambda: f"AUST R {d(rng, 6)}",
        "IE": lambda: f"PA{d(rng, 4)}/{z(rng, 3)}/{z(rng, 3)}",
    }[r]()


@kind("insurer_code", "med")
def insurer_code(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
        lambda: d(rng, 9),
        lambda: f"{d(rng, 2)}-{z(rng, 5)}",
    )


@kind("blood_pressure", "med")
def blood_pressure(rng, r):
    return f"{rng.randint(105, 165)}/{rng.randint(60, 100)} mmHg"


@kind("nhs_no", "med")
def nhs_no(rng, r):
    while True:
        b = d(rng, 9, "3456789")
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        if c == 11:
            c = 0
        if c != 10:
            n = b + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


@kind("student_no", "school hr")
def student_no(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 1)} {z(rng, 3)} {z(rng, 3)}",
        lambda: d(rng, 7),
        lambda: f"{year(rng)}{z(rng, 4)}",
    )


@kind("school_code", "school")
def school_code(rng, r):
    return pick(
        rng,
        lambda: d(rng, 6),
        lambda: f"0{d(rng, 6)}{up(rng, 1)}",
        lambda: f"{up(rng, 4)}{z(rng, 5)}{up(rng, 1)}",
    )


@kind("exam_no", "school hr")
def exam_no(rng, r):
    return pick(rng, lambda: f"{d(rng, 4)}-{z(rng, 3)}", lambda: f"{d(rng, 2)} {z(rng, 2)} {z(rng, 3)}")


@kind("personnel_no", "hr biz")
def personnel_no(rng, r):
    return pick(rng, lambda: f"{z(rng, 2)} {d(rng, 4)}", lambda: z(rng, 6), lambda: f"P-{d(rng, 5)}")


@kind("job_ref", "hr")
def job_ref(rng, r):
    return pick(
        rng,
        lambda: f"{year(rng)}-{z(rng, 4)}-{up(rng, 2)}",
        lambda: f"{d(rng, 2)}/{z(rng, 3)}",
        lambda: f"JR{z(rng, 6)}",
    )


@kind("cost_center", "biz hr sheet")
def cost_center(rng, r):
    return pick(
        rng, lambda: f"{d(rng, 4)}-{z(rng, 3)}", lambda: d(rng, 6), lambda: f"{d(rng, 4)}/{z(rng, 2)}"
    )


@kind("gl_account", "biz sheet")
def gl_account(rng, r):
    return pick(rng, lambda: d(rng, 4), lambda: f"{d(rng, 4)} {z(rng, 2)}", lambda: d(rng, 6))


@kind("salary", "hr")
def salary(rng, r):
    lo = rng.randint(28, 70) * 1000
    return f"{money(rng, r, lo, lo)} – {money(rng, r, lo + 8000, lo + 8000)}"


# ---- IT --------------------------------------------------------------------------------------------------
@kind("version", "it")
def version(rng, r):
    return pick(
        rng,
        lambda: f"v{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
        lambda: f"Build {d(rng, 5)}.{z(rng, 4)}",
        lambda: f"{rng.randint(2, 24)}.{rng.randint(1, 12)}",
    )


@kind("ticket_no", "it gen")
def ticket_no(rng, r):
    return pick(
        rng,
        lambda: f"INC{z(rng, 7)}",
        lambda: f"#{d(rng, 7)}",
        lambda: f"{year(rng)}{z(rng, 6)}",
        lambda: f"SR-{d(rng, 3)}-{z(rng, 4)}",
    )


@kind("asset_tag", "it sheet")
def asset_tag(rng, r):
    return pick(
        rng,
        lambda: f"INV-{z(rng, 6)}",
        lambda: f"{up(rng, 2)}-{d(rng, 4)}-{z(rng, 3)}",
        lambda: f"{d(rng, 3)} {z(rng, 4)}",
    )


@kind("mac_address", "it sheet")
def mac_address(rng, r):
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randint(0, 255):02X}" for _ in range(6))


@kind("license_key", "it")
def license_key(rng, r):
    return "-".join(up(rng, 5) for _ in range(4))


# ---- general ---------------------------------------------------------------------------------------------
@kind("date", "gen")
def date(rng, r):
    return fmt_date(a_date(rng), r, rng.choice((0, 0, 0, 1)))


@kind("time_range", "gen")
def time_range(rng, r):
    a, b = rng.randint(7, 10), rng.randint(12, 13)
    return pick(
        rng,
        lambda: f"{a:02d}:00–{b:02d}:30",
        lambda: f"{a}.30 - {b}.00",
        lambda: f"{a:02d}:00-{b:02d}:00 / {b + 1:02d}:00-{b + 4:02d}:00",
    )


@kind("amount", "gen biz")
def amount(rng, r):
    return money(rng, r, 100, 2_000_000)


@kind("measurement", "gen biz")
def measurement(rng, r):
    size = [rng.randint(4, 24) * 100, rng.randint(4, 12) * 100, rng.randint(3, 20) * 100]
    return pick(
        rng,
        lambda: f"{size[0]} x {size[1]} x {size[2]} mm",
        lambda: f"Ø {rng.randint(6, 120)} mm",
        lambda: f"{rng.randint(10, 999)}{dec(r)}{rng.randint(0, 9)} m²",
    )


@kind("weight", "gen biz")
def weight(rng, r):
    return pick(
        rng,
        lambda: f"{rng.randint(1, 99)}{th(r)}{z(rng, 3)} kg",
        lambda: f"{rng.randint(1, 900)}{dec(r)}{z(rng, 1)} kg",
        lambda: f"{rng.randint(1, 40)} t",
    )


@kind("isbn", "gen school")
def isbn(rng, r):
    body = "978" + rng.choice(["3", "2", "84", "88", "90", "85", "0", "1", "93"])
    body += z(rng, 12 - len(body))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}" if rng.random() < 0.6 else full


@kind("issn", "gen school")
def issn(rng, r):
    return f"{d(rng, 4)}-{z(rng, 3)}{rng.choice('0123456789X')}"


CENTRE = {
    "DE": (51, 10, 2),
    "FR": (46.5, 2.5, 3),
    "ES": (40, -3.7, 3),
    "IT": (42.5, 12.5, 3),
    "NL": (52.2, 5.3, 0.8),
    "BR": (-15.8, -47.9, 8),
    "IN": (22, 79, 6),
    "US": (39, -95, 9),
    "GB": (53, -1.5, 1.5),
    "AT": (47.5, 14.5, 1),
    "CH": (46.8, 8.2, 0.6),
    "BE": (50.6, 4.5, 0.6),
    "AU": (-33, 147, 5),
    "IE": (53.3, -7.7, 1),
}


@kind("coordinates", "gen")
def coordinates(rng, r):
    la, lo, w = CENTRE[r]
    return f"{la + rng.uniform(-w, w):.6f}, {lo + rng.uniform(-w, w):.6f}"


@kind("postcode", "gen")
def postcode(rng, r):
    return {
        "DE": lambda: d(rng, 5),
        "AT": lambda: d(rng, 4),
        "CH": lambda: d(rng, 4),
        "FR": lambda: d(rng, 5),
        "BE": lambda: d(rng, 4),
        "ES": lambda: f"{rng.randint(1, 52):02d}{z(rng, 3)}",
        "IT": lambda: z(rng, 5),
        "NL": lambda: f"{d(rng, 4)} {up(rng, 2)}",
        "BR": lambda: f"{d(rng, 5)}-{z(rng, 3)}",
        "IN": lambda: f"{d(rng, 3)} {z(rng, 3)}",
        "AU": lambda: d(rng, 4),
        "US": lambda: f"{d(rng, 5)}-{z(rng, 4)}",
        "GB": lambda: f"{up(rng, 2)}{rng.randint(1, 20)} {rng.randint(1, 9)}{up(rng, 2)}",
        "IE": lambda: f"D{rng.randint(1, 24):02d} {up(rng, 1)}{z(rng, 1)}{up(rng, 2)}",
    }[r]()


@kind("po_box", "gen")
def po_box(rng, r):
    return pick(rng, lambda: f"{d(rng, 2)} {z(rng, 2)} {z(rng, 2)}", lambda: d(rng, 4), lambda: d(rng, 5))


@kind("room", "gen school med")
def room(rng, r):
    return pick(
        rng,
        lambda: f"{rng.randint(0, 5)}.{z(rng, 3)}",
        lambda: f"{up(rng, 1)} {d(rng, 3)}",
        lambda: f"{d(rng, 3)}",
    )


@kind("plate", "gen")
def plate(rng, r):
    return {
        "DE": lambda: f"{up(rng, rng.randint(1, 2))}-{up(rng, 2)} {d(rng, rng.randint(2, 4))}",
        "FR": lambda: f"{up(rng, 2)}-{z(rng, 3)}-{up(rng, 2)}",
        "ES": lambda: f"{z(rng, 4)} {rng.choice('BCDFGHJKLMNPRSTVWXYZ')}{up(rng, 2)}",
        "IT": lambda: f"{up(rng, 2)} {z(rng, 3)}{up(rng, 2)}",
        "NL": lambda: f"{up(rng, 2)}-{d(rng, 3)}-{up(rng, 1)}",
        "BR": lambda: f"{up(rng, 3)}{z(rng, 1)}{up(rng, 1)}{z(rng, 2)}",
        "GB": lambda: f"{up(rng, 2)}{rng.randint(10, 74)} {up(rng, 3)}",
        "IN": lambda: f"MH {rng.randint(1, 48):02d} {up(rng, 2)} {d(rng, 4)}",
        "US": lambda: f"{d(rng, 1)}{up(rng, 3)}{z(rng, 3)}",
        "AT": lambda: f"W-{d(rng, 5)}{up(rng, 1)}",
        "CH": lambda: f"ZH {d(rng, 6)}",
        "BE": lambda: f"1-{up(rng, 3)}-{z(rng, 3)}",
        "AU": lambda: f"{up(rng, 3)}-{z(rng, 3)}",
        "IE": lambda: f"{rng.randint(12, 24)}-D-{d(rng, 5)}",
    }[r]()


@kind("vin", "gen")
def vin(rng, r):
    return (
        rng.choice(["WVW", "WBA", "VF1", "ZFA", "VSS", "1HG", "9BW", "MA3"])
        + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8))
        + z(rng, 6)
    )


@kind("booking_ref", "gen")
def booking_ref(rng, r):
    return pick(
        rng, lambda: up(rng, 6), lambda: f"{d(rng, 4)} {z(rng, 4)}", lambda: f"{d(rng, 3)}-{z(rng, 7)}"
    )


@kind("loyalty_card", "gen")
def loyalty_card(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 4)} {z(rng, 4)} {z(rng, 4)}",
        lambda: d(rng, 10),
        lambda: f"{d(rng, 3)} {z(rng, 3)} {z(rng, 3)}",
    )


@kind("voucher_code", "gen")
def voucher_code(rng, r):
    while True:
        n = d(rng, 16)
        if not V.luhn_ok(n):
            return " ".join(n[i : i + 4] for i in range(0, 16, 4))


@kind("meter_no", "gen biz")
def meter_no(rng, r):
    return pick(
        rng,
        lambda: f"1ESY{z(rng, 8)}",
        lambda: f"{d(rng, 2)} {z(rng, 3)} {z(rng, 3)}",
        lambda: f"Z {d(rng, 4)} {z(rng, 4)}",
    )


@kind("meter_reading", "gen biz")
def meter_reading(rng, r):
    return pick(
        rng,
        lambda: f"{d(rng, 3)}{th(r)}{z(rng, 3)}{dec(r)}{z(rng, 1)} kWh",
        lambda: f"{d(rng, 5)} kWh",
        lambda: f"{d(rng, 4)}{dec(r)}{z(rng, 3)} m³",
    )


@kind("market_location", "gen biz")
def market_location(rng, r):
    return pick(rng, lambda: f"5{z(rng, 10)}", lambda: f"{d(rng, 4)} {z(rng, 4)} {z(rng, 3)}")


@kind("page", "gen")
def page(rng, r):
    n = rng.randint(2, 9)
    return f"{rng.randint(1, n)}/{n}"


@kind("opening_hours", "gen")
def opening_hours(rng, r):
    return f"{rng.randint(7, 9)}–{rng.randint(12, 13)} / {rng.randint(14, 15)}–{rng.randint(17, 19)}"
