"""Hard negatives of travel text (v36): number-bearing strings that are not PII, drawn per kind and language.

Each value is screened by screen.py before use (phonenumbers parse/is_valid and PhoneNumberMatcher at
Leniency.VALID for the document's regions, plus the guards); a failing value is drawn again.
"""

from __future__ import annotations

import random

UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"
AL = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
COMMA = {"de", "fr", "es", "it", "nl", "pt"}
AIRLINES = [
    "LH",
    "AF",
    "KL",
    "IB",
    "AZ",
    "TP",
    "BA",
    "EI",
    "LX",
    "OS",
    "SN",
    "AI",
    "6E",
    "UA",
    "DL",
    "FR",
    "U2",
]
AIRPORTS = [
    "FRA",
    "MUC",
    "CDG",
    "AMS",
    "MAD",
    "FCO",
    "LIS",
    "LHR",
    "DUB",
    "ZRH",
    "VIE",
    "BRU",
    "DEL",
    "BOM",
    "JFK",
    "SFO",
    "GRU",
    "GIG",
    "OPO",
    "BCN",
    "NCE",
    "EDI",
    "GOI",
    "JAI",
]
TRAINS = [
    "ICE",
    "IC",
    "EC",
    "TGV INOUI",
    "Ouigo",
    "AVE",
    "Alvia",
    "Frecciarossa",
    "Italo",
    "Intercity Direct",
    "Alfa Pendular",
    "Eurostar",
    "Nightjet",
    "Vande Bharat",
    "Shatabdi Exp",
    "Railjet",
    "LNER",
    "Amtrak",
]
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sep.", "oct.", "nov.", "dic."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _a(rng: random.Random, n: int, alpha: str = AL) -> str:
    return "".join(rng.choice(alpha) for _ in range(n))


def _dec(lang: str, s: str) -> str:
    return s.replace(".", ",") if lang in COMMA else s


