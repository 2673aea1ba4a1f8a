"""Negative-only tables: everyday sheets with many numbers and no values (one table kind per document)."""

from __future__ import annotations

import random

from .locales import full_name
from .neg_common import dec

TL = ("en", "de", "fr", "es", "it", "nl", "pt")

# key: (titles en|de|fr|es|it|nl|pt, headers per language separated by |, columns by ;)
TABLES = {
    "darts league": (
        "Darts league results|Dartliga Ergebnisse|Ligue de fléchettes|Liga de dardos|Lega freccette|"
        "Dartcompetitie uitslagen|Liga de dardos",
        "Home;Score;Away|Heim;Ergebnis;Gast|Domicile;Score;"
        "Extérieur|Local;Resultado;Visitante|Casa;Risultato;Ospiti|Thuis;Uitslag;Uit|Casa;Placar;Fora",
    ),
    "motion votes": (
        "Votes at the AGM|Abstimmungen der Mitgliederversammlung|Votes de l'AG|Votaciones de la asamblea|"
        "Votazioni dell'assemblea|Stemmingen ALV|Votações da assembleia",
        "Motion;For;Against;Abstain|Antrag;Ja;Nein;Enth.|Motion;Pour;Contre;Abst.|Moción;Sí;No;Abst.|"
        "Mozione;Sì;No;Ast.|Motie;Voor;Tegen;Onth.|Moção;Sim;Não;Abst.",
    ),
    "tide table": (
        "Tides this week|Gezeiten diese Woche|Marées de la semaine|Mareas de la semana|Maree della settimana|"
        "Getijden deze week|Marés da semana",
        "Day;HW;m;LW;m|Tag;HW;m;NW;m|Jour;PM;m;BM;m|Día;PM;m;BM;m|"
        "Giorno;AM;m;BM;m|Dag;HW;m;LW;m|Dia;PM;m;BM;m",
    ),
    "bus timetable": (
        "Shuttle bus timetable|Fahrplan Shuttlebus|Horaires de la navette|Horario del autobús lanzadera|"
        "Orario navetta|Dienstregeling pendelbus|Horário do ônibus",
        "Stop;Dep 1;Dep 2;Dep 3|Halt;Fahrt 1;"
        "Fahrt 2;Fahrt 3|Arrêt;Dép 1;Dép 2;Dép 3|Parada;Sal 1;Sal 2;Sal 3|Fermata;Corsa 1;Corsa 2;Corsa 3|"
        "Halte;Rit 1;Rit 2;Rit 3|Parada;Saída 1;Saída 2;Saída 3",
    ),
    "blood pressure log": (
        "Blood pressure diary|Blutdruck-Tagebuch|Carnet de tension|Diario de tensión|"
        "Diario pressione|Bloeddrukdagboek|Diário de pressão",
        "Date;Morning;Evening;Pulse|Datum;"
        "Morgens;Abends;Puls|Date;Matin;Soir;Pouls|Fecha;Mañana;Noche;Pulso|Data;Mattina;Sera;Polso|"
        "Datum;Ochtend;Avond;Pols|Data;Manhã;Noite;Pulso",
    ),
    "mileage claim": (
        "Mileage claim|Fahrtkostenabrechnung|Frais kilométriques|Kilometraje|Rimborso chilometrico|"
        "Kilometervergoeding|Reembolso de quilometragem",
        "Date;Trip;km;Amount|Datum;Fahrt;km;Betrag|Date;"
        "Trajet;km;Montant|Fecha;Trayecto;km;Importe|Data;Tragitto;km;Importo|Datum;Rit;km;Bedrag|"
        "Data;Trajeto;km;Valor",
    ),
    "petty cash": (
        "Petty cash book|Kassenbuch Handkasse|Livre de petite caisse|Caja chica|Piccola cassa|Kasboek|"
        "Caixa pequeno",
        "Date;Item;In;Out;Balance|Datum;Posten;Ein;Aus;Bestand|Date;Objet;Entrée;Sortie;"
        "Solde|Fecha;Concepto;Entrada;Salida;Saldo|Data;Voce;Entrate;Uscite;Saldo|Datum;Post;In;Uit;"
        "Saldo|Data;Item;Entrada;Saída;Saldo",
    ),
    "fridge temperature log": (
        "Kitchen temperature log|Temperaturkontrolle Küche|Relevé des températures|"
        "Registro de temperaturas|Registro temperature|Temperatuurlijst keuken|"
        "Controle de temperatura",
        "Date;Time;Fridge;Freezer|Datum;Uhrzeit;Kühlschrank;Tiefkühler|"
        "Date;Heure;Frigo;Congélateur|Fecha;Hora;Nevera;Congelador|Data;Ora;Frigo;Freezer|"
        "Datum;Tijd;Koelkast;Vriezer|Data;Hora;Geladeira;Freezer",
    ),
    "handicap run": (
        "Handicap run start list|Handicap-Lauf Startliste|Course à handicap|Carrera con hándicap|"
        "Corsa a handicap|Handicaploop startlijst|Corrida com handicap",
        "Runner;Start;Finish|Läufer;"
        "Start;Ziel|Coureur;Départ;Arrivée|Corredor;Salida;Llegada|Podista;Partenza;Arrivo|Loper;Start;"
        "Finish|Corredor;Largada;Chegada",
    ),
    "egg log": (
        "Egg log|Eierbuch|Cahier des œufs|Registro de huevos|Registro uova|Eierlogboek|Registro de ovos",
        "Week;Hens;Eggs;Sold|Woche;Hennen;Eier;Verkauft|Semaine;Poules;Œufs;Vendus|Semana;Gallinas;Huevos;"
        "Vendidos|Settimana;Galline;Uova;Vendute|Week;Kippen;Eieren;Verkocht|Semana;Galinhas;Ovos;Vendidos",
    ),
    "quiz scoreboard": (
        "Quiz night scores|Quizabend Punkte|Scores du quiz|Puntuación del quiz|Punteggi del quiz|"
        "Pubquiz scores|Placar do quiz",
        "Team;R1;R2;R3;R4;Total|Team;R1;R2;R3;R4;Summe|Équipe;M1;M2;"
        "M3;M4;Total|Equipo;R1;R2;R3;R4;Total|Squadra;M1;M2;M3;M4;Totale|Team;R1;R2;R3;R4;Totaal|"
        "Time;R1;R2;R3;R4;Total",
    ),
    "chore points": (
        "Chore chart|Ämterplan Punkte|Tableau des corvées|Tabla de tareas|Tabella dei compiti|"
        "Klusjesschema|Quadro de tarefas",
        "Who;Mon;Tue;Wed;Thu;Fri;Pts|Wer;Mo;Di;Mi;Do;Fr;Pkt|Qui;Lu;Ma;"
        "Me;Je;Ve;Pts|Quién;L;M;X;J;V;Pts|Chi;Lu;Ma;Me;Gi;Ve;Pti|Wie;Ma;Di;Wo;Do;Vr;Ptn|Quem;Seg;Ter;"
        "Qua;Qui;Sex;Pts",
    ),
    "room sizes": (
        "Room sizes for the flooring quote|Raummaße für den Bodenleger|Dimensions des pièces|Medidas de las "
        "habitaciones|Misure delle stanze|Maten van de kamers|Medidas dos cômodos",
        "Room;Length;Width;Area|"
        "Raum;Länge;Breite;Fläche|Pièce;Longueur;Largeur;Surface|Estancia;Largo;Ancho;Superficie|Stanza;"
        "Lunghezza;Larghezza;Area|Ruimte;Lengte;Breedte;Oppervlak|Cômodo;Comprimento;Largura;Área",
    ),
    "tennis ladder": (
        "Club ladder|Forderungsrangliste|Échelle du club|Escalera del club|Classifica a sfida|"
        "Ladder competitie|Ranking do clube",
        "Pos;Player;P;W|Platz;Spieler;Sp;S|Rang;Joueur;J;G|"
        "Pos;Jugador;J;G|Pos;Giocatore;G;V|Pos;Speler;G;W|Pos;Jogador;J;V",
    ),
    "allotment rents": (
        "Plot rents this year|Pachtliste|Loyers des parcelles|Cuotas de las parcelas|Canoni degli orti|"
        "Tuinhuur dit jaar|Aluguel dos lotes",
        "Plot;Size m²;Rent;Water|Parzelle;m²;Pacht;Wasser|Parcelle;"
        "m²;Loyer;Eau|Parcela;m²;Cuota;Agua|Orto;m²;Canone;Acqua|Tuin;m²;Huur;Water|Lote;m²;Aluguel;"
        "Água",
    ),
    "equipment inventory": (
        "Equipment check|Inventar Geräteschuppen|Inventaire du matériel|Inventario del material|"
        "Inventario attrezzatura|Inventaris materiaal|Inventário de material",
        "Item;Qty;OK;Repair|"
        "Gegenstand;Anz.;OK;Defekt|Objet;Qté;OK;HS|Objeto;Cant.;OK;Rotos|Oggetto;Q.tà;OK;Rotti|"
        "Item;Aantal;OK;Kapot|Item;Qtd;OK;Quebrados",
    ),
    "recipe costing": (
        "Cost per batch|Kalkulation pro Blech|Coût par fournée|Coste por hornada|Costo per infornata|"
        "Kosten per bakplaat|Custo por fornada",
        "Ingredient;Qty;Unit price;Cost|Zutat;Menge;Preis;"
        "Kosten|Ingrédient;Qté;Prix;Coût|Ingrediente;Cant.;Precio;Coste|Ingrediente;Q.tà;Prezzo;Costo|"
        "Ingrediënt;Hoeveelheid;Prijs;Kosten|Ingrediente;Qtd;Preço;Custo",
    ),
    "hymn board": (
        "Hymn board for the quarter|Liedplan fürs Quartal|Chants du trimestre|Cantos del trimestre|"
        "Canti del trimestre|Liedbord dit kwartaal|Hinos do trimestre",
        "Sunday;Entry;Gradual;Offertory;"
        "Final|Sonntag;Eingang;Antwort;Gaben;Schluss|Dimanche;Entrée;Psaume;Offertoire;Envoi|Domingo;Entrada;"
        "Salmo;Ofertorio;Salida|Domenica;Ingresso;Salmo;Offertorio;Finale|Zondag;Intrede;Psalm;Offerande;"
        "Slot|Domingo;Entrada;Salmo;Ofertório;Final",
    ),
    "sowing calendar": (
        "Sowing plan|Aussaatplan|Calendrier des semis|Calendario de siembra|Calendario di semina|"
        "Zaaischema|Calendário de plantio",
        "Crop;Sow;Plant out;Harvest|Kultur;Säen;Auspflanzen;Ernte|"
        "Culture;Semis;Repiquage;Récolte|Cultivo;Siembra;Trasplante;Cosecha|Coltura;Semina;Trapianto;"
        "Raccolta|Gewas;Zaaien;Uitplanten;Oogst|Cultura;Semeadura;Transplante;Colheita",
    ),
    "tyre stock": (
        "Tyre stock|Reifenlager|Stock de pneus|Stock de neumáticos|Magazzino gomme|Bandenvoorraad|"
        "Estoque de pneus",
        "Size;Brand;Qty|Größe;Marke;Stück|Dimension;Marque;Qté|Medida;Marca;Cant.|"
        "Misura;Marca;Pz|Maat;Merk;Aantal|Medida;Marca;Qtd",
    ),
    "EAN stock list": (
        "Shop stock list|Lagerliste Laden|Liste du stock|Lista de existencias|Elenco giacenze|"
        "Voorraadlijst winkel|Lista de estoque",
        "EAN;Item;Qty|EAN;Artikel;Bestand|EAN;Article;Qté|"
        "EAN;Artículo;Cant.|EAN;Articolo;Q.tà|EAN;Artikel;Voorraad|EAN;Item;Qtd",
    ),
    "route card": (
        "Route card|Routenkarte|Fiche itinéraire|Ficha de ruta|Scheda percorso|Routekaart|Ficha de rota",
        "",
    ),
}
ITEMS = {
    "en": "flour butter sugar eggs milk cocoa yeast chairs tables cones bibs balls",
    "de": "Mehl Butter Zucker Eier Milch Kakao Hefe Stühle Tische Hütchen Leibchen Bälle",
    "fr": "farine beurre sucre œufs lait cacao levure chaises tables plots chasubles ballons",
    "es": "harina mantequilla azúcar huevos leche cacao levadura sillas mesas conos petos balones",
    "it": "farina burro zucchero uova latte cacao lievito sedie tavoli coni casacche palloni",
    "nl": "bloem boter suiker eieren melk cacao gist stoelen tafels pionnen hesjes ballen",
    "pt": "farinha manteiga açúcar ovos leite cacau fermento cadeiras mesas cones coletes bolas",
}
CROPS = {
    "en": "tomatoes beans leeks squash lettuce carrots beetroot kale",
    "de": "Tomaten Bohnen Lauch Kürbis Salat Möhren Rote_Bete Grünkohl",
    "fr": "tomates haricots poireaux courges salades carottes betteraves chou_kale",
    "es": "tomates judías puerros calabazas lechugas zanahorias remolacha col_rizada",
    "it": "pomodori fagioli porri zucche lattuga carote barbabietole cavolo_nero",
    "nl": "tomaten bonen prei pompoen sla wortels bieten boerenkool",
    "pt": "tomate feijão alho-poró abóbora alface cenoura beterraba couve",
}
TEAMS = "The Quizzly Bears|Les Cracks|Brainstorm|Die Eulen|Os Sabidos|Team Tosti|Los Listillos|"
TEAMS += "I Secchioni|Quiz Khalifa|"
TEAMS += "Universally Challenged|Schlaumeier|De Slimmeriken|Les Têtes Chercheuses|Ask Jeeves|Sabe-Tudo"
MONTHS = ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]


