"""German, French and Spanish sentences (slots as in lex_en)."""

DE = {
    "dive": {
        "t": ["Tauchbasis – Buchungsbestätigung", "Bootstauchgang am Samstag: Briefing"],
        "p": [
            "Falls das Boot später ablegt, meldet sich der Skipper unter {P}.",
            "Fragen zum Schnuppertauchen beantwortet {name} unter {P}.",
            "Die Anzahlung wurde von der Karte {C} abgebucht, der Rest ist vor Ort fällig.",
            "Bitte das ärztliche Attest vorab an {E} schicken.",
            "Die Flaschenfüllung wird über die Station {IP} protokolliert.",
        ],
        "n": [
            "Brevet-Nr. {n_divecert}; letzter geloggter Tauchgang {n_diveno}, maximale Tiefe {n_maxdepth}.",
            "Grundzeit am Wrack: {n_bottomtime}, Start mit {n_tankbar}.",
            "Für den zweiten Tauchgang gibt es {n_nitrox}; Blei {n_leadweight}, Anzug {n_wetsuit}.",
            "Wassertemperatur in der Tiefe gestern: {n_watertemp}; Boje bei {n_gps}.",
        ],
    },
    "surf": {
        "t": ["Surfschule – Kurserinnerung", "Surfcamp an der Ostsee: Packliste"],
        "p": [
            "Wer sich verspätet, schreibt bitte kurz an die Strandhütte: {P}.",
            "Gruppen und Klassenfahrten organisiert {name}, erreichbar unter {P} oder {E}.",
            "Die Leihgebühr für Brett und Anzug wird nach Rückgabe von {C} abgebucht.",
        ],
        "n": [
            "Vorhersage: {n_swell} aus {n_swelldir}, Wind {n_wind} ablandig.",
            "Euer Kurs läuft {n_slot}; Niedrigwasser um {n_tide}.",
            "Anfänger bekommen ein Softboard {n_boarddims}, Betreuung {n_ratio}.",
            "Buchung {n_bookingref}, Sonnenuntergang {n_sunset} Uhr.",
        ],
    },
    "sup": {
        "t": ["SUP-Verleih – Quittung", "Stand-up-Paddling am Hafen: Buchung"],
        "p": [
            "Verliert das Board Luft, bitte {P} anrufen – wir kommen mit der Pumpe zum Steg.",
            "Vereinsmitglieder zahlen die Saisongebühr per Lastschrift von {B}.",
            "Firmenbuchungen bitte per Mail an {E}.",
            "Am Kiosk sitzt heute {name}; unter {P} fragen, ob noch Boards frei sind.",
        ],
        "n": [
            "Board {n_boarddims}, Paddel auf {n_paddlelen} eingestellt.",
            "Gutschein {n_voucher} gilt zwei Stunden, Zeitfenster {n_slot}.",
            "Liegeplatz {n_berth}; maximal {n_capacity} gleichzeitig auf dem Wasser.",
            "Preis pro Board: {n_price} €; Spindcode {n_lockerpin}.",
        ],
    },
    "lifeguard": {
        "t": ["Rettungsschwimmer – Wachplan", "Wasserwacht: Nachbericht zum Einsatz"],
        "p": [
            "Wachleiter am Wochenende ist {name}; Dienste tauschen bitte bis Donnerstag unter {P}.",
            "Der Turmfunk ist ausgefallen, die Wache trägt das Vereinshandy {P}.",
            "Den Lehrgangsbeitrag bitte auf {B} überweisen.",
            "Kopien der Erste-Hilfe-Bescheinigung an {E}.",
        ],
        "n": [
            "Einsatz {n_incident} ist abgeschlossen; das Rettungsboot hört auf {n_vhf}.",
            "MMSI der Küstenfunkstelle: {n_mmsi}; Notfunkbake {n_epirb}.",
            "Badewasserqualität heute: E. coli {n_ecoli}, {n_uvindex}.",
            "Training {n_slot} auf den Bahnen {n_lanes}.",
        ],
    },
}

