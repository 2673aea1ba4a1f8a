"""Field values for the patterned hard negatives: each field is drawn fresh for every use."""

from __future__ import annotations

from .fmt import dec


def _hex(n):
    return lambda r, lg: "".join(r.choice("0123456789abcdef") for _ in range(n))


def _int(lo, hi, width=0):
    return lambda r, lg: f"{r.randint(lo, hi):0{width}d}"


def _dec(lo, hi, nd):
    return lambda r, lg: dec(r.uniform(lo, hi), lg, nd)


def _pick(*opts):
    return lambda r, lg: r.choice(opts)


def _series(r, lg):
    g = [r.randint(130, 279) for _ in range(3)]
    return f"{g[0]} + {g[1]} + {g[2]} = {sum(g)}"


def _roman(r, lg):
    n = r.randint(4, 39)
    out = ""
    for val, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= val:
            out += sym
            n -= val
    return out


def _lotto(r, lg):
    nums = sorted(r.sample(range(1, 50), 6))
    return " – ".join(str(x) for x in nums)


def _bic(r, lg):
    bank = "".join(r.choice("ABCDEFGHKLMNPRSTUWZ") for _ in range(4))
    return (
        bank
        + r.choice(("DE", "FR", "NL", "IT", "ES", "BE", "AT"))
        + r.choice(("FF", "MM", "2X", "22", "RR"))
        + r.choice(("", "XXX", "100"))
    )


def _sky(r, lg):
    ra = f"RA {r.randint(0, 23):02d}h {r.randint(0, 59):02d}m"
    return f"{ra}, Dec +{r.randint(1, 70)}° {r.randint(0, 59):02d}′"


