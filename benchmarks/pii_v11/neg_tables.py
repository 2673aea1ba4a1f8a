"""Hard negatives, part two: tables and lists a club or household keeps, full of numbers and no values.

Each kind is a titled table with column heads in the document's language (vocab.py), rows drawn fresh,
laid out as a pipe table, tab-separated lines or a list. Two of them carry phone-shaped numbers: the
permit register names its column in the header, the tool library has no header at all. These tables are
also the negative-only genres (their key is the genre).
"""

from __future__ import annotations

import random

from .fmt import clock, ddate, dec, mins
from .vocab import w

SONGS = (
    "Harbour Lights",
    "Blue Kitchen",
    "Paper Moon Rising",
    "Northbound",
    "Late Tram",
    "Salt and Vinegar",
    "Copper Kettle",
    "Wild Geese",
)
KEYS = ("C", "G", "D", "A", "E", "F", "B♭", "E♭", "Am", "Em", "Dm")
BIRDS = (
    "Parus major",
    "Erithacus rubecula",
    "Turdus merula",
    "Passer domesticus",
    "Cyanistes caeruleus",
    "Fringilla coelebs",
    "Pica pica",
    "Columba palumbus",
)
BREEDS = ("Border Collie", "Beagle", "Whippet", "Dachshund", "Labrador Retriever", "Shiba Inu", "Boxer")
TEAMS = ("Rovers", "Athletic", "United", "Wanderers", "Sporting", "Albion", "Olympic", "Harriers")
PETS = ("Biscuit", "Luna", "Pepper", "Max", "Nala", "Olive", "Bruno")
VACCINES = ("Rabies", "DHPPi", "Lepto 4", "RCP", "FeLV", "Kennel cough")
ROOMS = ("A", "B", "Foyer", "Studio", "1.02")
BUDGET = {
    "en": ("Electricity", "Food", "Rent", "Gas", "Internet", "Kids"),
    "de": ("Strom", "Lebensmittel", "Miete", "Gas", "Internet", "Kinder"),
    "fr": ("Électricité", "Courses", "Loyer", "Gaz", "Internet", "Enfants"),
    "es": ("Luz", "Compra", "Alquiler", "Gas", "Internet", "Niños"),
    "it": ("Luce", "Spesa", "Affitto", "Gas", "Internet", "Bambini"),
    "nl": ("Stroom", "Boodschappen", "Huur", "Gas", "Internet", "Kinderen"),
    "pt": ("Luz", "Mercado", "Aluguel", "Gás", "Internet", "Crianças"),
}


def _name(rng, ctx):
    return rng.choice(ctx["first"])


def _bowling(rng, lang, ctx):
    games = [rng.randint(120, 279) for _ in range(3)]
    return [_name(rng, ctx), *map(str, games), str(sum(games))]


def _golf(rng, lang, ctx):
    par = rng.choice((3, 4, 4, 5))
    return [
        str(rng.randint(1, 18)),
        str(par),
        str(rng.randint(90, 180) if par == 3 else rng.randint(280, 520)),
        str(rng.randint(1, 18)),
        str(par + rng.randint(-1, 3)),
    ]


def _setlist(rng, lang, ctx):
    return [rng.choice(SONGS), rng.choice(KEYS), f"{rng.randint(72, 168)} bpm", mins(rng.randint(150, 330))]


def _bake(rng, lang, ctx):
    price, sold = rng.choice((0.5, 1.0, 1.5, 2.0, 2.5)), rng.randint(4, 40)
    return [
        w(rng.choice(("cake", "brownie", "scone", "cookie")), lang),
        dec(price, lang, 2),
        str(sold),
        dec(price * sold, lang, 2),
    ]


def _fixtures(rng, lang, ctx):
    home, away = rng.sample(TEAMS, 2)
    return [
        ddate(rng, lang),
        home,
        away,
        clock(rng.choice((10, 11, 14, 15)), rng.choice((0, 30)), lang),
        f"{rng.randint(0, 5)}–{rng.randint(0, 5)}",
    ]


