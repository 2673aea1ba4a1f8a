"""Negative-only tables: a title, a blank line, a header row and 4-8 rows, in four column styles."""
# ruff: noqa: E501
# (long literal lines of document text, kept whole so that the data reads as written)

# key | row-key kind | columns (lo-hi or lo-hi.d for one decimal)
SPECS = {
    "rainfall": ("weekday", ["0-30.d", "0-30.d", "2-24"]),
    "chess_ladder": ("initials", ["0-9", "0-6", "0-9", "0-40"]),
    "bus_times": ("time", ["1-59", "1-59", "1-59"]),
    "beehives": ("hive", ["8-45.d", "0-12", "0-3"]),
    "cake_sale": ("round", ["4-24", "0-24", "0-80.d"]),
    "swim_lengths": ("initials", ["10-80", "10-80", "10-80"]),
    "fuel_log": ("round", ["120-780", "10-55.d", "4-9.d"]),
    "tool_library": ("plot", ["0-9", "0-9", "0-4"]),
    "compost_temp": ("weekday", ["12-68", "12-68", "1-9"]),
    "recycling": ("round", ["0-40.d", "0-40.d", "0-25.d"]),
    "darts_scores": ("initials", ["0-180", "0-180", "0-180"]),
    "reading_log": ("weekday", ["0-120", "0-45", "0-3"]),
}
# key | English | German | French | Spanish | Italian | Dutch | Portuguese: "Title;h1;h2;..."
HEAD_RAW = """\
rainfall|Rain gauge at the allotments;Day;Gauge A (mm);Gauge B (mm);Max °C|Regenmesser im Kleingarten;Tag;Messer A (mm);Messer B (mm);Max °C|Pluviomètre des jardins;Jour;Jauge A (mm);Jauge B (mm);Max °C|Pluviómetro del huerto;Día;Medidor A (mm);Medidor B (mm);Máx °C|Pluviometro degli orti;Giorno;Misuratore A (mm);Misuratore B (mm);Max °C|Regenmeter volkstuin;Dag;Meter A (mm);Meter B (mm);Max °C|Pluviômetro da horta;Dia;Medidor A (mm);Medidor B (mm);Máx °C
chess_ladder|Chess ladder;Player;Won;Drawn;Lost;Points|Schach-Rangliste;Spieler;Siege;Remis;Niederlagen;Punkte|Classement échecs;Joueur;Gagnées;Nulles;Perdues;Points|Clasificación de ajedrez;Jugador;Ganadas;Tablas;Perdidas;Puntos|Classifica scacchi;Giocatore;Vinte;Patte;Perse;Punti|Schaakladder;Speler;Gewonnen;Remise;Verloren;Punten|Ranking de xadrez;Jogador;Vitórias;Empates;Derrotas;Pontos
bus_times|Shuttle bus, minutes past the hour;Hour;Stop 1;Stop 2;Stop 3|Pendelbus, Minuten nach voller Stunde;Stunde;Halt 1;Halt 2;Halt 3|Navette, minutes après l'heure;Heure;Arrêt 1;Arrêt 2;Arrêt 3|Lanzadera, minutos pasada la hora;Hora;Parada 1;Parada 2;Parada 3|Navetta, minuti dopo l'ora;Ora;Fermata 1;Fermata 2;Fermata 3|Pendelbus, minuten na het hele uur;Uur;Halte 1;Halte 2;Halte 3|Van, minutos após a hora;Hora;Parada 1;Parada 2;Parada 3
beehives|Hive check;Hive;Weight (kg);Frames of brood;Queen cells|Völkerkontrolle;Beute;Gewicht (kg);Brutwaben;Weiselzellen|Visite des ruches;Ruche;Poids (kg);Cadres de couvain;Cellules royales|Revisión de colmenas;Colmena;Peso (kg);Cuadros de cría;Realeras|Controllo arnie;Arnia;Peso (kg);Telaini di covata;Celle reali|Kastcontrole;Kast;Gewicht (kg);Broedramen;Moerdoppen|Revisão das colmeias;Colmeia;Peso (kg);Quadros de cria;Realeiras
cake_sale|Cake sale;Round;Cakes in;Slices sold;Takings|Kuchenverkauf;Runde;Kuchen;Stücke verkauft;Einnahmen|Vente de gâteaux;Tour;Gâteaux;Parts vendues;Recette|Venta de pasteles;Turno;Pasteles;Porciones;Caja|Vendita torte;Turno;Torte;Fette vendute;Incasso|Taartverkoop;Ronde;Taarten;Punten verkocht;Opbrengst|Venda de bolos;Rodada;Bolos;Fatias vendidas;Arrecadado
swim_lengths|Sponsored swim;Swimmer;Heat 1;Heat 2;Heat 3|Sponsorenschwimmen;Schwimmer;Lauf 1;Lauf 2;Lauf 3|Nage parrainée;Nageur;Série 1;Série 2;Série 3|Nado solidario;Nadador;Serie 1;Serie 2;Serie 3|Nuotata benefica;Nuotatore;Batteria 1;Batteria 2;Batteria 3|Sponsorzwemmen;Zwemmer;Serie 1;Serie 2;Serie 3|Natação solidária;Nadador;Bateria 1;Bateria 2;Bateria 3
fuel_log|Minibus fuel log;Trip;km;Litres;l/100 km|Tankbuch Vereinsbus;Fahrt;km;Liter;l/100 km|Carnet de carburant du minibus;Trajet;km;Litres;l/100 km|Registro de combustible;Viaje;km;Litros;l/100 km|Registro carburante pulmino;Viaggio;km;Litri;l/100 km|Tanklog busje;Rit;km;Liter;l/100 km|Controle de combustível da van;Viagem;km;Litros;l/100 km
tool_library|Tool library this month;Shelf;Lent;Returned;Repairs|Werkzeugverleih diesen Monat;Regal;Verliehen;Zurück;Reparaturen|Outilthèque ce mois-ci;Étagère;Prêtés;Rendus;Réparations|Préstamo de herramientas;Estante;Prestadas;Devueltas;Arreglos|Prestito attrezzi;Scaffale;Prestati;Resi;Riparazioni|Gereedschapsbieb;Plank;Uitgeleend;Terug;Reparaties|Empréstimo de ferramentas;Prateleira;Emprestadas;Devolvidas;Consertos
compost_temp|Compost heap temperatures;Day;Heap 1 °C;Heap 2 °C;Turned (times)|Komposttemperaturen;Tag;Haufen 1 °C;Haufen 2 °C;Umgesetzt (mal)|Températures du compost;Jour;Tas 1 °C;Tas 2 °C;Retourné (fois)|Temperatura del compost;Día;Pila 1 °C;Pila 2 °C;Volteos|Temperature del compost;Giorno;Cumulo 1 °C;Cumulo 2 °C;Rivoltato (volte)|Composttemperaturen;Dag;Hoop 1 °C;Hoop 2 °C;Omgezet (keer)|Temperatura da compostagem;Dia;Pilha 1 °C;Pilha 2 °C;Reviradas
recycling|Recycling weigh-in (kg);Round;Glass;Paper;Plastic|Wertstoffe gewogen (kg);Runde;Glas;Papier;Plastik|Pesée du tri (kg);Tour;Verre;Papier;Plastique|Pesaje de reciclaje (kg);Turno;Vidrio;Papel;Plástico|Pesata raccolta differenziata (kg);Turno;Vetro;Carta;Plastica|Afvalweging (kg);Ronde;Glas;Papier;Plastic|Pesagem da reciclagem (kg);Rodada;Vidro;Papel;Plástico
darts_scores|Darts night;Player;Leg 1;Leg 2;Leg 3|Dartabend;Spieler;Leg 1;Leg 2;Leg 3|Soirée fléchettes;Joueur;Manche 1;Manche 2;Manche 3|Noche de dardos;Jugador;Manga 1;Manga 2;Manga 3|Serata freccette;Giocatore;Leg 1;Leg 2;Leg 3|Dartsavond;Speler;Leg 1;Leg 2;Leg 3|Noite de dardos;Jogador;Perna 1;Perna 2;Perna 3
reading_log|Reading challenge;Day;Pages;Minutes;Books finished|Lesechallenge;Tag;Seiten;Minuten;Bücher fertig|Défi lecture;Jour;Pages;Minutes;Livres finis|Reto de lectura;Día;Páginas;Minutos;Libros terminados|Sfida di lettura;Giorno;Pagine;Minuti;Libri finiti|Leesuitdaging;Dag;Pagina's;Minuten;Boeken uit|Desafio de leitura;Dia;Páginas;Minutos;Livros lidos
"""
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt"]
HEADS = {}
for _row in HEAD_RAW.strip().splitlines():
    _p = _row.split("|")
    HEADS[_p[0]] = {lang: _p[i + 1].split(";") for i, lang in enumerate(LANGS)}

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda terça quarta quinta sexta sábado domingo",
}
ROUND = {
    "en": "Round",
    "de": "Runde",
    "fr": "Tour",
    "es": "Turno",
    "it": "Turno",
    "nl": "Ronde",
    "pt": "Rodada",
}
HIVE = {
    "en": "Hive",
    "de": "Beute",
    "fr": "Ruche",
    "es": "Colmena",
    "it": "Arnia",
    "nl": "Kast",
    "pt": "Colmeia",
}
STYLES = ["pipes", "semicolon", "padded", "slashes"]


