"""Hard-negative kinds for v43 (education, clubs and hobbies) and the screens that keep them clean.

Each kind is a function (rng, lang) -> the number-bearing text that fills a {N:kind} slot; the words
around it are in the lexicon sentences. Screen: the value alone must not parse as a valid phone number
(phonenumbers.parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for any region given,
and must not trip the guards (e-mail shape, Luhn-valid 13-19 digit runs, mod-97 IBAN shapes, IPv4/IPv6,
SSN shapes). Drawer.draw redraws a dirty value up to 200 times, then falls back to another kind.
"""

from .neg_kinds2 import (
    age_group,
    cefr,
    course_no,
    hardiness,
    hymn,
    knit_gauge,
    kyu,
    price,
    seed_cat,
    sessions,
    sow_temp,
    spacing,
    start_time,
    track_radius,
    year_group,
)
from .negs_base import _d, _dec
from .screens import dirty


def isbn(rng, lang):
    grp = {"en": "1", "de": "3", "fr": "2", "es": "84", "it": "88", "nl": "90", "pt": "972", "hi": "81"}[lang]
    pub = _d(rng, rng.choice([2, 3, 4]))
    title = _d(rng, 9 - len(grp) - len(pub))
    body = "978" + grp + pub + title
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"978-{grp}-{pub}-{title}-{check}"


def issn(rng, lang):
    body = _d(rng, 7)
    c = (11 - sum(int(ch) * w for ch, w in zip(body, range(8, 1, -1), strict=True)) % 11) % 11
    return f"{body[:4]}-{body[4:]}{'X' if c == 10 else c}"


def student_id(rng, lang):
    return rng.choice(["s", "u", "a", "k"]) + _d(rng, 7)


def module_code(rng, lang):
    dep = rng.choice(["CS", "MATH", "HIST", "PHYS", "ECON", "LING", "INF", "BIO", "MUS", "CHEM"])
    return rng.choice(
        [
            f"{dep}{rng.randrange(1000, 4999)}",
            f"{dep} {rng.randrange(100, 499)}",
            f"{dep}-B-{rng.randrange(100, 399)}",
            f"{dep}-M {rng.randrange(1, 5)}.{rng.randrange(1, 9)}",
        ]
    )


def room(rng, lang):
    return rng.choice(
        [
            f"{rng.choice('ABCDG')}.{rng.randrange(0, 4)}.{rng.randrange(1, 40):02d}",
            f"{rng.randrange(0, 5):02d}.{rng.randrange(1, 200):03d}",
            f"{rng.choice('ABCE')}-{rng.randrange(100, 450)}",
            f"{rng.randrange(1, 4)}.{rng.randrange(1, 6)}.{rng.randrange(1, 30):02d}",
        ]
    )


def ects(rng, lang):
    return _dec(lang, f"{rng.choice(['5', '6', '7.5', '10', '15', '30'])}")


def grade(rng, lang):
    if lang == "de":
        return rng.choice(["1,0", "1,3", "1,7", "2,0", "2,3", "2,7", "3,3"])
    if lang == "fr":
        return f"{rng.randrange(8, 19)},{rng.choice('05')}/20"
    if lang == "it":
        return f"{rng.randrange(18, 31)}/30"
    if lang == "nl":
        return f"{rng.randrange(5, 10)},{rng.choice('05')}"
    if lang == "pt":
        return f"{rng.randrange(10, 20)} valores"
    if lang == "es":
        return f"{rng.randrange(5, 10)},{rng.randrange(0, 10)}"
    return rng.choice(
        [f"GPA {rng.randrange(2, 4)}.{rng.randrange(10, 99)}", "2:1", "2:2", f"{rng.randrange(55, 90)}%"]
    )


def score(rng, lang):
    tot = rng.choice([60, 80, 100, 120, 150])
    return f"{rng.randrange(tot // 3, tot)}/{tot}"


