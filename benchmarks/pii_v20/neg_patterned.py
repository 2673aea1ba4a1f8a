"""Patterned hard negatives: number patterns under a caption in the document's language."""
# ruff: noqa: E501
# (long literal lines of document text, kept whole so that the data reads as written)

# caption key | English | German | French | Spanish | Italian | Dutch | Portuguese | Hindi
CAPTIONS_RAW = """\
bus_lines|Bus lines to the venue|Buslinien zum Treffpunkt|Lignes de bus jusqu'au lieu|Líneas de autobús hasta el sitio|Linee di autobus per arrivare|Buslijnen naar de locatie|Linhas de ônibus até o local|स्थल तक बस मार्ग
lap_times|Lap times|Rundenzeiten|Temps au tour|Tiempos por vuelta|Tempi sul giro|Rondetijden|Tempos por volta|लैप समय
cake_prices|Cake prices|Kuchenpreise|Prix des gâteaux|Precios de los pasteles|Prezzi delle torte|Taartprijzen|Preços dos bolos|केक के दाम
chess_elo|Chess ratings|Schach-Wertungszahlen|Classements Elo|Elo de los jugadores|Punteggi Elo|Schaakratings|Ratings de xadrez|शतरंज रेटिंग
hymns|Hymn numbers|Liednummern|Numéros des cantiques|Números de los cantos|Numeri dei canti|Liednummers|Números dos hinos|भजन संख्या
pages|Pages to read|Zu lesende Seiten|Pages à lire|Páginas para leer|Pagine da leggere|Te lezen pagina's|Páginas para ler|पढ़ने के पृष्ठ
bibs|Bib numbers|Startnummern|Numéros de dossard|Dorsales|Pettorali|Startnummers|Números de peito|बिब नंबर
rooms|Rooms booked|Gebuchte Räume|Salles réservées|Aulas reservadas|Aule prenotate|Gereserveerde lokalen|Salas reservadas|बुक कमरे
tides|High tide|Hochwasser|Pleine mer|Pleamar|Alta marea|Hoogwater|Maré alta|ज्वार का समय
temps|Temperatures this week|Temperaturen diese Woche|Températures de la semaine|Temperaturas de la semana|Temperature della settimana|Temperaturen deze week|Temperaturas da semana|इस सप्ताह का तापमान
pulse|Heart rate (rest / walk / run)|Puls (Ruhe / Gehen / Laufen)|Pouls (repos / marche / course)|Pulso (reposo / paseo / carrera)|Battito (riposo / camminata / corsa)|Hartslag (rust / wandelen / rennen)|Batimentos (repouso / caminhada / corrida)|नाड़ी (आराम / चलना / दौड़)
lengths|Lengths swum|Geschwommene Bahnen|Longueurs nagées|Largos nadados|Vasche nuotate|Gezwommen banen|Piscinas nadadas|तैरी गई लंबाइयाँ
dice|Dice rolls|Würfelergebnisse|Lancers de dés|Tiradas de dados|Lanci di dadi|Worpen met de dobbelsteen|Jogadas de dado|पासे के अंक
votes|Votes for / against / abstained|Stimmen ja / nein / Enthaltung|Voix pour / contre / abstention|Votos a favor / en contra / abstenciones|Voti favorevoli / contrari / astenuti|Stemmen voor / tegen / onthouding|Votos a favor / contra / abstenções|मत पक्ष / विपक्ष / तटस्थ
darts|Darts checkouts|Darts-Checkouts|Finitions aux fléchettes|Cierres de dardos|Chiusure a freccette|Darts-uitgooiers|Finalizações no dardo|डार्ट्स चेकआउट
budget|Budget lines|Haushaltsposten|Lignes du budget|Partidas del presupuesto|Voci di bilancio|Begrotingsposten|Itens do orçamento|बजट मदें
fuel|Fuel used (l/100 km)|Verbrauch (l/100 km)|Consommation (l/100 km)|Consumo (l/100 km)|Consumo (l/100 km)|Verbruik (l/100 km)|Consumo (l/100 km)|ईंधन खपत (ली/100 किमी)
stages|Stage distances (km)|Etappenlängen (km)|Distances des étapes (km)|Distancias de las etapas (km)|Lunghezza delle tappe (km)|Etappeafstanden (km)|Distâncias das etapas (km)|चरण दूरी (किमी)
summits|Summit heights (m)|Gipfelhöhen (m)|Altitude des sommets (m)|Altura de las cumbres (m)|Altezza delle vette (m)|Tophoogtes (m)|Altitude dos picos (m)|चोटियों की ऊँचाई (मी)
club_years|Founded / renamed / merged|Gegründet / umbenannt / fusioniert|Fondé / renommé / fusionné|Fundado / renombrado / fusionado|Fondato / rinominato / fuso|Opgericht / hernoemd / gefuseerd|Fundado / renomeado / fundido|स्थापना / नाम बदला / विलय
kid_ages|Children's ages|Alter der Kinder|Âge des enfants|Edades de los niños|Età dei bambini|Leeftijden van de kinderen|Idades das crianças|बच्चों की उम्र
shirts|Shirt numbers|Rückennummern|Numéros de maillot|Dorsales de camiseta|Numeri di maglia|Rugnummers|Números das camisas|जर्सी नंबर
times_table|Times tables practised|Geübtes Einmaleins|Tables de multiplication révisées|Tablas de multiplicar repasadas|Tabelline ripassate|Geoefende tafels|Tabuada treinada|पहाड़े का अभ्यास
sudoku|Sudoku first row|Sudoku erste Zeile|Sudoku, première ligne|Sudoku, primera fila|Sudoku, prima riga|Sudoku eerste rij|Sudoku, primeira linha|सुडोकू पहली पंक्ति
lotto|Lottery numbers we always play|Unsere festen Lottozahlen|Nos numéros fétiches au loto|Nuestros números de la primitiva|I nostri numeri del lotto|Onze vaste lotto-getallen|Nossos números da mega|हमारे लॉटरी अंक
meeting_point|Meeting point (lat, lon)|Treffpunkt (Breite, Länge)|Point de rendez-vous (lat, lon)|Punto de encuentro (lat, lon)|Punto d'incontro (lat, lon)|Verzamelpunt (lat, lon)|Ponto de encontro (lat, lon)|मिलन स्थल (अक्षांश, देशांतर)
trains|Trains leave at|Züge fahren um|Départs des trains|Salidas de trenes|Partenze dei treni|Treinen vertrekken om|Trens saem às|ट्रेनें छूटती हैं
lifts|Lifts (kg)|Gewichte (kg)|Charges (kg)|Pesos levantados (kg)|Carichi (kg)|Gewichten (kg)|Cargas (kg)|उठाया वज़न (किग्रा)
blood_pressure|Blood pressure readings|Blutdruckwerte|Tension artérielle|Tensión arterial|Pressione arteriosa|Bloeddrukwaarden|Pressão arterial|रक्तचाप
dates|Meeting dates|Sitzungstermine|Dates des réunions|Fechas de las reuniones|Date delle riunioni|Vergaderdata|Datas das reuniões|बैठक की तिथियाँ
oven_mins|Baking times (min)|Backzeiten (min)|Temps de cuisson (min)|Tiempos de horno (min)|Tempi di cottura (min)|Baktijden (min)|Tempos de forno (min)|बेकिंग समय (मिनट)
curtains|Curtain sizes (cm)|Vorhangmaße (cm)|Dimensions des rideaux (cm)|Medidas de las cortinas (cm)|Misure delle tende (cm)|Gordijnmaten (cm)|Medidas das cortinas (cm)|पर्दों का माप (सेमी)
tyres|Tyre pressure front / rear (bar)|Reifendruck vorn / hinten (bar)|Pression des pneus av. / arr. (bar)|Presión de ruedas del. / tras. (bar)|Pressione gomme ant. / post. (bar)|Bandenspanning voor / achter (bar)|Calibragem dianteira / traseira (bar)|टायर दबाव आगे / पीछे (बार)
odometer|Odometer start → end|Kilometerstand Start → Ende|Compteur départ → arrivée|Cuentakilómetros salida → llegada|Contachilometri partenza → arrivo|Kilometerstand begin → eind|Hodômetro saída → chegada|ओडोमीटर शुरू → अंत
turnout|Turnout by year (%)|Beteiligung nach Jahr (%)|Participation par année (%)|Participación por año (%)|Affluenza per anno (%)|Opkomst per jaar (%)|Participação por ano (%)|वर्षवार उपस्थिति (%)
raffle|Winning raffle tickets|Gewinnlose|Billets gagnants|Papeletas premiadas|Biglietti vincenti|Winnende loten|Bilhetes premiados|विजेता टिकट
tennis|Tennis sets|Tennissätze|Sets de tennis|Sets de tenis|Set di tennis|Tennissets|Sets de tênis|टेनिस सेट
cricket|Runs per ball, last over|Runs pro Ball, letztes Over|Points par balle, dernier over|Carreras por bola, último over|Punti per lancio, ultimo over|Runs per bal, laatste over|Corridas por bola, último over|आख़िरी ओवर में रन
hem|Hem lengths (cm)|Saumlängen (cm)|Longueurs d'ourlet (cm)|Largos de bajo (cm)|Lunghezze dell'orlo (cm)|Zoomlengtes (cm)|Comprimentos da bainha (cm)|किनारी लंबाई (सेमी)
rainfall|Rain this week (mm)|Regen diese Woche (mm)|Pluie cette semaine (mm)|Lluvia esta semana (mm)|Pioggia questa settimana (mm)|Regen deze week (mm)|Chuva nesta semana (mm)|इस सप्ताह वर्षा (मिमी)
"""
LANG_INDEX = {"en": 1, "hg": 1, "de": 2, "fr": 3, "es": 4, "it": 5, "nl": 6, "pt": 7, "hi": 8}
CAPTIONS = {row.split("|")[0]: row.split("|") for row in CAPTIONS_RAW.strip().splitlines()}
FORMS = {"colon": "{C}: {V}", "paren": "{C} ({V})", "tab": "{C}\t{V}", "below": "{V}\n{C}"}


