"""Hard negatives: digit strings that are not phone numbers, in the numbers and layouts a phone could have.

Each generator takes (rng, lang, region) and returns the value as written; the words that announce it
(a context word that is not a phone word) come from the genre templates or from negs_labels.LABELS.
"""

from .guards import guard_hits
from .negfmt import (
    DAYS,
    FAN,
    PLATFORM,
    SEAT,
    TIDE,
    TRAINS,
    YEAR,
    D,
    _cas,
    _case,
    _company,
    _dep,
    _ean,
    _isbn13,
    _postcode,
    _price_calc,
    _semver,
    _slot,
    _splits,
    _vat,
    clock,
    date,
    date_range,
    dec,
    digits,
    fdec,
    fint,
    hhmm,
    money,
)

GEN = {}


def gen(*kinds):
    def register(f):
        for k in kinds:
            GEN[k] = f
        return f

    return register


def simple(kind, f):
    GEN[kind] = f


# sports
simple("attendance", lambda r, lg, rg: fint(r.randint(312, 48000), lg))
simple("bib_number", lambda r, lg, rg: str(r.randint(100, 19999)))
simple("finish_time", lambda r, lg, rg: f"{r.randint(1, 4)}:{r.randint(10, 59):02d}:{r.randint(0, 59):02d}")
simple("cricket_score", lambda r, lg, rg: f"{r.randint(120, 340)}/{r.randint(2, 9)} ({r.randint(20, 50)} ov)")
simple("lap_splits", lambda r, lg, rg: _splits(r, lg))
simple("fide_id", lambda r, lg, rg: digits(r, r.choice((7, 8, 8, 9))))
simple("match_minutes", lambda r, lg, rg: ", ".join(f"{m}'" for m in sorted(r.sample(range(3, 90), 3))))


@gen("stadium_seat")
def _seat(r, lg, rg):
    return (
        f"{SEAT[lg][0]} {r.randint(101, 248)}, {SEAT[lg][1]} {r.randint(1, 38)}, {SEAT[lg][2]} "
        f"{r.randint(1, 32)}"
    )


@gen("season_ticket")
def _season(r, lg, rg):
    return r.choice((f"{digits(r, 4, '0')} {digits(r, 4)}", f"{digits(r, 3, '0')}-{digits(r, 5)}"))


@gen("golf_card")
def _golf(r, lg, rg):
    return f"Par {r.choice((70, 71, 72))}, SSS {r.randint(68, 74)}, HCP {fdec(r.uniform(2, 36), 1, lg)}"


# timetables
@gen("train_service")
def _train(r, lg, rg):
    return f"{r.choice(TRAINS[rg])} {r.randint(11, 99999)}, {PLATFORM[lg]} {r.randint(1, 14)}"


@gen("tide_times")
def _tide(r, lg, rg):
    hw, lw = TIDE[lg]
    return (
        f"{hw} {hhmm(r, 0, 11)} ({fdec(r.uniform(3, 9), 1, lg)} m) / "
        f"{lw} {hhmm(r, 12, 23)} ({fdec(r.uniform(0.2, 2), 1, lg)} m)"
    )


@gen("opening_hours")
def _opening(r, lg, rg):
    d = DAYS[lg].split()
    return (
        f"{d[0]}–{d[4]} {r.randint(6, 9):02d}:{r.choice((0, 30)):02d}–{r.randint(17, 20)}:"
        f"{r.choice((0, 30)):02d}, {d[5]} {r.randint(8, 10):02d}:00–{r.randint(12, 16)}:00"
    )


@gen("route_km")
def _route_km(r, lg, rg):
    return "km " + " – ".join(fdec(x, 1, lg) for x in sorted(r.uniform(0, 60) for _ in range(3)))


simple("valid_period", lambda r, lg, rg: date_range(r, lg, rg, YEAR[0]))
simple("fare_zones", lambda r, lg, rg: f"{r.randint(1, 3)}–{r.randint(4, 6)}: {money(r, lg, rg, 1, 9)}")
simple("departure_times", lambda r, lg, rg: ", ".join(f"{h:02d}:{m:02d}" for h, m in _dep(r)))


