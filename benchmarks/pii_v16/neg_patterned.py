"""Patterned hard negatives of v16, part one: measurements, scores, times and codes that are not phones.
Captions in en|hi|de|fr|es|it|nl|pt (Hinglish takes English). None of v15's kinds."""

LANGS = ["en", "hi", "de", "fr", "es", "it", "nl", "pt"]


WORDS = {
    "across": [
        "across",
        "across",
        "waagerecht",
        "horizontal",
        "horizontal",
        "orizzontale",
        "horizontaal",
        "horizontal",
    ],
    "down": ["down", "down", "senkrecht", "vertical", "vertical", "verticale", "verticaal", "vertical"],
    "files": ["files", "फ़ाइलें", "Dateien", "fichiers", "archivos", "file", "bestanden", "arquivos"],
    "page": ["p.", "पृ.", "S.", "p.", "pág.", "pag.", "blz.", "p."],
    "exercise": ["ex.", "प्र.", "Nr.", "ex.", "ej.", "es.", "opg.", "ex."],
}
LAW = [
    "s. {a}({b})",
    "धारा {a}({b})",
    "§ {a} Abs. {b}",
    "art. {a}, al. {b}",
    "art. {a}.{b}",
    "art. {a}, comma {b}",
    "art. {a} lid {b}",
    "art. {a}, § {b}º",
]


class Fmt:
    """Number formatting of the document's language."""

    def __init__(self, lang):
        self.lang = "en" if lang == "hg" else lang
        self.comma = self.lang not in ("en", "hi")

    def d(self, x, places=1):
        s = f"{x:.{places}f}"
        return s.replace(".", ",") if self.comma else s

    def w(self, key):
        """A short word in the document's language."""
        return WORDS[key][LANGS.index(self.lang)]

    def t(self, n):
        s = f"{n:,}"
        return s.replace(",", {"fr": " ", "en": ",", "hi": ","}.get(self.lang, "."))


def _r(r, a, b):
    return r.randint(a, b)


def _u(r, a, b):
    return r.uniform(a, b)


def _mins(r, n):
    start = _r(r, 2, 14)
    return " ".join(f"{(start + i * _r(r, 12, 16)) % 60:02d}" for i in range(n))


