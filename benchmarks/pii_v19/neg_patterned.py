"""Patterned hard negatives for v19: runs of numbers with a caption, in the language's number style."""

from .locales import fmt

FORMS = {"bracket": "[{C}] {V}", "em_dash": "{C} — {V}", "above": "{C}\n{V}", "ellipsis": "{C} … {V}"}
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")


def _ints(rng, lo, hi, n, sep, unit=""):
    return sep.join(f"{rng.randint(lo, hi)}{unit}" for _ in range(n))


def _dec(rng, lo, hi, d, n, sep, lang, unit=""):
    return sep.join(fmt(rng.uniform(lo, hi), d, lang) + unit for _ in range(n))


def _times(rng, n, sep, lo=0, hi=59):
    return sep.join(f"{rng.randint(lo, hi)}:{rng.randint(0, 59):02d}" for _ in range(n))


GEN = {
    "shoe_sizes": lambda r, g: _ints(r, 28, 46, 5, ", "),
    "tshirts": lambda r, g: _ints(r, 3, 25, 4, " / "),
    "parcel_weights": lambda r, g: _dec(r, 0.3, 9.5, 1, 3, ", ", g, " kg"),
    "dough": lambda r, g: f"{r.choice((500, 750, 1000))} g / {r.randint(300, 700)} g / {r.randint(8, 20)} g",
    "paint": lambda r, g: _dec(r, 0.5, 10, 1, 3, " + ", g, " l"),
    "room_size": lambda r, g: f"{fmt(r.uniform(2.5, 9), 2, g)} × {fmt(r.uniform(2.5, 7), 2, g)} m",
    "climb": lambda r, g: _ints(r, 120, 980, 4, " / ", " m"),
    "football": lambda r, g: ", ".join(f"{r.randint(0, 5)}–{r.randint(0, 5)}" for _ in range(4)),
    "bowling": lambda r, g: _ints(r, 90, 260, 3, ", "),
    "golf_card": lambda r, g: _ints(r, 2, 7, 9, " "),
    "quiz_rounds": lambda r, g: _ints(r, 3, 10, 6, ", "),
    "attendance": lambda r, g: _ints(r, 12, 48, 5, " / "),
    "tea_per_hour": lambda r, g: _ints(r, 5, 60, 6, " – "),
    "meter_kwh": lambda r, g: f"{fmt(r.randint(10000, 60000), 0, g)} → {fmt(r.randint(60001, 90000), 0, g)}",
    "water_m3": lambda r, g: _ints(r, 18, 95, 4, " | ", " m³"),
    "co2": lambda r, g: _ints(r, 420, 1800, 3, " → ", " ppm"),
    "noise": lambda r, g: _ints(r, 35, 95, 3, ", ", " dB"),
    "puppy_weights": lambda r, g: _ints(r, 280, 620, 5, ", ", " g"),
    "marks": lambda r, g: ", ".join(f"{r.randint(8, 20)}/20" for _ in range(4)),
    "goal_minutes": lambda r, g: ", ".join(f"{r.randint(1, 90)}'" for _ in range(4)),
    "oven": lambda r, g: f"{r.choice((160, 180, 200, 220))} °C, {r.randint(20, 70)} min",
    "battery": lambda r, g: _ints(r, 5, 100, 4, " / ", " %"),
    "rowing": lambda r, g: ", ".join(
        f"1:{r.randint(40, 59)}{fmt(r.randint(0, 9) / 10, 1, g)[1:]}" for _ in range(3)
    ),
    "cadence": lambda r, g: _ints(r, 70, 105, 3, " / ", " rpm"),
    "speeds": lambda r, g: _dec(r, 15, 45, 1, 3, " / ", g, " km/h"),
    "knitting": lambda r, g: f"{r.randint(40, 240)} / {r.randint(20, 160)} / {r.randint(2, 12)}",
    "metronome": lambda r, g: _ints(r, 48, 176, 3, ", "),
    "seat_rows": lambda r, g: f"{r.randint(1, 30)}: {r.randint(1, 10)}–{r.randint(11, 24)}",
    "population": lambda r, g: f"{fmt(r.randint(900, 9000), 0, g)} → {fmt(r.randint(900, 9000), 0, g)}",
    "survey": lambda r, g: _ints(r, 5, 60, 3, " / ", " %"),
    "exchange": lambda r, g: f"1 EUR = {fmt(r.uniform(0.8, 1.3), 4, g)} USD",
    "invoice_totals": lambda r, g: _dec(r, 20, 2400, 2, 3, " + ", g),
    "mortar": lambda r, g: f"{r.randint(3, 6)} : 1 : {fmt(r.choice((0.5, 0.25)), 2, g)}",
    "plank": lambda r, g: _times(r, 3, ", ", 0, 3),
    "steps": lambda r, g: ", ".join(fmt(r.randint(2000, 19000), 0, g) for _ in range(4)),
    "calories": lambda r, g: _ints(r, 120, 890, 4, " / ", " kcal"),
    "chlorine": lambda r, g: _dec(r, 0.5, 3, 1, 3, " / ", g),
    "jam_brix": lambda r, g: _ints(r, 60, 70, 3, " / "),
    "pub_years": lambda r, g: _ints(r, 1900, 2024, 4, ", "),
    "ranks": lambda r, g: ", ".join(f"{r.randint(1, 40)}/{r.choice((40, 52, 64))}" for _ in range(3)),
    "parkrun": lambda r, g: _times(r, 3, " / ", 18, 39),
    "model_scale": lambda r, g: ", ".join(f"1:{r.choice((24, 32, 35, 48, 72, 144))}" for _ in range(3)),
    "fridge_log": lambda r, g: _dec(r, 1.5, 6.5, 1, 4, " / ", g, " °C"),
    "kid_heights": lambda r, g: _ints(r, 95, 165, 4, ", ", " cm"),
}
# captions in en, de, fr, es, it, nl, pt, hi
_RAW = {
    "shoe_sizes": (
        "Shoe sizes needed|Benötigte Schuhgrößen|Pointures demandées|Tallas de calzado|"
        "Numeri di scarpe|Schoenmaten|Números de calçado|जूतों के साइज़"
    ),
    "tshirts": (
        "T-shirts S/M/L/XL|T-Shirts S/M/L/XL|T-shirts S/M/L/XL|Camisetas S/M/L/XL|Magliette S/M/L/XL|"
        "T-shirts S/M/L/XL|Camisetas P/M/G/GG|टी-शर्ट S/M/L/XL"
    ),
    "parcel_weights": (
        "Parcel weights|Paketgewichte|Poids des colis|Peso de los paquetes|Peso dei pacchi|"
        "Gewicht pakketten|Peso dos pacotes|पार्सलों का वज़न"
    ),
    "dough": (
        "Flour / water / salt|Mehl / Wasser / Salz|Farine / eau / sel|Harina / agua / sal|"
        "Farina / acqua / sale|Bloem / water / zout|Farinha / água / sal|आटा / पानी / नमक"
    ),
    "paint": (
        "Paint needed|Benötigte Farbe|Peinture nécessaire|Pintura necesaria|Vernice necessaria|"
        "Benodigde verf|Tinta necessária|ज़रूरी पेंट"
    ),
    "room_size": (
        "Hall floor size|Saalfläche|Surface de la salle|Medidas del salón|Misure della sala|"
        "Afmeting zaal|Tamanho do salão|हॉल का नाप"
    ),
    "climb": (
        "Climb per stage|Höhenmeter pro Etappe|Dénivelé par étape|Desnivel por etapa|"
        "Dislivello per tappa|Hoogtemeters per etappe|Subida por etapa|हर चरण की चढ़ाई"
    ),
    "football": (
        "Last results|Letzte Ergebnisse|Derniers résultats|Últimos resultados|Ultimi risultati|"
        "Laatste uitslagen|Últimos resultados|पिछले नतीजे"
    ),
    "bowling": (
        "Bowling scores|Kegelergebnisse|Scores au bowling|Puntos de bolos|Punteggi bowling|"
        "Bowlingscores|Pontos no boliche|बॉलिंग स्कोर"
    ),
    "golf_card": (
        "Golf, holes 1–9|Golf, Loch 1–9|Golf, trous 1 à 9|Golf, hoyos 1–9|Golf, buche 1–9|"
        "Golf, holes 1–9|Golfe, buracos 1–9|गोल्फ़, होल 1–9"
    ),
    "quiz_rounds": (
        "Quiz rounds|Quizrunden|Manches du quiz|Rondas del concurso|Round del quiz|Quizrondes|"
        "Rodadas do quiz|क्विज़ राउंड"
    ),
    "attendance": (
        "Attendance Mon–Fri|Teilnehmer Mo–Fr|Présences lun.–ven.|Asistencia lun–vie|Presenze lun–ven|"
        "Opkomst ma–vr|Presença seg–sex|सोम–शुक्र उपस्थिति"
    ),
    "tea_per_hour": (
        "Cups of tea per hour|Tassen Tee pro Stunde|Tasses de thé par heure|Tazas de té por hora|"
        "Tazze di tè all'ora|Koppen thee per uur|Xícaras de chá por hora|हर घंटे चाय के कप"
    ),
    "meter_kwh": (
        "Meter (kWh) before → after|Zähler (kWh) vorher → nachher|Compteur (kWh) avant → après|"
        "Contador (kWh) antes → después|Contatore (kWh) prima → dopo|Meter (kWh) voor → na|"
        "Medidor (kWh) antes → depois|मीटर (kWh) पहले → बाद"
    ),
    "water_m3": (
        "Water per quarter|Wasser pro Quartal|Eau par trimestre|Agua por trimestre|"
        "Acqua per trimestre|Water per kwartaal|Água por trimestre|हर तिमाही पानी"
    ),
    "co2": (
        "CO₂ in the hall|CO₂ im Saal|CO₂ dans la salle|CO₂ en el salón|CO₂ in sala|CO₂ in de zaal|"
        "CO₂ no salão|हॉल में CO₂"
    ),
    "noise": (
        "Noise levels|Lautstärke|Niveau sonore|Nivel de ruido|Livello di rumore|Geluidsniveau|"
        "Nível de ruído|शोर का स्तर"
    ),
    "puppy_weights": (
        "Puppy weights|Welpengewichte|Poids des chiots|Peso de los cachorros|Peso dei cuccioli|"
        "Gewicht pups|Peso dos filhotes|पिल्लों का वज़न"
    ),
    "marks": (
        "Test marks|Testnoten|Notes du contrôle|Notas del examen|Voti della verifica|Toetscijfers|"
        "Notas da prova|परीक्षा के अंक"
    ),
    "goal_minutes": (
        "Goals in minute|Tore in Minute|Buts à la minute|Goles en el minuto|Gol al minuto|"
        "Goals in minuut|Gols no minuto|गोल किस मिनट में"
    ),
    "oven": ("Oven setting|Backofen|Four|Horno|Forno|Oven|Forno|ओवन"),
    "battery": (
        "Radio batteries|Funkgeräte-Akkus|Batteries des talkies|Baterías de los walkies|"
        "Batterie delle radio|Accu's portofoons|Baterias dos rádios|वॉकी-टॉकी बैटरी"
    ),
    "rowing": (
        "Rowing splits /500 m|Ruder-Splits /500 m|Temps aviron /500 m|Parciales remo /500 m|"
        "Parziali canottaggio /500 m|Roeisplits /500 m|Parciais remo /500 m|रोइंग स्प्लिट /500 m"
    ),
    "cadence": ("Cadence|Trittfrequenz|Cadence|Cadencia|Cadenza|Cadans|Cadência|कैडेंस"),
    "speeds": (
        "Average speeds|Durchschnittstempo|Vitesses moyennes|Velocidades medias|Velocità medie|"
        "Gemiddelde snelheden|Velocidades médias|औसत रफ़्तार"
    ),
    "knitting": (
        "Stitches / rows / balls|Maschen / Reihen / Knäuel|Mailles / rangs / pelotes|"
        "Puntos / vueltas / ovillos|Maglie / ferri / gomitoli|Steken / toeren / bollen|"
        "Pontos / carreiras / novelos|फंदे / पंक्तियाँ / गोले"
    ),
    "metronome": ("Metronome settings|Metronom|Métronome|Metrónomo|Metronomo|Metronoom|Metrônomo|मेट्रोनोम"),
    "seat_rows": (
        "Our seats (row: seats)|Unsere Plätze (Reihe: Plätze)|Nos places (rang : sièges)|"
        "Nuestras butacas (fila: asientos)|I nostri posti (fila: posti)|Onze stoelen (rij: stoelen)|"
        "Nossos lugares (fila: assentos)|हमारी सीटें (पंक्ति: सीट)"
    ),
    "population": (
        "Village population then → now|Einwohner damals → heute|Habitants avant → maintenant|"
        "Habitantes antes → ahora|Abitanti prima → ora|Inwoners toen → nu|Habitantes antes → agora|"
        "गाँव की आबादी तब → अब"
    ),
    "survey": (
        "Survey answers|Umfrage|Réponses au sondage|Respuestas de la encuesta|Risposte al sondaggio|"
        "Enquête-uitslag|Respostas da pesquisa|सर्वे के जवाब"
    ),
    "exchange": (
        "Exchange rate today|Wechselkurs heute|Taux de change du jour|Cambio de hoy|Cambio di oggi|"
        "Wisselkoers vandaag|Câmbio de hoje|आज की विनिमय दर"
    ),
    "invoice_totals": (
        "Invoices so far|Bisherige Rechnungen|Factures à ce jour|Facturas hasta ahora|Fatture finora|"
        "Facturen tot nu toe|Notas até agora|अब तक के बिल"
    ),
    "mortar": (
        "Mortar mix|Mörtelmischung|Dosage du mortier|Mezcla de mortero|Malta|Mortelmengsel|"
        "Traço da argamassa|मसाले का अनुपात"
    ),
    "plank": ("Plank holds|Unterarmstütz|Gainage|Plancha|Plank|Plankhouding|Prancha|प्लैंक"),
    "steps": (
        "Steps this week|Schritte diese Woche|Pas cette semaine|Pasos esta semana|"
        "Passi questa settimana|Stappen deze week|Passos nesta semana|इस हफ़्ते के कदम"
    ),
    "calories": (
        "Calories per portion|Kalorien pro Portion|Calories par portion|Calorías por ración|"
        "Calorie a porzione|Calorieën per portie|Calorias por porção|हर हिस्से की कैलोरी"
    ),
    "chlorine": (
        "Pool chlorine (mg/l)|Chlorwert (mg/l)|Chlore piscine (mg/l)|Cloro piscina (mg/l)|"
        "Cloro piscina (mg/l)|Chloor zwembad (mg/l)|Cloro da piscina (mg/l)|पूल क्लोरीन (mg/l)"
    ),
    "jam_brix": (
        "Jam sugar (°Bx)|Marmelade (°Bx)|Confiture (°Bx)|Mermelada (°Bx)|Marmellata (°Bx)|Jam (°Bx)|"
        "Geleia (°Bx)|जैम (°Bx)"
    ),
    "pub_years": (
        "Books published in|Erschienen|Années de parution|Años de publicación|Anni di pubblicazione|"
        "Verschenen in|Anos de publicação|प्रकाशन वर्ष"
    ),
    "ranks": (
        "Our rankings|Unsere Platzierungen|Nos classements|Nuestros puestos|Le nostre posizioni|"
        "Onze klasseringen|Nossas colocações|हमारी रैंकिंग"
    ),
    "parkrun": (
        "Parkrun times|Parkrun-Zeiten|Temps au parkrun|Tiempos del parkrun|Tempi parkrun|"
        "Parkruntijden|Tempos do parkrun|पार्करन समय"
    ),
    "model_scale": (
        "Model kit scales|Modellmaßstäbe|Échelles des maquettes|Escalas de maquetas|"
        "Scale dei modellini|Schaal bouwdozen|Escalas das maquetes|मॉडल स्केल"
    ),
    "fridge_log": (
        "Fridge log|Kühlschrankprotokoll|Relevé du frigo|Registro de la nevera|Registro frigo|"
        "Koelkastlog|Registro da geladeira|फ़्रिज लॉग"
    ),
    "kid_heights": (
        "Kids' heights|Größe der Kinder|Taille des enfants|Altura de los niños|Altezza dei bambini|"
        "Lengte kinderen|Altura das crianças|बच्चों की लंबाई"
    ),
}
CAPTIONS = {k: tuple(v.split("|")) for k, v in _RAW.items()}


def make(rng, kind, lang, form):
    cl = "en" if lang == "hg" else lang
    caption = CAPTIONS[kind][LANGS.index(cl)]
    num_lang = "en" if lang in ("hg", "hi") else lang
    return FORMS[form].replace("{C}", caption).replace("{V}", GEN[kind](rng, num_lang))