def _n(r, a, b, k):
    return [r.randint(a, b) for _ in range(k)]


def _d(r, a, b, dec):
    return f"{r.uniform(a, b):.1f}".replace(".", dec)


def _th(v, th):
    s = f"{v:,}"
    return s.replace(",", th)


def pattern(r, key, dec, th, datefmt):
    j = ", ".join
    if key == "bus_lines":
        return j(str(x) for x in sorted(set(_n(r, 1, 399, 4))))
    if key == "lap_times":
        return j(f"1:{r.randint(5, 20):02d}{dec}{r.randint(0, 9)}" for _ in range(4))
    if key == "cake_prices":
        return " / ".join(f"{r.randint(1, 4)}{dec}{r.choice(['00', '50', '20', '80'])}" for _ in range(3))
    if key in ("chess_elo", "bibs", "hymns", "shirts", "kid_ages", "lengths", "darts", "turnout"):
        rng_ = {
            "chess_elo": (1100, 2300),
            "bibs": (100, 899),
            "hymns": (1, 640),
            "shirts": (1, 35),
            "kid_ages": (2, 15),
            "lengths": (10, 60),
            "darts": (40, 170),
            "turnout": (35, 80),
        }[key]
        return j(str(x) for x in _n(r, *rng_, r.randint(3, 5)))
    if key == "pages":
        a = r.randint(10, 300)
        return f"{a}–{a + r.randint(15, 60)}"
    if key == "rooms":
        return j(f"{r.choice('ABC')} {r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}" for _ in range(3))
    if key in ("tides", "trains"):
        return j(f"{r.randint(5, 21):02d}:{r.randint(0, 59):02d}" for _ in range(r.randint(2, 4)))
    if key == "temps":
        return j(str(x) for x in _n(r, 4, 28, 5)) + " °C"
    if key == "pulse":
        return f"{r.randint(52, 70)} / {r.randint(80, 110)} / {r.randint(130, 175)}"
    if key in ("dice", "cricket"):
        pool = [1, 2, 3, 4, 5, 6] if key == "dice" else [0, 1, 1, 2, 4, 6]
        return " ".join(str(r.choice(pool)) for _ in range(6))
    if key == "votes":
        return " – ".join(str(x) for x in _n(r, 0, 80, 3))
    if key == "budget":
        return " / ".join(_th(r.randint(2, 60) * 50, th) for _ in range(3))
    if key in ("fuel", "tyres"):
        a, b = (4, 9) if key == "fuel" else (1.8, 2.9)
        return " / ".join(_d(r, a, b, dec) for _ in range(2))
    if key == "stages":
        return j(str(x) for x in _n(r, 12, 95, 4))
    if key == "summits":
        return j(_th(x, th) for x in _n(r, 900, 4400, 3))
    if key == "club_years":
        a = r.randint(1880, 1950)
        return f"{a} / {a + r.randint(10, 40)} / {a + r.randint(50, 70)}"
    if key == "times_table":
        return j(f"{a} × {b} = {a * b}" for a, b in zip(_n(r, 2, 12, 3), _n(r, 2, 12, 3), strict=True))
    if key == "sudoku":
        row = list("123456789")
        r.shuffle(row)
        return " ".join(row)
    if key == "lotto":
        return " ".join(str(x) for x in sorted(r.sample(range(1, 50), 6)))
    if key == "meeting_point":
        return f"{r.uniform(36, 58):.4f}, {r.uniform(-8, 18):.4f}"
    if key == "lifts":
        a = r.randint(8, 20) * 5
        return " / ".join(str(a + 5 * i) for i in range(3))
    if key == "blood_pressure":
        return j(f"{r.randint(105, 150)}/{r.randint(62, 95)}" for _ in range(3))
    if key == "dates":
        return j(datefmt.format(d=r.randint(1, 28), m=r.randint(1, 12)) for _ in range(3))
    if key == "oven_mins":
        return " / ".join(str(x) for x in sorted(_n(r, 8, 60, 3)))
    if key == "curtains":
        return j(f"{r.randint(6, 30) * 10} × {r.randint(16, 28) * 10}" for _ in range(2))
    if key == "odometer":
        a = r.randint(10000, 190000)
        return f"{_th(a, th)} → {_th(a + r.randint(80, 900), th)}"
    if key == "raffle":
        return j(f"{r.randint(1, 1999):04d}" for _ in range(3))
    if key == "tennis":
        return j(r.choice(["6–4", "6–3", "7–5", "7–6", "3–6", "4–6", "6–2", "5–7", "6–1"]) for _ in range(3))
    if key == "hem":
        return " / ".join(_d(r, 1, 6, dec) for _ in range(3))
    if key == "rainfall":
        return " ".join(_d(r, 0, 25, dec) for _ in range(7))
    raise KeyError(key)


STYLE = {
    "en": (".", ",", "{m}/{d}"),
    "hg": (".", ",", "{d}/{m}"),
    "hi": (".", ",", "{d}/{m}"),
    "de": (",", ".", "{d}.{m}."),
    "fr": (",", "\u202f", "{d}/{m}"),
    "es": (",", ".", "{d}/{m}"),
    "it": (",", ".", "{d}/{m}"),
    "nl": (",", ".", "{d}-{m}"),
    "pt": (",", ".", "{d}/{m}"),
}


def patterned(rng, key, lang, form, locale):
    dec, th, datefmt = STYLE[lang]
    if locale != "en_US" and lang == "en":
        datefmt = "{d}/{m}"
    cap = CAPTIONS[key][LANG_INDEX[lang]]
    return FORMS[form].format(C=cap, V=pattern(rng, key, dec, th, datefmt))
