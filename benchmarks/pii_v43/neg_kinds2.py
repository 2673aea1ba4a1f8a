"""Hard-negative kinds for v43, second half (hobbies, prices, times); see negs.py."""


def cefr(rng, lang):
    return rng.choice(
        [
            "B2",
            "C1",
            "A2",
            "DELF B1",
            "IELTS 7.0",
            "TOEFL iBT 96",
            "DELE A2",
            "Goethe-Zertifikat B1",
            "CILS B2",
            "CAPLE B1",
        ]
    )


def hardiness(rng, lang):
    return rng.choice(
        [
            f"USDA {rng.randrange(4, 10)}{rng.choice('ab')}",
            f"RHS H{rng.randrange(2, 7)}",
            f"Z{rng.randrange(4, 9)}",
        ]
    )


def spacing(rng, lang):
    return f"{rng.choice([15, 20, 30, 40, 45])} × {rng.choice([30, 45, 60, 75])} cm"


def sow_temp(rng, lang):
    a = rng.randrange(10, 22)
    return f"{a}–{a + rng.randrange(2, 6)} °C"


def seed_cat(rng, lang):
    return f"{rng.choice('BFKT')}{rng.randrange(100, 999)}-{rng.choice('ABCDS')}"


def course_no(rng, lang):
    return f"{rng.choice('HKNW')}{rng.randrange(241, 259)}-{rng.randrange(1, 99):02d}"


def price(rng, lang):
    v = rng.randrange(30, 1900)
    c = rng.choice([0, 50, 90])
    if lang == "en":
        return f"£{v:,}.{c:02d}" if rng.random() < 0.5 else f"${v:,}.{c:02d}"
    if lang == "hi":
        return f"₹{rng.randrange(500, 45000):,}"
    if lang == "pt":
        return f"R$ {v},{c:02d}" if rng.random() < 0.5 else f"{v},{c:02d} €"
    t = f"{v:,}".replace(",", ".")
    return f"{t},{c:02d} €" if lang in ("fr", "es", "it") else f"€ {t},{c:02d}"


def start_time(rng, lang):
    h, m = rng.randrange(7, 21), rng.choice([0, 15, 30, 45])
    return {
        "en": f"{h % 12 or 12}.{m:02d} {'am' if h < 12 else 'pm'}",
        "fr": f"{h}h{m:02d}",
        "de": f"{h}.{m:02d} Uhr",
        "nl": f"{h}.{m:02d} uur",
        "pt": f"{h}h{m:02d}",
    }.get(lang, f"{h}:{m:02d}")


def sessions(rng, lang):
    return f"{rng.randrange(6, 16)} × {rng.choice([45, 60, 90, 120])} min"


def age_group(rng, lang):
    return rng.choice(
        [
            f"U{rng.randrange(8, 19)}",
            f"U-{rng.randrange(10, 19)}",
            f"{rng.randrange(5, 10)}–{rng.randrange(10, 14)}",
        ]
    )


def knit_gauge(rng, lang):
    return f"{rng.randrange(16, 30)} × {rng.randrange(20, 40)} = 10 cm"


def kyu(rng, lang):
    return rng.choice(
        [f"{rng.randrange(1, 9)}. Kyu", f"{rng.randrange(1, 6)}. Dan", "1st Dan", "4th kyu", "2e dan"]
    )


def hymn(rng, lang):
    return f"{rng.choice(['EG', 'GL', 'HON', 'NPT'])} {rng.randrange(1, 700)}"


def track_radius(rng, lang):
    return f"R{rng.randrange(1, 6)} = {rng.choice([360, 438, 505, 571, 360, 545])} mm"


def year_group(rng, lang):
    return str(rng.randrange(5, 14))
