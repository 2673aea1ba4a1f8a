"""Number-dense blocks per genre: league tables, race results, timetables, recipes, fee lists, tender fields,
measurement tables, references, logger output and post footers. None of their numbers is a phone number."""

from . import negfmt

REF_TITLES = [
    "Soil respiration under repeated drought",
    "A low-cost logger for stream temperature",
    "Nitrate leaching in sandy arable soils",
    "Seasonal variation of airborne pollen counts",
    "Bat activity along road verges",
    "Calibration drift in capacitive humidity sensors",
]
JOURNALS = ["Soil Biol. Biochem.", "PLoS ONE", "J. Hydrol.", "Sensors", "Ecol. Indic.", "Sci. Rep."]


def _lines(rows):
    out = []
    for i, row in enumerate(rows):
        if i:
            out.append("\n")
        out.extend(row if isinstance(row, list) else [row])
    return out


def league_table(ctx):
    B = ctx.L["blocks"]
    c = B["league_cols"]
    sep = ":" if ctx.lang in ("de", "nl", "hi", "pt") else "-"
    n = ctx.rng.randint(6, 9)
    played = ctx.rng.randint(10, 26)
    teams = []
    while len(teams) < n:
        t = ctx.other_town() + " " + ctx.pick(("FC", "SV", "AC", "Utd", "SC", "Rangers", "CF"))
        if t not in teams:
            teams.append(t)
    rows = []
    for t in teams:
        w = ctx.rng.randint(0, played)
        d = ctx.rng.randint(0, played - w)
        lo = played - w - d
        gf, ga = ctx.rng.randint(w, w * 3 + d + 5), ctx.rng.randint(lo, lo * 3 + d + 5)
        rows.append((3 * w + d, gf - ga, t, w, d, lo, gf, ga))
    rows.sort(reverse=True)
    tw = max(len(t) for t in teams) + 2
    pw = max(5, len(c[0]) + 2)
    tw = max(tw, len(c[1]) + 2)
    nw = [max(4, len(x) + 2) for x in c[2:6]]
    out = [
        f"{B['table']}",
        f"{c[0]:<{pw}}{c[1]:<{tw}}{c[2]:>{nw[0]}}{c[3]:>{nw[1]}}{c[4]:>{nw[2]}}{c[5]:>{nw[3]}}"
        f"{c[6]:>9}{c[7]:>6}",
    ]
    for i, (pts, _, t, w, d, lo, gf, ga) in enumerate(rows, 1):
        out.append(
            f"{str(i) + '.':<{pw}}{t:<{tw}}{played:>{nw[0]}}{w:>{nw[1]}}{d:>{nw[2]}}{lo:>{nw[3]}}"
            f"{str(gf) + sep + str(ga):>9}{pts:>6}"
        )
    ctx.negs.append("league_table")
    return _lines(out)


def results(ctx):
    sep = ":" if ctx.lang in ("de", "nl", "hi", "pt") else "-"
    out = [ctx.L["blocks"]["results"]]
    for _ in range(ctx.rng.randint(3, 5)):
        a, b = ctx.other_town(), ctx.other_town()
        while b == a:
            b = ctx.other_town()
        out.append(f"{a} {ctx.rng.randint(0, 5)}{sep}{ctx.rng.randint(0, 4)} {b}")
    ctx.negs.append("results_list")
    return _lines(out)


def race(ctx):
    B = ctx.L["blocks"]
    c = B["race_cols"]
    people = [ctx.person() for _ in range(ctx.rng.randint(4, 7))]
    w = max(len(c[2]), *(len(p) for p in people)) + 2
    pw, bw = max(5, len(c[0]) + 2), max(8, len(c[1]) + 2)
    out = [B["race"], f"{c[0]:<{pw}}{c[1]:<{bw}}{c[2]:<{w}}{c[3]}"]
    t = ctx.rng.randint(15 * 60 + 40, 19 * 60)
    for i, p in enumerate(people, 1):
        t += ctx.rng.randint(3, 70)
        out.append(f"{i:<{pw}}{ctx.rng.randint(100, 1999):<{bw}}{p:<{w}}{t // 60}:{t % 60:02d}")
    ctx.negs += ["bib_number", "finish_time"]
    return _lines(out)


