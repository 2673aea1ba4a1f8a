"""Patterned hard negatives, part one: workshop, health, sport, music and weather lines.

Each kind: key, a line per language in en|de|fr|es|it|nl|pt order ({v} is the value; Hindi and Hinglish
documents take the English line), and a value drawer.
"""


def _c(r, s):
    return r.choice(s.split())


def _dec(r, lo, hi, lang, places=1):
    v = "%.*f" % (places, r.uniform(lo, hi))
    return v if lang in ("en", "hg", "hi") else v.replace(".", ",")


P1 = [
    (
        "tyre-size",
        "Winter tyres: {v}|Winterreifen: {v}|Pneus hiver : {v}|Neumáticos de invierno: {v}"
        "|Gomme invernali: {v}|Winterbanden: {v}|Pneus: {v}",
        lambda r, g: (
            "%s/%s R%s %d%s"
            % (
                _c(r, "185 195 205 215 225"),
                _c(r, "50 55 60 65"),
                _c(r, "15 16 17"),
                r.randint(84, 99),
                _c(r, "H T V"),
            )
        ),
    ),
    (
        "ral-colour",
        "Fence paint: {v}|Zaunfarbe: {v}|Peinture du portail : {v}|Pintura de la verja: {v}"
        "|Vernice cancello: {v}|Hekverf: {v}|Tinta do portão: {v}",
        lambda r, g: "RAL %s" % _c(r, "1015 3000 5010 6005 7016 7035 9010 9016"),
    ),
    (
        "screw-size",
        "Screws for the shelves: {v}|Schrauben fürs Regal: {v}|Vis pour l'étagère : {v}"
        "|Tornillos para la estantería: {v}|Viti per lo scaffale: {v}|Schroeven voor de plank: {v}"
        "|Parafusos da prateleira: {v}",
        lambda r, g: "M%s x %s" % (_c(r, "4 5 6 8 10"), _c(r, "16 20 30 40 60")),
    ),
    (
        "timber",
        "Decking boards: {v}|Terrassendielen: {v}|Lames de terrasse : {v}|Tablas del porche: {v}"
        "|Tavole del pergolato: {v}|Vlonderplanken: {v}|Tábuas do deck: {v}",
        lambda r, g: "%s x %s mm, %s m" % (_c(r, "21 27 44 45"), _c(r, "95 120 144 145"), _c(r, "3 4 5")),
    ),
    (
        "cable",
        "Cable for the shed: {v}|Kabel zur Gartenhütte: {v}|Câble pour l'abri : {v}"
        "|Cable para el cobertizo: {v}|Cavo per la casetta: {v}|Kabel naar het schuurtje: {v}"
        "|Cabo do depósito: {v}",
        lambda r, g: "NYM-J %s x %s mm²" % (_c(r, "3 5"), _c(r, "1,5 2,5 4")),
    ),
    (
        "blood-pressure",
        "BP this morning: {v}|Blutdruck heute früh: {v}|Tension ce matin : {v}"
        "|Tensión esta mañana: {v}|Pressione stamattina: {v}|Bloeddruk vanochtend: {v}|Pressão hoje"
        " cedo: {v}",
        lambda r, g: "%d/%d (%d)" % (r.randint(112, 148), r.randint(68, 94), r.randint(56, 88)),
    ),
    (
        "dosage",
        "Tablets: {v}|Tabletten: {v}|Comprimés : {v}|Pastillas: {v}|Compresse: {v}|Tabletten: {v}"
        "|Comprimidos: {v}",
        lambda r, g: "%s, %s mg" % (_c(r, "1-0-1 1-1-1 0-0-1 1-0-0 ½-0-½"), _c(r, "5 10 20 40 400 500")),
    ),
    (
        "step-count",
        "Steps yesterday: {v}|Schritte gestern: {v}|Pas hier : {v}|Pasos ayer: {v}"
        "|Passi ieri: {v}|Stappen gisteren: {v}|Passos ontem: {v}",
        lambda r, g: "%d %03d" % (r.randint(4, 19), r.randint(0, 999)),
    ),
    (
        "run-pace",
        "Easy pace: {v}|Lockeres Tempo: {v}|Allure footing : {v}|Ritmo suave: {v}"
        "|Passo lento: {v}|Rustig tempo: {v}|Pace leve: {v}",
        lambda r, g: "%d:%02d min/km" % (r.randint(4, 7), r.randint(0, 59)),
    ),
    (
        "race-splits",
        "Splits: {v}|Zwischenzeiten: {v}|Temps de passage : {v}|Parciales: {v}"
        "|Intermedi: {v}|Tussentijden: {v}|Parciais: {v}",
        lambda r, g: (
            "5 km %d:%02d, 10 km %d:%02d, HM 1:%02d:%02d"
            % (
                r.randint(21, 31),
                r.randint(0, 59),
                r.randint(43, 62),
                r.randint(0, 59),
                r.randint(35, 59),
                r.randint(0, 59),
            )
        ),
    ),
    (
        "tennis-score",
        "Club singles final: {v}|Vereinsmeisterschaft Finale: {v}|Finale du tournoi : {v}"
        "|Final del torneo social: {v}|Finale del torneo sociale: {v}|Clubkampioenschap finale: {v}"
        "|Final do torneio: {v}",
        lambda r, g: "6-%d %d-6 7-6 (7-%d)" % (r.randint(0, 4), r.randint(0, 4), r.randint(0, 5)),
    ),
    (
        "volleyball-sets",
        "Sets: {v}|Sätze: {v}|Sets : {v}|Sets: {v}|Set: {v}|Sets: {v}|Sets: {v}",
        lambda r, g: (
            "25:%d, %d:25, 25:%d, 15:%d"
            % (r.randint(15, 23), r.randint(15, 23), r.randint(15, 23), r.randint(8, 13))
        ),
    ),
    (
        "darts-checkout",
        "Best checkout: {v}|Bestes Finish: {v}|Meilleure finition : {v}|Mejor cierre: {v}"
        "|Miglior chiusura: {v}|Beste uitgooi: {v}|Melhor fechamento: {v}",
        lambda r, g: (
            "%d (T%d T%d D%d)" % (r.randint(100, 170), r.randint(15, 20), r.randint(15, 20), r.randint(4, 20))
        ),
    ),
    (
        "chess-rating",
        "Ratings: {v}|Wertungszahlen: {v}|Classements : {v}|Ratings: {v}|Punteggi: {v}"
        "|Ratings: {v}|Ratings: {v}",
        lambda r, g: "Elo %d / DWZ %d" % (r.randint(1400, 2200), r.randint(1300, 2100)),
    ),
    (
        "chess-moves",
        "Board 1 opened {v}|Brett 1: {v}|Échiquier 1 : {v}|Tablero 1: {v}|Scacchiera 1: {v}"
        "|Bord 1: {v}|Tabuleiro 1: {v}",
        lambda r, g: r.choice(
            [
                "1. e4 c5 2. Nf3 d6 3. d4 cxd4",
                "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4",
                "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6",
                "1. c4 e5 2. Nc3 Nf6 3. g3 d5",
            ]
        ),
    ),
    (
        "bible-reading",
        "Reading: {v}|Lesung: {v}|Lecture : {v}|Lectura: {v}|Lettura: {v}|Schriftlezing: {v}|Leitura: {v}",
        lambda r, g: (
            r.choice(["Psalm %d,%d-%d", "Joh %d,%d-%d", "Mt %d,%d-%d", "Lk %d,%d-%d"])
            % (r.randint(1, 24), r.randint(1, 9), r.randint(10, 20))
        ),
    ),
    (
        "page-range",
        "Read for next time: {v}|Lesen bis nächstes Mal: {v}|À lire : {v}|Para leer: {v}"
        "|Da leggere: {v}|Lezen: {v}|Para ler: {v}",
        lambda r, g: "%d–%d" % tuple(sorted((r.randint(20, 300), r.randint(301, 420)))),
    ),
    (
        "dewey",
        "Shelved at {v}|Signatur {v}|Cote {v}|Signatura {v}|Collocazione {v}|Plaatsing {v}|Classificação {v}",
        lambda r, g: "%d.%d" % (r.choice([641, 635, 796, 914, 398, 781]), r.randint(1, 9999)),
    ),
    (
        "guitar-chords",
        "Chords: {v}|Griffe: {v}|Accords : {v}|Acordes: {v}|Accordi: {v}|Akkoorden: {v}|Acordes: {v}",
        lambda r, g: (
            "G 320003, C x32010, D xx0232, Em 022000"
            if r.random() < 0.5
            else "Am x02210, F 133211, C x32010, G 320033"
        ),
    ),
    (
        "catalogue-work",
        "Programme: {v}|Programm: {v}|Programme : {v}|Programa: {v}|Programma: {v}"
        "|Programma: {v}|Programa: {v}",
        lambda r, g: r.choice(
            [
                "BWV %d" % r.randint(140, 1080),
                "KV %d" % r.randint(100, 626),
                "op. %d no. %d" % (r.randint(10, 90), r.randint(1, 4)),
                "D %d" % r.randint(100, 960),
                "RV %d" % r.randint(100, 580),
            ]
        ),
    ),
    (
        "time-signature",
        "Next piece: {v}|Nächstes Stück: {v}|Morceau suivant : {v}|Siguiente pieza: {v}"
        "|Prossimo brano: {v}|Volgend stuk: {v}|Próxima música: {v}",
        lambda r, g: "%s, %s, capo %d" % (_c(r, "3/4 4/4 6/8 2/2"), _c(r, "D G A E F"), r.randint(1, 5)),
    ),
    (
        "plant-spacing",
        "Spacing: {v}|Pflanzabstand: {v}|Espacement : {v}|Marco de plantación: {v}"
        "|Sesto d'impianto: {v}|Plantafstand: {v}|Espaçamento: {v}",
        lambda r, g: (
            "%d x %d cm, %d cm" % (r.choice([20, 25, 30, 40]), r.choice([40, 45, 60, 75]), r.randint(1, 12))
        ),
    ),
    (
        "rainfall",
        "Rain gauge this week: {v}|Regenmesser diese Woche: {v}|Pluviomètre : {v}"
        "|Pluviómetro esta semana: {v}|Pluviometro: {v}|Regenmeter: {v}|Pluviômetro: {v}",
        lambda r, g: "%s mm" % _dec(r, 0.5, 48, g),
    ),
    (
        "air-pressure",
        "Pressure: {v}|Luftdruck: {v}|Pression : {v}|Presión: {v}|Pressione: {v}|Luchtdruk: {v}|Pressão: {v}",
        lambda r, g: "%d hPa" % r.randint(985, 1036),
    ),
    (
        "wind",
        "Wind: {v}|Wind: {v}|Vent : {v}|Viento: {v}|Vento: {v}|Wind: {v}|Vento: {v}",
        lambda r, g: "Bft %d, %d km/h" % (r.randint(2, 8), r.randint(30, 95)),
    ),
    (
        "uv-index",
        "UV index: {v}|UV-Index: {v}|Indice UV : {v}|Índice UV: {v}|Indice UV: {v}|UV-index: {v}"
        "|Índice UV: {v}",
        lambda r, g: "%d" % r.randint(1, 10),
    ),
    (
        "tide-times",
        "Tides: {v}|Gezeiten: {v}|Marées : {v}|Mareas: {v}|Maree: {v}|Getijden: {v}|Marés: {v}",
        lambda r, g: (
            "HW %02d:%02d %s m, LW %02d:%02d %s m"
            % (
                r.randint(0, 11),
                r.randint(0, 59),
                _dec(r, 3, 7, g),
                r.randint(12, 23),
                r.randint(0, 59),
                _dec(r, 0.2, 1.5, g),
            )
        ),
    ),
    (
        "lat-long",
        "Meeting point: {v}|Treffpunkt: {v}|Point de rendez-vous : {v}|Punto de encuentro: {v}"
        "|Punto d'incontro: {v}|Verzamelpunt: {v}|Ponto de encontro: {v}",
        lambda r, g: "%.5f, %.5f" % (r.uniform(36, 58), r.uniform(-9, 16)),
    ),
    (
        "grid-ref",
        "Grid ref: {v}|UTM: {v}|Coordonnées UTM : {v}|UTM: {v}|UTM: {v}|RD-coördinaten: {v}|UTM: {v}",
        lambda r, g: "%s %04d %04d" % (_c(r, "SK SU NY SD TQ SH"), r.randint(0, 9999), r.randint(0, 9999)),
    ),
    (
        "bearing",
        "Take a bearing of {v}|Marschzahl {v}|Azimut {v}|Rumbo {v}|Azimut {v}|Koers {v}|Rumo {v}",
        lambda r, g: "%d°" % r.randint(5, 355),
    ),
    (
        "elevation",
        "Climb: {v}|Höhenmeter: {v}|Dénivelé : {v}|Desnivel: {v}|Dislivello: {v}"
        "|Hoogtemeters: {v}|Desnível: {v}",
        lambda r, g: "+%d m / -%d m" % (r.randint(150, 1600), r.randint(150, 1600)),
    ),
    (
        "bus-times",
        "Bus {v}|Bus {v}|Bus {v}|Autobús {v}|Autobus {v}|Bus {v}|Ônibus {v}",
        lambda r, g: (
            "%d: %02d:%02d, %02d:%02d, %02d:%02d"
            % (
                r.randint(2, 199),
                r.randint(6, 8),
                r.choice([5, 15, 35]),
                r.randint(9, 12),
                r.choice([5, 45]),
                r.randint(13, 18),
                r.choice([10, 40]),
            )
        ),
    ),
    (
        "train-number",
        "We're on the {v}|Wir nehmen den {v}|On prend le {v}|Vamos en el {v}"
        "|Prendiamo il {v}|We nemen de {v}|Vamos no {v}",
        lambda r, g: (
            "%s %d (%02d:%02d)"
            % (_c(r, "ICE IC RE RB TGV AVE FR"), r.randint(100, 9999), r.randint(5, 21), r.randint(0, 59))
        ),
    ),
]
