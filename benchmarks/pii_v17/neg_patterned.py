"""Hard negatives, patterned kinds: numbers with a caption in the document's language.

Template tokens: # a digit, N a digit 1-9, H an hour 06-22, M a minute 00/15/30/45, D the language's
decimal separator, T its thousands separator; everything else is literal.
"""

ORDER = ["en", "de", "fr", "es", "it", "nl", "pt", "hi"]
SEP = {"en": (".", ","), "hg": (".", ","), "hi": (".", ","), "de": (",", "."), "fr": (",", "\u202f")}
SEP.update({"es": (",", "."), "it": (",", "."), "nl": (",", "."), "pt": (",", ".")})

PATTERNED_TEXT = """
shoe_sizes|3N, 4#, 3N, 4#|Shoe sizes for the team|Schuhgrößen fürs Team|Pointures de l'équipe|Tallas de \
zapatillas|Numeri di scarpe|Schoenmaten|Números dos tênis|जूतों के नाप
recipe_grams|N## g / N## g / N## g|Flour, sugar, butter|Mehl, Zucker, Butter|Farine, sucre, \
beurre|Harina, azúcar, mantequilla|Farina, zucchero, burro|Bloem, suiker, boter|Farinha, açúcar, \
manteiga|आटा, चीनी, मक्खन
oven|N#0 °C, ## min|Oven|Backofen|Four|Horno|Forno|Oven|Forno|ओवन
gear_ratio|N#×N#|Gear on the hill climb|Übersetzung am Berg|Braquet en montée|Desarrollo en \
subida|Rapporto in salita|Verzet bergop|Marcha na subida|चढ़ाई का गियर
knitting|N#-N#-N# rows|Knitting pattern|Strickmuster|Modèle de tricot|Patrón de punto|Schema \
maglia|Breipatroon|Receita de tricô|बुनाई पैटर्न
sudoku|N N N N N N N N N|Sudoku top row|Sudoku oberste Zeile|Sudoku, première ligne|Sudoku, primera \
fila|Sudoku, prima riga|Sudoku bovenste rij|Sudoku, primeira linha|सुडोकू पहली पंक्ति
lucky_numbers|N, N#, N#, N#, N#, N#|Our lucky numbers|Unsere Glückszahlen|Nos numéros fétiches|Nuestros \
números|I nostri numeri|Onze geluksgetallen|Nossos números da sorte|हमारे भाग्यशाली अंक
football|N:N (N:N)|Final score (half-time)|Endstand (Halbzeit)|Score final (mi-temps)|Resultado final \
(descanso)|Risultato finale (primo tempo)|Eindstand (rust)|Placar final (intervalo)|अंतिम स्कोर (मध्यांतर)
golf_front|N-N-N-N-N-N-N-N-N|Golf card, front nine|Golf, erste neun|Golf, aller|Golf, primeros \
nueve|Golf, prime nove|Golf, eerste negen|Golfe, primeiros nove|गोल्फ़, पहले नौ
cricket|N##/N in N#DN overs|Our innings|Unser Innings|Nos manches|Nuestra entrada|Il nostro inning|Onze \
innings|Nossa entrada|हमारी पारी
basketball|N#–N#, N#–N#, N#–N#, N#–N#|Quarters|Viertel|Quart-temps|Cuartos|Quarti|Kwarten|Quartos|क्वार्टर
bowling|N#, N#, N#, N#, N#|Bowling frames|Kegelwürfe|Lancers de quilles|Tiradas de bolos|Tiri a \
bowling|Bowlingworpen|Jogadas de boliche|बॉलिंग फ्रेम
pulse|6# bpm|Resting pulse|Ruhepuls|Pouls au repos|Pulso en reposo|Battito a riposo|Rustpols|Pulso em \
repouso|आराम की नब्ज़
steps|N#T### / N#T###|Steps this week|Schritte diese Woche|Pas cette semaine|Pasos esta semana|Passi \
questa settimana|Stappen deze week|Passos nesta semana|इस हफ़्ते के कदम
weight_log|N#DN kg, N#DN kg, N#DN kg|Weight log|Gewichtsverlauf|Suivi du poids|Registro de peso|Diario \
del peso|Gewichtslog|Registro de peso|वज़न रिकॉर्ड
sleep|N h ## min|Sleep last night|Schlaf letzte Nacht|Sommeil cette nuit|Sueño anoche|Sonno \
stanotte|Slaap vannacht|Sono ontem|कल रात की नींद
kids_heights|1## cm, 1## cm, N# cm|Kids' heights|Größe der Kinder|Taille des enfants|Altura de los \
niños|Altezza dei bimbi|Lengte van de kinderen|Altura das crianças|बच्चों की लंबाई
thermostat|H:M N#°, H:M N#°|Thermostat schedule|Heizplan|Programme du thermostat|Programa del \
termostato|Programma termostato|Thermostaatschema|Programação do termostato|थर्मोस्टेट समय
ferry|0N:M, 1N:M, 1N:M|Ferry crossings|Fährabfahrten|Traversées du bac|Salidas del ferry|Partenze del \
traghetto|Pontveer|Travessias da balsa|फ़ेरी का समय
opening|H:M–H:M|Opening hours|Öffnungszeiten|Horaires d'ouverture|Horario|Orario di \
apertura|Openingstijden|Horário de funcionamento|खुलने का समय
kwh|N####DN kWh|Electricity meter reading|Zählerstand Strom|Relevé du compteur|Lectura del \
contador|Lettura contatore|Meterstand stroom|Leitura do relógio de luz|बिजली मीटर रीडिंग
pool_temp|N#DN °C|Pool temperature|Wassertemperatur|Température de l'eau|Temperatura del \
agua|Temperatura dell'acqua|Watertemperatuur|Temperatura da água|पूल का तापमान
ph|NDN|Pool pH|pH-Wert|pH de la piscine|pH de la piscina|pH della piscina|pH-waarde|pH da piscina|पूल का pH
mix|N:N:N|Mix (cement:sand:gravel)|Mischung (Zement:Sand:Kies)|Dosage (ciment:sable:gravier)|Mezcla \
(cemento:arena:grava)|Impasto (cemento:sabbia:ghiaia)|Mengsel (cement:zand:grind)|Traço \
(cimento:areia:brita)|मिश्रण (सीमेंट:रेत:गिट्टी)
print_sizes|N#×N# cm, N#×N# cm|Print sizes|Abzugsformate|Formats de tirage|Tamaños de copia|Formati di \
stampa|Afdrukformaten|Tamanhos de impressão|प्रिंट के आकार
lens|N#-N##mm f/NDN|Lens|Objektiv|Objectif|Objetivo|Obiettivo|Lens|Lente|लेंस
chain|1## links|Chain length|Kettenlänge|Longueur de chaîne|Longitud de cadena|Lunghezza \
catena|Kettinglengte|Tamanho da corrente|चेन की लंबाई
exam_marks|N#/100, N#/100, N#/100|Exam marks|Prüfungspunkte|Notes d'examen|Notas del examen|Voti \
d'esame|Examencijfers|Notas da prova|परीक्षा के अंक
grade_avg|NDN|Average grade|Notendurchschnitt|Moyenne|Nota media|Media dei voti|Gemiddeld \
cijfer|Média|औसत ग्रेड
attendance|N#/N# present|Attendance|Anwesenheit|Présents|Asistencia|Presenze|Aanwezig|Presença|उपस्थिति
total_due|N##DN0|Total due|Gesamtbetrag|Total à payer|Total a pagar|Totale da pagare|Totaal te \
betalen|Total a pagar|कुल देय
turnout|N#DN \
%|Turnout|Wahlbeteiligung|Participation|Participación|Affluenza|Opkomst|Comparecimento|मतदान प्रतिशत
population|NT###|Village population|Einwohner im Dorf|Habitants du village|Habitantes del \
pueblo|Abitanti del paese|Inwoners van het dorp|Habitantes do bairro|गाँव की आबादी
route|N#DN km, N## m|Route and climb|Strecke und Anstieg|Parcours et dénivelé|Ruta y desnivel|Percorso e \
dislivello|Route en klimmen|Percurso e subida|रास्ता और चढ़ाई
top_speed|N#DN km/h|Top speed downhill|Höchstgeschwindigkeit|Vitesse max|Velocidad máxima|Velocità \
massima|Topsnelheid|Velocidade máxima|सबसे तेज़ गति
floor_area|N#DN m²|Floor area|Wohnfläche|Surface|Superficie|Superficie|Woonoppervlak|Área|फ़र्श क्षेत्र
tank|NT### l|Rain tank|Regentonne|Cuve de pluie|Depósito de lluvia|Cisterna|Regenton|Cisterna|पानी की टंकी
sowing|N# cm apart, rows N# cm|Sowing|Aussaat|Semis|Siembra|Semina|Zaaien|Semeadura|बुवाई
birth|NT### g, N# cm|Born at|Geburtsgewicht|Né à|Nació con|Nato con|Geboren met|Nasceu com|जन्म के समय
firmware|N.N#.N|Firmware|Firmware|Micrologiciel|Firmware|Firmware|Firmware|Firmware|फ़र्मवेयर
model_years|19N#–20N#|Model years|Baujahre|Années du modèle|Años del modelo|Anni di \
produzione|Bouwjaren|Anos do modelo|मॉडल वर्ष
built|1N##, rebuilt 19N#|Church built|Kirche erbaut|Église construite|Iglesia construida|Chiesa \
costruita|Kerk gebouwd|Igreja construída|मंदिर का निर्माण
goal_minutes|N', N#', N#'|Goals (minutes)|Tore (Minuten)|Buts (minutes)|Goles (minutos)|Gol \
(minuti)|Doelpunten (minuut)|Gols (minutos)|गोल (मिनट)
shirt_numbers|N, N#, N#, N#|Shirt numbers|Rückennummern|Numéros de maillot|Dorsales|Numeri di \
maglia|Rugnummers|Números das camisas|जर्सी नंबर
rooms|N##, N##, N##|Rooms booked|Gebuchte Zimmer|Chambres réservées|Habitaciones|Camere \
prenotate|Geboekte kamers|Quartos reservados|बुक किए कमरे
seats|N#, N#, N#, N#|Seats in row N|Plätze in Reihe N|Places rang N|Asientos fila N|Posti fila N|Stoelen \
rij N|Assentos fila N|पंक्ति N की सीटें
platform|N / N#|Platform / coach|Gleis / Wagen|Voie / voiture|Vía / coche|Binario / carrozza|Spoor / \
rijtuig|Plataforma / vagão|प्लेटफ़ॉर्म / डिब्बा
lockers|N##–N##|Lockers|Schließfächer|Casiers|Taquillas|Armadietti|Kluisjes|Armários|लॉकर
jam|N# × N##g|Jam jars filled|Marmeladengläser|Pots de confiture|Tarros de mermelada|Vasetti di \
marmellata|Jampotten|Potes de geleia|जैम की बोतलें
quiz|N/10, N/10, N/10, N/10|Quiz rounds|Quizrunden|Manches du quiz|Rondas del concurso|Round del \
quiz|Quizrondes|Rodadas do quiz|क्विज़ राउंड
card_game|N## – N##|Points (us–them)|Punkte (wir–ihr)|Points (nous–eux)|Puntos (nosotros–ellos)|Punti \
(noi–loro)|Punten (wij–zij)|Pontos (nós–eles)|अंक (हम–वे)
map_scale|1:N#T000|Map scale|Kartenmaßstab|Échelle|Escala del mapa|Scala della carta|Schaal van de \
kaart|Escala do mapa|नक्शे का पैमाना
recipe_serves|N → N#|Recipe scaled (servings)|Rezept umgerechnet (Portionen)|Recette adaptée \
(parts)|Receta adaptada (raciones)|Ricetta adattata (porzioni)|Recept omgerekend (porties)|Receita \
ajustada (porções)|नुस्खा (हिस्से)
candles|N# + 1|Candles on the cake|Kerzen auf dem Kuchen|Bougies sur le gâteau|Velas en la \
tarta|Candeline|Kaarsjes op de taart|Velas no bolo|केक पर मोमबत्तियाँ
"""
PATTERNED = {}
for _ln in PATTERNED_TEXT.strip().splitlines():
    _p = _ln.split("|")
    PATTERNED[_p[0]] = (_p[1], dict(zip(ORDER, _p[2:], strict=True)))

FORMS = {
    "em_dash": "{L} — {V}",
    "guillemet": "{L} » {V}",
    "left_arrow": "{V} ← {L}",
    "plain": "{L} {V}",
}


def fill(rng, template, lang, caption=False):
    dec, th = SEP.get(lang, SEP["en"])
    out = ""
    for ch in template:
        if ch == "#":
            out += rng.choice("0123456789")
        elif ch == "N" and not caption:
            out += rng.choice("123456789")
        elif ch == "H":
            out += "%02d" % rng.randint(6, 22)
        elif ch == "M":
            out += rng.choice(["00", "15", "30", "45"])
        elif ch == "D":
            out += dec
        elif ch == "T":
            out += th
        else:
            out += ch
    return out


def patterned(rng, kind, lang, form):
    template, caps = PATTERNED[kind]
    cap = caps["en" if lang == "hg" else lang]
    if kind == "seats":
        cap = cap.replace("N", str(rng.randint(2, 19)))
    return FORMS[form].format(L=cap, V=fill(rng, template, lang))
