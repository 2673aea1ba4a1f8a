"""German and Dutch lines: personal and household services."""

DE = {
    "salon": {
        "head": ["Terminerinnerung – Salon Haarmonie", "Preisliste Friseur Schnittpunkt"],
        "neg": ["Letzte Farbe: {N}.", "{N}.", "Notiz der Stylistin: {N}."],
        "pos": [
            "Sie schaffen es nicht? Bitte bis spätestens 24 Std. vorher absagen unter {P}.",
            "Termine auch per WhatsApp: {P}.",
            "Kassensystem unter {IP} nicht erreichbar? Bitte {P} anrufen.",
            "Fragen zur Rechnung an {E} oder telefonisch {P}.",
        ],
    },
    "tailor": {
        "head": ["Änderungsschneiderei Nadelöhr", "Reinigung Blitzblank – Abholschein"],
        "neg": ["{N}.", "Änderung: {N}.", "Pflegeetikett: {N}."],
        "pos": [
            "Wir rufen Sie unter {P} an, sobald alles fertig ist.",
            "Brautkleider nur nach Absprache: {P}.",
        ],
    },
    "tutor": {
        "head": ["Nachhilfe Mathe & Deutsch (Klasse 5–10)", "Klavierunterricht – noch Plätze frei"],
        "neg": ["{N}.", "Aktuell: {N}.", "Honorar: {N}."],
        "pos": [
            "Zum Abreißen: {P} | {P2}",
            "Anrufen oder SMS an {P}, gern auch abends.",
            "Unsere Klavierlehrerin ist super, Nummer {P}, sag einfach, dass du von Jonas kommst 🙂",
        ],
    },
    "dog": {
        "head": ["Hundesalon Wuschel – Abholinfo", "Gassi-Service Pfotenglück"],
        "neg": ["Emma: {N}.", "{N}.", "Bruno — {N}."],
        "pos": ["Ist Emma früher fertig, melden wir uns unter {P}.", "Notfallkontakt Halter: {P}."],
    },
    "homecare": {
        "head": ["Ambulanter Pflegedienst Lindenhof – Einsatzplan", "Putzhilfe gesucht? Glanzwerk hilft"],
        "neg": ["{N}.", "Einsatz: {N}.", "Zugang: {N}."],
        "pos": [
            "Rufbereitschaft nachts und am Wochenende: {P}.",
            "Überweisung bitte auf {I}, Rückfragen {P}.",
        ],
    },
    "trainer": {
        "head": ["Dein Trainingsplan – Woche 3", "Outdoor-Bootcamp am Stadtpark"],
        "neg": ["Hauptübung: {N}.", "Ausdauer: {N}.", "{N}."],
        "pos": [
            "Krank? Bitte bis 7 Uhr Bescheid geben: {P}.",
            "Probetraining kostenlos – melde dich unter {P}.",
        ],
    },
}
DE_LOCAL = [
    "Aus {T} ohne Vorwahl: {L}.",
    "Wer in {T} wohnt, erreicht uns unter {L}.",
    "Am schwarzen Brett in {T}: „Zuverlässige Haushaltshilfe, Tel. {L}“.",
    "{T}, Laden {L} – Werkstatt {L2}.",
    "Unser {T}er Anschluss: {L} (Empfang), {L2} (Hundesalon).",
    "Tipp aus der {T}-Nachbarschaftsgruppe: Schneiderei am Markt, {L}, nach Frau Yilmaz fragen.",
]
DE_LIST = ["Nummern am Kühlschrank:", "Unsere Helfer:", "Empfehlungen aus dem Haus:"]
DE_LABELS = [
    "Friseurin",
    "Hundesitterin",
    "Fensterputzer",
    "Klavierlehrer",
    "Schneiderei",
    "Putzhilfe",
    "Gärtner",
    "Nagelstudio",
]
DE_CLOSE = ["Bis bald!", "Vielen Dank für Ihren Besuch.", "Wir freuen uns auf Sie.", ""]

NL = {
    "salon": {
        "head": ["Herinnering: je afspraak bij Kapsalon Noor", "Prijslijst Knipperij de Kam"],
        "neg": ["Vorige keer: {N}.", "{N}.", "Notitie kapster: {N}."],
        "pos": [
            "Verhinderd? Bel of app {P}, uiterlijk een dag van tevoren.",
            "Afspraak maken: {P} of {E}.",
            "Pinautomaat ({IP}) hapert, bel {P} voor een betaalverzoek.",
        ],
    },
    "barber": {
        "head": ["Barbershop De Snor", "Appje van de kapper 💈"],
        "neg": ["{N}.", "Fade + baard: {N}."],
        "pos": [
            "Zonder afspraak binnenlopen kan, of app {P}.",
            "Joost knipt echt goed hoor, zijn nummer is {P}",
        ],
    },
    "dog": {
        "head": ["Trimsalon Pluis – ophaalbericht", "Hondenuitlaatservice Buiten Spelen"],
        "neg": ["Pip: {N}.", "{N}."],
        "pos": ["Is Pip eerder klaar, dan bellen we {P}.", "Nieuwe klanten: kennismaking via {P}."],
    },
    "garden": {
        "head": ["Glazenwasser Helder – volgende ronde", "Tuinhulp Groenvingers – offerte"],
        "neg": ["Werk: {N}.", "{N}.", "Offerte op basis van {N}."],
        "pos": ["Niet thuis? Laat het poortje open en app {P}.", "Betalen op {I}, vragen: {P}."],
    },
    "tutor": {
        "head": ["Bijles wiskunde & Engels", "Gitaarles bij jou thuis"],
        "neg": ["Tarief: {N}.", "{N}.", "We oefenen {N}."],
        "pos": ["Scheurstrookje: {P} / {P2}", "Bel of app {P}, liefst na 16.00 uur."],
    },
    "homecare": {
        "head": ["Thuiszorg De Linde – bezoekschema", "Schoonmaakbedrijf Blinkend – bevestiging"],
        "neg": ["{N}.", "Bezoek: {N}.", "Toegang: {N}."],
        "pos": [
            "Dienstdoende coördinator buiten kantooruren: {P}.",
            "Is de schoonmaker om 9.30 uur niet binnen? Bel {P}.",
        ],
    },
}
NL_LOCAL = [
    "Vanuit {T} zonder netnummer: {L}.",
    "Woon je in {T}? Bel gewoon {L}.",
    "Op het prikbord van de supermarkt in {T}: 'Hulp in de huishouding, tel. {L}'.",
    "{T} – salon {L}, trimsalon {L2}.",
    "Tip uit de buurtapp van {T}: kleermaker bij de Markt, {L}.",
]
NL_LIST = ["Nummers op het prikbord:", "Onze vaste hulpen:", "Aanraders uit de straat:"]
NL_LABELS = [
    "kapster",
    "hondenuitlaat",
    "glazenwasser",
    "pianojuf",
    "kleermaker",
    "schoonmaakster",
    "hovenier",
]
NL_CLOSE = ["Tot snel!", "Bedankt voor je vertrouwen.", ""]