def _time(r: random.Random, lo: int = 6, hi: int = 21) -> str:
    return "%02d:%02d" % (r.randint(lo, hi), r.randint(0, 59))


def _row(key: str, r: random.Random, lang: str, loc: str, i: int) -> list[str]:
    d = lambda x, p=1: dec(x, lang, p)  # noqa: E731
    items, crops = ITEMS[lang].split(), [c.replace("_", " ") for c in CROPS[lang].split()]
    date = "%02d/%02d" % (r.randint(1, 28), r.randint(1, 12))
    loc_seed = len(loc) + r.randint(0, 14)
    rows = {
        "darts league": lambda: [
            f"The {r.choice(['Crown', 'Swan', 'Anchor', 'Plough'])}",
            f"{r.randint(0, 7)}-{r.randint(0, 7)}",
            f"{r.choice(['Bull', 'Lamb', 'Ship', 'Oak'])} B",
        ],
        "motion votes": lambda: [
            str(i + 1),
            str(r.randint(10, 60)),
            str(r.randint(0, 12)),
            str(r.randint(0, 5)),
        ],
        "tide table": lambda: [
            date,
            _time(r, 0, 11),
            d(r.uniform(3, 6)),
            _time(r, 12, 23),
            d(r.uniform(0.3, 1.8)),
        ],
        "bus timetable": lambda: [f"Stop {chr(65 + i)}"] + [_time(r, 7 + 2 * k, 7 + 2 * k) for k in range(3)],
        "blood pressure log": lambda: [
            date,
            f"{r.randint(115, 150)}/{r.randint(70, 95)}",
            f"{r.randint(115, 150)}/{r.randint(70, 95)}",
            str(r.randint(55, 90)),
        ],
        "mileage claim": lambda: [
            date,
            r.choice(["depot", "hall", "bank", "printer"]),
            str(r.randint(4, 180)),
            d(r.uniform(2, 60), 2),
        ],
        "petty cash": lambda: [
            date,
            r.choice(items),
            d(r.uniform(0, 50), 2),
            d(r.uniform(0, 40), 2),
            d(r.uniform(20, 300), 2),
        ],
        "fridge temperature log": lambda: [
            date,
            _time(r, 7, 10),
            d(r.uniform(1.5, 5)) + " °C",
            d(-r.uniform(17, 22)) + " °C",
        ],
        "handicap run": lambda: [
            full_name(r, loc, lang),
            "+%d:%02d" % (r.randint(0, 9), r.randint(0, 59)),
            "%d:%02d" % (r.randint(24, 38), r.randint(0, 59)),
        ],
        "egg log": lambda: [
            str(i + r.randint(1, 40)),
            str(r.randint(4, 12)),
            str(r.randint(18, 70)),
            str(r.randint(0, 5)) + " doz",
        ],
        "quiz scoreboard": lambda: (
            lambda s: [TEAMS.split("|")[(i * 7 + loc_seed) % 15]] + [str(x) for x in s] + [str(sum(s))]
        )([r.randint(3, 10) for _ in range(4)]),
        "chore points": lambda: (
            lambda s: [full_name(r, loc, lang).split()[0]] + [str(x) for x in s] + [str(sum(s))]
        )([r.randint(0, 3) for _ in range(5)]),
        "room sizes": lambda: (
            lambda a, b: [
                r.choice(["Hall", "Lounge", "Bed 1", "Bed 2", "Study"]),
                d(a, 2),
                d(b, 2),
                d(a * b, 1),
            ]
        )(r.uniform(2, 6), r.uniform(2, 5)),
        "tennis ladder": lambda: (
            lambda p: [str(i + 1), full_name(r, loc, lang), str(p), str(r.randint(0, p))]
        )(r.randint(2, 14)),
        "allotment rents": lambda: [
            f"{r.randint(1, 60)}{r.choice(['', 'a', 'b'])}",
            str(r.choice([125, 250, 300])),
            d(r.uniform(20, 90), 2),
            d(r.uniform(3, 20), 2),
        ],
        "equipment inventory": lambda: [
            r.choice(items),
            str(r.randint(2, 60)),
            str(r.randint(1, 40)),
            str(r.randint(0, 5)),
        ],
        "recipe costing": lambda: [
            r.choice(items[:7]),
            f"{r.choice([250, 500, 750, 1000])} g",
            d(r.uniform(0.5, 4), 2),
            d(r.uniform(0.2, 3), 2),
        ],
        "hymn board": lambda: [date] + [str(r.randint(1, 700)) for _ in range(4)],
        "sowing calendar": lambda: [r.choice(crops)] + sorted(r.sample(MONTHS, 3), key=MONTHS.index),
        "tyre stock": lambda: [
            f"{r.choice([175, 195, 205, 225])}/{r.choice([55, 60, 65])} R{r.randint(14, 18)}",
            r.choice(["Conti", "Michelin", "Pirelli", "Hankook"]),
            str(r.randint(0, 16)),
        ],
        "EAN stock list": lambda: [
            "%08d" % r.randint(10000000, 99999999),
            r.choice(items),
            str(r.randint(0, 40)),
        ],
        "route card": lambda: [
            f"WP{i + 1:02d}",
            f"{r.choice(['SD', 'NY'])} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"{r.randint(0, 359):03d}°",
            f"{d(r.uniform(0.3, 3))} km",
        ],
    }
    return rows[key]()


def render(key: str, lang: str, loc: str, rng: random.Random) -> str:
    tl = "en" if lang not in TL else lang
    titles, headers = TABLES[key]
    title = titles.split("|")[TL.index(tl)]
    head = headers.split("|")[TL.index(tl)].split(";") if headers else []
    rows = [_row(key, rng, tl, loc, i) for i in range(rng.randint(5, 10))]
    layout = rng.choice(["pipes", "tabs", "aligned"]) if head else "aligned"
    table = ([head] if head else []) + rows
    if layout == "pipes":
        lines = ["| " + " | ".join(row) + " |" for row in table]
        lines.insert(1, "|" + "|".join("---" for _ in head) + "|")
    elif layout == "tabs":
        lines = ["\t".join(row) for row in table]
    else:
        widths = [max(len(row[c]) for row in table) + 2 for c in range(len(table[0]))]
        lines = [
            "".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in table
        ]
    return title + "\n\n" + "\n".join(lines)