def _row_keys(rng, kind, lang, n):
    if kind == "weekday":
        return WEEKDAYS[lang].split()[:n]
    if kind == "initials":
        letters = rng.sample("ABCDEFGHJKLMNPRSTW", n)
        return [f"{a}. {rng.choice('BDGHKLMNRSTW')}." for a in letters]
    if kind == "time":
        start = rng.randint(6, 12)
        return [f"{start + i:02d}:00" for i in range(n)]
    if kind == "hive":
        return [f"{HIVE[lang]} {i + 1}" for i in range(n)]
    if kind == "plot":
        return [f"{rng.choice('ABCD')}{i + 1}" for i in range(n)]
    return [f"{ROUND[lang]} {i + 1}" for i in range(n)]


def _cell(rng, spec, dec):
    lo, hi = spec.split(".")[0].split("-")
    if spec.endswith(".d"):
        return f"{rng.uniform(int(lo), int(hi)):.1f}".replace(".", dec)
    return str(rng.randint(int(lo), int(hi)))


def table(rng, key, lang, style):
    kind, cols = SPECS[key]
    head = HEADS[key][lang]
    title, header = head[0], head[1:]
    dec = "." if lang == "en" else ","
    n = rng.randint(4, 7)
    rows = [[k] + [_cell(rng, c, dec) for c in cols] for k in _row_keys(rng, kind, lang, n)]
    allrows = [header] + rows
    if style == "pipes":
        body = [" | ".join(r) for r in allrows]
    elif style == "semicolon":
        body = [";".join(r) for r in allrows]
    elif style == "slashes":
        body = [" / ".join(r) for r in allrows]
    else:
        w = [max(len(r[i]) for r in allrows) + 3 for i in range(len(header))]
        body = ["".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in allrows]
    return title + "\n\n" + "\n".join(body)