# recipes and shopping
@gen("oven_setting")
def _oven(r, lg, rg):
    return f"{r.choice((160, 180, 190, 200, 220))} °C ({r.choice((140, 160, 170, 180))} °C {FAN[lg]})"


@gen("article_number")
def _article(r, lg, rg):
    return r.choice((f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", f"{digits(r, 6)}-{digits(r, 3)}"))


simple("nutrition", lambda r, lg, rg: f"{fint(r.randint(800, 2600), lg)} kJ / {r.randint(190, 620)} kcal")
simple("price_calc", lambda r, lg, rg: _price_calc(r, lg, rg))
simple("ean_barcode", lambda r, lg, rg: _ean(r))
simple("receipt_number", lambda r, lg, rg: f"{digits(r, 4, '0')}-{digits(r, 4)}-{digits(r, 2)}")
simple("loyalty_points", lambda r, lg, rg: fint(r.randint(120, 25000), lg))
simple("best_before", lambda r, lg, rg: f"{date(r, lg, rg, YEAR[0] + 1)} L{digits(r, 4)} {hhmm(r)}")
simple("weight_qty", lambda r, lg, rg: f"{r.choice((125, 150, 200, 250, 400, 500, 750))} g")
simple("minutes", lambda r, lg, rg: str(r.randint(12, 55)))

# school
simple("term_dates", lambda r, lg, rg: date_range(r, lg, rg, YEAR[0]))
simple("fee_amount", lambda r, lg, rg: money(r, lg, rg, 5, 640))
simple("candidate_number", lambda r, lg, rg: f"{digits(r, 5)}/{digits(r, 4, D)}")
simple(
    "locker_combo", lambda r, lg, rg: f"{r.randint(1, 39):02d}-{r.randint(1, 39):02d}-{r.randint(1, 39):02d}"
)
simple("exam_slot", lambda r, lg, rg: _slot(r))


@gen("room_number")
def _room(r, lg, rg):
    return r.choice(
        (
            f"{r.choice('ABCDE')}{r.randint(0, 3)}.{r.randint(1, 40):02d}",
            f"{r.choice('ABCDE')} {r.randint(101, 348)}",
            f"{r.randint(0, 3)}.{r.randint(1, 99):03d}",
        )
    )


@gen("student_id")
def _student(r, lg, rg):
    return r.choice((f"{r.randint(2019, 2024)} {digits(r, 4, '0')} {digits(r, 2)}", digits(r, 9)))


# classifieds
simple("asking_price", lambda r, lg, rg: money(r, lg, rg, 40, 2600, cents=False))
simple("small_price", lambda r, lg, rg: money(r, lg, rg, 3, 120, cents=r.random() < 0.5))
simple("car_price", lambda r, lg, rg: money(r, lg, rg, 2500, 38000, cents=False))
simple("listing_ref", lambda r, lg, rg: f"{digits(r, 5)}-{r.choice(('LB', 'KA', 'X', 'MV', 'T'))}")
simple(
    "dimensions", lambda r, lg, rg: f"{r.randint(40, 220)} x {r.randint(30, 120)} x {r.randint(20, 110)} cm"
)
simple("auction_lot", lambda r, lg, rg: str(r.randint(1, 1480)))
simple("year_built", lambda r, lg, rg: f"{r.randint(1890, 1995)}/{r.randint(1998, 2023)}")


@gen("floor_area")
def _area(r, lg, rg):
    plot = f" / {fint(r.randint(300, 2400), lg)} m²" if r.random() < 0.4 else ""
    return f"{r.randint(28, 240)} m²" + plot


@gen("engine_specs")
def _engine(r, lg, rg):
    cc = fint(r.choice((998, 1199, 1395, 1598, 1968, 2143)), lg)
    return f"{cc} cm³, {r.randint(44, 140)} kW, {r.randint(1, 12):02d}/{r.randint(2008, 2021)}"


@gen("clothing_size")
def _size(r, lg, rg):
    eu = r.choice(range(34, 48, 2))
    return r.choice(
        (
            f"EU {eu} / UK {eu - 28}",
            f"{r.choice((74, 80, 86, 92, 98, 104))}/{r.choice((80, 86, 92, 98, 110))}",
            f"{r.randint(36, 45)}{dec(lg)}5",
        )
    )


# tenders
simple(
    "notice_number", lambda r, lg, rg: f"{r.choice((2024, 2025))}/S {r.randint(1, 250):03d}-{digits(r, 6)}"
)
simple("company_reg", lambda r, lg, rg: _company(r, rg))
simple("vat_number", lambda r, lg, rg: _vat(r, rg))
simple("contract_value", lambda r, lg, rg: money(r, lg, rg, 40000, 9800000, cents=False))
simple("deadline", lambda r, lg, rg: f"{date(r, lg, rg)}, {clock(r, lg, 9, 16)}")
simple("court_case", lambda r, lg, rg: _case(r, rg))


@gen("cpv_code")
def _cpv(r, lg, rg):
    head = r.choice(("45", "50", "71", "72", "79", "90", "34", "33", "39"))
    return f"{head}{digits(r, 6, D)}-{r.randint(0, 9)}"


# science and technical
simple("pmid", lambda r, lg, rg: digits(r, 8, "23"))
simple("isbn", lambda r, lg, rg: _isbn13(r))
simple("gps_decimal", lambda r, lg, rg: f"{r.uniform(-35, 60):.6f}, {r.uniform(-10, 80):.6f}")
simple("sw_version", lambda r, lg, rg: _semver(r))
simple("epoch_time", lambda r, lg, rg: str(r.randint(1690000000, 1740000000)))
simple("cas_number", lambda r, lg, rg: _cas(r))
simple("part_number", lambda r, lg, rg: f"0 {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}")
simple("grant_number", lambda r, lg, rg: digits(r, 9, "1"))


@gen("doi")
def _doi(r, lg, rg):
    return r.choice(
        (
            f"10.{r.randint(1000, 1200)}/{r.choice(('s', 'j.', 'ncomms'))}{digits(r, 5)}-0"
            f"{r.randint(20, 24)}-{digits(r, 5)}-{r.randint(0, 9)}",
            f"10.{r.randint(1016, 1371)}/journal.pone.{digits(r, 7, '0')}",
        )
    )


@gen("sample_id")
def _sample(r, lg, rg):
    head = r.choice(("S", "P", "BX", "L"))
    return f"{head}-{r.randint(2022, 2025)}-{r.randint(1, 999):04d}-{r.randint(1, 12):02d}"


@gen("measurement")
def _measure(r, lg, rg):
    return (
        f"{fdec(r.uniform(980, 1040), 2, lg)} hPa, {fdec(r.uniform(-5, 34), 1, lg)} °C, {r.randint(20, 99)} %"
    )


@gen("frequency")
def _freq(r, lg, rg):
    return r.choice(
        (f"{fdec(r.uniform(86, 108), 1, lg)} MHz", f"{fdec(r.choice((433.92, 868.3, 2402.0)), 2, lg)} MHz")
    )


@gen("accession")
def _accession(r, lg, rg):
    return r.choice(
        (
            f"NM_{digits(r, 6, '0')}.{r.randint(1, 9)}",
            f"chr{r.randint(1, 22)}:{fint(r.randint(1000000, 99000000), 'en')}",
        )
    )


@gen("serial_number")
def _serial(r, lg, rg):
    return f"{r.choice('ABCDFHKLMX')}{r.randint(1, 9)}{digits(r, 4, D)}-{digits(r, 5)}"


@gen("patent_number")
def _patent(r, lg, rg):
    return r.choice(
        (
            f"EP {r.randint(1, 4)} {digits(r, 3)} {digits(r, 3)} B1",
            f"US {r.randint(8, 12)},{digits(r, 3)},{digits(r, 3)} B2",
            f"DE 10 20{r.randint(10, 23)} {digits(r, 3)} {digits(r, 3)} A1",
        )
    )


@gen("stats_result")
def _stats(r, lg, rg):
    return f"n = {fint(r.randint(40, 4800), lg)}, p = {fdec(r.uniform(0.0001, 0.05), 4, lg)}"


# social posts, reviews, paperwork
simple("follower_count", lambda r, lg, rg: fint(r.randint(150, 98000), lg))
simple("post_time", lambda r, lg, rg: f"{hhmm(r)} · {date(r, lg, rg, YEAR[0])}")
simple("meter_reading", lambda r, lg, rg: f"{r.randint(0, 99999):06d}{dec(lg)}{r.randint(0, 9)} kWh")
simple("voucher_code", lambda r, lg, rg: f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}")
simple("weather_obs", lambda r, lg, rg: f"{fdec(r.uniform(0, 30), 1, lg)} mm, {r.randint(5, 90)} km/h")
simple("postcode", lambda r, lg, rg: _postcode(r, rg))


@gen("order_number")
def _order(r, lg, rg):
    return r.choice(
        (f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}", f"{digits(r, 4)} {digits(r, 4)} {digits(r, 3)}")
    )


@gen("tracking_number")
def _tracking(r, lg, rg):
    return r.choice(
        (
            f"00 3404 {digits(r, 4, D)} {digits(r, 4, D)} {digits(r, 4)}",
            f"JJD{digits(r, 14, '0')}",
            f"1Z {digits(r, 3)} {digits(r, 3)} {digits(r, 2)} {digits(r, 4)} {digits(r, 3)} 1",
        )
    )


@gen("star_rating")
def _stars(r, lg, rg):
    return f"{fdec(r.choice((3.8, 4.1, 4.3, 4.5, 4.6, 4.8)), 1, lg)}/5 ({fint(r.randint(12, 9000), lg)})"


@gen("invoice_number")
def _invoice(r, lg, rg):
    return f"{r.choice(('INV', 'RE', 'F', 'FAC', 'NF'))}-{r.randint(2023, 2025)}-{r.randint(1, 99999):05d}"


@gen("customer_number")
def _customer(r, lg, rg):
    return r.choice((f"{digits(r, 4)} {digits(r, 4)} {digits(r, 2)}", digits(r, 10, "123456789")))


@gen("policy_number")
def _policy(r, lg, rg):
    return r.choice(
        (
            f"{r.choice(('HX', 'KV', 'PL', 'AP'))}-{digits(r, 4)}-{digits(r, 4)}",
            f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)} {digits(r, 1)}",
        )
    )


