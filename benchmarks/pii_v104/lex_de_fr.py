"""German and French text: railway genres (slots as in lex_en)."""

DE = {
    "heritage": {
        "titles": [
            "Dampfloktage – Hinweise für Helfer",
            "Museumsbahn: Sonderfahrten im Advent",
            "Führerstandsmitfahrt – Ihre Anmeldung",
        ],
        "pos": [
            "Fahrkarten für den Nikolauszug reserviert Frau {name} unter {ph} (Di–Do vormittags).",
            "Wer sich verspätet, meldet sich bitte beim Lokführer auf dem Handy: {mob}.",
            "Gruppenanfragen gern per Mail an {em}; die Anzahlung geht auf {iban}.",
            "Unsere Partnerbahn im Ausland erreichen Sie unter {intl}.",
        ],
        "neg": [
            "Die Lok {n:evn_loco} ist wieder betriebsfähig und führt den ersten Zug.",
            "Abfahrten ab Bergbahnhof: {n:departures}.",
            "Die Strecke (Spurweite {n:gauge}) steigt bis {n:km_post} stetig an.",
            "Die Wagen stammen aus {n:build_years}; Zuglänge {n:coach_count}.",
        ],
    },
    "notice": {
        "titles": [
            "Aushang: Bahnhofsinformation",
            "Wichtige Hinweise zu Ihrer Reise",
            "Aufzug außer Betrieb",
        ],
        "pos": [
            "Reisende mit Rollstuhl melden ihre Fahrt bitte vorab bei der Mobilitätszentrale an: {tf}.",
            "Fundsachen aus dem Zug werden zwei Wochen aufbewahrt; Nachfragen unter {ph} oder {em}.",
            "Bei Störungen am Fahrkartenautomaten hilft die Bahnhofsaufsicht, Herr {name}, unter {ph}.",
        ],
        "neg": [
            "Die Züge Richtung Hafen fahren heute von Gleis {n:platform}.",
            "Ihre Reservierung (Wagen/Platz {n:seat}) bleibt gültig.",
            "Kursbuchstrecke {n:kbs}: Fahrzeit verlängert sich um bis zu {n:duration}.",
            "Der Fahrpreis beträgt {n:fare}; Buchungscode {n:booking_ref}.",
        ],
    },
    "replacement": {
        "titles": ["Schienenersatzverkehr am Wochenende", "SEV: Busse statt Bahnen"],
        "pos": [
            "Die Busse stellt ein örtliches Unternehmen; die Leitstelle ist nachts unter {ph} besetzt.",
            "Busbegleiter vor Ort: {name}, Handy {mob}.",
            "Für Fahrgäste mit Rollator kann ein Kleinbus bis Freitag unter {tf} bestellt werden.",
        ],
        "neg": [
            "Abfahrt an Haltestelle {n:bus_stand} vor dem Empfangsgebäude.",
            "Bauzeit {n:works_window}; rechnen Sie mit {n:duration} mehr Fahrzeit.",
        ],
    },
    "trackwork": {
        "titles": ["Sperrpause – Einweisung der Rotte", "Gleisbau: Hinweise für die Nachtschicht"],
        "pos": [
            "Technisch Berechtigter der Sperrung ist {name}, während der Schicht erreichbar unter {mob}.",
            "Bei Ausfall der Stopfmaschine sofort die Werkstatt anrufen: {ph}.",
            "Rechnungen für Leihgeräte bitte an {em}.",
        ],
        "neg": [
            "Sperrung {n:possession} zwischen {n:km_post} und der Brücke.",
            "Schienentemperatur {n:rail_temp}, Langsamfahrstelle {n:speed_restriction} bleibt bestehen.",
            "Neue Schienen {n:rail_profile} Schwellenabstand.",
            "Weiche {n:points} wurde nach dem Schottern geklammert.",
        ],
    },
    "signalbox": {
        "titles": ["Stellwerk: Übergabe an den Ablöser", "Tag des offenen Stellwerks"],
        "pos": [
            "Störungen an der Schranke sofort an die Entstörungsstelle unter {ph} melden.",
            "Anmeldung für Führungen ausschließlich über {em}.",
            "Der Stellwerksrechner schreibt sein Protokoll an {ipp}.",
        ],
        "neg": [
            "Hebel {n:levers} sind frei und weiß gestrichen.",
            "Gleisfreimeldeabschnitt {n:track_circuit} zeigte nach dem Gewitter besetzt.",
            "Streckenkilometer {n:km_post}: Signal neu aufgestellt.",
        ],
    },
    "modelclub": {
        "titles": ["Vereinsmitteilungen – Modellbahnclub", "Ausstellung: Anlagenliste"],
        "pos": [
            "Standgebühren überweisen Sie bitte an {iban}; Fragen an unseren Kassenwart {name}, {pe}.",
            "Der Ausstellungsleiter ist bis zum Vorabend unter {ph} zu erreichen.",
            "Die Digitalzentrale der Clubanlage hat jetzt die Adresse {ipp}.",
        ],
        "neg": [
            "Die neue Anlage in {n:scale} nutzt Gleis mit {n:gauge}; Lokadresse {n:dcc}.",
            "Mitgliedsnummer {n:member_no} gewinnt den Bausatz {n:part_no}.",
            "Besucher am Samstag: {n:pass_count}.",
        ],
    },
    "freight": {
        "titles": ["Güterbahnhof: Hinweise für Spediteure", "Schadwagenmeldung"],
        "pos": [
            "Abholtermine für Container vergibt die Disposition unter {ph} oder {em}.",
            "Rangierleiter heute Nacht: {name}, mobil {mob}.",
            "Standgeld bitte auf {iban} überweisen.",
        ],
        "neg": [
            "Wagen {n:uic_wagon} ist wegen Flachstelle abgestellt; Lastgrenze {n:load_capacity}.",
            "Container {n:container} geht mit dem zweiten Zug, Frachtbrief {n:consignment}.",
            "Zuglast {n:trailing_load}, {n:axles} Wagen/Achsen.",
        ],
    },
}

