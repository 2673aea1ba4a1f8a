"""Negative-only documents: tables and lists a club, household or workplace keeps, in its language.

Each table kind: key, locales it is written in, a title per language, and a drawer of (header, rows).
Two have phone-shaped columns: member numbers under a header that names them, and a book-swap list of
ISBN-10s with no header at all.
"""


def _c(r, s):
    return r.choice(s.split("|"))


def _t(r):
    return "%02d:%02d" % (r.randint(6, 20), r.choice([0, 15, 30, 45]))


def _d(r, lang):
    d, m = r.randint(1, 28), r.randint(1, 12)
    return "%d/%d" % (m, d) if lang == "en" and r.random() < 0.3 else "%02d.%02d." % (d, m)


def _quiz(r, lang, names):
    rows = [
        (
            _c(r, "Quizzy Rascals|The Usual Suspects|Les Quizerables|Brains of Britain|Fact Hunt|Red Lion A"),
            str(r.randint(8, 14)),
            str(r.randint(2, 12)),
            str(r.randint(60, 190)),
        )
        for _ in range(r.randint(5, 8))
    ]
    return ("Team", "P", "W", "Pts"), rows


def _plots(r, lang, names):
    head = {"en": ("Plot", "Holder", "Size", "Status"), "nl": ("Tuin", "Huurder", "Grootte", "Status")}[lang]
    st = {"en": "let|vacant|half plot|on notice", "nl": "verhuurd|vrij|halve tuin|opgezegd"}[lang]
    rows = [
        (
            "%d%s" % (r.randint(1, 80), _c(r, "|a|b")),
            " ".join(r.choice(names)),
            "%d m²" % r.choice([125, 150, 250, 300]),
            _c(r, st),
        )
        for _ in range(r.randint(5, 9))
    ]
    return head, rows


def _race(r, lang, names):
    head = {
        "en": ("Pos", "Bib", "Runner", "Time"),
        "es": ("Pos.", "Dorsal", "Corredor", "Tiempo"),
        "pt": ("Pos.", "Nº", "Atleta", "Tempo"),
    }[lang]
    rows = [
        (
            str(i + 1),
            str(r.randint(100, 999)),
            " ".join(r.choice(names)),
            "%d:%02d:%02d" % (0, r.randint(17, 59), r.randint(0, 59)),
        )
        for i in range(r.randint(6, 10))
    ]
    return head, rows


def _tides(r, lang, names):
    head = {
        "en": ("Date", "HW", "m", "LW", "m"),
        "fr": ("Date", "PM", "m", "BM", "m"),
        "nl": ("Datum", "HW", "m", "LW", "m"),
    }[lang]
    rows = [
        (_d(r, lang), _t(r), "%.1f" % r.uniform(3, 7), _t(r), "%.1f" % r.uniform(0.2, 1.6))
        for _ in range(r.randint(5, 7))
    ]
    return head, rows


def _bins(r, lang, names):
    head = {"de": ("Datum", "Tonne"), "nl": ("Datum", "Container")}[lang]
    kinds = {"de": "Restmüll|Biotonne|Gelber Sack|Papier", "nl": "GFT|Restafval|PMD|Papier"}[lang]
    return head, [(_d(r, lang), _c(r, kinds)) for _ in range(r.randint(6, 10))]


def _fuel(r, lang, names):
    km = r.randint(20000, 180000)
    rows = []
    for _ in range(r.randint(5, 8)):
        km += r.randint(400, 900)
        rows.append((_d(r, lang), "%d" % km, "%.2f l" % r.uniform(30, 60), "%.2f €" % r.uniform(50, 110)))
    return ("Datum", "km", "Liter", "Betrag"), rows


def _rain(r, lang, names):
    head = {"en": ("Day", "Rain (mm)"), "nl": ("Dag", "Neerslag (mm)")}[lang]
    days = {"en": "Mon|Tue|Wed|Thu|Fri|Sat|Sun", "nl": "ma|di|wo|do|vr|za|zo"}[lang].split("|")
    return head, [(d, ("%.1f" % r.uniform(0, 40)).replace(".", "," if lang == "nl" else ".")) for d in days]


def _gala(r, lang, names):
    ev = "50m free|100m breast|50m back|200m IM|100m fly"
    return ("Event", "Swimmer", "Time"), [
        (
            _c(r, ev),
            " ".join(r.choice(names)),
            "%d:%02d.%02d" % (r.randint(0, 2), r.randint(0, 59), r.randint(0, 99)),
        )
        for _ in range(r.randint(5, 8))
    ]


def _reading(r, lang, names):
    books = "Charlotte's Web|Holes|Wonder|Hatchet|Matilda|The Giver|Bridge to Terabithia"
    return ("Date", "Book", "Pages", "Minutes"), [
        (
            _d(r, lang),
            _c(r, books),
            "%d-%d" % (r.randint(1, 100), r.randint(101, 200)),
            str(r.randint(15, 60)),
        )
        for _ in range(r.randint(5, 8))
    ]