def _meter(rng, lang, ctx):
    return [
        ddate(rng, lang),
        f"{rng.randint(10, 99):03d} {rng.randint(0, 999):03d}",
        f"{rng.randint(80, 640)} kWh",
    ]


def _birds(rng, lang, ctx):
    return [rng.choice(BIRDS), str(rng.randint(1, 24)), str(rng.randint(0, 24))]


def _library(rng, lang, ctx):
    code = f"{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}"
    return [code, rng.choice(SONGS), ddate(rng, lang)]


def _timesheet(rng, lang, ctx):
    start, length = rng.randint(8, 15), rng.randint(2, 6)
    return [
        ddate(rng, lang),
        clock(start, 0, lang),
        clock(start + length, 30, lang),
        dec(length + 0.5, lang, 1),
    ]


def _pantry(rng, lang, ctx):
    return [
        w(rng.choice(("pasta", "tins", "rice", "lentils")), lang),
        str(rng.randint(2, 60)),
        ddate(rng, lang),
    ]


def _bridge(rng, lang, ctx):
    mp = rng.randint(60, 160)
    return [
        str(rng.randint(1, 14)),
        f"{_name(rng, ctx)} / {_name(rng, ctx)}",
        str(mp),
        dec(mp / 2.4, lang, 2),
    ]


def _cricket(rng, lang, ctx):
    runs, balls = rng.randint(0, 88), rng.randint(3, 110)
    return [_name(rng, ctx), str(runs), str(balls), str(rng.randint(0, 9)), str(rng.randint(0, 3))]


def _permits(rng, lang, ctx):
    number = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return [
        number,
        rng.choice(("Golf", "Polo", "Clio", "Fiesta", "Corsa", "Up!")),
        rng.choice("ABCDE"),
        ddate(rng, lang),
    ]


def _rides(rng, lang, ctx):
    km = rng.randint(35, 140)
    return [
        ddate(rng, lang),
        rng.choice(("Loop N", "Hills", "Coast", "Reservoir", "Café run")),
        str(km),
        str(rng.randint(150, 1900)),
        dec(rng.uniform(21, 31), lang, 1),
    ]


def _hall(rng, lang, ctx):
    start = rng.randint(9, 19)
    return [
        rng.choice(ROOMS),
        clock(start, 0, lang),
        clock(start + rng.randint(1, 3), 0, lang),
        rng.choice(("Yoga", "Pilates", "Choir", "Tai chi", "Toddlers", "Zumba")),
    ]


def _budget(rng, lang, ctx):
    planned = rng.randint(20, 900)
    actual = planned + rng.randint(-80, 80)
    item = rng.choice(BUDGET.get(lang, BUDGET["en"]))
    return [item, dec(planned, lang, 2), dec(actual, lang, 2), dec(actual - planned, lang, 2)]


def _tools(rng, lang, ctx):
    tag = f"0{rng.randint(100, 199)} {rng.randint(1000000, 9999999)}"
    return [
        tag,
        w(rng.choice(("drill", "ladder", "sander", "jigsaw")), lang),
        w(rng.choice(("lent", "instock", "repair")), lang),
    ]


def _dogshow(rng, lang, ctx):
    return [
        str(rng.randint(1, 6)),
        rng.choice(("Puppy", "Junior", "Open", "Veteran")),
        str(rng.randint(1, 480)),
        rng.choice(BREEDS),
        str(rng.randint(1, 5)),
    ]


def _pigeons(rng, lang, ctx):
    ring = f"{rng.choice(('NL', 'B', 'DV', 'GB'))}-{rng.randint(20, 24)}-{rng.randint(1000000, 9999999)}"
    dist = rng.uniform(90, 720)
    return [
        str(rng.randint(1, 60)),
        _name(rng, ctx),
        ring,
        dec(dist, lang, 3),
        dec(rng.uniform(1050, 1650), lang, 3),
    ]