PATTERNED_A = [
    (
        "tyre_size",
        "Tyre size|टायर साइज़|Reifengröße|Dimension pneu|Medida del neumático|Misura pneumatico|"
        "Bandenmaat|Medida do pneu",
        lambda r, f: (
            f"{r.choice([185, 195, 205, 215, 225])}/{r.choice([50, 55, 60, 65])} R{_r(r, 15, 18)} "
            f"{_r(r, 84, 98)}{r.choice('HVW')}"
        ),
    ),
    (
        "tyre_pressure",
        "Tyre pressures|टायर प्रेशर|Reifendruck|Pression des pneus|Presión de neumáticos|"
        "Pressione gomme|Bandenspanning|Calibragem",
        lambda r, f: f"{f.d(_u(r, 2.1, 2.5))} / {f.d(_u(r, 2.3, 2.9))} bar",
    ),
    (
        "screw_sizes",
        "Screws needed|पेंच चाहिए|Schrauben|Vis nécessaires|Tornillos|Viti|Schroeven|Parafusos",
        lambda r, f: ", ".join(
            f"M{r.choice([4, 5, 6, 8, 10])} × {r.choice([16, 20, 25, 30, 40, 60])}" for _ in range(3)
        ),
    ),
    (
        "room_dimensions",
        "Living room|बैठक का कमरा|Wohnzimmer|Séjour|Salón|Soggiorno|Woonkamer|Sala",
        lambda r, f: f"{f.d(_u(r, 3.2, 6.5), 2)} × {f.d(_u(r, 2.8, 4.9), 2)} m",
    ),
    (
        "furniture_size",
        "Wardrobe (W×H×D)|अलमारी (चौ×ऊँ×गह)|Schrank (B×H×T)|Armoire (L×H×P)|Armario (An×Al×F)|"
        "Armadio (L×A×P)|Kast (B×H×D)|Guarda-roupa (L×A×P)",
        lambda r, f: (
            f"{r.choice([100, 150, 180, 200])} × {r.choice([195, 201, 236])} × {r.choice([38, 58, 60])} cm"
        ),
    ),
    (
        "darts_checkout",
        "Best checkout|सबसे अच्छा चेकआउट|Bestes Finish|Meilleur finish|Mejor cierre|Chiusura migliore|"
        "Beste uitgooi|Melhor fechamento",
        lambda r, f: f"T20 T{_r(r, 15, 19)} D{_r(r, 8, 16)}",
    ),
    (
        "tennis_scores",
        "Club final|क्लब फ़ाइनल|Vereinsfinale|Finale du club|Final del club|Finale del circolo|"
        "Clubfinale|Final do clube",
        lambda r, f: (
            f"{r.choice(['6-4', '7-5', '6-2'])} {r.choice(['3-6', '4-6', '6-7'])} {r.choice(['7-6', '6-3'])}"
        ),
    ),
    (
        "volleyball_sets",
        "Volleyball sets|वॉलीबॉल सेट|Volleyball Sätze|Sets de volley|Sets de voleibol|"
        "Set pallavolo|Volleybal sets|Sets de vôlei",
        lambda r, f: " ".join(
            f"{25}-{_r(r, 15, 23)}" if i % 2 == 0 else f"{_r(r, 17, 23)}-25" for i in range(4)
        ),
    ),
    (
        "marathon_time",
        "Finish time|फ़िनिश टाइम|Zielzeit|Temps à l'arrivée|Tiempo final|Tempo finale|Eindtijd|Tempo final",
        lambda r, f: f"{_r(r, 3, 5)}:{_r(r, 0, 59):02d}:{_r(r, 0, 59):02d}",
    ),
    (
        "swim_laps",
        "50 m laps|50 मी लैप|50-m-Bahnen|Longueurs de 50 m|Largos de 50 m|Vasche da 50 m|Baantjes 50 m|"
        "Voltas de 50 m",
        lambda r, f: ", ".join(f"0:{f.d(_u(r, 31, 48))}" for _ in range(3)),
    ),
    (
        "bus_departures",
        "Bus 42, departures every hour at|बस 42, हर घंटे प्रस्थान|Bus 42, Abfahrt jede Stunde um|"
        "Bus 42, départs chaque heure à|Bus 42, salidas cada hora a los minutos|"
        "Bus 42, partenze ogni ora ai minuti|"
        "Bus 42, vertrek elk uur om|Ônibus 42, saídas a cada hora nos minutos",
        lambda r, f: _mins(r, 4),
    ),
    (
        "baby_feeds",
        "Feeds last night|रात की फ़ीडिंग|Fläschchen letzte Nacht|Biberons cette nuit|Tomas de anoche|"
        "Poppate stanotte|Voedingen vannacht|Mamadas de ontem",
        lambda r, f: ", ".join(
            f"{_r(r, 0, 5):02d}:{_r(r, 0, 59):02d} {r.choice([90, 110, 120, 150])} ml" for _ in range(2)
        ),
    ),
    (
        "blood_pressure",
        "Blood pressure this morning|आज सुबह बीपी|Blutdruck heute früh|Tension ce matin|"
        "Tensión esta mañana|Pressione stamattina|Bloeddruk vanochtend|Pressão hoje cedo",
        lambda r, f: f"{_r(r, 112, 148)}/{_r(r, 68, 92)}, {_r(r, 58, 88)}/min",
    ),
    (
        "blood_sugar",
        "Fasting glucose|खाली पेट शुगर|Nüchternzucker|Glycémie à jeun|Glucosa en ayunas|"
        "Glicemia a digiuno|Nuchtere glucose|Glicemia em jejum",
        lambda r, f: f"{f.d(_u(r, 4.8, 7.2))} mmol/l",
    ),
    (
        "medication_doses",
        "Tablets (morning-noon-evening-night)|गोलियाँ (सुबह-दोपहर-शाम-रात)|"
        "Tabletten (morgens-mittags-abends-nachts)|Comprimés (matin-midi-soir-nuit)|"
        "Pastillas (mañana-mediodía-tarde-noche)|"
        "Compresse (mattina-pranzo-sera-notte)|Tabletten (ochtend-middag-avond-nacht)|"
        "Comprimidos (manhã-almoço-tarde-noite)",
        lambda r, f: f"{_r(r, 0, 1)}-{_r(r, 0, 1)}-{_r(r, 0, 1)}-{r.choice(['0', '½'])}",
    ),
    (
        "fever_log",
        "Temperature|तापमान|Fieber gemessen|Température|Temperatura|Febbre|Temperatuur|Febre",
        lambda r, f: f"{f.d(_u(r, 37.2, 39.4))} °C",
    ),
    (
        "rainfall",
        "Rain gauge this week|इस हफ़्ते की बारिश|Regenmesser diese Woche|Pluviomètre cette semaine|"
        "Pluviómetro esta semana|Pluviometro questa settimana|Regenmeter deze week|Pluviômetro da semana",
        lambda r, f: f"{f.d(_u(r, 2, 40))} mm",
    ),
    (
        "tide_times",
        "High water|ज्वार|Hochwasser|Pleine mer|Pleamar|Alta marea|Hoogwater|Maré alta",
        lambda r, f: (
            f"{_r(r, 0, 11):02d}:{_r(r, 0, 59):02d} ({f.d(_u(r, 3.5, 6.9))} m), "
            f"{_r(r, 12, 23):02d}:{_r(r, 0, 59):02d} ({f.d(_u(r, 3.5, 6.9))} m)"
        ),
    ),
    (
        "wind_forecast",
        "Wind|हवा|Wind|Vent|Viento|Vento|Wind|Vento",
        lambda r, f: (
            f"{r.choice(['NW', 'SW', 'W', 'NE'])} {_r(r, 3, 5)}-{_r(r, 6, 7)} Bft, {_r(r, 25, 45)} kn"
        ),
    ),
    (
        "exchange_rate",
        "Exchange rate today|आज का विनिमय दर|Wechselkurs heute|Taux de change du jour|"
        "Cambio de hoy|Cambio di oggi|Wisselkoers vandaag|Câmbio de hoje",
        lambda r, f: f"1 EUR = {f.d(_u(r, 1.02, 1.14), 4)} USD",
    ),
    (
        "odometer",
        "Odometer at handover|ओडोमीटर|Kilometerstand bei Übergabe|Kilométrage à la remise|"
        "Kilometraje en la entrega|Chilometri alla consegna|Kilometerstand bij overdracht|"
        "Quilometragem na entrega",
        lambda r, f: f"{f.t(_r(r, 20000, 240000))} km",
    ),
    (
        "fuel_log",
        "Filled up|टंकी भरवाई|Getankt|Plein fait|Repostado|Rifornimento|Getankt|Abastecido",
        lambda r, f: f"{f.d(_u(r, 30, 60))} l × {f.d(_u(r, 1.55, 1.95), 3)}",
    ),
    (
        "screen_resolution",
        "Projector resolution|प्रोजेक्टर रिज़ॉल्यूशन|Beamer-Auflösung|Résolution du projecteur|"
        "Resolución del proyector|Risoluzione proiettore|Resolutie beamer|Resolução do projetor",
        lambda r, f: r.choice(["1920 × 1080", "1280 × 800", "3840 × 2160", "1024 × 768"]),
    ),
    (
        "file_sizes",
        "Photos folder|फ़ोटो फ़ोल्डर|Fotoordner|Dossier photos|Carpeta de fotos|Cartella foto|"
        "Fotomap|Pasta de fotos",
        lambda r, f: f"{_r(r, 120, 980)} {f.w('files')}, {f.d(_u(r, 1, 9))} GB",
    ),
    (
        "hymn_board",
        "Hymns|भजन क्रमांक|Lieder|Cantiques|Cantos|Canti|Liederen|Hinos",
        lambda r, f: ", ".join(str(_r(r, 1, 700)) for _ in range(4)),
    ),
    (
        "bible_refs",
        "Readings|पाठ|Lesungen|Lectures|Lecturas|Letture|Lezingen|Leituras",
        lambda r, f: (
            f"{r.choice(['Jn', 'Lk', 'Mt', 'Mk'])} {_r(r, 1, 21)}:{_r(r, 1, 30)}-{_r(r, 31, 44)}; "
            f"Ps {_r(r, 1, 150)}"
        ),
    ),
    (
        "law_paragraph",
        "See|देखें|Siehe|Voir|Véase|Vedi|Zie|Ver",
        lambda r, f: LAW[LANGS.index(f.lang)].format(a=_r(r, 100, 999), b=_r(r, 1, 4)),
    ),
    (
        "page_ranges",
        "Homework|गृहकार्य|Hausaufgabe|Devoirs|Deberes|Compiti|Huiswerk|Lição de casa",
        lambda r, f: (
            f"{f.w('page')} {(p := _r(r, 40, 300))}–{p + _r(r, 3, 9)}, {f.w('exercise')} {_r(r, 1, 12)}"
        ),
    ),
    (
        "bingo_calls",
        "Numbers called so far|अब तक के नंबर|Bisher gezogen|Numéros sortis|Números cantados|"
        "Numeri estratti|Getrokken nummers|Números sorteados",
        lambda r, f: " ".join(str(x) for x in sorted(r.sample(range(1, 91), 7))),
    ),
]
