"""Negative-only tables for v19 (English for every en_* locale, else the locale's language)."""

from .locales import fmt

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
SEPARATORS = ("markdown", "tab", " ¦ ", " · ")
# key: "Title|first column|col|col|col" per language (en, de, fr, es, it, nl, pt)
HEADS = {
    "bowls_league": (
        "Bowls league|Team|Played|Won|Points",
        "Boule-Liga|Team|Spiele|Siege|Punkte",
        "Championnat de boules|Équipe|Joués|Gagnés|Points",
        "Liga de petanca|Equipo|Jugados|Ganados|Puntos",
        "Campionato bocce|Squadra|Giocate|Vinte|Punti",
        "Jeu de boules competitie|Team|Gespeeld|Gewonnen|Punten",
        "Liga de bocha|Time|Jogos|Vitórias|Pontos",
    ),
    "library_loans": (
        "Library loans|Month|Adults|Children|Returned late",
        "Ausleihen Bücherei|Monat|Erwachsene|Kinder|Verspätet",
        "Prêts de la bibliothèque|Mois|Adultes|Enfants|Retards",
        "Préstamos de la biblioteca|Mes|Adultos|Niños|Con retraso",
        "Prestiti biblioteca|Mese|Adulti|Bambini|In ritardo",
        "Uitleningen bieb|Maand|Volwassenen|Kinderen|Te laat",
        "Empréstimos da biblioteca|Mês|Adultos|Crianças|Atrasados",
    ),
    "bike_repairs": (
        "Bike repairs by week|Week|Punctures|Brakes|Chains",
        "Fahrradreparaturen|Woche|Platten|Bremsen|Ketten",
        "Réparations vélo|Semaine|Crevaisons|Freins|Chaînes",
        "Arreglos de bicis|Semana|Pinchazos|Frenos|Cadenas",
        "Riparazioni bici|Settimana|Forature|Freni|Catene",
        "Fietsreparaties|Week|Lekke banden|Remmen|Kettingen",
        "Consertos de bike|Semana|Pneus furados|Freios|Correntes",
    ),
    "choir_attendance": (
        "Choir attendance|Rehearsal|Sopranos|Altos|Men",
        "Chorprobe Anwesenheit|Probe|Sopran|Alt|Männer",
        "Présences chorale|Répétition|Sopranos|Altos|Hommes",
        "Asistencia al coro|Ensayo|Sopranos|Contraltos|Hombres",
        "Presenze coro|Prova|Soprani|Contralti|Uomini",
        "Koor aanwezigheid|Repetitie|Sopranen|Alten|Mannen",
        "Presença no coral|Ensaio|Sopranos|Contraltos|Homens",
    ),
    "pantry_stock": (
        "Pantry stock (kg)|Shelf|In|Out|Left",
        "Vorrat Tafel (kg)|Regal|Rein|Raus|Rest",
        "Stock de l'épicerie (kg)|Étagère|Entrées|Sorties|Reste",
        "Existencias (kg)|Estante|Entra|Sale|Queda",
        "Scorte dispensa (kg)|Scaffale|Entrate|Uscite|Resto",
        "Voorraad voedselbank (kg)|Plank|In|Uit|Over",
        "Estoque da despensa (kg)|Prateleira|Entrada|Saída|Resta",
    ),
    "hall_power": (
        "Hall electricity|Month|kWh|Cost|Heating days",
        "Strom im Saal|Monat|kWh|Kosten|Heiztage",
        "Électricité de la salle|Mois|kWh|Coût|Jours chauffés",
        "Luz del salón|Mes|kWh|Coste|Días de calefacción",
        "Luce della sala|Mese|kWh|Costo|Giorni riscaldati",
        "Stroom zaal|Maand|kWh|Kosten|Stookdagen",
        "Luz do salão|Mês|kWh|Custo|Dias de aquecimento",
    ),
    "egg_tally": (
        "Egg tally|Day|Hens laying|Eggs|Sold",
        "Eierliste|Tag|Legende Hennen|Eier|Verkauft",
        "Relevé des œufs|Jour|Poules pondeuses|Œufs|Vendus",
        "Recuento de huevos|Día|Gallinas|Huevos|Vendidos",
        "Conta delle uova|Giorno|Galline|Uova|Vendute",
        "Eierlijst|Dag|Leggende kippen|Eieren|Verkocht",
        "Contagem de ovos|Dia|Galinhas|Ovos|Vendidos",
    ),
    "quiz_night": (
        "Quiz night scores|Table|Round 1|Round 2|Total",
        "Quizabend|Tisch|Runde 1|Runde 2|Gesamt",
        "Soirée quiz|Table|Manche 1|Manche 2|Total",
        "Noche de preguntas|Mesa|Ronda 1|Ronda 2|Total",
        "Serata quiz|Tavolo|Round 1|Round 2|Totale",
        "Pubquiz|Tafel|Ronde 1|Ronde 2|Totaal",
        "Noite do quiz|Mesa|Rodada 1|Rodada 2|Total",
    ),
    "saplings": (
        "Saplings by plot|Plot|Planted|Alive (%)|Height (cm)",
        "Setzlinge je Fläche|Fläche|Gepflanzt|Überlebt (%)|Höhe (cm)",
        "Jeunes arbres par parcelle|Parcelle|Plantés|Vivants (%)|Hauteur (cm)",
        "Plantones por parcela|Parcela|Plantados|Vivos (%)|Altura (cm)",
        "Alberelli per lotto|Lotto|Piantati|Vivi (%)|Altezza (cm)",
        "Boompjes per vak|Vak|Geplant|Levend (%)|Hoogte (cm)",
        "Mudas por canteiro|Canteiro|Plantadas|Vivas (%)|Altura (cm)",
    ),
    "running_groups": (
        "Running club groups|Group|Distance (km)|Pace (min/km)|Runners",
        "Laufgruppen|Gruppe|Strecke (km)|Tempo (min/km)|Läufer",
        "Groupes de course|Groupe|Distance (km)|Allure (min/km)|Coureurs",
        "Grupos de carrera|Grupo|Distancia (km)|Ritmo (min/km)|Corredores",
        "Gruppi di corsa|Gruppo|Distanza (km)|Passo (min/km)|Podisti",
        "Loopgroepen|Groep|Afstand (km)|Tempo (min/km)|Lopers",
        "Grupos de corrida|Grupo|Distância (km)|Ritmo (min/km)|Corredores",
    ),
    "oven_log": (
        "Bread oven log|Batch|Temp (°C)|Minutes|Loaves",
        "Backofenprotokoll|Charge|Temp. (°C)|Minuten|Brote",
        "Journal du four|Fournée|Temp. (°C)|Minutes|Pains",
        "Registro del horno|Hornada|Temp. (°C)|Minutos|Panes",
        "Registro del forno|Infornata|Temp. (°C)|Minuti|Pagnotte",
        "Ovenlog|Baksel|Temp. (°C)|Minuten|Broden",
        "Registro do forno|Fornada|Temp. (°C)|Minutos|Pães",
    ),
    "weather_station": (
        "School weather station|Day|Min (°C)|Max (°C)|Wind (km/h)",
        "Schulwetterstation|Tag|Min (°C)|Max (°C)|Wind (km/h)",
        "Station météo de l'école|Jour|Min (°C)|Max (°C)|Vent (km/h)",
        "Estación del cole|Día|Mín (°C)|Máx (°C)|Viento (km/h)",
        "Stazione meteo della scuola|Giorno|Min (°C)|Max (°C)|Vento (km/h)",
        "Weerstation school|Dag|Min (°C)|Max (°C)|Wind (km/h)",
        "Estação do colégio|Dia|Mín (°C)|Máx (°C)|Vento (km/h)",
    ),
}
MONTHS = {
    "en": "Jan Feb Mar Apr May Jun",
    "de": "Jan Feb Mär Apr Mai Jun",
    "fr": "janv févr mars avr mai juin",
    "es": "ene feb mar abr may jun",
    "it": "gen feb mar apr mag giu",
    "nl": "jan feb mrt apr mei jun",
    "pt": "jan fev mar abr mai jun",
}