VALUES = {
    "hex7": _hex(7),
    "hex12": _hex(12),
    "hex4": _hex(4),
    "semver": lambda r, lg: f"{r.randint(1, 5)}.{r.randint(0, 19)}.{r.randint(0, 9)}",
    "a": _int(3, 9),
    "b": _int(10, 17),
    "eu": _int(36, 40),
    "eu2": _int(42, 46),
    "uk": _int(8, 10),
    "uk2": _int(12, 16),
    "n1": _int(1, 9),
    "n2": _int(2, 40),
    "n3": _int(41, 999),
    "n4": _int(1000, 9999),
    "n5": _int(10000, 99999),
    "year": _int(2012, 2023),
    "abv": _dec(11.5, 14.5, 1),
    "ch": _int(46, 53),
    "ch2": _int(34, 39),
    "cs": _int(10, 12),
    "cs2": _int(25, 34),
    "st": _int(18, 28),
    "rows": _int(24, 38),
    "mm": _pick("2,5", "3", "3,5", "4", "4,5", "5", "6"),
    "cm": _pick("40", "60", "80", "100"),
    "brand": _pick("Simplicity", "Burda", "McCall's", "Butterick", "Vogue"),
    "letter": _pick(*"ABCDEF"),
    "moves": _pick(
        "1. e4 c5 2. Nf3 d6 3. d4 cxd4",
        "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4",
        "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6",
        "1. c4 e5 2. Nc3 Nf6 3. g3 d5",
    ),
    "contract": _pick("4♠ +1", "3NT =", "2♥ −1", "6♦ =", "4♥ X −2", "1NT +2"),
    "bscore": _pick("450", "400", "−50", "920", "−300", "150"),
    "hcp": _dec(3, 36, 1),
    "runs": _int(120, 389),
    "wk": _int(2, 10),
    "ov": _pick("38.4", "42", "50", "27.2", "45.1"),
    "series": _series,
    "lap": lambda r, lg: f"{r.randint(0, 2)}:{r.randint(10, 59)}.{r.randint(0, 999):03d}",
    "pace": lambda r, lg: f"{r.randint(1, 2)}:{r.randint(0, 59):02d}",
    "hr": _int(110, 135),
    "hr2": _int(140, 175),
    "watt": _int(160, 330),
    "wkg": _dec(2.1, 4.8, 1),
    "up": lambda r, lg: str(r.randint(120, 2400)),
    "down": lambda r, lg: str(r.randint(120, 2400)),
    "dh": _int(4, 24),
    "ph": _dec(6.2, 8.6, 1),
    "no2": _dec(0.01, 0.5, 2),
    "npk": lambda r, lg: f"{r.randint(3, 20)}-{r.randint(2, 15)}-{r.randint(4, 24)}",
    "cl": _dec(0.3, 0.5, 1),
    "cl2": _dec(0.6, 1.0, 1),
    "db": _int(55, 85),
    "late": _pick("22:00", "22:30", "23:00"),
    "volt": _pick("12", "18", "36", "48"),
    "ah": _dec(2, 8, 1),
    "watt4": _pick("1500", "1800", "2000", "2200", "2600"),
    "amp": _pick("10", "16", "20", "32"),
    "ma": _pick("10", "30", "300"),
    "lm": _pick("470", "806", "1055", "1521"),
    "kelvin": _pick("2700", "3000", "4000", "6500"),
    "tb": _pick("1", "2"),
    "ram": _pick("8", "16", "32"),
    "down_mb": _pick("50", "100", "250", "500", "1000"),
    "up2": _pick("10", "20", "40", "50", "100"),
    "road": _pick("A7", "A1", "M25", "A4", "M6", "A13", "E40", "A28"),
    "short": _int(30000, 89999),
    "y1": _int(2005, 2014),
    "y2": _int(2015, 2022),
    "y3": _int(2023, 2025),
    "roman": _roman,
    "lotto": _lotto,
    "bonus": _int(0, 9),
    "bic": _bic,
    "sky": _sky,
    "vat": _pick("19", "7", "20", "21", "22", "10", "5,5"),
    "net": _dec(80, 2400, 2),
    "build": lambda r, lg: f"{r.randint(19041, 26100)}.{r.randint(100, 4000)}",
    "port": _pick("443", "8080", "993", "587", "22"),
    "errhex": lambda r, lg: "0x8007" + "".join(r.choice("0123456789ABCDEF") for _ in range(4)),
    "fault": _pick("F28", "F22", "E119", "EA", "F75", "E133"),
    "wash": _pick("30", "40", "60", "90"),
    "rpm": _pick("800", "1000", "1200", "1400", "1600"),
    "litre": _pick("1.0", "1.5", "1.6", "2.0"),
    "kw": _int(55, 140),
    "co2": _int(95, 180),
    "frame": _int(48, 60),
    "inch": _pick("26", "27,5", "28", "29"),
    "bar1": _int(1, 40),
    "bar2": _int(41, 120),
    "bpm": _int(56, 144),
    "hz": _pick("440", "442", "443", "415"),
    "grade": _int(1, 8),
    "kyu": _int(1, 8),
    "under": _pick("8", "10", "12", "14", "16", "18"),
    "spf": _pick("30", "50", "50+"),
    "cm2": _int(92, 176),
    "cm3": _int(98, 182),
    "vol_h": _dec(2, 40, 1),
    "people": lambda r, lg: str(r.randint(35, 950)),
    "mag": _dec(2, 5.5, 1),
    "depth": _int(3, 30),
    "pm": _int(3, 60),
    "aqi": _int(12, 160),
    "uv": _int(1, 10),
    "snow1": _int(60, 240),
    "snow2": _int(5, 55),
    "aval": _int(1, 5),
    "gauge": _dec(1.2, 7.9, 2),
    "kbps": _pick("128", "192", "256", "320"),
    "khz": _pick("44,1", "48", "96"),
    "mb": _dec(0.4, 48, 1),
    "tzh": _pick("+1", "+2", "+5:30", "−3", "−5", "+0"),
    "oven": _pick("160", "170", "180", "190", "200", "220"),
    "gas": _pick("3", "4", "5", "6", "7"),
    "min1": _int(8, 25),
    "min2": _int(26, 50),
    "og": _pick("1.042", "1.048", "1.052", "1.060"),
    "fg": _pick("1.008", "1.010", "1.012", "1.014"),
    "ratio": _pick("15", "16", "17"),
    "grams": _int(14, 30),
    "hydr": _int(62, 82),
    "salt": _int(8, 22),
    "frames": _int(3, 9),
    "eggs": _int(12, 48),
    "perday": _int(2, 7),
    "lumen": _pick("3000", "3500", "4200", "5000"),
    "copies": _pick("250", "500", "1200", "2500"),
    "sph": _pick("−0,75", "−1,25", "+1,50", "−2,00", "+0,50"),
    "cyl": _pick("−0,25", "−0,50", "−0,75"),
    "axis": _int(5, 180),
    "apgar": _pick("8/9/10", "9/10/10", "7/9/10"),
    "uval": _dec(0.12, 1.4, 2),
    "concrete": _pick("C20/25", "C25/30", "C30/37"),
    "paper": _pick("A4, 80", "A3, 100", "A5, 120", "A4, 160"),
    "pt": _pick("10", "11", "12", "14"),
    "spacing": _pick("1,0", "1,15", "1,5"),
    "ed": _int(3, 74),
    "rating": _dec(3.6, 4.9, 1),
    "reviews": _int(12, 860),
    "yes": _int(40, 420),
    "no": _int(3, 120),
    "abst": _int(0, 30),
    "std": _pick("9001:2015", "14001:2015", "7010:2020", "13857:2016", "3166-1"),
    "scale": _pick("25 000", "50 000", "10 000", "5 000"),
    "model": _pick("87 (H0)", "160 (N)", "220 (Z)", "45 (0)"),
    "fno": _pick("2.8", "4", "5.6", "8", "11"),
    "shutter": _pick("60", "125", "250", "500", "1000"),
    "iso": _pick("100", "200", "400", "800", "3200"),
    "aperture": _pick("114/900", "130/650", "200/1000", "150/750"),
}
