"""German and Dutch sentences for v121."""

DE = {
    "sawmill": {
        "t": ["Auftragsbestätigung Sägewerk", "Schnittholzliste – Abholung", "Lohnschnitt: Termin"],
        "p": [
            "Ihre Eichenbohlen sind fertig besäumt; Herr {NM} im Platzbüro ist unter {P} erreichbar.",
            "Lohnschnitt auf Ihrem Hof ist in KW {X:cal_week} möglich, bitte kurz per SMS an {M} bestätigen.",
            "Die Anzahlung wurde von der Karte {C} abgebucht, der Rest geht auf {I}.",
            "Geänderte Holzlisten bitte an {E}; für Rückfragen zur Trocknung wählen Sie {P}.",
        ],
        "n": [
            "Kammer {X:kiln} lief mit {X:temp_kiln}, Restfeuchte im Mittel {X:moisture}.",
            "Maße laut Liste: {X:sawn}, Sortierklasse S10, gestapelt mit Stapellatten.",
            "Heute angeliefert: {X:volume} Fichte, Abschnitte {X:log_length}.",
            "Rundholzpreis Fichte B/C derzeit {X:price_unit} frei Werk.",
        ],
    },
    "firewood": {
        "t": ["Brennholz-Lieferung", "Ihre Kaminholzbestellung", "Scheitholz: Liefertermin"],
        "p": [
            "Wir kippen die {X:stacked} Buche am Samstag vor die Garage; der Fahrer {NM} ruft "
            "vorher von {M} an.",
            "Falls niemand zu Hause ist, sagen Sie uns unter {P}, wo das Holz hin soll.",
            "Bezahlt per Karte {C} – vielen Dank. Die Rechnung kommt von {E}.",
            "Für Nachbestellungen im Winter erreichen Sie unser Büro auch unter {O}.",
        ],
        "n": [
            "Scheitlänge 33 cm, gemessene Restfeuchte {X:moisture}.",
            "Ein Gitterbox-Raummeter entspricht etwa {X:stacked} geschüttet.",
            "Selbstabholung auf dem Holzplatz Mo–Fr {X:hours}.",
        ],
    },
    "pellets": {
        "t": ["Pelletlieferung angekündigt", "Ihre Pelletbestellung", "Lieferschein Holzpellets"],
        "p": [
            "Der Silowagen kommt zwischen 8 und 10 Uhr, bitte Kessel eine Stunde vorher "
            "abschalten. Fahrer: {M}.",
            "Ihr Lagerraum misst {X:silo}; Änderungen bitte unter {P} durchgeben.",
            "Die Lastschrift für die Herbstbefüllung erfolgt von {I}. Fragen an {E}.",
            "Sackware ({X:bags}) wurde über {C} bezahlt.",
        ],
        "n": [
            "Analyse dieser Charge: Heizwert {X:calorific}, Asche {X:ash}.",
            "Wiegeschein {X:weigh_ticket}: eingeblasen {X:net_weight}.",
            "Schlauchlänge höchstens 30 m; pro Abladestelle maximal {X:net_weight}.",
        ],
    },
    "auction": {
        "t": ["Wertholzsubmission: Ergebnisse", "Submissionsverzeichnis", "Holzverkauf: Gebotsabgabe"],
        "p": [
            "Besichtigung der Lose nach Absprache mit Revierleiter {NM}, mobil {M}.",
            "Gebote bis Freitag 12 Uhr an {E}; die Geschäftsstelle ist unter {P} erreichbar.",
            "Der Zuschlag ist innerhalb von 10 Tagen auf {I} zu bezahlen.",
            "Los {X:lot}: Höchstgebot {X:bid} für {X:volume} Eiche. Rückfragen unter {P}.",
        ],
        "n": [
            "Stamm {X:log_no} (Eiche, {X:log_length}, Mittendurchmesser {X:dbh}) erzielte {X:bid}.",
            "Das Los {X:lot} stammt aus Abteilung {X:compartment}, Flurstück {X:parcel}.",
            "Lagerort der Stämme: {X:gps}.",
        ],
    },
    "owners": {
        "t": [
            "Rundbrief der Forstbetriebsgemeinschaft",
            "Mitgliederinformation",
            "Einladung zur Versammlung",
        ],
        "p": [
            "Unser neuer Kassenwart {NM} ist unter {P} und per E-Mail an {EP} erreichbar.",
            "Den Jahresbeitrag überweisen Sie bitte auf {I}.",
            "Fahrgemeinschaften zur Waldbegehung organisiert {NM}: {M}.",
            "Borkenkäferbefall melden Sie bitte umgehend an {E} oder unter {P}.",
        ],
        "n": [
            "Die Mitglieder bewirtschaften zusammen {X:hectares}, Bestandesalter im Schnitt {X:age} Jahre.",
            "Die Durchforstung in Abteilung {X:compartment} brachte {X:volume} zu {X:price_unit}.",
            "Pflanzgut aus Herkunftsgebiet {X:provenance}, Stammzertifikat {X:master_cert}.",
            "Das Zertifikat {X:pefc} gilt für alle Flächen der Gemeinschaft.",
        ],
    },
}