def chess(ctx):
    B = ctx.L["blocks"]
    out = [ctx.text(B["chess"])]
    for i in range(1, ctx.rng.randint(4, 6)):
        res = ctx.pick(("1–0", "0–1", "½–½"))
        out.append(
            f"{B['board']} {i}: {ctx.person()} ({ctx.rng.randint(1200, 2250)}) – {ctx.person()} "
            f"({ctx.rng.randint(1200, 2250)})  {res}"
        )
    ctx.negs.append("chess_ratings")
    return _lines(out)


def timetable_grid(ctx):
    B = ctx.L["blocks"]
    stops = ctx.rng.sample(B["stops"], ctx.rng.randint(4, 6))
    w = max(len(s) for s in stops) + 3
    start = ctx.rng.randint(5 * 60, 15 * 60)
    step = ctx.pick((15, 20, 30, 60))
    cols = ctx.rng.randint(4, 6)
    out = [f"{ctx.text('{route}')} · {B['timetable']}"]
    offset = 0
    for s in stops:
        times = [start + offset + k * step for k in range(cols)]
        out.append(s.ljust(w) + "  ".join(f"{(t // 60) % 24:02d}:{t % 60:02d}" for t in times))
        offset += ctx.rng.randint(3, 11)
    ctx.negs.append("departure_times")
    return _lines(out)


def tides(ctx):
    B = ctx.L["blocks"]
    out = [f"{B['tides']} – {ctx.town}"]
    for d in ctx.rng.sample(B["days"], 3):
        out.append(f"{d:<6}{ctx.neg('tide_times')}")
    return _lines(out)


def opening(ctx):
    B = ctx.L["blocks"]
    out = [B["opening"]]
    for d in B["days"]:
        a, b = ctx.rng.randint(6, 10), ctx.rng.randint(16, 22)
        out.append(f"{d:<6}{a:02d}:{ctx.pick(('00', '30'))}–{b:02d}:{ctx.pick(('00', '30'))}")
    ctx.negs.append("opening_table")
    return _lines(out)


# indices into words["ingredients"]; dishes 1 and 3 of words["dish"] are savoury
SWEET, SAVOURY = (0, 1, 2, 3, 4, 5, 6), (1, 3, 4, 7, 8, 9)


def savoury(ctx):
    return ctx.L["words"]["dish"].index(ctx.named("dish")) in (1, 3)


def ingredients(ctx):
    B, W = ctx.L["blocks"], ctx.L["words"]
    out = [B["ingredients"]]
    pool = [W["ingredients"][i] for i in (SAVOURY if savoury(ctx) else SWEET)]
    for name, unit in ctx.rng.sample(pool, ctx.rng.randint(4, len(pool))):
        if unit == "g":
            q = f"{ctx.pick((50, 75, 100, 125, 150, 175, 200, 225, 250, 300, 400))} g"
        elif unit == "ml":
            q = f"{ctx.pick((100, 150, 200, 250, 300, 500, 750))} ml"
        elif unit:
            q = f"{ctx.pick(('1', '1½', '2', '½'))} {unit}"
        else:
            q = str(ctx.rng.randint(2, 4))
        out.append(f"- {q} {name}")
    ctx.negs.append("ingredient_qty")
    return _lines(out)


def method(ctx, extra_steps=()):
    B, W = ctx.L["blocks"], ctx.L["words"]
    dish = W["dish"].index(ctx.named("dish"))
    pool = [W["steps"][3]] if dish in (1, 3) else W["steps"][:3]
    steps = [ctx.fill(s) for s in pool]
    if dish != 1:
        steps.insert(0, ctx.fill(W["oven"]))
    steps += list(extra_steps)
    out = [[B["method"]]] + [[f"{i}. "] + s for i, s in enumerate(steps, 1)]
    return _lines(out)


def shopping(ctx):
    B, W = ctx.L["blocks"], ctx.L["words"]
    items = ctx.rng.sample(W["shop"], ctx.rng.randint(4, 7))
    w = max(len(i) for i in items) + 4
    prices = [ctx.rng.randint(45, 699) for _ in items]
    d = negfmt.dec(ctx.lang)
    rows = [f"{i.ljust(w)}{p // 100}{d}{p % 100:02d}" for i, p in zip(items, prices, strict=True)]
    out = [B["shopping"]] + rows
    out.append(f"{B['total'].ljust(w)}{sum(prices) // 100}{d}{sum(prices) % 100:02d}")
    ctx.negs.append("price_list")
    return _lines(out)


