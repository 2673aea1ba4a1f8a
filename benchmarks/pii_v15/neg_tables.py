"""Hard negatives, part four: negative-only tables of twenty new kinds, in en, de, fr, es, it, nl or pt.

Each kind: title and header per language ("title|col|col..."), and a row maker (rng, lang, names) -> cells.
"""

from __future__ import annotations

from .neg_labelled import fill_pattern
from .neg_patterned import dec

TL = ("en", "de", "fr", "es", "it", "nl", "pt")


def _r(rng, a, b):
    return rng.randint(a, b)


BOOKS = (
    "Moby Dick|Faust|Madame Bovary|Don Quijote|Pinocchio|Max Havelaar|"
    "Dom Casmurro|Jane Eyre|Der Process|Il Gattopardo|Les Misérables|Emma"
).split("|")
WINES = (
    "Rioja Reserva|Barolo|Chablis|Riesling Spätlese|Douro Tinto|"
    "Chianti Classico|Sancerre|Grüner Veltliner|Priorat|Valpolicella"
).split("|")
CAKES = "Brownies|Lemon drizzle|Flapjacks|Muffins|Cheesecake|Cupcakes|Apple pie|Banana bread".split("|")
EPISODES = (
    "Pilot|The long walk|Kitchen secrets|Rain again|"
    "Interview special|Live from the market|Questions from you|Season finale"
).split("|")