def _hm(rng: random.Random) -> str:
    minute = rng.choice(["00", "05", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55"])
    return f"{rng.randrange(5, 24):02d}:{minute}"


def pnr(rng, lang):
    return _a(rng, 6, UP + "23456789")


def eticket(rng, lang):
    a = rng.choice(["220", "057", "074", "075", "055", "047", "125", "053", "724", "098", "016", "006"])
    b = _d(rng, 10)
    return rng.choice([f"{a}-{b}", f"{a} {b}", f"{a}{b}"])


def flight(rng, lang):
    return rng.choice(AIRLINES) + rng.choice(["", " "]) + str(rng.randrange(10, 9999))


def train(rng, lang):
    return f"{rng.choice(TRAINS)} {rng.randrange(100, 9999)}"


def seat(rng, lang):
    return f"{rng.randrange(1, 46)}{rng.choice('ABCDEFK')}"


def coach_seat(rng, lang):
    c, s = rng.randrange(1, 15), rng.randrange(11, 128)
    return {
        "de": f"Wagen {c}, Platz {s}",
        "fr": f"voiture {c}, place {s}",
        "es": f"coche {c}, plaza {s}",
        "it": f"carrozza {c}, posto {s}",
        "nl": f"rijtuig {c}, plaats {s}",
        "pt": f"carruagem {c}, lugar {s}",
        "hi": f"कोच B{c}, बर्थ {s % 72 + 1}",
    }.get(lang, f"coach {c}, seat {s}")


def loyalty(rng, lang):
    return rng.choice(
        [
            f"{rng.choice(['LH', 'AF', 'BA', 'IB', 'TP'])} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 3)}",
            f"992 {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
            _d(rng, 3) + "-" + _d(rng, 3) + "-" + _d(rng, 3),
        ]
    )


def hotel_conf(rng, lang):
    return rng.choice([_d(rng, 10), f"{_d(rng, 4)}.{_d(rng, 3)}.{_d(rng, 3)}", "HB" + _d(rng, 8)])


def room(rng, lang):
    return str(rng.randrange(1, 9)) + f"{rng.randrange(1, 40):02d}"


def dep_arr(rng, lang):
    return f"{_hm(rng)} → {_hm(rng)}"


def clock(rng, lang):
    t = _hm(rng)
    if lang == "fr":
        return t.replace(":", "h")
    if lang == "en" and rng.random() < 0.5:
        h, m = int(t[:2]), t[3:]
        return f"{(h - 1) % 12 + 1}:{m} {'am' if h < 12 else 'pm'}"
    return t


def fx_rate(rng, lang):
    cur = rng.choice(
        [
            ("EUR", "USD", 1.08),
            ("EUR", "CHF", 0.95),
            ("GBP", "EUR", 1.17),
            ("USD", "INR", 83.2),
            ("EUR", "BRL", 5.41),
        ]
    )
    v = cur[2] * (1 + rng.uniform(-0.04, 0.04))
    return f"1 {cur[0]} = {_dec(lang, f'{v:.4f}')} {cur[1]}"


def bag_tag(rng, lang):
    return f"{rng.choice(AIRLINES[:12])} {_d(rng, 6)}"


def gate(rng, lang):
    return f"{rng.choice('ABCDEKZ')}{rng.randrange(1, 70)}"


def route(rng, lang):
    a, b = rng.sample(AIRPORTS, 2)
    return f"{a}–{b}"


def duration(rng, lang):
    h, m = rng.randrange(1, 14), rng.randrange(0, 60)
    return {
        "de": f"{h} Std. {m} Min.",
        "fr": f"{h} h {m:02d}",
        "es": f"{h} h {m} min",
        "it": f"{h} h {m} min",
        "nl": f"{h} u {m} min",
        "pt": f"{h}h{m:02d}",
        "hi": f"{h} घंटे {m} मिनट",
    }.get(lang, f"{h}h {m}m")


def baggage(rng, lang):
    return rng.choice(
        [
            f"{rng.choice([1, 2])} × {rng.choice([20, 23, 32])} kg",
            f"{rng.choice([7, 8, 10, 12])} kg",
            f"55 × 40 × {rng.choice([20, 23])} cm",
        ]
    )


def rental_no(rng, lang):
    return rng.choice(
        [f"RA {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}", f"{_d(rng, 9)}-{_d(rng, 1)}", "C" + _d(rng, 10)]
    )


def odometer(rng, lang):
    v = rng.randrange(3000, 140000)
    sep = {"de": ".", "it": ".", "es": ".", "pt": ".", "nl": ".", "fr": " "}.get(lang, ",")
    return f"{v:,}".replace(",", sep) + " km"


def acriss(rng, lang):
    return (
        rng.choice("MNEHCDIJSRFGPULWOX")
        + rng.choice("BCDWVLSTFJXPQZEMRHYNGK")
        + rng.choice("MNCAB")
        + rng.choice("RNDQHIECLSABMFVZUX")
    )


def covers(rng, lang):
    return str(rng.randrange(2, 13))


def resto_ref(rng, lang):
    return rng.choice([f"#{_a(rng, 2, UP)}{_d(rng, 5)}", f"R-{_d(rng, 6)}", f"{_d(rng, 4)}-{_a(rng, 3, UP)}"])


def gps(rng, lang):
    la, lo = rng.uniform(8, 58), rng.uniform(-10, 80)
    return rng.choice(
        [
            f"{la:.5f}, {lo:.5f}",
            f"{la:.4f}° N, {lo:.4f}° E",
            (
                f"{int(la)}°{rng.randrange(60)}′{rng.randrange(60)}″N "
                f"{int(lo)}°{rng.randrange(60)}′{rng.randrange(60)}″E"
            ),
        ]
    )


def altitude(rng, lang):
    v = rng.randrange(180, 3900)
    return (f"{v:,}".replace(",", "." if lang in COMMA else ",") if v >= 1000 else str(v)) + " m"


def pitch(rng, lang):
    return rng.choice(
        [
            f"{rng.choice('ABCDEFG')}-{rng.randrange(1, 240)}",
            str(rng.randrange(1, 400)),
            f"{rng.choice('ABCDEFG')}{rng.randrange(1, 99):02d}",
        ]
    )


def door_code(rng, lang):
    return rng.choice([f"{_d(rng, 4)}#", f"*{_d(rng, 4)}", " ".join(_d(rng, 4)), _d(rng, 5) + "B"])


def wifi(rng, lang):
    return (
        rng.choice(["Seaside", "Alpen", "Casa", "Dune", "Haveli", "Pineta", "Mar", "Lagoa"])
        + _d(rng, 4)
        + rng.choice(["!", "#", "", "?"])
    )


def passport(rng, lang):
    return rng.choice(
        [
            _a(rng, 1, "CFGHJK") + _a(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
            _a(rng, 2, UP) + _d(rng, 7),
            _a(rng, 1, UP) + _d(rng, 7),
        ]
    )


def visa_no(rng, lang):
    return rng.choice([f"{_a(rng, 3, UP)}{_d(rng, 9)}", f"D{_d(rng, 8)}", f"{_a(rng, 4, UP)}{_d(rng, 6)}"])


def appt_no(rng, lang):
    return rng.choice(
        [f"{_a(rng, 3, UP)}/{rng.randrange(2025, 2027)}/{_d(rng, 4)}", f"T{_d(rng, 2)}-{_a(rng, 4, UP)}"]
    )


def cabin(rng, lang):
    deck = rng.randrange(4, 16)
    return f"{deck}{rng.randrange(1, 400):03d}"


def muster(rng, lang):
    return rng.choice("ABCDEFGH") + str(rng.randrange(1, 9))


def tour_code(rng, lang):
    kind = rng.choice(["D", "T", "G", "N"])
    return f"{_a(rng, 3, UP)}-{rng.randrange(3, 22)}{kind}-{rng.randrange(2025, 2027)}"


def voucher(rng, lang):
    return _a(rng, rng.randrange(4, 8), UP) + str(rng.randrange(5, 60)) + "-" + _a(rng, 4)


def pass_no(rng, lang):
    return rng.choice(
        [f"{_d(rng, 5)} {_d(rng, 5)}", f"PS{_d(rng, 9)}", f"{_a(rng, 2, UP)}{_d(rng, 3)} {_d(rng, 4)}"]
    )


def platform(rng, lang):
    return str(rng.randrange(1, 24)) + rng.choice(["", "", "a", "b", " D-F"])


def distance(rng, lang):
    return f"{rng.randrange(2, 900)} km"


def temperature(rng, lang):
    return f"{rng.randrange(-8, 38)} °C"


def dorm_bed(rng, lang):
    return f"{rng.randrange(1, 30)}/{rng.randrange(1, 13)}"


def stay(rng, lang):
    m = MONTHS.get(lang, MONTHS["en"])
    mi = rng.randrange(12)
    d1 = rng.randrange(1, 20)
    d2 = d1 + rng.randrange(2, 10)
    y = rng.randrange(2025, 2027)
    return rng.choice([f"{d1}–{d2} {m[mi]} {y}", f"{d1:02d}/{mi + 1:02d}–{d2:02d}/{mi + 1:02d}/{y}"])


def nights(rng, lang):
    return str(rng.randrange(1, 22))


def timetable(rng, lang):
    h = rng.randrange(5, 12)
    step = rng.choice([20, 30, 40, 60])
    out = []
    for i in range(rng.randrange(4, 7)):
        t = h * 60 + rng.randrange(0, 15) + i * step
        out.append(f"{t // 60:02d}:{t % 60:02d}" if lang not in ("fr",) else f"{t // 60}h{t % 60:02d}")
    return " · ".join(out)


def agency_no(rng, lang):
    return rng.choice([f"{_d(rng, 2)}-{_d(rng, 1)} {_d(rng, 4)}", f"{_d(rng, 2)} {_d(rng, 6)}"])


def licence(rng, lang):
    return rng.choice(
        [
            f"{_a(rng, 5, UP)}{_d(rng, 6)}{_a(rng, 2, UP)}{_d(rng, 1)}{_a(rng, 2, UP)}",
            f"{_a(rng, 1, UP)}{_d(rng, 3)}{_a(rng, 5, AL)}",
            f"{_a(rng, 2, UP)}{_d(rng, 2)} {_d(rng, 11)}",
        ]
    )


def postcode(rng, lang):
    return {
        "de": _d(rng, 5),
        "fr": f"{rng.randrange(10, 96)}{_d(rng, 3)}",
        "es": f"{rng.randrange(10, 53)}{_d(rng, 3)}",
        "it": f"{rng.randrange(10, 98)}{_d(rng, 3)}",
        "nl": f"{rng.randrange(1000, 9999)} {_a(rng, 2, UP)}",
        "pt": f"{rng.randrange(1000, 9999)}-{_d(rng, 3)}",
        "hi": f"{rng.randrange(11, 86)}{_d(rng, 4)}",
    }.get(lang, f"{rng.randrange(10000, 99999)}")


def exit_no(rng, lang):
    return str(rng.randrange(1, 60)) + rng.choice(["", "a", "b"])


def fare_class(rng, lang):
    return (
        rng.choice("YBMHKLQVSNOGWT")
        + " / "
        + rng.choice(["Economy Light", "Classic", "Flex", "Basic", "Plus"])
    )


def miles(rng, lang):
    v = rng.randrange(1200, 480000)
    return f"{v:,}".replace(",", "." if lang in COMMA and lang != "fr" else (" " if lang == "fr" else ","))


def deck_time(rng, lang):
    return f"{_hm(rng)}–{_hm(rng)}"


def km_marker(rng, lang):
    return f"{rng.randrange(1, 600)}{',' if lang in COMMA else '.'}{rng.randrange(10)}"


KINDS = {
    k: v
    for k, v in globals().items()
    if callable(v)
    and not k.startswith("_")
    and k not in ("annotations",)
    and getattr(v, "__module__", "") == __name__
}
