"""Hard negatives (second half of the generators): amounts, readings, dates, places and times."""

from .negvals_a import _d, _dec, _money, _nz, _thou


def payslip(rng, lang):
    return _money(rng, lang, 1400, 5200)


def shift(rng, lang):
    a = rng.choice([6, 7, 8, 13, 14, 22])
    return "%02d:%s–%02d:%s" % (
        a,
        rng.choice(["00", "30"]),
        (a + rng.choice([6, 8])) % 24,
        rng.choice(["00", "30"]),
    )


def hours(rng, lang):
    return "%d%s%d h" % (rng.randint(8, 45), _dec(lang), rng.choice([0, 5, 25, 75]))


def salary(rng, lang):
    a = rng.randint(21, 48) * 1000
    return "%s–%s" % (_money(rng, lang, a, a, False), _money(rng, lang, a + 3000, a + 3000, False))


def dob(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2012)
    if lang == "en" and rng.random() < 0.5:
        return "%02d/%02d/%d" % (m, d, y)
    return "%02d%s%02d%s%d" % (d, rng.choice([".", "/", "-"]), m, rng.choice([".", "/", "-"]), y)


def ages(rng, lang):
    a = rng.randint(3, 14)
    return "%d–%d" % (a, a + rng.randint(2, 5))


def votes(rng, lang):
    return "%d : %d" % (rng.randint(120, 2400), rng.randint(80, 2200))


def signatures(rng, lang):
    return "{:,}".format(rng.randint(1200, 98000)).replace(",", _thou(lang))


def donations(rng, lang):
    return _money(rng, lang, 300, 24000)


def headcount(rng, lang):
    return "%d + %d" % (rng.randint(12, 90), rng.randint(3, 40))


def temperature(rng, lang):
    return "%d%s%d °C" % (rng.randint(-9, 34), _dec(lang), rng.randint(0, 9))


def rainfall(rng, lang):
    return "%d%s%d mm" % (rng.randint(0, 60), _dec(lang), rng.randint(0, 9))


def address_range(rng, lang):
    a = rng.randint(1, 120)
    return "%d–%d" % (a, a + rng.randint(8, 60))


def po_box(rng, lang):
    return _nz(rng, rng.choice([4, 5]))


def flat(rng, lang):
    return "%d/%d" % (rng.randint(1, 12), rng.randint(1, 8))


def gift_card(rng, lang):
    return " ".join(_d(rng, 4) for _ in range(4))


def member_number(rng, lang):
    return "M-%s" % _nz(rng, 5)


def library_card(rng, lang):
    return "%s %s %s" % (_d(rng, 1), _d(rng, 4), _d(rng, 9))


def cheque_number(rng, lang):
    return _d(rng, 6)


def model_number(rng, lang):
    return rng.choice(["WM14N2G0GB", "KGN39VLEB", "HX-4471-B", "SM-A546B", "T1-2209", "DW-60M9550"])


def bus_route(rng, lang):
    return "%d, %d, %d" % (rng.randint(1, 40), rng.randint(41, 120), rng.randint(121, 399))


def score(rng, lang):
    t = rng.choice([20, 50, 100, 120])
    return "%d/%d" % (rng.randint(t // 3, t), t)


def bin_day(rng, lang):
    return "%d/%d, %d/%d" % (rng.randint(1, 14), rng.randint(1, 12), rng.randint(15, 28), rng.randint(1, 12))


def body_weight(rng, lang):
    return "%d%s%d kg" % (rng.randint(48, 120), _dec(lang), rng.randint(0, 9))


def height(rng, lang):
    return "1%s%02d m" % (_dec(lang), rng.randint(45, 98))


def shoe_size(rng, lang):
    return "EU %d / UK %d" % (rng.randint(36, 46), rng.randint(3, 12))


def fuel_use(rng, lang):
    return "%d%s%d l/100 km" % (rng.randint(4, 11), _dec(lang), rng.randint(0, 9))


def tariff(rng, lang):
    return "%d%s%02d ct/kWh" % (rng.randint(19, 42), _dec(lang), rng.randint(0, 99))


def interest_rate(rng, lang):
    return "%d%s%02d %%" % (rng.randint(1, 7), _dec(lang), rng.randint(0, 99))


def loan_ref(rng, lang):
    return "%s-%s" % (_nz(rng, 4), _d(rng, 6))


def claim_number(rng, lang):
    return "CLM-%d-%s" % (rng.randint(2023, 2025), _d(rng, 7))


def rma(rng, lang):
    return _nz(rng, 9)


def job_ref(rng, lang):
    return "JB-%s" % _d(rng, 4)


def support_case(rng, lang):
    return "#" + _nz(rng, 7)


def grid_ref(rng, lang):
    return "%s %s %s" % (rng.choice(["SK", "SE", "NY", "SU", "TQ", "SJ"]), _d(rng, 4), _d(rng, 4))


def gps_dms(rng, lang):
    return "%d°%02d′%02d″N %d°%02d′%02d″E" % (
        rng.randint(36, 58),
        rng.randint(0, 59),
        rng.randint(0, 59),
        rng.randint(0, 15),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )


def elevation(rng, lang):
    return "{:,} m".format(rng.randint(120, 3200)).replace(",", _thou(lang) if lang != "fr" else " ")


def distance(rng, lang):
    return "%d%s%d km" % (rng.randint(1, 42), _dec(lang), rng.randint(0, 9))


def duration(rng, lang):
    return "%d h %02d min" % (rng.randint(0, 5), rng.randint(1, 59))


def date_range(rng, lang):
    d, m = rng.randint(1, 20), rng.randint(1, 12)
    return "%02d.–%02d.%02d.%d" % (d, d + rng.randint(2, 8), m, rng.randint(2024, 2026))


def year_range(rng, lang):
    a = rng.randint(1968, 2018)
    return "%d–%d" % (a, a + rng.randint(2, 9))


def time_range(rng, lang):
    a = rng.randint(7, 18)
    return "%d.%s–%d.%s" % (
        a,
        rng.choice(["00", "30"]),
        a + rng.randint(1, 4),
        rng.choice(["00", "15", "30"]),
    )


def unit_price(rng, lang):
    return "%s/kg" % _money(rng, lang, 1, 24)
