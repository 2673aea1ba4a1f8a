"""Negative-only tables of v16 (English for every en_* locale, else the locale's language), none of v15's
kinds. Columns are aligned and split by " ; ", " ║ ", " │ " or " • "."""

from .neg_patterned import Fmt, _r, _u

SEPARATORS = [" ; ", " ║ ", " │ ", " • "]
TLANGS = ["en", "de", "fr", "es", "it", "nl", "pt"]
_STOPS = [
    "Eichendorff",
    "Rosental",
    "Belvedere",
    "Westend",
    "Bellavista",
    "Montebello",
    "Vondelpark",
    "Lindenhof",
]
_NAMES = ["Alex", "Sam", "Jo", "Kim", "Robin", "Charlie", "Max", "Toni", "Luca", "Noa", "Eli", "Dani"]


def _t(r):
    return f"{_r(r, 5, 23):02d}:{_r(r, 0, 59):02d}"


TABLES = [
    (
        "league_table",
        [
            "League table|Team;P;W;D;L;Goals;Pts",
            "Tabelle|Mannschaft;Sp;S;U;N;Tore;Pkt",
            "Classement|Équipe;J;G;N;P;Buts;Pts",
            "Clasificación|Equipo;PJ;G;E;P;Goles;Pts",
            "Classifica|Squadra;G;V;N;P;Gol;Pt",
            "Stand|Team;G;W;G;V;Doelsaldo;Ptn",
            "Tabela|Time;J;V;E;D;Gols;Pts",
        ],
        lambda r, f, i: (
            lambda w, d, lo: [
                f"{r.choice(['FC', 'SV', 'AC', 'US'])} {r.choice(_NAMES)}",
                str(w + d + lo),
                str(w),
                str(d),
                str(lo),
                f"{_r(r, 15, 50)}:{_r(r, 10, 40)}",
                str(3 * w + d),
            ]
        )(_r(r, 2, 14), _r(r, 0, 6), _r(r, 0, 10)),
    ),
    (
        "bus_timetable",
        [
            "Bus 7 from the station|Stop;Mon–Fri;Sat",
            "Linie 7 ab Bahnhof|Haltestelle;Mo–Fr;Sa",
            "Ligne 7 depuis la gare|Arrêt;Lun–Ven;Sam",
            "Línea 7 desde la estación|Parada;L–V;Sáb",
            "Linea 7 dalla stazione|Fermata;Lun–Ven;Sab",
            "Lijn 7 vanaf station|Halte;Ma–Vr;Za",
            "Linha 7 da estação|Parada;Seg–Sex;Sáb",
        ],
        lambda r, f, i: [
            f"{i + 1}. {r.choice(_STOPS)}",
            " ".join(f"{_r(r, 0, 59):02d}" for _ in range(4)),
            " ".join(f"{_r(r, 0, 59):02d}" for _ in range(2)),
        ],
    ),
    (
        "fuel_log",
        [
            "Fuel log|Date;Odometer;Litres;Per litre",
            "Tankbuch|Datum;km-Stand;Liter;€/l",
            "Carnet de carburant|Date;Compteur;Litres;€/l",
            "Registro de repostajes|Fecha;Km;Litros;€/l",
            "Registro rifornimenti|Data;Km;Litri;€/l",
            "Tanklogboek|Datum;Km-stand;Liter;€/l",
            "Controle de abastecimento|Data;Km;Litros;R$/l",
        ],
        lambda r, f, i: [
            f"{_r(r, 1, 28):02d}.{_r(r, 1, 12):02d}.",
            f.t(_r(r, 40000, 160000)),
            f.d(_u(r, 25, 60)),
            f.d(_u(r, 1.5, 1.99), 3),
        ],
    ),
    (
        "bp_log",
        [
            "Blood pressure log|Day;Morning;Evening;Pulse",
            "Blutdruckprotokoll|Tag;Morgens;Abends;Puls",
            "Relevé de tension|Jour;Matin;Soir;Pouls",
            "Control de tensión|Día;Mañana;Noche;Pulso",
            "Diario pressione|Giorno;Mattina;Sera;Battito",
            "Bloeddruklogboek|Dag;Ochtend;Avond;Pols",
            "Controle de pressão|Dia;Manhã;Noite;Pulso",
        ],
        lambda r, f, i: [
            str(i + 1),
            f"{_r(r, 110, 150)}/{_r(r, 65, 95)}",
            f"{_r(r, 110, 150)}/{_r(r, 65, 95)}",
            str(_r(r, 55, 90)),
        ],
    ),
    (
        "tide_table",
        [
            "Tide table|Day;High water;Height;Low water;Height",
            "Gezeitentafel|Tag;Hochwasser;Höhe;Niedrigwasser;Höhe",
            "Horaires des marées|Jour;Pleine mer;Haut.;Basse mer;Haut.",
            "Tabla de mareas|Día;Pleamar;Altura;Bajamar;Altura",
            "Tavola delle maree|Giorno;Alta;Altezza;Bassa;Altezza",
            "Getijdentabel|Dag;Hoogwater;Hoogte;Laagwater;Hoogte",
            "Tábua de marés|Dia;Preamar;Altura;Baixa-mar;Altura",
        ],
        lambda r, f, i: [str(i + 1), _t(r), f.d(_u(r, 3, 7)), _t(r), f.d(_u(r, 0.2, 1.8))],
    ),
    (
        "darts_league",
        [
            "Darts league night|Player;Legs;Average;180s;High finish",
            "Dartliga|Spieler;Legs;Schnitt;180er;Finish",
            "Ligue de fléchettes|Joueur;Manches;Moyenne;180;Finish",
            "Liga de dardos|Jugador;Legs;Media;180;Cierre",
            "Lega freccette|Giocatore;Leg;Media;180;Chiusura",
            "Dartscompetitie|Speler;Legs;Gem.;180's;Uitgooi",
            "Liga de dardos|Jogador;Legs;Média;180;Fechamento",
        ],
        lambda r, f, i: [
            r.choice(_NAMES),
            f"{_r(r, 0, 3)}-{_r(r, 0, 3)}",
            f.d(_u(r, 38, 82), 2),
            str(_r(r, 0, 4)),
            str(_r(r, 40, 170)),
        ],
    ),
    (
        "swim_times",
        [
            "Club swim times|Swimmer;50 free;100 free;50 back",
            "Vereinsmeisterschaft|Name;50 F;100 F;50 R",
            "Chronos du club|Nageur;50 NL;100 NL;50 dos",
            "Tiempos del club|Nadador;50 libre;100 libre;50 espalda",
            "Tempi del club|Atleta;50 sl;100 sl;50 dorso",
            "Clubtijden|Zwemmer;50 vrij;100 vrij;50 rug",
            "Tempos do clube|Nadador;50 livre;100 livre;50 costas",
        ],
        lambda r, f, i: [
            r.choice(_NAMES),
            f.d(_u(r, 26, 45), 2),
            f"1:{_r(r, 0, 35):02d}" + f.d(_u(r, 0, 0.99), 2)[1:],
            f.d(_u(r, 30, 52), 2),
        ],
    ),
    (
        "nutrition_facts",
        [
            "Nutrition per 100 g|Item;kcal;Fat;Carbs;Protein",
            "Nährwerte pro 100 g|Produkt;kcal;Fett;KH;Eiweiß",
            "Valeurs pour 100 g|Produit;kcal;Lipides;Glucides;Protéines",
            "Valores por 100 g|Producto;kcal;Grasas;Hidratos;Proteínas",
            "Valori per 100 g|Prodotto;kcal;Grassi;Carboidrati;Proteine",
            "Voedingswaarde per 100 g|Product;kcal;Vet;Koolh.;Eiwit",
            "Tabela nutricional (100 g)|Produto;kcal;Gorduras;Carboidratos;Proteínas",
        ],
        lambda r, f, i: [
            r.choice(["Muesli", "Granola", "Hummus", "Tofu", "Skyr", "Quinoa", "Couscous"]),
            str(_r(r, 50, 420)),
            f.d(_u(r, 0.5, 20)),
            f.d(_u(r, 3, 75)),
            f.d(_u(r, 2, 25)),
        ],
    ),
    (
        "currency_rates",
        [
            "Bureau de change rates|Currency;We buy;We sell",
            "Wechselkurse|Währung;Ankauf;Verkauf",
            "Taux de change|Devise;Achat;Vente",
            "Tipos de cambio|Divisa;Compra;Venta",
            "Cambi|Valuta;Acquisto;Vendita",
            "Wisselkoersen|Valuta;Inkoop;Verkoop",
            "Câmbio|Moeda;Compra;Venda",
        ],
        lambda r, f, i: [
            ["USD", "GBP", "CHF", "JPY", "SEK", "NOK", "DKK", "CAD"][i],
            f.d(_u(r, 0.5, 1.6), 4),
            f.d(_u(r, 0.5, 1.6), 4),
        ],
    ),
    (
        "hymn_board",
        [
            "Hymn board|Service;Hymns",
            "Liedertafel|Gottesdienst;Lieder",
            "Tableau des cantiques|Office;Cantiques",
            "Tablón de cantos|Celebración;Cantos",
            "Tabellone dei canti|Messa;Canti",
            "Liedbord|Dienst;Liederen",
            "Quadro de hinos|Culto;Hinos",
        ],
        lambda r, f, i: [
            f"{_r(r, 1, 28):02d}/{_r(r, 1, 12):02d} {r.choice(['8.00', '9.30', '11.00', '18.30'])}",
            " ".join(str(_r(r, 1, 700)) for _ in range(4)),
        ],
    ),
    (
        "marathon_splits",
        [
            "Race splits|km;Split;Total",
            "Zwischenzeiten|km;Abschnitt;Gesamt",
            "Temps de passage|km;Tronçon;Cumul",
            "Parciales|km;Parcial;Total",
            "Tempi intermedi|km;Parziale;Totale",
            "Tussentijden|km;Split;Totaal",
            "Parciais|km;Parcial;Total",
        ],
        lambda r, f, i: [
            str(5 * (i + 1)),
            f"{_r(r, 22, 31)}:{_r(r, 0, 59):02d}",
            f"{i // 2}:{_r(r, 0, 59):02d}:{_r(r, 0, 59):02d}",
        ],
    ),
    (
        "feeding_log",
        [
            "Feeding log|Time;ml;Nappy",
            "Trinkprotokoll|Uhrzeit;ml;Windel",
            "Suivi des biberons|Heure;ml;Couche",
            "Registro de tomas|Hora;ml;Pañal",
            "Diario poppate|Ora;ml;Pannolino",
            "Voedingsschema|Tijd;ml;Luier",
            "Registro de mamadas|Hora;ml;Fralda",
        ],
        lambda r, f, i: [
            f"{(3 * i + _r(r, 0, 2)) % 24:02d}:{_r(r, 0, 59):02d}",
            str(r.choice([60, 90, 110, 120, 150])),
            r.choice(["✓", "–", "✓✓"]),
        ],
    ),
    (
        "room_sizes",
        [
            "Flat measurements|Room;Length;Width;Area",
            "Wohnungsmaße|Raum;Länge;Breite;Fläche",
            "Métrés de l'appartement|Pièce;Longueur;Largeur;Surface",
            "Medidas del piso|Estancia;Largo;Ancho;Superficie",
            "Misure dell'appartamento|Stanza;Lunghezza;Larghezza;Superficie",
            "Maten van het appartement|Ruimte;Lengte;Breedte;Oppervlakte",
            "Medidas do apartamento|Cômodo;Comprimento;Largura;Área",
        ],
        lambda r, f, i: (lambda a, b: [f"R{i + 1}", f.d(a, 2), f.d(b, 2), f.d(a * b, 2)])(
            _u(r, 2, 6), _u(r, 1.5, 4.5)
        ),
    ),
    (
        "stock_take",
        [
            "Stock take in the clubhouse|Item;Crates;Singles",
            "Inventur Vereinsheim|Artikel;Kisten;Einzeln",
            "Inventaire de la buvette|Article;Caisses;Unités",
            "Inventario del bar|Artículo;Cajas;Sueltas",
            "Inventario del bar|Articolo;Casse;Pezzi",
            "Voorraad kantine|Artikel;Kratten;Los",
            "Estoque do bar|Item;Engradados;Avulsos",
        ],
        lambda r, f, i: [
            r.choice(["Cola", "Tonic", "Ginger Ale", "Fanta", "Sprite", "Mate", "Radler"]),
            str(_r(r, 0, 30)),
            str(_r(r, 0, 23)),
        ],
    ),
    (
        "tennis_ladder",
        [
            "Tennis ladder|Player;Won;Lost;Sets",
            "Tennis-Forderungsliste|Spieler;S;N;Sätze",
            "Échelle de tennis|Joueur;V;D;Sets",
            "Escalera de tenis|Jugador;G;P;Sets",
            "Classifica a scalare|Giocatore;V;P;Set",
            "Tennisladder|Speler;W;V;Sets",
            "Ranking de tênis|Jogador;V;D;Sets",
        ],
        lambda r, f, i: [
            r.choice(_NAMES),
            str(_r(r, 0, 9)),
            str(_r(r, 0, 9)),
            f"{_r(r, 0, 20)}:{_r(r, 0, 20)}",
        ],
    ),
    (
        "chess_pairings",
        [
            "Chess round pairings|Board;White;Black;Result",
            "Schach Paarungen|Brett;Weiß;Schwarz;Ergebnis",
            "Appariements|Échiquier;Blancs;Noirs;Résultat",
            "Emparejamientos|Tablero;Blancas;Negras;Resultado",
            "Abbinamenti|Scacchiera;Bianco;Nero;Risultato",
            "Indeling|Bord;Wit;Zwart;Uitslag",
            "Emparceiramentos|Tabuleiro;Brancas;Pretas;Resultado",
        ],
        lambda r, f, i: (
            lambda a, b: [
                str(i + 1),
                f"{a} ({_r(r, 1100, 2200)})",
                f"{b} ({_r(r, 1100, 2200)})",
                r.choice(["1-0", "0-1", "½-½"]),
            ]
        )(*r.sample(_NAMES, 2)),
    ),
    (
        "wine_list",
        [
            "Wine list|Wine;Vintage;Glass;Bottle",
            "Weinkarte|Wein;Jahrgang;Glas;Flasche",
            "Carte des vins|Vin;Millésime;Verre;Bouteille",
            "Carta de vinos|Vino;Añada;Copa;Botella",
            "Carta dei vini|Vino;Annata;Calice;Bottiglia",
            "Wijnkaart|Wijn;Jaar;Glas;Fles",
            "Carta de vinhos|Vinho;Safra;Taça;Garrafa",
        ],
        lambda r, f, i: [
            r.choice(["Riesling", "Rioja", "Chianti", "Malbec", "Merlot", "Grüner Veltliner", "Albariño"]),
            str(_r(r, 2012, 2023)),
            f.d(_u(r, 4, 9), 2),
            f.d(_u(r, 18, 48), 2),
        ],
    ),
    (
        "karting_laps",
        [
            "Karting results|Driver;Best lap;Gap;Laps",
            "Kartrennen|Fahrer;Beste Runde;Abstand;Runden",
            "Résultats karting|Pilote;Meilleur tour;Écart;Tours",
            "Resultados karting|Piloto;Mejor vuelta;Dif.;Vueltas",
            "Risultati kart|Pilota;Giro veloce;Distacco;Giri",
            "Karting uitslag|Coureur;Snelste ronde;Achterstand;Ronden",
            "Resultado do kart|Piloto;Melhor volta;Diferença;Voltas",
        ],
        lambda r, f, i: [
            r.choice(_NAMES),
            f"0:{_r(r, 38, 52)}" + f.d(_u(r, 0, 0.999), 3)[1:],
            "+" + f.d(_u(r, 0, 9), 3),
            str(_r(r, 14, 22)),
        ],
    ),
    (
        "train_timetable",
        [
            "Trains to the coast|Train;Dep.;Arr.;Platform",
            "Züge an die Küste|Zug;Ab;An;Gleis",
            "Trains pour la côte|Train;Dép.;Arr.;Voie",
            "Trenes a la costa|Tren;Salida;Llegada;Vía",
            "Treni per il mare|Treno;Part.;Arr.;Binario",
            "Treinen naar de kust|Trein;Vertrek;Aankomst;Spoor",
            "Trens para o litoral|Trem;Partida;Chegada;Plataforma",
        ],
        lambda r, f, i: [
            f"{r.choice(['IC', 'RE', 'TER', 'R', 'S'])} {_r(r, 100, 4999)}",
            _t(r),
            _t(r),
            str(_r(r, 1, 14)) + r.choice(["", "a", "b"]),
        ],
    ),
]


def render(rng, kind, lang, sep=None):
    """A negative-only table document: (text, separator)."""
    key, heads, rowfn = kind
    lang = lang if lang in TLANGS else "en"
    title, cols = heads[TLANGS.index(lang)].split("|")
    cols = cols.split(";")
    f = Fmt(lang)
    rows, n = [], rng.randint(4, 7)
    for _ in range(500):
        if len(rows) == n:
            break
        row = rowfn(rng, f, len(rows))
        if all(row[0] != x[0] for x in rows):
            rows.append(row)
    if len(rows) < n:
        raise RuntimeError(f"table {key}: no unique rows")
    sep = sep or rng.choice(SEPARATORS)
    widths = [max(len(str(x[c])) for x in [cols] + rows) for c in range(len(cols))]
    lines = [sep.join(str(x[c]).ljust(widths[c]) for c in range(len(cols))).rstrip() for x in [cols] + rows]
    return title + "\n\n" + "\n".join(lines), sep