def _meds(r, lang, names):
    head = {
        "de": ("Medikament", "Stärke", "früh-mittag-abend-nacht"),
        "it": ("Farmaco", "Dose", "mattina-pranzo-sera-notte"),
    }[lang]
    drugs = "Ramipril|Metformin|Simvastatin|L-Thyroxin|Pantoprazol|Bisoprolol|Amlodipin"
    return head, [
        (_c(r, drugs), "%d mg" % r.choice([5, 10, 20, 50, 100]), "-".join(r.choice("0011") for _ in range(4)))
        for _ in range(r.randint(3, 6))
    ]


def _chores(r, lang, names):
    head = {"nl": ("Klus", "Wie", "Dag"), "en": ("Chore", "Who", "Day")}[lang]
    jobs = {
        "nl": "afwas|stofzuigen|badkamer|vuilnis buiten|planten water",
        "en": "dishes|vacuum|bathroom|trash out|water plants",
    }[lang]
    days = {"nl": "ma|di|wo|do|vr|za", "en": "Mon|Tue|Wed|Thu|Fri|Sat"}[lang]
    return head, [(_c(r, jobs), r.choice(names)[0], _c(r, days)) for _ in range(r.randint(5, 7))]


def _expenses(r, lang, names):
    head = {
        "es": ("Quién", "Concepto", "Importe"),
        "it": ("Chi", "Cosa", "Importo"),
        "pt": ("Quem", "O quê", "Valor"),
    }[lang]
    what = {
        "es": "gasolina|súper|peajes|cena|casa rural",
        "it": "benzina|spesa|pedaggi|cena|agriturismo",
        "pt": "gasolina|mercado|pedágio|jantar|pousada",
    }[lang]
    return head, [
        (r.choice(names)[0], _c(r, what), "%d,%02d" % (r.randint(8, 400), r.randint(0, 99)))
        for _ in range(r.randint(5, 8))
    ]


def _seating(r, lang, names):
    head = {"it": ("Tavolo", "Ospiti"), "fr": ("Table", "Invités")}[lang]
    return head, [(str(i + 1), ", ".join(p[0] for p in r.sample(names, 3))) for i in range(r.randint(4, 7))]


def _darts(r, lang, names):
    head = {"en": ("Player", "Legs", "Avg", "180s"), "nl": ("Speler", "Legs", "Gem.", "180")}[lang]
    return head, [
        (
            " ".join(r.choice(names)),
            "%d-%d" % (r.randint(0, 5), r.randint(0, 5)),
            "%.2f" % r.uniform(38, 78),
            str(r.randint(0, 4)),
        )
        for _ in range(r.randint(5, 8))
    ]


def _ladder(r, lang, names):
    head = {"fr": ("Rang", "Joueur", "V-D"), "de": ("Platz", "Spieler", "S-N")}[lang]
    return head, [
        (str(i + 1), " ".join(r.choice(names)), "%d-%d" % (r.randint(0, 9), r.randint(0, 9)))
        for i in range(r.randint(6, 10))
    ]


def _hymns(r, lang, names):
    head = {"de": ("Sonntag", "Lieder (EG)"), "en": ("Sunday", "Hymns (A&M)")}[lang]
    return head, [(_d(r, lang), ", ".join(str(r.randint(1, 700)) for _ in range(4))) for _ in range(5)]


def _harvest(r, lang, names):
    head = {"en": ("Crop", "Picked", "kg"), "fr": ("Légume", "Récolte", "kg")}[lang]
    crops = {
        "en": "runner beans|courgettes|potatoes|onions|raspberries",
        "fr": "haricots|courgettes|pommes de terre|oignons|framboises",
    }[lang]
    return head, [(_c(r, crops), _d(r, lang), "%.1f" % r.uniform(0.3, 14)) for _ in range(r.randint(5, 8))]


def _eggs(r, lang, names):
    head = {"fr": ("Jour", "Œufs", "Poules dehors"), "pt": ("Dia", "Ovos", "Galinhas soltas")}[lang]
    return head, [(_d(r, lang), str(r.randint(2, 11)), str(r.randint(4, 12))) for _ in range(r.randint(6, 9))]


def _oil(r, lang, names):
    return ("Datum", "Liter", "Preis/100 l", "Summe"), [
        (
            _d(r, lang),
            str(r.randint(800, 3000)),
            "%.2f €" % (r.uniform(85, 125)),
            "%d €" % r.randint(700, 3500),
        )
        for _ in range(r.randint(4, 6))
    ]


def _lost(r, lang, names):
    items = "umbrella|water bottle|lunch box|school sweater|spectacles|house keys|cricket bat"
    where = "Hall A|canteen|parking|temple steps|playground|staff room"
    return ("Item", "Found at", "Date"), [
        (_c(r, items), _c(r, where), _d(r, lang)) for _ in range(r.randint(5, 8))
    ]


def _members(r, lang, names):
    head = {
        "de": ("Mitgl.-Nr.", "Name", "Eintritt"),
        "fr": ("N° adhérent", "Nom", "Depuis"),
        "es": ("N.º socio", "Nombre", "Alta"),
    }[lang]
    return head, [
        (
            "%04d %03d %03d" % (r.randint(0, 9999), r.randint(0, 999), r.randint(0, 999)),
            " ".join(r.choice(names)),
            str(r.randint(1978, 2024)),
        )
        for _ in range(r.randint(5, 8))
    ]