def _first(key, lang, i, rng):
    if key in ("library_loans", "hall_power"):
        return MONTHS[lang].split()[i % 6]
    if key in ("bike_repairs",):
        return str(rng.randint(1, 4) + 4 * i)
    if key in ("choir_attendance", "egg_tally", "weather_station"):
        return f"{(3 + 4 * i) % 28 + 1:02d}/{rng.randint(3, 10):02d}" if lang == "en" else f"{3 + 3 * i}."
    return "ABCDEFGH"[i]


def _cells(key, lang, rng):
    f = lang
    r = rng
    if key == "bowls_league":
        p = r.randint(6, 14)
        w = r.randint(0, p)
        return [str(p), str(w), str(3 * w + r.randint(0, p - w))]
    if key in ("library_loans", "bike_repairs", "choir_attendance"):
        return [str(r.randint(2, 140)), str(r.randint(1, 90)), str(r.randint(0, 30))]
    if key == "pantry_stock":
        a, b = r.uniform(20, 90), r.uniform(5, 19)
        return [fmt(a, 1, f), fmt(b, 1, f), fmt(a - b, 1, f)]
    if key == "hall_power":
        k = r.randint(180, 900)
        return [str(k), fmt(k * 0.31, 2, f), str(r.randint(0, 25))]
    if key == "egg_tally":
        e = r.randint(4, 11)
        return [str(r.randint(e, 12)), str(e), str(r.randint(0, e))]
    if key == "quiz_night":
        a, b = r.randint(8, 20), r.randint(8, 20)
        return [str(a), str(b), str(a + b)]
    if key == "saplings":
        return [str(r.randint(10, 60)), str(r.randint(55, 100)), str(r.randint(20, 140))]
    if key == "running_groups":
        return [
            fmt(r.choice((5, 8, 10, 12.5, 15)), 1, f),
            f"{r.randint(4, 7)}:{r.randint(0, 59):02d}",
            str(r.randint(4, 18)),
        ]
    if key == "oven_log":
        return [str(r.choice((210, 220, 230, 240, 250))), str(r.randint(28, 55)), str(r.randint(6, 24))]
    lo = r.uniform(-4, 12)
    return [fmt(lo, 1, f), fmt(lo + r.uniform(3, 12), 1, f), str(r.randint(0, 60))]


def make(rng, key, lang, sep):
    """A whole negative-only table document: title, blank line, header row and 4-8 rows."""
    parts = HEADS[key][LANGS.index(lang)].split("|")
    title, header = parts[0], parts[1:]
    rows = [header] + [[_first(key, lang, i, rng)] + _cells(key, lang, rng) for i in range(rng.randint(4, 8))]
    if sep == "markdown":
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "---|" * len(header))
    else:
        lines = [("\t" if sep == "tab" else sep).join(row) for row in rows]
    return title + "\n\n" + "\n".join(lines)