@gen("stock_quote")
def _stock(r, lg, rg):
    sign = "+" if r.random() < 0.5 else "-"
    return f"{fdec(r.uniform(1000, 19000), 2, lg)} ({sign}{fdec(r.uniform(0.01, 2.5), 2, lg)} %)"


# generic numbers
simple("date", lambda r, lg, rg: date(r, lg, rg))
simple("time", lambda r, lg, rg: clock(r, lg))
simple("opens", lambda r, lg, rg: clock(r, lg, 8, 11))
simple("closes", lambda r, lg, rg: clock(r, lg, 13, 19))
simple("amount", lambda r, lg, rg: money(r, lg, rg, 2, 950))
simple("percent", lambda r, lg, rg: f"{fdec(r.uniform(0.5, 99), 1, lg)} %")
simple("count", lambda r, lg, rg: str(r.randint(2, 60)))
simple("few", lambda r, lg, rg: str(r.randint(2, 6)))
simple("year", lambda r, lg, rg: str(YEAR[0]))
simple("week", lambda r, lg, rg: str(r.randint(2, 51)))
simple("bond", lambda r, lg, rg: money(r, lg, rg, 500, 25000, cents=False))


def make(kind, rng, lang, region):
    for _ in range(50):
        v = GEN[kind](rng, lang, region)
        if not guard_hits(v):
            return v
    raise RuntimeError(kind)