def _sun(rng, lang, ctx):
    rise_h, rise_m = rng.randint(5, 8), rng.randint(0, 59)
    set_h, set_m = rng.randint(16, 21), rng.randint(0, 59)
    length = (set_h * 60 + set_m) - (rise_h * 60 + rise_m)
    return [
        ddate(rng, lang),
        clock(rise_h, rise_m, lang),
        clock(set_h, set_m, lang),
        f"{length // 60} h {length % 60:02d} min",
    ]


def _sweep(rng, lang, ctx):
    tickets = sorted(rng.sample(range(1, 300), 2))
    return [rng.choice(TEAMS), ", ".join(f"{t:03d}" for t in tickets), _name(rng, ctx)]


def _vaccines(rng, lang, ctx):
    return [rng.choice(PETS), rng.choice(VACCINES), ddate(rng, lang), ddate(rng, lang)]


# key -> (title word, column words or None for no header, row function)
TABLES = {
    "bowling": ("t_bowling", ("name", "game", "game", "game", "total"), _bowling),
    "golf": ("t_golf", ("hole", "par", "metres", "index", "score"), _golf),
    "setlist": ("t_setlist", ("song", "key", "speed", "length"), _setlist),
    "bake": ("t_bake", ("item", "price", "sold", "total"), _bake),
    "fixtures": ("t_fixtures", ("date", "home", "away", "kickoff", "result"), _fixtures),
    "meter": ("t_meter", ("date", "reading", "usage"), _meter),
    "birds": ("t_birds", ("species", "count", "lastyear"), _birds),
    "library": ("t_library", ("barcode", "title", "due"), _library),
    "timesheet": ("t_timesheet", ("date", "start", "end", "hours"), _timesheet),
    "storecupboard": ("t_pantry", ("item", "qty", "bestbefore"), _pantry),
    "bridge": ("t_bridge", ("pair", "name", "score", "pct"), _bridge),
    "cricket": ("t_cricket", ("batter", "runs", "balls", "count", "count"), _cricket),
    "permits": ("t_permits", ("permit", "vehicle", "zone", "expires"), _permits),
    "rides": ("t_rides", ("date", "route", "distance", "climb", "speed"), _rides),
    "hall": ("t_hall", ("room", "start", "end", "group"), _hall),
    "budget": ("t_budget", ("item", "planned", "actual", "total"), _budget),
    "tools": ("t_tools", None, _tools),
    "dogshow": ("t_dogshow", ("class", "class", "exhibit", "breed", "placing"), _dogshow),
    "pigeons": ("t_pigeons", ("place", "name", "ring", "distance", "velocity"), _pigeons),
    "sun": ("t_sun", ("date", "sunrise", "sunset", "daylen"), _sun),
    "sweep": ("t_sweep", ("team", "tickets", "drawnby"), _sweep),
    "vaccines": ("t_vaccines", ("pet", "vaccine", "given", "nextdue"), _vaccines),
}
KINDS = tuple(f"table:{k}" for k in TABLES)


def render(rng: random.Random, kind: str, lang: str, ctx: dict) -> str:
    title_key, cols, row_fn = TABLES[kind.split(":", 1)[1]]
    rows = [row_fn(rng, lang, ctx) for _ in range(rng.randint(4, 7))]
    style = rng.choice(("pipe", "tab", "pipe", "list")) if cols else "tab"
    lines = [w(title_key, lang)]
    head = [w(c, lang) for c in cols] if cols else None
    if style == "pipe":
        lines.append(" | ".join(head))
        lines += [" | ".join(r) for r in rows]
    elif style == "tab":
        if head:
            lines.append("\t".join(head))
        lines += ["\t".join(r) for r in rows]
    else:
        lines += [
            "– " + " · ".join(f"{h} {c}" if i else c for i, (h, c) in enumerate(zip(head, r, strict=True)))
            for r in rows
        ]
    return "\n".join(lines)
