"""Hard negatives, negative-only tables: a title, a blank line, a header row and 4-8 rows.

English for every en_* locale, else the locale's language. Cell templates use the tokens of
neg_patterned.fill; I is the row's running number (1, 2, ...), so first columns are unique.
"""

from .neg_patterned import fill

ORDER = ["en", "de", "fr", "es", "it", "nl", "pt"]
TABLE_TEXT = """
golf_card|I;N;N|Golf card|Hole;Par;Strokes|Golfkarte|Loch;Par;Schläge|Carte de golf|Trou;Par;Coups|\
Tarjeta de golf|Hoyo;Par;Golpes|Carta di golf|Buca;Par;Colpi|Golfkaart|Hole;Par;Slagen|Cartão de golfe|\
Buraco;Par;Tacadas
sleep_diary|I;N h ## min;N|Sleep diary|Night;Slept;Woke up|Schlaftagebuch|Nacht;Geschlafen;Wach|Journal \
de sommeil|Nuit;Dormi;Réveils|Diario de sueño|Noche;Dormido;Despertares|Diario del sonno|Notte;Dormito;\
Risvegli|Slaapdagboek|Nacht;Geslapen;Wakker|Diário de sono|Noite;Dormiu;Acordou
step_count|I;N#T###;NDN km|Step count|Day;Steps;Distance|Schrittzähler|Tag;Schritte;Strecke|Podomètre|\
Jour;Pas;Distance|Podómetro|Día;Pasos;Distancia|Contapassi|Giorno;Passi;Distanza|Stappenteller|Dag;\
Stappen;Afstand|Contador de passos|Dia;Passos;Distância
quiz_night|I;N/10;N/10;N#|Quiz night scores|Team;Round 1;Round 2;Total|Quizabend|Team;Runde 1;Runde 2;\
Gesamt|Soirée quiz|Équipe;Manche 1;Manche 2;Total|Noche de concurso|Equipo;Ronda 1;Ronda 2;Total|Serata \
quiz|Squadra;Round 1;Round 2;Totale|Pubquiz|Team;Ronde 1;Ronde 2;Totaal|Noite de quiz|Equipe;Rodada 1;\
Rodada 2;Total
bowling|I;1##;1##|Bowling night|Lane;Game 1;Game 2|Bowlingabend|Bahn;Spiel 1;Spiel 2|Soirée bowling|\
Piste;Partie 1;Partie 2|Noche de bolos|Pista;Partida 1;Partida 2|Serata bowling|Pista;Partita 1;Partita \
2|Bowlingavond|Baan;Spel 1;Spel 2|Noite de boliche|Pista;Jogo 1;Jogo 2
meter_log|I/2024;N##;N#DN0|Electricity use by month|Month;kWh;Cost|Stromverbrauch|Monat;kWh;Kosten|\
Consommation électrique|Mois;kWh;Coût|Consumo eléctrico|Mes;kWh;Coste|Consumi elettrici|Mese;kWh;Costo|\
Stroomverbruik|Maand;kWh;Kosten|Consumo de energia|Mês;kWh;Custo
jam_batches|I;N#;N##0 g|Jam making|Batch;Jars;Sugar|Marmelade kochen|Charge;Gläser;Zucker|Confitures|\
Fournée;Pots;Sucre|Mermeladas|Tanda;Tarros;Azúcar|Marmellate|Lotto;Vasetti;Zucchero|Jam maken|Partij;\
Potten;Suiker|Geleias|Lote;Potes;Açúcar
attendance|I;N#;N|Choir attendance|Week;Present;Absent|Chor-Anwesenheit|Woche;Da;Fehlend|Présences à la \
chorale|Semaine;Présents;Absents|Asistencia al coro|Semana;Presentes;Ausentes|Presenze al coro|Settimana;\
Presenti;Assenti|Aanwezigheid koor|Week;Aanwezig;Afwezig|Presença no coral|Semana;Presentes;Ausentes
bake_sale|I;N#;NDN0|Bake sale tally|Tray;Sold;Price|Kuchenverkauf|Blech;Verkauft;Preis|Vente de gâteaux|\
Plaque;Vendus;Prix|Venta de pasteles|Bandeja;Vendidos;Precio|Vendita di torte|Teglia;Venduti;Prezzo|\
Taartverkoop|Bakplaat;Verkocht;Prijs|Venda de bolos|Forma;Vendidos;Preço
oven_plan|I;N#0 °C;N# min|Oven plan for the dinner|Dish;Temp;Time|Backofenplan|Gericht;Temp.;Zeit|\
Planning du four|Plat;Temp.;Durée|Plan del horno|Plato;Temp.;Tiempo|Piano del forno|Piatto;Temp.;Tempo|\
Ovenschema|Gerecht;Temp.;Tijd|Plano do forno|Prato;Temp.;Tempo
cricket_overs|I;N;N|Over by over|Over;Runs;Wickets|Over für Over|Over;Läufe;Wickets|Over par over|Over;\
Points;Guichets|Over a over|Over;Carreras;Wickets|Over per over|Over;Punti;Wicket|Over per over|Over;\
Runs;Wickets|Over a over|Over;Corridas;Wickets
pool_tests|I;NDN;2NDN °C|Pool water tests|Test;pH;Temp|Wassertests im Becken|Test;pH;Temp.|Analyses de \
l'eau|Test;pH;Temp.|Análisis del agua|Prueba;pH;Temp.|Analisi dell'acqua|Test;pH;Temp.|Watertests|Test;\
pH;Temp.|Testes da água|Teste;pH;Temp.
prize_draw|I;N##;N|Prize draw|Prize;Ticket;Table|Verlosung|Preis;Los;Tisch|Tirage au sort|Lot;Billet;\
Table|Sorteo|Premio;Papeleta;Mesa|Estrazione|Premio;Biglietto;Tavolo|Verloting|Prijs;Lot;Tafel|Sorteio|\
Prêmio;Bilhete;Mesa
seed_trays|I;N#;N# cm|Seed trays|Tray;Seedlings;Height|Anzuchtschalen|Schale;Sämlinge;Höhe|Plateaux de \
semis|Plateau;Plants;Hauteur|Semilleros|Bandeja;Plántulas;Altura|Semenzai|Vassoio;Piantine;Altezza|\
Zaaibakken|Bak;Zaailingen;Hoogte|Sementeiras|Bandeja;Mudas;Altura
reading_log|I;N##;N|Reading challenge|Week;Pages;Books|Lesewettbewerb|Woche;Seiten;Bücher|Défi lecture|\
Semaine;Pages;Livres|Reto de lectura|Semana;Páginas;Libros|Sfida di lettura|Settimana;Pagine;Libri|\
Leesuitdaging|Week;Pagina's;Boeken|Desafio de leitura|Semana;Páginas;Livros
rowing_crew|I;N#DN kg;1N# cm|Rowing crew|Seat;Weight;Height|Ruderboot-Besatzung|Platz;Gewicht;Größe|\
Équipage d'aviron|Place;Poids;Taille|Tripulación de remo|Puesto;Peso;Altura|Equipaggio|Posto;Peso;\
Altezza|Roeiploeg|Plaats;Gewicht;Lengte|Guarnição de remo|Posição;Peso;Altura
"""
TABLES = {}
for _ln in TABLE_TEXT.strip().splitlines():
    _p = _ln.split("|")
    _langs = {}
    for _i, _lang in enumerate(ORDER):
        _langs[_lang] = (_p[2 + 2 * _i], _p[3 + 2 * _i].split(";"))
    TABLES[_p[0]] = (_p[1].split(";"), _langs)

SEPARATORS = ["\t", " ¦ ", " ┃ ", " / "]


def table(rng, kind, lang, sep):
    cols, langs = TABLES[kind]
    title, head = langs[lang if lang in langs else "en"]
    rows = [head]
    for i in range(1, rng.randint(4, 8) + 1):
        rows.append([cols[0].replace("I", str(i))] + [fill(rng, c, lang) for c in cols[1:]])
    widths = [max(len(r[j]) for r in rows) for j in range(len(cols))]
    lines = []
    for r in rows:
        cells = [c.ljust(widths[j]) if sep != "\t" else c for j, c in enumerate(r)]
        lines.append(sep.join(cells).rstrip())
    return title + "\n\n" + "\n".join(lines)