TABLES = {
    "bowling_sheet": (
        [
            "League night scores|Player|G1|G2|G3|Series",
            "Bowlingabend|Spieler|S1|S2|S3|Serie",
            "Soirée bowling|Joueur|P1|P2|P3|Série",
            "Noche de bolos|Jugador|P1|P2|P3|Serie",
            "Serata bowling|Giocatore|P1|P2|P3|Serie",
            "Bowlingavond|Speler|S1|S2|S3|Serie",
            "Noite de boliche|Jogador|J1|J2|J3|Série",
        ],
        lambda rng, lang, name: (lambda g: [name] + [str(x) for x in g] + [str(sum(g))])(
            [_r(rng, 90, 240) for _ in range(3)]
        ),
    ),
    "golf_scorecard": (
        [
            "Scorecard, front nine|Hole|Par|Strokes|Putts",
            "Scorekarte, vordere Neun|Loch|Par|Schläge|Putts",
            "Carte de score, aller|Trou|Par|Coups|Putts",
            "Tarjeta, ida|Hoyo|Par|Golpes|Putts",
            "Scorecard, andata|Buca|Par|Colpi|Putt",
            "Scorekaart, eerste negen|Hole|Par|Slagen|Putts",
            "Cartão, ida|Buraco|Par|Tacadas|Putts",
        ],
        lambda rng, lang, name: (
            lambda p: [str(_r(rng, 1, 9)), str(p), str(p + _r(rng, -1, 3)), str(_r(rng, 1, 3))]
        )(rng.choice([3, 4, 4, 5])),
    ),
    "sleep_diary": (
        [
            "Sleep diary|Night|In bed|Up|Hours",
            "Schlaftagebuch|Nacht|Im Bett|Auf|Stunden",
            "Journal de sommeil|Nuit|Couché|Levé|Heures",
            "Diario de sueño|Noche|Acostado|Levantado|Horas",
            "Diario del sonno|Notte|A letto|Sveglia|Ore",
            "Slaapdagboek|Nacht|Naar bed|Op|Uren",
            "Diário do sono|Noite|Deitou|Levantou|Horas",
        ],
        lambda rng, lang, name: [
            "%02d.%02d." % (_r(rng, 1, 28), _r(rng, 1, 12)),
            "%02d:%02d" % (rng.choice([22, 23, 0]), _r(rng, 0, 59)),
            "%02d:%02d" % (_r(rng, 5, 8), _r(rng, 0, 59)),
            dec(_r(rng, 50, 90) / 10, lang),
        ],
    ),
    "reading_log": (
        [
            "Reading log|Week|Book|Pages",
            "Lesetagebuch|Woche|Buch|Seiten",
            "Carnet de lecture|Semaine|Livre|Pages",
            "Registro de lectura|Semana|Libro|Páginas",
            "Diario di lettura|Settimana|Libro|Pagine",
            "Leeslog|Week|Boek|Bladzijden",
            "Registro de leitura|Semana|Livro|Páginas",
        ],
        lambda rng, lang, name: [
            str(_r(rng, 1, 52)),
            rng.choice(BOOKS),
            "%d–%d" % (lambda a: (a, a + _r(rng, 10, 60)))(_r(rng, 1, 300)),
        ],
    ),
    "pool_log": (
        [
            "Pool log|Day|pH|Chlorine|Water °C",
            "Poolprotokoll|Tag|pH|Chlor|Wasser °C",
            "Suivi piscine|Jour|pH|Chlore|Eau °C",
            "Registro piscina|Día|pH|Cloro|Agua °C",
            "Registro piscina|Giorno|pH|Cloro|Acqua °C",
            "Zwembadlog|Dag|pH|Chloor|Water °C",
            "Controle da piscina|Dia|pH|Cloro|Água °C",
        ],
        lambda rng, lang, name: [
            "%02d.%02d." % (_r(rng, 1, 28), _r(rng, 5, 9)),
            dec(_r(rng, 68, 78) / 10, lang),
            dec(_r(rng, 5, 30) / 10, lang),
            str(_r(rng, 21, 29)),
        ],
    ),
    "parcel_dispatch": (
        [
            "Parcels sent|Date|Tracking no.|Weight kg",
            "Versandliste|Datum|Sendungsnummer|Gewicht kg",
            "Colis expédiés|Date|N° de suivi|Poids kg",
            "Paquetes enviados|Fecha|Nº de seguimiento|Peso kg",
            "Pacchi spediti|Data|Tracking|Peso kg",
            "Verzonden pakketten|Datum|Track & trace|Gewicht kg",
            "Encomendas enviadas|Data|Rastreio|Peso kg",
        ],
        lambda rng, lang, name: [
            "%02d.%02d." % (_r(rng, 1, 28), _r(rng, 1, 12)),
            fill_pattern(rng, "@### #### ####"),
            dec(_r(rng, 2, 200) / 10, lang),
        ],
    ),
    "invoice_register": (
        [
            "Invoices|Invoice no.|Date|Amount",
            "Rechnungsausgangsbuch|Rechnungsnr.|Datum|Betrag",
            "Registre des factures|N° facture|Date|Montant",
            "Registro de facturas|Nº factura|Fecha|Importe",
            "Registro fatture|N. fattura|Data|Importo",
            "Facturenregister|Factuurnr.|Datum|Bedrag",
            "Registro de notas|Nº da nota|Data|Valor",
        ],
        lambda rng, lang, name: [
            fill_pattern(rng, rng.choice(["@###-#####", "@# ### ###"])),
            "%02d.%02d." % (_r(rng, 1, 28), _r(rng, 1, 12)),
            dec(_r(rng, 1500, 250000) / 100, lang, 2),
        ],
    ),
    "meter_log": (
        [
            "Meter readings|Date|Meter no.|Reading",
            "Zählerstände|Datum|Zählernummer|Stand",
            "Relevés de compteur|Date|N° compteur|Index",
            "Lecturas|Fecha|Nº contador|Lectura",
            "Letture contatore|Data|Matricola|Lettura",
            "Meterstanden|Datum|Meternummer|Stand",
            "Leituras|Data|Nº medidor|Leitura",
        ],
        lambda rng, lang, name: [
            "%02d.%02d." % (_r(rng, 1, 28), _r(rng, 1, 12)),
            fill_pattern(rng, "@# ### ###"),
            "%05d" % _r(rng, 100, 99999),
        ],
    ),
    "bake_sale_tally": (
        [
            "Bake sale tally|Item|Baked|Sold|Left",
            "Kuchenverkauf|Sorte|Gebacken|Verkauft|Übrig",
            "Vente de gâteaux|Gâteau|Faits|Vendus|Restants",
            "Venta de pasteles|Dulce|Hechos|Vendidos|Quedan",
            "Vendita di dolci|Dolce|Fatti|Venduti|Avanzati",
            "Taartenverkoop|Soort|Gebakken|Verkocht|Over",
            "Venda de bolos|Doce|Feitos|Vendidos|Sobraram",
        ],
        lambda rng, lang, name: (
            lambda made, sold: [rng.choice(CAKES), str(made), str(sold), str(made - sold)]
        )(*(lambda m: (m, _r(rng, 0, m)))(_r(rng, 6, 48))),
    ),
    "sailing_results": (
        [
            "Regatta results|Sail no.|Helm|R1|R2|Pts",
            "Regattaergebnis|Segelnr.|Steuermann|W1|W2|Pkt",
            "Résultats régate|N° de voile|Barreur|C1|C2|Pts",
            "Regata|Nº vela|Patrón|R1|R2|Ptos",
            "Regata|N. velico|Timoniere|P1|P2|Pt",
            "Wedstrijduitslag|Zeilnr.|Stuurman|R1|R2|Ptn",
            "Regata|Nº vela|Timoneiro|R1|R2|Pts",
        ],
        lambda rng, lang, name: (lambda a, b: [str(_r(rng, 100, 99999)), name, str(a), str(b), str(a + b)])(
            _r(rng, 1, 15), _r(rng, 1, 15)
        ),
    ),
    "school_timetable": (
        [
            "Timetable|Time|Mon|Tue|Wed",
            "Stundenplan|Zeit|Mo|Di|Mi",
            "Emploi du temps|Heure|Lun|Mar|Mer",
            "Horario|Hora|Lun|Mar|Mié",
            "Orario|Ora|Lun|Mar|Mer",
            "Rooster|Tijd|Ma|Di|Wo",
            "Horário|Hora|Seg|Ter|Qua",
        ],
        lambda rng, lang, name: (
            ["%02d:%02d–%02d:%02d" % (lambda h: (h, 0, h, 45))(_r(rng, 8, 15))]
            + [rng.choice(["M", "E", "Bio", "Art", "PE", "Geo", "Mus", "Hist"]) for _ in range(3)]
        ),
    ),
    "raffle_winners": (
        [
            "Raffle winners|Ticket no.|Prize",
            "Tombola-Gewinner|Losnummer|Preis",
            "Gagnants tombola|N° de billet|Lot",
            "Ganadores de la rifa|Nº papeleta|Premio",
            "Vincitori lotteria|N. biglietto|Premio",
            "Winnaars loterij|Lotnummer|Prijs",
            "Ganhadores da rifa|Nº bilhete|Prêmio",
        ],
        lambda rng, lang, name: [
            fill_pattern(rng, rng.choice(["@## ###", "@#####", "@# ## ##"])),
            rng.choice(["🎁", "🍷", "🧺", "🎟", "🍫", "🪴"]),
        ],
    ),
    "wine_cellar": (
        [
            "Cellar book|Bin|Wine|Vintage|Drink by",
            "Kellerbuch|Fach|Wein|Jahrgang|Trinken bis",
            "Livre de cave|Casier|Vin|Millésime|À boire avant",
            "Bodega|Hueco|Vino|Añada|Beber antes de",
            "Cantina|Scaffale|Vino|Annata|Bere entro",
            "Kelderboek|Vak|Wijn|Jaargang|Drinken voor",
            "Adega|Nicho|Vinho|Safra|Beber até",
        ],
        lambda rng, lang, name: (
            lambda y: [
                rng.choice("ABCDEF") + str(_r(rng, 1, 40)),
                rng.choice(WINES),
                str(y),
                str(y + _r(rng, 4, 15)),
            ]
        )(_r(rng, 2005, 2021)),
    ),
    "cash_count": (
        [
            "Float count|Denomination|Count|Total",
            "Kassensturz|Stückelung|Anzahl|Summe",
            "Comptage de caisse|Valeur|Nombre|Total",
            "Arqueo de caja|Valor|Cantidad|Total",
            "Conteggio cassa|Taglio|Pezzi|Totale",
            "Kastelling|Waarde|Aantal|Totaal",
            "Contagem do caixa|Valor|Qtd.|Total",
        ],
        lambda rng, lang, name: (lambda v, n: [dec(v, lang, 2), str(n), dec(v * n, lang, 2)])(
            rng.choice([0.5, 1, 2, 5, 10, 20, 50]), _r(rng, 1, 40)
        ),
    ),
    "weather_station": (
        [
            "Garden weather station|Day|Max °C|Min °C|hPa",
            "Wetterstation Garten|Tag|Max °C|Min °C|hPa",
            "Station météo|Jour|Max °C|Min °C|hPa",
            "Estación meteo|Día|Máx °C|Mín °C|hPa",
            "Stazione meteo|Giorno|Max °C|Min °C|hPa",
            "Weerstation|Dag|Max °C|Min °C|hPa",
            "Estação meteorológica|Dia|Máx °C|Mín °C|hPa",
        ],
        lambda rng, lang, name: [
            str(_r(rng, 1, 31)),
            str(_r(rng, 12, 35)),
            str(_r(rng, -4, 12)),
            str(_r(rng, 990, 1035)),
        ],
    ),
    "bike_service": (
        [
            "Bike service log|Date|km|Work",
            "Fahrrad-Wartung|Datum|km|Arbeit",
            "Entretien vélo|Date|km|Travaux",
            "Mantenimiento bici|Fecha|km|Trabajo",
            "Manutenzione bici|Data|km|Lavoro",
            "Fietsonderhoud|Datum|km|Werk",
            "Manutenção da bike|Data|km|Serviço",
        ],
        lambda rng, lang, name: [
            "%02d.%02d." % (_r(rng, 1, 28), _r(rng, 1, 12)),
            str(_r(rng, 100, 25000)),
            rng.choice(["🔧", "⛓", "🛞", "🧽", "⚙"]),
        ],
    ),
    "seed_order": (
        [
            "Seed order|Code|Variety|Packets",
            "Saatgutbestellung|Art.-Nr.|Sorte|Tüten",
            "Commande de graines|Réf.|Variété|Sachets",
            "Pedido de semillas|Ref.|Variedad|Sobres",
            "Ordine sementi|Cod.|Varietà|Bustine",
            "Zadenbestelling|Art.nr.|Ras|Zakjes",
            "Pedido de sementes|Cód.|Variedade|Pacotes",
        ],
        lambda rng, lang, name: [
            fill_pattern(rng, rng.choice(["@####", "@#-###"])),
            rng.choice(
                ["Cherry Belle", "Marmande", "Nantes", "Borlotto", "Lollo Rosso", "Gardener's Delight"]
            ),
            str(_r(rng, 1, 6)),
        ],
    ),
    "podcast_episodes": (
        [
            "Episode list|Ep.|Title|Length",
            "Folgenliste|Folge|Titel|Länge",
            "Épisodes|Ép.|Titre|Durée",
            "Episodios|Ep.|Título|Duración",
            "Episodi|Ep.|Titolo|Durata",
            "Afleveringen|Afl.|Titel|Duur",
            "Episódios|Ep.|Título|Duração",
        ],
        lambda rng, lang, name: [
            str(_r(rng, 1, 140)),
            rng.choice(EPISODES),
            "%d:%02d" % (_r(rng, 18, 75), _r(rng, 0, 59)),
        ],
    ),
    "exam_results": (
        [
            "Mock exam results|Student|Maths|English|Avg",
            "Probeklausur|Schüler|Mathe|Deutsch|Schnitt",
            "Bac blanc|Élève|Maths|Français|Moy.",
            "Simulacro|Alumno|Mates|Lengua|Media",
            "Simulazione|Studente|Mate|Italiano|Media",
            "Proefwerk|Leerling|Wiskunde|Nederlands|Gem.",
            "Simulado|Aluno|Matemática|Português|Média",
        ],
        lambda rng, lang, name: (lambda a, b: [name, str(a), str(b), dec((a + b) / 2, lang)])(
            _r(rng, 30, 100), _r(rng, 30, 100)
        ),
    ),
    "library_returns": (
        [
            "Books due back|Barcode|Title|Due",
            "Rückgabeliste|Mediennr.|Titel|Fällig",
            "Retours|Code-barres|Titre|Retour",
            "Devoluciones|Código|Título|Fecha",
            "Restituzioni|Codice|Titolo|Scadenza",
            "Terugbrengen|Barcode|Titel|Datum",
            "Devoluções|Código|Título|Prazo",
        ],
        lambda rng, lang, name: [
            fill_pattern(rng, "@#######"),
            rng.choice(BOOKS),
            "%02d.%02d." % (_r(rng, 1, 28), _r(rng, 1, 12)),
        ],
    ),
}
TABLE_KEYS = sorted(TABLES)
SEPARATORS = ["  ", " | ", "\t", " ¦ "]


def render(rng, key: str, lang: str, names: list[str]) -> str:
    specs, row = TABLES[key]
    title, *cols = specs[TL.index(lang)].split("|")
    n = 9 if key == "golf_scorecard" else _r(rng, 4, 8)
    body, firsts = [], set()
    for _ in range(4 * n):
        cells = row(rng, lang, names[len(body) % len(names)])
        if key == "cash_count" and cells[0] in firsts:
            continue
        firsts.add(cells[0])
        body.append(cells)
        if len(body) == n:
            break
    if key == "golf_scorecard":
        for i, cells in enumerate(body):
            cells[0] = str(i + 1)
    if key == "school_timetable":
        body.sort()
    rows = [cols] + body
    sep = rng.choice(SEPARATORS)
    if sep == "\t":
        lines = ["\t".join(r) for r in rows]
    else:
        widths = [max(len(r[i]) for r in rows) for i in range(len(cols))]
        lines = [
            sep.join(c + " " * (w - len(c)) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
        ]
    return title + "\n\n" + "\n".join(lines)