def diary(ctx, genre, extra=()):
    """Dates in order, each with an event; extra rows (events carrying a value) get dates too."""
    B, P = ctx.L["blocks"], ctx.L["place"]
    events = [[ctx.text(e)] for e in ctx.rng.sample(P["events"][genre], 3)] + [list(x) for x in extra]
    ctx.rng.shuffle(events)
    rows = []
    for doy, ev in zip(sorted(ctx.rng.sample(range(0, 330), len(events))), events, strict=True):
        rows.append(
            [negfmt.fmt_day(ctx.rng, ctx.lang, ctx.home, ctx.year, 1 + doy // 30, 1 + doy % 28), " – "] + ev
        )
        ctx.negs.append("date")
    return _lines([[B["diary" if genre == "school" else "fixtures"]]] + rows)


def fees(ctx):
    B = ctx.L["blocks"]
    items = ctx.rng.sample(B["fee_items"], 3)
    w = max(len(i) for i in items) + 3
    return _lines([B["fees"]] + [i.ljust(w) + ctx.neg("fee_amount") for i in items])


def exams(ctx):
    B = ctx.L["blocks"]
    c = B["exam_cols"]
    subs = ctx.rng.sample(B["subjects"], 3)
    rows = [(s, ctx.neg("date"), ctx.neg("exam_slot"), ctx.neg("room_number")) for s in subs]
    w = [max(len(c[i]), *(len(r[i]) for r in rows)) + 3 for i in range(3)]
    out = [B["exams"], c[0].ljust(w[0]) + c[1].ljust(w[1]) + c[2].ljust(w[2]) + c[3]]
    out += [r[0].ljust(w[0]) + r[1].ljust(w[1]) + r[2].ljust(w[2]) + r[3] for r in rows]
    return _lines(out)


def samples(ctx):
    B = ctx.L["blocks"]
    rows = [(ctx.neg("sample_id"), ctx.neg("measurement")) for _ in range(ctx.rng.randint(3, 5))]
    w = max(len(r[0]) for r in rows) + 4
    return _lines([B["samples"][0].ljust(w) + B["samples"][1]] + [a.ljust(w) + b for a, b in rows])


def references(ctx):
    B = ctx.L["blocks"]
    out = [B["refs"]]
    for i, t in enumerate(ctx.rng.sample(REF_TITLES, ctx.rng.randint(2, 3)), 1):
        who = ctx.fk.last_name() if ctx.lang != "hi" else ctx.pick(("Sharma", "Iyer", "Banerjee", "Rao"))
        kind = ctx.pick(("doi", "pmid", "doi", "isbn"))
        tail = {"doi": "doi:", "pmid": "PMID: ", "isbn": "ISBN "}[kind] + ctx.neg(kind)
        out.append(
            f"[{i}] {who} et al. ({ctx.rng.randint(2009, 2024)}). {t}. {ctx.pick(JOURNALS)} "
            f"{ctx.rng.randint(12, 190)}: {ctx.rng.randint(1, 900)}. {tail}"
        )
    return _lines(out)


def logger(ctx):
    B = ctx.L["blocks"]
    t = int(ctx.neg("epoch_time"))
    out = [B["log"]]
    for _ in range(ctx.rng.randint(3, 5)):
        t += ctx.pick((60, 300, 600, 900))
        out.append(
            f"{t} INFO t={negfmt.fdec(ctx.rng.uniform(4, 26), 2, 'en')} rh={ctx.rng.randint(30, 99)} "
            f"bat={negfmt.fdec(ctx.rng.uniform(3.4, 4.2), 2, 'en')}"
        )
    return _lines(out)


def post_footer(ctx):
    B = ctx.L["blocks"]
    return [
        f"♥ {ctx.neg('follower_count')} {B['likes']} · {ctx.rng.randint(2, 240)} {B['comments']} · "
        f"{ctx.neg('post_time')}"
    ]


def review_head(ctx):
    stars = ctx.rng.randint(1, 5)
    return ["★" * stars + "☆" * (5 - stars) + f"  {ctx.L['blocks']['stars']}: {ctx.neg('star_rating')}"]


def ads(ctx):
    return [ctx.fill(a) for a in ctx.rng.sample(ctx.L["words"]["ads"], ctx.rng.randint(2, 4))]


BLOCKS = {
    "sports": (league_table, results, race, chess),
    "timetable": (timetable_grid, tides, opening),
    "recipe": (ingredients, shopping),
    "school": (fees, exams),
    "science": (samples, references, logger),
    "social": (post_footer, review_head),
}