def _isbns(r, lang, names):
    titles = "Il nome della rosa|Ensaio sobre a cegueira|De avonden|Het achterhuis|La storia|Dom Casmurro"
    return None, [
        (
            "%d-%03d-%05d-%d"
            % (r.choice([3, 8, 88, 85, 90]) % 10, r.randint(0, 999), r.randint(0, 99999), r.randint(0, 9)),
            _c(r, titles),
        )
        for _ in range(r.randint(5, 9))
    ]


TITLES = {
    "quiz-standings": ("en_GB", {"en": "Quiz league: table after week {w}"}, _quiz),
    "plot-allocations": ("en_GB nl_NL", {"en": "Plot allocations {y}", "nl": "Tuinverdeling {y}"}, _plots),
    "race-results": (
        "en_US es_ES pt_BR",
        {"en": "Fun run results", "es": "Clasificación carrera solidaria", "pt": "Resultado da corrida"},
        _race,
    ),
    "tide-table": (
        "en_GB fr_FR nl_NL",
        {
            "en": "Tides for the sailing club, week {w}",
            "fr": "Horaires des marées, semaine {w}",
            "nl": "Getijtabel week {w}",
        },
        _tides,
    ),
    "bin-calendar": ("de_DE nl_NL", {"de": "Abfuhrkalender {y}", "nl": "Afvalkalender {y}"}, _bins),
    "fuel-log": ("de_DE", {"de": "Fahrtenbuch Vereinsbus: Tanken"}, _fuel),
    "rainfall-log": ("en_IN nl_NL", {"en": "Society garden rain log", "nl": "Regenmeter volkstuin"}, _rain),
    "swim-gala": ("en_GB en_AU", {"en": "Swimming gala results"}, _gala),
    "reading-log": ("en_US", {"en": "Summer reading log"}, _reading),
    "medicine-plan": ("de_DE it_IT", {"de": "Medikationsplan Oma", "it": "Piano terapia nonno"}, _meds),
    "chore-chart": ("nl_NL en_US", {"nl": "Takenlijst huis", "en": "House chore chart"}, _chores),
    "trip-expenses": (
        "es_ES it_IT pt_BR",
        {"es": "Gastos del viaje", "it": "Spese della gita", "pt": "Gastos da viagem"},
        _expenses,
    ),
    "seating-plan": (
        "it_IT fr_FR",
        {"it": "Disposizione tavoli cena sociale", "fr": "Plan de table du repas"},
        _seating,
    ),
    "darts-league": (
        "en_GB nl_NL",
        {"en": "Darts league, week {w}", "nl": "Dartcompetitie speelronde {w}"},
        _darts,
    ),
    "tennis-ladder": (
        "fr_FR de_DE",
        {"fr": "Échelle de tennis", "de": "Forderungsrangliste Tennis"},
        _ladder,
    ),
    "hymn-board": ("de_DE en_GB", {"de": "Liedplan Gottesdienste", "en": "Hymn board for the month"}, _hymns),
    "harvest-log": ("en_GB fr_FR", {"en": "Allotment harvest log", "fr": "Carnet de récolte"}, _harvest),
    "egg-count": ("fr_FR pt_BR", {"fr": "Ponte du poulailler", "pt": "Ovos do galinheiro"}, _eggs),
    "heating-oil": ("de_DE de_AT", {"de": "Heizöl-Lieferungen Pfarrhaus"}, _oil),
    "lost-property": ("en_IN en_US", {"en": "Lost and found register"}, _lost),
    "member-numbers": (
        "de_DE fr_FR es_ES",
        {"de": "Neue Mitglieder {y}", "fr": "Nouveaux adhérents {y}", "es": "Altas de socios {y}"},
        _members,
    ),
    "isbn-swap": (
        "it_IT pt_BR nl_NL",
        {"it": "Scambio libri in biblioteca", "pt": "Troca de livros", "nl": "Boekenruil"},
        _isbns,
    ),
}


def grid(r, head, rows):
    style = r.choice(["pipes", "spaces", "tabs", "semicolons", "dashes"])
    lines = ([head] if head else []) + rows
    if style == "pipes":
        out = ["| " + " | ".join(x) + " |" for x in lines]
        if head:
            out.insert(1, "|" + "|".join("---" for _ in head) + "|")
        return "\n".join(out)
    if style == "spaces":
        w = [max(len(x[i]) for x in lines) for i in range(len(lines[0]))]
        return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(x)).rstrip() for x in lines)
    sep = {"tabs": "\t", "semicolons": ";", "dashes": " – "}[style]
    return "\n".join(sep.join(x) for x in lines)


def render(r, key, lang, names):
    _locs, titles, fn = TITLES[key]
    head, rows = fn(r, lang, names)
    title = titles[lang].format(w=r.randint(2, 30), y=r.randint(2023, 2025))
    return title + "\n\n" + grid(r, head, rows)