DE_LOCAL = [
    "Aus dem Ortsnetz {town} erreichen Sie den Fahrkartenschalter direkt unter {L}.",
    "Für Anrufer aus {town}: Lokschuppen {L}, Vereinsheim {L2}.",
    "Wer in {town} anruft, braucht keine Vorwahl – die Bahnhofsgaststätte hat die {L}.",
    "Ortsgespräch nach {town}: Stellwerksmuseum {L}.",
    "Die Rufnummer im Ortsnetz {town} lautet {L}; nachts läuft ein Band.",
    "„Ruf einfach die {L} an, du bist ja in {town}“, sagte der Fahrdienstleiter.",
    "Innerhalb von {town} gilt für den Güterbahnhof die {L}, für die Werkstatt die {L2}.",
    "Anwohner in {town}, die sich über Baulärm beschweren möchten: {L} (Ortstarif).",
]
DE_LOCAL_LINES = ["Ortsnetz {town} (ohne Vorwahl):\n{L}", "Bauinfo-Telefon, aus {town} wählen:\n{L}"]
DE_LIST = (
    ["Telefonliste", "Wen anrufen?", "Kontakte am Einsatztag"],
    [
        "Fahrkartenschalter",
        "Lokschuppen",
        "Leitstelle",
        "Entstörung",
        "Disposition",
        "Kassenwart",
        "Bahnhofsaufsicht",
        "Fundbüro",
    ],
)

FR = {
    "heritage": {
        "titles": ["Train touristique – consignes aux bénévoles", "Journées vapeur"],
        "pos": [
            "Les réservations de groupe se font auprès de {name} au {ph}, du mardi au jeudi.",
            "En cas de retard, prévenez le chef de train sur son portable : {mob}.",
            "Les bons cadeaux se commandent à {em} ou au numéro gratuit {tf}.",
        ],
        "neg": [
            "La locomotive {n:tops_loco} assure les deux premiers allers-retours.",
            "Départs de la gare haute : {n:departures}.",
            "La ligne, à voie de {n:gauge}, grimpe jusqu'au {n:km_post}.",
        ],
    },
    "notice": {
        "titles": ["Avis aux voyageurs", "Information gare", "Ascenseur hors service"],
        "pos": [
            "Les personnes à mobilité réduite réservent l'assistance au {tf} au moins 48 heures à l'avance.",
            "Objets trouvés : écrivez à {em} ou appelez le {ph}.",
            "Pour toute réclamation, le chef d'escale, M. {name}, répond au {ph}.",
        ],
        "neg": [
            "Les trains pour la côte partent aujourd'hui de la voie {n:platform}.",
            "Votre place réservée ({n:seat}) reste valable.",
            "Temps de parcours allongé de {n:duration}; tarif {n:fare}.",
        ],
    },
    "replacement": {
        "titles": ["Substitution routière ce week-end", "Cars de remplacement"],
        "pos": [
            "Le transporteur tient une permanence de nuit au {ph}.",
            "Le régulateur sur place, {name}, est joignable au {mob}.",
        ],
        "neg": [
            "Départ des cars à l'arrêt {n:bus_stand}, devant la gare.",
            "Travaux {n:works_window}; prévoyez {n:duration} de plus.",
        ],
    },
    "freight": {
        "titles": ["Chantier fret : consignes aux transporteurs", "Avis de wagon avarié"],
        "pos": [
            "Les créneaux d'enlèvement des conteneurs se réservent au {ph} ou par courriel à {em}.",
            "Chef de manœuvre cette nuit : {name}, portable {mob}.",
            "Les frais de stationnement sont à régler sur {iban}.",
        ],
        "neg": [
            "Le wagon {n:uic_wagon} est garé pour méplat; charge {n:load_capacity}.",
            "Conteneur {n:container}, lettre de voiture {n:consignment}.",
            "Train de {n:trailing_load}, {n:axles} wagons/essieux.",
        ],
    },
}
FR_LIST = (
    ["Numéros du jour", "Qui appeler ?"],
    ["Guichet", "Dépôt", "Régulation", "Chef d'escale", "Objets trouvés", "Chantier"],
)