LOCAL_DE = [
    "Aus dem Ortsnetz {T} erreichen Sie den Holzhof direkt unter {L1}.",
    "Für Kunden in {T}: Brennholzverkauf {L1}, Sägewerk {L2} – die Vorwahl entfällt im Ort.",
    "Das Forstrevier {T} ist innerorts unter {L1} zu erreichen.",
    "Sie wohnen in {T}? Dann rufen Sie die Pellet-Hotline einfach unter {L1} an.",
    "Telefon Baumschule (Ortsgespräch {T}): {L1}",
]

NL = {
    "firewood": {
        "t": ["Levering openhaardhout", "Uw bestelling brandhout", "Haardhout: afleverdag"],
        "p": [
            "De {X:stacked} eiken wordt zaterdag op de oprit gestort; chauffeur {NM} belt vooraf vanaf {M}.",
            "Niet thuis? Laat via {P} weten waar het hout mag liggen.",
            "Betaald met kaart {C}; de factuur komt van {E}.",
            "Voor vaste winterleveringen is ons kantoor bereikbaar op {O}.",
        ],
        "n": [
            "Gemeten vochtgehalte {X:moisture}, blokken van 25 cm.",
            "Afhalen op de houtwerf kan op werkdagen van {X:hours}.",
            "Een kuub gestapeld is ongeveer {X:stacked} gestort.",
        ],
    },
    "pellets": {
        "t": ["Pelletlevering gepland", "Uw pelletbestelling", "Afleverbon houtpellets"],
        "p": [
            "De bulkwagen komt tussen 8 en 10 uur; zet de ketel een uur eerder uit. Chauffeur: {M}.",
            "Uw opslag meet {X:silo}; wijzigingen graag doorgeven op {P}.",
            "De incasso voor de najaarsvulling gaat van {I}. Vragen naar {E}.",
        ],
        "n": [
            "Weegbon {X:weigh_ticket}: ingeblazen {X:net_weight}.",
            "Een pallet bevat {X:bags}.",
            "Labuitslag: stookwaarde {X:calorific}, as {X:ash}.",
        ],
    },
    "nursery": {
        "t": ["Orderbevestiging boomkwekerij", "Plantseizoen: verzending", "Uw bosplantsoen"],
        "p": [
            "Uw {X:plants} zomereiken ({X:plant_size}) liggen klaar; afhalen na afspraak via {P}.",
            "Ploegleider {NM} is tijdens de plantweek bereikbaar op {M}.",
            "Claims voor uitval graag vóór augustus naar {E}; betaling op {I}.",
        ],
        "n": [
            "Bij {X:stems} heeft u {X:plants} planten nodig voor dit perceel.",
            "Herkomst {X:provenance}, leeftijd {X:plant_size}.",
        ],
    },
    "haulage": {
        "t": ["Houttransport ingepland", "Rondhout ophalen", "Vrachtbrief rondhout"],
        "p": [
            "De vrachtwagen haalt de stapel om half zeven op; chauffeur bereikbaar op {M}.",
            "Is de bosweg versperd? Bel de planner op {P} voordat de wagen vertrekt.",
            "Weegbonnen komen van {E}; de vracht wordt betaald op {I}.",
        ],
        "n": [
            "Weegbon {X:weigh_ticket}: netto {X:net_weight} vezelhout.",
            "De stapel ligt op {X:gps}, draaicirkel voor een combinatie.",
            "Laadtijden {X:hours}; zondags geen houtwagens door het dorp.",
        ],
    },
}

LOCAL_NL = [
    "Woont u in {T}? De houtwerf is dan gewoon te bellen op {L1}.",
    "Binnen {T} zonder netnummer: kwekerij {L1}, werkplaats {L2}.",
    "Klanten in {T} bellen ons pelletdepot op {L1}.",
    "Het bosbureau in {T} is vanuit de stad bereikbaar op {L1}.",
]