FR = {
    "surf": {
        "t": ["École de surf – rappel de votre cours", "Stage de surf : infos pratiques"],
        "p": [
            "En retard ? Envoyez un SMS à la cabane de plage au {P}, on vous attend aux drapeaux.",
            "Pour les groupes, contactez {name} au {P} ou par mail à {E}.",
            "Le solde de la location sera débité sur la carte {C} au retour des planches.",
        ],
        "n": [
            "Prévisions : houle {n_swell} de {n_swelldir}, vent {n_wind}.",
            "Votre créneau : {n_slot} ; marée basse à {n_tide}.",
            "Réservation {n_bookingref}, encadrement {n_ratio}, combinaison {n_wetsuit}.",
            "Eau à {n_watertemp}, indice {n_uvindex} : pensez au lycra.",
        ],
    },
    "dive": {
        "t": ["Centre de plongée – confirmation", "Sortie bateau : briefing de demain"],
        "p": [
            "Si le bateau a du retard, le pilote vous appelle depuis le {P}.",
            "Certificat médical à envoyer à {E} avant la première séance.",
            "Pour le baptême, {name} répond au {P} jusqu'à 19 h.",
            "L'acompte a été prélevé sur {C}.",
        ],
        "n": [
            "Carte de niveau n° {n_divecert}, dernière plongée {n_diveno}, profondeur max. {n_maxdepth}.",
            "Temps au fond prévu : {n_bottomtime}, départ à {n_tankbar}.",
            "Mélange {n_nitrox}, lestage {n_leadweight}, mouillage à {n_gps}.",
            "Réépreuve des blocs : {n_hydrotest} ; consommation moyenne {n_sac}.",
        ],
    },
    "kayak": {
        "t": ["Location de kayaks et canoës", "Descente de rivière : infos"],
        "p": [
            "En cas de dessalage, appelez la base au {P} ; on récupère les bateaux à chaque embarcadère.",
            "Le chauffeur de la navette, {name}, vous appelle du {P} en arrivant au pont.",
            "Une caution est bloquée sur {C} jusqu'au retour du matériel.",
            "Photos des dégâts à envoyer à {E}.",
        ],
        "n": [
            "Bateaux au rack {n_berth}, pagaies de {n_paddlelen}.",
            "Location {n_bookingref} : {n_capacity}, créneau {n_slot}.",
            "Parcours de {n_distance}, vent prévu {n_wind}.",
            "Code du casier : {n_lockerpin} ; décharge {n_waiver} signée.",
        ],
    },
}

ES = {
    "dive": {
        "t": ["Centro de buceo – confirmación de reserva", "Salida en barco: briefing"],
        "p": [
            "Si la barca se retrasa, el patrón os avisará desde el {P}.",
            "Dudas sobre el bautizo de buceo: {name}, en el {P}.",
            "Enviad el certificado médico a {E} antes de la primera inmersión.",
            "La señal se cobró en la tarjeta {C}.",
        ],
        "n": [
            "Titulación n.º {n_divecert}; última inmersión {n_diveno}, profundidad máxima {n_maxdepth}.",
            "Tiempo de fondo: {n_bottomtime}; salimos con {n_tankbar}.",
            "Mezcla {n_nitrox}, lastre {n_leadweight}, neopreno {n_wetsuit}.",
            "Fondeamos en {n_gps}; agua a {n_watertemp}.",
        ],
    },
    "surf": {
        "t": ["Escuela de surf – recordatorio", "Campamento de surf: qué traer"],
        "p": [
            "¿Llegas tarde? Manda un mensaje a la caseta de la playa: {P}.",
            "Grupos y colegios: {name}, {P} o {E}.",
            "El alquiler de la tabla se cargará en {C} al devolverla.",
        ],
        "n": [
            "Previsión: mar de fondo {n_swell} del {n_swelldir}, viento {n_wind}.",
            "Tu turno es {n_slot}; bajamar a las {n_tide}.",
            "Tabla de espuma {n_boarddims}, ratio {n_ratio}, reserva {n_bookingref}.",
        ],
    },
    "sup": {
        "t": ["Alquiler de paddle surf – recibo", "Paddle surf en el puerto"],
        "p": [
            "Si la tabla pierde aire, llama al {P} y bajamos con el hinchador a la rampa.",
            "Para empresas, escribid a {E}.",
            "La cuota de socio se domicilia en {B}.",
            "En el quiosco está {name}; pregunta por tablas libres en el {P}.",
        ],
        "n": [
            "Tabla {n_boarddims}, remo a {n_paddlelen}.",
            "Bono {n_voucher}, válido dos horas, turno {n_slot}.",
            "Precio por tabla: {n_price} €; máximo {n_capacity} en el agua.",
            "Viento en el pantalán: {n_wind}; puesta de sol a las {n_sunset}.",
        ],
    },
}

LOCAL_DE = [
    "Aus dem {town}er Ortsnetz erreicht ihr die Tauchbasis einfach unter {L1}.",
    "Wer in {town} anruft, wählt für den Bootssteg {L1} und für die Füllstation {L2}, ohne Vorwahl.",
    "Surfhütte {town} (Ortsgespräch): {L1}.",
    "Vom Festnetz in {town} genügt für den SUP-Verleih die {L1}.",
    "Innerhalb von {town} ist die Wasserwacht unter {L1} erreichbar, nachts unter {L2}.",
]
HEADS_DE = ["Kontakte am Wasser", "Notfallkette Strand", "Telefonliste Steg"]
LABELS_DE = ["Skipper", "Füllstation", "Strandhütte", "Verleih", "Rettungsboot", "Vereinsvorstand", "Kiosk"]
HEADS_FR = ["Contacts plage", "Numéros sur l'eau", "À appeler"]
LABELS_FR = [
    "Pilote du bateau",
    "Cabane de plage",
    "Base nautique",
    "Bateau de sécurité",
    "Accueil",
    "Navette",
]
HEADS_ES = ["Contactos de playa", "Teléfonos en el agua", "A quién llamar"]
LABELS_ES = ["Patrón", "Caseta de playa", "Base náutica", "Lancha de seguridad", "Recepción", "Quiosco"]