def semester(rng, lang):
    y = rng.randrange(2023, 2027)
    return {
        "de": rng.choice([f"WiSe {y}/{(y + 1) % 100:02d}", f"SoSe {y}"]),
        "en": rng.choice([f"Michaelmas {y}", f"{y}/{(y + 1) % 100:02d}", f"Fall {y}"]),
        "fr": f"S{rng.randrange(1, 7)} {y}-{(y + 1) % 100:02d}",
        "es": f"curso {y}-{(y + 1) % 100:02d}",
        "it": f"a.a. {y}/{y + 1}",
        "nl": f"blok {rng.randrange(1, 5)}, {y}-{y + 1}",
        "pt": f"{y}.{rng.randrange(1, 3)}",
        "hi": f"सत्र {y}-{(y + 1) % 100:02d}",
    }[lang]


def elo(rng, lang):
    return f"{rng.choice(['Elo', 'DWZ', 'FIDE', 'ECF'])} {rng.randrange(1100, 2400)}"


def chess_moves(rng, lang):
    return rng.choice(
        [
            "1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6",
            "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4",
            "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4",
            "1. c4 e5 2. g3 Nf6 3. Bg2 d5",
            "12. Qxd5 Rad8 13. Qb3 Rd2 14. Be3",
            "1. d4 d5 2. c4 c6 3. Nf3 Nf6 4. e3 Bf5",
        ]
    )


def time_control(rng, lang):
    return rng.choice(["90'+30''", "G/60+5", "15+10", "40/120, 30/60", "3+2", "25 min + 10 s"])


def scale(rng, lang):
    return _dec(
        lang, rng.choice(["H0 1:87", "N 1:160", "TT 1:120", "00 1:76.2", "G 1:22.5", "Z 1:220", "0 1:45"])
    )


def loco(rng, lang):
    return rng.choice(
        [
            f"BR {rng.choice(['218', '110', '212', '103', '050'])} {_d(rng, 3)}-{_d(rng, 1)}",
            f"class {rng.randrange(20, 99)} no. {rng.randrange(20, 99)}{_d(rng, 3)}",
            f"{rng.choice(['E', 'V'])} {rng.randrange(10, 99)} {_d(rng, 3)}",
        ]
    )


def dcc(rng, lang):
    return f"CV {rng.choice([1, 3, 4, 29, 17, 5])} = {rng.randrange(0, 255)}"


def exposure(rng, lang):
    f = rng.choice(["1.8", "2.8", "4", "5.6", "8", "11"])
    return (
        _dec(lang, f"f/{f}")
        + f", 1/{rng.choice([60, 125, 250, 500, 1000, 2000])} s, ISO {rng.choice([100, 200, 400, 800, 3200])}"
    )


def focal(rng, lang):
    return rng.choice(["70–200 mm", "24–105 mm", "100–400 mm", "35 mm", "150–600 mm", "18–55 mm"])


def opus(rng, lang):
    return rng.choice(
        [
            f"BWV {rng.randrange(140, 1080)}",
            f"KV {rng.randrange(100, 626)}",
            f"Hob. I:{rng.randrange(1, 105)}",
            f"D {rng.randrange(100, 960)}",
            f"RV {rng.randrange(100, 800)}",
            f"op. {rng.randrange(2, 130)} nº {rng.randrange(1, 7)}",
        ]
    )


def bars(rng, lang):
    a = rng.randrange(1, 200)
    return f"{a}–{a + rng.randrange(8, 60)}"


def metronome(rng, lang):
    return f"{rng.choice('♩♪')} = {rng.randrange(52, 180)}"


def shelfmark(rng, lang):
    return rng.choice(
        [
            f"{rng.randrange(100, 999)}.{_d(rng, 2)} {rng.choice(['BEA', 'MOZ', 'KLE', 'ROW', 'SMI'])}",
            f"{rng.randrange(1, 9)} {rng.choice('ABCH')} {_d(rng, 4)}",
            f"Mus. {rng.randrange(1, 99)}/{_d(rng, 3)}",
        ]
    )


def inventory(rng, lang):
    return rng.choice(
        [
            f"{rng.randrange(1950, 2024)}.{rng.randrange(1, 99)}.{rng.randrange(1, 30)}",
            f"{rng.randrange(1, 99)}.{_d(rng, 3)}",
            f"{rng.choice(['A', 'B', 'G'])} {rng.randrange(1, 99)}/{_d(rng, 2)}",
        ]
    )


def member_no(rng, lang):
    return rng.choice(
        [
            f"M-{_d(rng, 5)}",
            f"{_d(rng, 4)}-{rng.choice('ABCD')}",
            f"{rng.choice(['JM', 'SM', 'FM'])}/{_d(rng, 4)}",
        ]
    )


def ticket(rng, lang):
    return f"{rng.choice('ABCT')}-{rng.randrange(1, 40)}-{_d(rng, 4)}"


def seat(rng, lang):
    r, s = rng.choice("ABCDEFGHJK"), rng.randrange(1, 40)
    n = rng.randrange(1, 30)
    return {
        "en": f"row {r}, seat {s}",
        "de": f"Reihe {n}, Platz {s}",
        "fr": f"rang {r}, place {s}",
        "es": f"fila {n}, butaca {s}",
        "it": f"fila {r}, posto {s}",
        "nl": f"rij {n}, stoel {s}",
        "pt": f"fila {r}, lugar {s}",
        "hi": f"पंक्ति {r}, सीट {s}",
    }[lang]


def match_score(rng, lang):
    a, b = rng.randrange(0, 6), rng.randrange(0, 6)
    return rng.choice(
        [
            f"{a}–{b}",
            f"{a}:{b} ({min(a, 2)}:{min(b, 1)})",
            f"{rng.randrange(60, 110)}–{rng.randrange(60, 110)}",
        ]
    )


def race_time(rng, lang):
    return rng.choice(
        [
            f"{rng.randrange(35, 59)}:{rng.randrange(60):02d}",
            f"1:{rng.randrange(20, 59)}:{rng.randrange(60):02d}",
            f"3:{rng.randrange(10, 59)}:{rng.randrange(60):02d}",
        ]
    )


def cricket(rng, lang):
    return f"{rng.randrange(120, 330)}/{rng.randrange(2, 10)} ({rng.choice([20, 40, 50])} ov)"


def handicap(rng, lang):
    return _dec(lang, f"{rng.randrange(4, 36)}.{rng.randrange(10)}")


def tennis(rng, lang):
    return rng.choice(["6-4 3-6 7-6(5)", "6-2 6-3", "7-5 4-6 10-8", "6-1 6-4", "3-6 6-3 6-4"])


def league(rng, lang):
    p = rng.randrange(8, 20)
    w, d = rng.randrange(0, p), 0
    d = rng.randrange(0, p - w + 1)
    return f"P{p} W{w} D{d} L{p - w - d} Pts {3 * w + d}"


KINDS = {
    f.__name__: f
    for f in [
        isbn,
        issn,
        student_id,
        module_code,
        room,
        ects,
        grade,
        score,
        semester,
        elo,
        chess_moves,
        time_control,
        scale,
        loco,
        dcc,
        exposure,
        focal,
        opus,
        bars,
        metronome,
        shelfmark,
        inventory,
        member_no,
        ticket,
        seat,
        match_score,
        race_time,
        cricket,
        handicap,
        tennis,
        league,
        cefr,
        hardiness,
        spacing,
        sow_temp,
        seed_cat,
        course_no,
        price,
        start_time,
        sessions,
        age_group,
        knit_gauge,
        kyu,
        hymn,
        track_radius,
        year_group,
    ]
}


class Drawer:
    def __init__(self, rng):
        self.rng = rng
        self.value_redraws = 0
        self.swaps = 0
        self.swapped = []
        self.used = {}

    def draw(self, kind, lang, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang)
            if not dirty(v, regions):
                self.used[kind] = self.used.get(kind, 0) + 1
                return v, kind
            self.value_redraws += 1
        self.swaps += 1
        self.swapped.append(kind)
        return self.draw("module_code", lang, regions)
